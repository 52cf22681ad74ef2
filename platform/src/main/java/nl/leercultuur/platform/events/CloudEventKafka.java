package nl.leercultuur.platform.events;

import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.message.Encoding;
import io.cloudevents.kafka.CloudEventDeserializer;
import io.cloudevents.kafka.CloudEventSerializer;
import io.cloudevents.rw.CloudEventRWException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * Maps {@link CloudEvent}s to and from Kafka records in the CloudEvents Kafka binary content mode, through the
 * CloudEvents SDK's Kafka serializer and deserializer: attributes and extensions as {@code ce_*} headers, the data
 * content type as {@code content-type}, the JSON data as the record value.
 */
public final class CloudEventKafka {

    public static final String CE_ID = "ce_id";
    public static final String CE_SOURCE = "ce_source";
    public static final String CE_TYPE = "ce_type";
    public static final String CE_SPECVERSION = "ce_specversion";
    public static final String CE_SUBJECT = "ce_subject";
    public static final String CE_TIME = "ce_time";
    public static final String CE_DATASCHEMA = "ce_dataschema";
    public static final String CONTENT_TYPE = "content-type";

    private static final CloudEventSerializer SERIALIZER = new CloudEventSerializer();
    private static final CloudEventDeserializer DESERIALIZER = new CloudEventDeserializer();

    static {
        SERIALIZER.configure(Map.of(CloudEventSerializer.ENCODING_CONFIG, Encoding.BINARY), false);
        DESERIALIZER.configure(Map.of(), false);
    }

    private CloudEventKafka() {
    }

    public static ProducerRecord<String, String> toRecord(String topic, String key, CloudEvent e) {
        CloudEventBuilder b = CloudEventBuilder.v1().withId(e.id()).withSource(URI.create(e.source())).withType(e.type())
                .withDataContentType(e.dataContentType() == null ? "application/json" : e.dataContentType())
                .withData(e.data().getBytes(StandardCharsets.UTF_8));
        if (e.subject() != null) {
            b.withSubject(e.subject());
        }
        if (e.time() != null) {
            b.withTime(e.time());
        }
        if (e.dataSchema() != null) {
            b.withDataSchema(URI.create(e.dataSchema()));
        }
        e.extensions().forEach(b::withExtension);
        Headers headers = new RecordHeaders();
        byte[] value = SERIALIZER.serialize(topic, headers, b.build());
        return new ProducerRecord<>(topic, null, key, new String(value, StandardCharsets.UTF_8), headers);
    }

    /**
     * Reads a record as a CloudEvent.
     *
     * @throws MalformedEventException naming what is missing or wrong, so it can go to the dead-letter topic
     */
    public static CloudEvent fromRecord(ConsumerRecord<String, String> r) {
        String spec = get(r.headers(), CE_SPECVERSION);
        if (!CloudEvent.SPEC_VERSION.equals(spec)) {
            throw new MalformedEventException("header ce_specversion must be 1.0 but was " + spec);
        }
        if (r.value() == null || r.value().isBlank()) {
            throw new MalformedEventException("event " + get(r.headers(), CE_ID) + " has no data");
        }
        io.cloudevents.CloudEvent e;
        try {
            e = DESERIALIZER.deserialize(r.topic(), r.headers(), r.value().getBytes(StandardCharsets.UTF_8));
        } catch (CloudEventRWException | IllegalArgumentException ex) {
            throw new MalformedEventException("not a CloudEvent: " + ex.getMessage());
        }
        if (e.getId() == null || e.getId().isBlank()) {
            throw new MalformedEventException("header ce_id is missing");
        }
        Map<String, String> extensions = new TreeMap<>();
        for (String name : e.getExtensionNames()) {
            Object v = e.getExtension(name);
            if (v != null) {
                extensions.put(name, v.toString());
            }
        }
        return new CloudEvent(e.getId(), e.getSource().toString(), e.getType(), e.getSubject(), e.getTime(),
                e.getDataContentType(), e.getDataSchema() == null ? null : e.getDataSchema().toString(), extensions, r.value());
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
