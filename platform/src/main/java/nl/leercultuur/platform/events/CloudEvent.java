package nl.leercultuur.platform.events;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A CloudEvents 1.0 event as it travels on Kafka in binary mode: the attributes are {@code ce_*}
 * headers and {@code data} is the JSON record value.
 *
 * @param extensions extension attributes by name (e.g. {@code partitionkey}, {@code dataclassification})
 */
public record CloudEvent(String id, String source, String type, String subject, OffsetDateTime time,
                         String dataContentType, String dataSchema, Map<String, String> extensions, String data) {

    public static final String SPEC_VERSION = "1.0";

    public CloudEvent {
        extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
    }

    /** An event without data schema or extension attributes. */
    public CloudEvent(String id, String source, String type, String subject, OffsetDateTime time,
                      String dataContentType, String data) {
        this(id, source, type, subject, time, dataContentType, null, Map.of(), data);
    }
}
