package nl.leercultuur.platform.events;

/**
 * The event contract names. One topic per event type and major version; the JSON Schemas live in
 * {@code /events/<type>.schema.json} on this module's classpath and the AsyncAPI document in {@code /events/asyncapi.yaml}.
 */
public final class EventTypes {
    public static final String SCAN_COMPLETED = "survey.scan-completed.v1";
    public static final String SESSION_HELD = "network.session-held.v1";

    private EventTypes() {
    }

    /** The topic of an event type: the type itself, so a new major version is a new topic. */
    public static String topicOf(String type) {
        return type;
    }
}
