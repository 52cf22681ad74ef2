package nl.leercultuur.platform.events;

import java.time.OffsetDateTime;

/**
 * A CloudEvents 1.0 event as it travels on Kafka in binary mode: the attributes are {@code ce_*}
 * headers and {@code data} is the JSON record value.
 */
public record CloudEvent(String id, String source, String type, String subject, OffsetDateTime time,
                         String dataContentType, String data) {

    public static final String SPEC_VERSION = "1.0";
}
