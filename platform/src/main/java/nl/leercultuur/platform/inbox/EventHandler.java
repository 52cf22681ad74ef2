package nl.leercultuur.platform.inbox;

import nl.leercultuur.platform.events.CloudEvent;

/**
 * A service's reaction to one event type. {@link #handle} runs inside the transaction that also records
 * the event id, so its effect is stored exactly once. Throw
 * {@link nl.leercultuur.platform.events.MalformedEventException} for data that can never be processed.
 */
public interface EventHandler {

    /** The CloudEvents type handled, e.g. {@code survey.scan-completed.v1}. */
    String type();

    void handle(CloudEvent event);
}
