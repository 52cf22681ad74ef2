package nl.leercultuur.platform.events;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where events of a type go and what every event carries. The types themselves, their payload records, JSON Schemas
 * ({@code events/<type>.schema.json} on the classpath) and the AsyncAPI document are in the event-contracts module.
 */
public final class EventTopics {

    private EventTopics() {
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
