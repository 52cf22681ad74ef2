package nl.leercultuur.contracts.events;

import com.asyncapi.v3._0_0.model.AsyncAPI;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import nl.leercultuur.platform.events.CloudEvent;
import nl.leercultuur.platform.events.CloudEventKafka;
import nl.leercultuur.platform.events.EventTopics;
import nl.leercultuur.platform.inbox.IdempotentConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The AsyncAPI document partners and regional systems read: it parses into the AsyncAPI 3 model, every reference in
 * it resolves (to the document itself or to a schema file served beside it), every topic the code produces to has a
 * channel, and the headers schema describes exactly the headers the producer writes. (The official JavaScript parser,
 * @asyncapi/parser 3, reads it in {@link AsyncApiOfficialParserTest}: 0 errors; 4 before the headers schema was fixed.)
 */
class AsyncApiDocumentTest {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static InputStream resource(String name) {
        return AsyncApiDocumentTest.class.getClassLoader().getResourceAsStream("events/" + name);
    }

    @Test
    void parsesIntoTheAsyncApi3Model() throws Exception {
        try (InputStream in = resource("asyncapi.yaml")) {
            AsyncAPI api = YAML.readValue(in, AsyncAPI.class);
            assertEquals("3.0.0", api.getAsyncapi());
            assertEquals(6, api.getChannels().size());
            assertEquals(9, api.getOperations().size());
            assertEquals(4, api.getComponents().getMessages().size());
        }
    }

    @Test
    void everyReferenceResolvesAndEveryProducedTopicHasAChannel() throws Exception {
        JsonNode doc;
        try (InputStream in = resource("asyncapi.yaml")) {
            doc = YAML.readTree(in);
        }
        List<String> unresolved = new ArrayList<>();
        walk(doc, doc, unresolved);
        assertEquals(List.of(), unresolved);

        Set<String> addresses = new HashSet<>();
        doc.path("channels").forEach(c -> addresses.add(c.path("address").asText()));
        for (String type : EventTypes.ALL.stream().map(EventTypes.Contract::type).toList()) {
            String topic = EventTopics.topicOf(type);
            assertTrue(addresses.contains(topic), "no channel for " + topic);
            assertTrue(addresses.contains(topic + IdempotentConsumer.DLQ_SUFFIX), "no channel for " + topic + IdempotentConsumer.DLQ_SUFFIX);
        }
        assertEquals(2 * EventTypes.ALL.size(), addresses.size(), "a channel for a topic nothing produces: " + addresses);
    }

    @Test
    void theHeadersSchemaIsWhatTheProducerWrites() throws Exception {
        JsonNode headers;
        try (InputStream in = resource("asyncapi.yaml")) {
            headers = YAML.readTree(in).at("/components/schemas/cloudEventHeaders");
        }
        CloudEvent event = new CloudEvent("b7e6c1d2-0000-4000-8000-000000000001", "/leercultuur/survey-service",
                EventTypes.SCAN_COMPLETED, "scan-1", OffsetDateTime.parse("2027-03-15T17:00:00Z"), "application/json",
                "http://localhost:8080/api/v1/surveys/events/survey.scan-completed.v1.schema.json",
                traced(EventTopics.extensionsOf(EventTypes.SCAN_COMPLETED, "laurens")), "{}");
        ProducerRecord<String, String> record = CloudEventKafka.toRecord(EventTopics.topicOf(EventTypes.SCAN_COMPLETED), "laurens", event);
        Set<String> written = new HashSet<>();
        for (Header h : record.headers()) {
            written.add(h.key());
        }
        Set<String> described = new HashSet<>();
        headers.path("properties").fieldNames().forEachRemaining(described::add);
        assertEquals(described, written, "documented headers against written headers");
        headers.path("required").forEach(r -> assertTrue(written.contains(r.asText()), "required but not written: " + r));
    }

    /** The extensions of an event created in a traced request: the outbox adds the trace context it was created in. */
    private static java.util.Map<String, String> traced(java.util.Map<String, String> extensions) {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>(extensions);
        m.put(nl.leercultuur.platform.observability.EventTracing.TRACEPARENT, "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        return m;
    }

    /** Every $ref: a JSON pointer into the document, or a schema file beside it. */
    private static void walk(JsonNode root, JsonNode node, List<String> unresolved) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null) {
                String r = ref.asText();
                boolean ok = r.startsWith("#/") ? !root.at(r.substring(1)).isMissingNode()
                        : resource(r.replaceFirst("^\\./", "")) != null;
                if (!ok) {
                    unresolved.add(r);
                }
            }
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                walk(root, it.next(), unresolved);
            }
        } else if (node.isArray()) {
            node.forEach(n -> walk(root, n, unresolved));
        }
    }
}
