package nl.leercultuur.platform.events;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Maps {@link CloudEvent}s to and from Kafka records in the CloudEvents Kafka binary content mode. */
public final class CloudEventKafka {

    public static final String CE_ID = "ce_id";
    public static final String CE_SOURCE = "ce_source";
    public static final String CE_TYPE = "ce_type";
    public static final String CE_SPECVERSION = "ce_specversion";
    public static final String CE_SUBJECT = "ce_subject";
    public static final String CE_TIME = "ce_time";
    public static final String CE_DATASCHEMA = "ce_dataschema";
    private static final String CE_PREFIX = "ce_";
    private static final java.util.Set<String> CORE = java.util.Set.of(CE_ID, CE_SOURCE, CE_TYPE, CE_SPECVERSION,
            CE_SUBJECT, CE_TIME, CE_DATASCHEMA);
    public static final String CONTENT_TYPE = "content-type";

    private CloudEventKafka() {
    }

    public static ProducerRecord<String, String> toRecord(String topic, String key, CloudEvent e) {
        ProducerRecord<String, String> r = new ProducerRecord<>(topic, key, e.data());
        Headers h = r.headers();
        put(h, CE_SPECVERSION, CloudEvent.SPEC_VERSION);
        put(h, CE_ID, e.id());
        put(h, CE_SOURCE, e.source());
        put(h, CE_TYPE, e.type());
        if (e.subject() != null) put(h, CE_SUBJECT, e.subject());
        if (e.time() != null) put(h, CE_TIME, e.time().toString());
        if (e.dataSchema() != null) put(h, CE_DATASCHEMA, e.dataSchema());
        e.extensions().forEach((name, value) -> put(h, CE_PREFIX + name, value));
        put(h, CONTENT_TYPE, e.dataContentType() == null ? "application/json" : e.dataContentType());
        return r;
    }

    /**
     * Reads a record as a CloudEvent.
     *
     * @throws MalformedEventException naming what is missing or wrong, so it can go to the dead-letter topic
     */
    public static CloudEvent fromRecord(ConsumerRecord<String, String> r) {
        Headers h = r.headers();
        String spec = get(h, CE_SPECVERSION);
        if (!CloudEvent.SPEC_VERSION.equals(spec)) {
            throw new MalformedEventException("header ce_specversion must be 1.0 but was " + spec);
        }
        String id = require(h, CE_ID);
        String source = require(h, CE_SOURCE);
        String type = require(h, CE_TYPE);
        String time = get(h, CE_TIME);
        OffsetDateTime t = null;
        if (time != null) {
            try {
                t = OffsetDateTime.parse(time);
            } catch (DateTimeParseException ex) {
                throw new MalformedEventException("header ce_time is not an RFC 3339 time: " + time);
            }
        }
        if (r.value() == null || r.value().isBlank()) {
            throw new MalformedEventException("event " + id + " has no data");
        }
        java.util.Map<String, String> extensions = new java.util.TreeMap<>();
        for (Header header : h) {
            if (header.key().startsWith(CE_PREFIX) && !CORE.contains(header.key()) && header.value() != null) {
                extensions.put(header.key().substring(CE_PREFIX.length()), new String(header.value(), StandardCharsets.UTF_8));
            }
        }
        return new CloudEvent(id, source, type, get(h, CE_SUBJECT), t, get(h, CONTENT_TYPE), get(h, CE_DATASCHEMA),
                extensions, r.value());
    }

    private static String require(Headers h, String name) {
        String v = get(h, name);
        if (v == null || v.isBlank()) {
            throw new MalformedEventException("header " + name + " is missing");
        }
        return v;
    }

    public static String get(Headers h, String name) {
        Header last = h.lastHeader(name);
        return last == null || last.value() == null ? null : new String(last.value(), StandardCharsets.UTF_8);
    }

    public static void put(Headers h, String name, String value) {
        h.remove(name);
        h.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
