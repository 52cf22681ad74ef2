package nl.leercultuur.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.CloudEventUtils;
import io.cloudevents.jackson.PojoCloudEventDataMapper;
import io.cloudevents.kafka.CloudEventDeserializer;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import nl.leercultuur.contracts.events.EventTypes;
import nl.leercultuur.testkit.TestKafka;
import nl.leercultuur.testkit.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A regional system consuming the platform's events as an outsider would: the CloudEvents SDK's own Kafka
 * deserializer on both topics (a consumer group of its own), each event's data checked against the JSON Schema
 * fetched from the event's ce_dataschema address (served by the platform, no token).
 */
class OutsideConsumerIT {

    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void bothTopicsReadWithTheSdkAndEveryEventMatchesTheSchemaAtItsDataschema() throws Exception {
        SystemUnderTest sys = SystemUnderTest.get();
        String scan = closeAScan(sys);
        String session = holdASession(sys);

        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "regional-system-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        Map<String, CloudEvent> seen = new HashMap<>();
        List<String> problems = new ArrayList<>();
        Map<String, com.networknt.schema.JsonSchema> schemas = new HashMap<>();
        try (KafkaConsumer<String, CloudEvent> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new CloudEventDeserializer())) {
            consumer.subscribe(List.of(nl.leercultuur.platform.events.EventTopics.topicOf(EventTypes.SCAN_COMPLETED), nl.leercultuur.platform.events.EventTopics.topicOf(EventTypes.SESSION_HELD)));
            // a regional system reading both topics: every poll checks what arrived, until both events were read
            await("both events read from the topics").atMost(Duration.ofSeconds(30)).pollInSameThread().pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(1)).until(() -> {
                for (ConsumerRecord<String, CloudEvent> r : consumer.poll(Duration.ofMillis(500))) {
                    CloudEvent e = r.value();
                    seen.put(e.getSubject(), e);
                    if (e.getDataSchema() == null) {
                        problems.add(e.getId() + ": no dataschema");
                        continue;
                    }
                    com.networknt.schema.JsonSchema schema = schemas.computeIfAbsent(e.getDataSchema().toString(), OutsideConsumerIT::fetch);
                    JsonNode data = CloudEventUtils.mapData(e, PojoCloudEventDataMapper.from(JSON, JsonNode.class)).getValue();
                    Set<ValidationMessage> violations = schema.validate(data);
                    if (!violations.isEmpty()) {
                        problems.add(e.getType() + " " + e.getId() + ": " + violations);
                    }
                    if (!"1.0".equals(e.getSpecVersion().toString()) || !e.getType().equals(r.topic())) {
                        problems.add(e.getId() + ": spec " + e.getSpecVersion() + ", type " + e.getType() + " on " + r.topic());
                    }
                }
                return seen.containsKey(scan) && seen.containsKey(session);
            });
        }
        assertTrue(seen.containsKey(scan), "the closed scan's event was read");
        assertTrue(seen.containsKey(session), "the held session's event was read");
        assertEquals(List.of(), problems);
        assertEquals("internal", seen.get(scan).getExtension("dataclassification"));
        assertEquals("laurens", seen.get(scan).getExtension("partitionkey"));
        Bench.report("contracts.txt", String.format("outside consumer (CloudEvents SDK deserializer): %d events on both topics, "
                + "each valid against the schema at its ce_dataschema (%d schema addresses)", seen.size(), schemas.size()));
    }

    static com.networknt.schema.JsonSchema fetch(String url) {
        try {
            HttpResponse<String> r = Bench.HTTP.send(Bench.request(url, null).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), url);
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(r.body());
        } catch (Exception e) {
            throw new IllegalStateException("could not fetch " + url, e);
        }
    }

    static String closeAScan(SystemUnderTest sys) throws Exception {
        String manager = TestTokens.orgManager("laurens");
        String scan = SurveyBenchmark.createOpenScan(sys, manager);
        List<String> codes = SurveyBenchmark.codes(sys, manager, scan, 5);
        for (String code : codes) {
            Map<String, Object> answers = new HashMap<>();
            for (int i = 1; i <= 7; i++) {
                answers.put("ps-" + i, 5);
            }
            for (int i = 1; i <= 4; i++) {
                answers.put("amb-" + i, 4);
            }
            RestAssured.given().baseUri(sys.gatewayUrl()).contentType(ContentType.JSON).body(Map.of("language", "nl", "answers", answers))
                    .when().post("/api/v1/surveys/respond/" + code).then().statusCode(201);
        }
        FaultIT.close(sys, manager, scan);
        return scan;
    }

    static String holdASession(SystemUnderTest sys) {
        String facilitator = TestTokens.facilitator();
        var as = RestAssured.given().baseUri(sys.gatewayUrl()).auth().oauth2(facilitator).contentType(ContentType.JSON);
        String network = as.body(Map.of("name", "Netwerk voor een buitenstaander " + System.nanoTime(), "region", "Rotterdam-Rijnmond",
                "memberOrganisations", List.of("laurens"))).when().post("/api/v1/networks").then().statusCode(201).extract().path("id");
        String session = RestAssured.given().baseUri(sys.gatewayUrl()).auth().oauth2(facilitator).contentType(ContentType.JSON)
                .body(Map.of("number", 1, "title", "Kennismaking", "startsAtLocal", "2025-10-07T13:30", "endsAtLocal", "2025-10-07T16:30"))
                .when().post("/api/v1/networks/" + network + "/sessions").then().statusCode(201).extract().path("id");
        RestAssured.given().baseUri(sys.gatewayUrl()).auth().oauth2(facilitator)
                .when().post("/api/v1/networks/" + network + "/sessions/" + session + "/held").then().statusCode(200);
        return session;
    }
}
