package nl.leercultuur.platform.events;

import java.util.LinkedHashMap;
import java.util.Map;

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

    /** The classpath resource holding the JSON Schema of an event type's data. */
    public static String schemaFileOf(String type) {
        return type + ".schema.json";
    }

    /**
     * The CloudEvents extension attributes every event of ours carries: its partition key, and — after the
     * CloudEvents data-classification extension — that the data is internal, holds no personal data (only
     * aggregates and organisation facts) and falls under the GDPR regime of the network.
     */
    public static Map<String, String> extensionsOf(String type, String key) {
        Map<String, String> ext = new LinkedHashMap<>();
        ext.put("partitionkey", key);
        ext.put("dataclassification", "internal");
        ext.put("datacategory", "non-personal");
        ext.put("dataregulation", "gdpr");
        return ext;
    }
}
