package nl.leercultuur.platform.inbox;

import nl.leercultuur.platform.events.CloudEvent;

/**
 * A service's reaction to one event type, handed the event's data as the typed payload record of the event contract
 * (after it was checked against the type's JSON Schema; data that does not match goes to the dead-letter topic and
 * never reaches the handler). {@link #handle} runs inside the transaction that also records the event id, so its
 * effect is stored exactly once. Throw {@link nl.leercultuur.platform.events.MalformedEventException} for data that
 * can never be processed.
 *
 * @param <T> the payload record, e.g. {@code ScanCompleted}
 */
public interface EventHandler<T> {

    /** The CloudEvents type handled, e.g. {@code survey.scan-completed.v1}. */
    String type();

    /** The record the event's data is read into. */
    Class<T> dataType();

    void handle(CloudEvent event, T data);
}
