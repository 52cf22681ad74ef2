package nl.leercultuur.contracts.events;

import java.util.List;

/**
 * The events the platform publishes: one CloudEvents type per payload record, one topic per type and major version.
 * Each type's JSON Schema is {@code events/<type>.schema.json} on this module's classpath, the AsyncAPI document
 * {@code events/asyncapi.yaml}.
 */
public final class EventTypes {
    public static final String SCAN_COMPLETED = ScanCompleted.TYPE;
    public static final String SESSION_HELD = SessionHeld.TYPE;
    public static final String ACTION_PLAN_UPDATED = ActionPlanUpdated.TYPE;

    /** Every event type with its payload record. */
    public static final List<Contract<?>> ALL = List.of(
            new Contract<>(SCAN_COMPLETED, ScanCompleted.class),
            new Contract<>(SESSION_HELD, SessionHeld.class),
            new Contract<>(ACTION_PLAN_UPDATED, ActionPlanUpdated.class));

    /** An event type and the record its data is. */
    public record Contract<T extends Record>(String type, Class<T> data) {
    }

    private EventTypes() {
    }
}
