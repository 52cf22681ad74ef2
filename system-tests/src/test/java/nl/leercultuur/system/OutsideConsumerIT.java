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
 * deserializer on every event type's topic (scan completed, session held, action plan updated; a consumer group of
 * its own), each event's data checked against the JSON Schema fetched from the event's ce_dataschema address (served
 * by the platform, no token).
 */
class OutsideConsumerIT {

    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyTopicReadWithTheSdkAndEveryEventMatchesTheSchemaAtItsDataschema() throws Exception {
        SystemUnderTest sys = SystemUnderTest.get();
        String scan = closeAScan(sys);
        String session = holdASession(sys);
        planAFollowUp(sys, scan);
        // what must be read, by type and subject (a scan is the subject of its completion and of its plan)
        Set<String> expected = Set.of(EventTypes.SCAN_COMPLETED + " " + scan, EventTypes.SESSION_HELD + " " + session,
                EventTypes.ACTION_PLAN_UPDATED + " " + scan);
        assertEquals(EventTypes.ALL.size(), expected.size(), "an event of every type the platform publishes");

        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "regional-system-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        Map<String, CloudEvent> seen = new HashMap<>();
        List<String> problems = new ArrayList<>();
        Map<String, com.networknt.schema.JsonSchema> schemas = new HashMap<>();
        try (KafkaConsumer<String, CloudEvent> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new CloudEventDeserializer())) {
            consumer.subscribe(EventTypes.ALL.stream()
                    .map(c -> nl.leercultuur.platform.events.EventTopics.topicOf(c.type())).toList());
            // a regional system reading every topic: every poll checks what arrived, until each expected event was read
            await("the events read from the topics").atMost(Duration.ofSeconds(30)).pollInSameThread().pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(1)).until(() -> {
                for (ConsumerRecord<String, CloudEvent> r : consumer.poll(Duration.ofMillis(500))) {
                    CloudEvent e = r.value();
                    seen.put(e.getType() + " " + e.getSubject(), e);
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
                return seen.keySet().containsAll(expected);
            });
        }
        assertTrue(seen.keySet().containsAll(expected), "read " + seen.keySet() + ", expected " + expected);
        assertEquals(List.of(), problems);
        CloudEvent completed = seen.get(EventTypes.SCAN_COMPLETED + " " + scan);
        assertEquals("internal", completed.getExtension("dataclassification"));
        assertEquals("laurens", completed.getExtension("partitionkey"));
        CloudEvent plan = seen.get(EventTypes.ACTION_PLAN_UPDATED + " " + scan);
        assertEquals("laurens", plan.getExtension("partitionkey"));
        JsonNode planData = CloudEventUtils.mapData(plan, PojoCloudEventDataMapper.from(JSON, JsonNode.class)).getValue();
        assertEquals(scan, planData.path("scanId").asText());
        assertEquals(1, planData.at("/improvements/shortTerm").asInt(), planData.toString());
        Bench.report("contracts.txt", String.format("outside consumer (CloudEvents SDK deserializer): %d events on the %d "
                + "topics, each valid against the schema at its ce_dataschema (%d schema addresses)", seen.size(),
                EventTypes.ALL.size(), schemas.size()));
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

    /** The team's follow-up conversation on the closed scan, through the follow-up API: an action plan updated. */
    static void planAFollowUp(SystemUnderTest sys, String scan) {
        Map<String, Object> conversation = Map.of(
                "conversationHeldOn", java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).toString(),
                "strengths", List.of(Map.of("text", "We vragen elkaar om hulp", "dimensions", List.of("psychological-safety"))),
                "shortTerm", List.of(Map.of("text", "Elke overdracht: wat heb je geleerd?", "dimensions", List.of("team-ambition"))),
                "longTerm", List.of());
        RestAssured.given().baseUri(sys.gatewayUrl()).auth().oauth2(TestTokens.orgManager("laurens")).contentType(ContentType.JSON)
                .body(conversation).when().put("/api/v1/surveys/scans/" + scan + "/follow-up").then().statusCode(200);
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
