package nl.leercultuur.analytics.ingest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.leercultuur.platform.events.CloudEvent;
import nl.leercultuur.platform.events.CloudEventKafka;
import nl.leercultuur.contracts.events.EventTypes;
import nl.leercultuur.testkit.PlatformTestResource;
import nl.leercultuur.testkit.PrometheusText;
import nl.leercultuur.testkit.TestKafka;
import nl.leercultuur.testkit.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
        @ResourceArg(name = "database", value = "analytics"), @ResourceArg(name = "kafka", value = "true")})
class ScanCompletedIngestTest {

    static final String ORG = "laurens";
    static final String DEAD_LETTERED = "leercultuur_events_dead_lettered_total";

    static String event(String scanId, String closedAt, int responses, double safety, double ambition, boolean suppressed) {
        String dims = suppressed ? "[]" : """
                [{"key":"psychological-safety","name":"Psychologische veiligheid","n":%d,"mean":%s,"sd":0.8,"favourableShare":0.4,"scaleMin":1,"scaleMax":7,"distribution":{"1":2,"7":5}},
                 {"key":"team-ambition","name":"Teamambitie","n":%d,"mean":%s,"sd":1.1,"favourableShare":0.3,"scaleMin":1,"scaleMax":7}]
                """.formatted(responses, safety, responses, ambition);
        return """
                {"scanId":"%s","organisationId":"%s","organisationName":"Laurens","sector":"elderly-care","region":"Rotterdam-Rijnmond",
                 "unitLabel":"Team Zuid","title":"Teamscan","instrument":{"key":"team-psychological-safety","version":1},
                 "openedAt":"2026-01-01T08:00:00Z","closedAt":"%s","responseCount":%d,"responseRate":0.5,"anonymityThreshold":5,
                 "suppressed":%s,%s"dimensions":%s,
                 "scoring":{"learningZone":{"safety":"psychological-safety","ambition":"team-ambition","cutOff":4.0}}}
                """.formatted(scanId, ORG, closedAt, responses, suppressed, suppressed ? "" : "\"overallIndex\":4.5,", dims);
    }

    static void publish(String eventId, String data) {
        TestKafka.send(CloudEventKafka.toRecord(EventTypes.SCAN_COMPLETED, ORG,
                new CloudEvent(eventId, "/leercultuur/survey-service", EventTypes.SCAN_COMPLETED, null,
                        OffsetDateTime.now(), "application/json", data)));
    }

    static void awaitProfile(String scanId, int responses) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/analytics/scans/" + scanId + "/profile")
                        .then().statusCode(200).body("responseCount", equalTo(responses)));
    }

    @Test
    void profileWithLearningZoneIsBuiltFromTheEvent() {
        String scanId = UUID.randomUUID().toString();
        publish(UUID.randomUUID().toString(), event(scanId, "2026-02-01T10:00:00Z", 12, 5.2, 3.1, false));
        awaitProfile(scanId, 12);
        given().auth().oauth2(TestTokens.orgManager(ORG)).when().get("/api/v1/analytics/scans/" + scanId + "/profile")
                .then().statusCode(200)
                .body("dimensions", hasSize(2))
                .body("dimensions.find { it.key == 'psychological-safety' }.mean", is(5.2f))
                .body("learningZone.zone", equalTo("COMFORT"))
                .body("learningZone.cutOff", is(4.0f));
        given().auth().oauth2(TestTokens.orgManager("aafje")).when().get("/api/v1/analytics/scans/" + scanId + "/profile")
                .then().statusCode(403).contentType("application/problem+json");
        given().when().get("/api/v1/analytics/scans/" + scanId + "/profile").then().statusCode(401);
    }

    @Inject
    ConceptBackfill backfill;
    @Inject
    EntityManager em;

    /**
     * Each dimension score keeps its concept: the one the event names, else the vocabulary's for a built-in
     * instrument's dimension; rows stored without one (before the vocabulary) get theirs from the backfill at start.
     */
    @Test
    void dimensionScoresKeepTheirConcept() {
        String scanId = UUID.randomUUID().toString();
        publish(UUID.randomUUID().toString(), event(scanId, "2026-02-03T10:00:00Z", 12, 5.2, 3.1, false)); // names no concept
        awaitProfile(scanId, 12);
        given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/analytics/scans/" + scanId + "/profile").then()
                .body("dimensions.find { it.key == 'psychological-safety' }.concept", equalTo("psychological-safety"))
                .body("dimensions.find { it.key == 'team-ambition' }.concept", equalTo("learning-ambition"));

        // a custom instrument's dimension: the concept the event names, or none
        String custom = UUID.randomUUID().toString();
        publish(UUID.randomUUID().toString(), event(custom, "2026-02-04T10:00:00Z", 12, 5.2, 3.1, false)
                .replace("\"key\":\"team-psychological-safety\"", "\"key\":\"own-safety-check\"")
                .replace("\"key\":\"psychological-safety\",", "\"key\":\"psychological-safety\",\"concept\":\"team-learning\","));
        awaitProfile(custom, 12);
        given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/analytics/scans/" + custom + "/profile").then()
                .body("instrumentKey", equalTo("own-safety-check"))
                .body("dimensions.find { it.key == 'psychological-safety' }.concept", equalTo("team-learning"))
                .body("dimensions.find { it.key == 'team-ambition' }.concept", nullValue());

        // as a database from before the vocabulary holds it
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE dimension_score SET concept = NULL WHERE scan_id = CAST(?1 AS uuid) OR scan_id = CAST(?2 AS uuid)")
                .setParameter(1, scanId).setParameter(2, custom).executeUpdate());
        assertTrue(backfill.fill() >= 2);
        assertEquals(0, backfill.fill());
        given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/analytics/scans/" + scanId + "/profile").then()
                .body("dimensions.concept", equalTo(java.util.List.of("psychological-safety", "learning-ambition")));
        given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/analytics/scans/" + custom + "/profile").then()
                .body("dimensions.find { it.key == 'psychological-safety' }.concept", nullValue());
    }

    @Test
    void duplicateAndOlderEventsChangeNothing() {
        String scanId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        publish(eventId, event(scanId, "2026-03-01T10:00:00Z", 20, 4.0, 4.0, false));
        awaitProfile(scanId, 20);
        // the same event id again, with other figures: must be ignored
        publish(eventId, event(scanId, "2026-03-02T10:00:00Z", 99, 1.0, 1.0, false));
        // an older completion of the same scan arriving late: must be ignored
        publish(UUID.randomUUID().toString(), event(scanId, "2026-02-01T10:00:00Z", 7, 2.0, 2.0, false));
        // a marker published after both: once it is visible, the two before it have been consumed
        String marker = UUID.randomUUID().toString();
        publish(UUID.randomUUID().toString(), event(marker, "2026-03-01T10:00:00Z", 6, 4.0, 4.0, false));
        awaitProfile(marker, 6);
        given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/analytics/scans/" + scanId + "/profile")
                .then().statusCode(200).body("responseCount", equalTo(20))
                .body("learningZone.zone", equalTo("LEARNING"));
    }

    @Test
    void suppressedScanKeepsNoDimensions() {
        String scanId = UUID.randomUUID().toString();
        publish(UUID.randomUUID().toString(), event(scanId, "2026-03-01T10:00:00Z", 3, 0, 0, true));
        awaitProfile(scanId, 3);
        given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/analytics/scans/" + scanId + "/profile")
                .then().body("suppressed", equalTo(true)).body("dimensions", hasSize(0));
    }

    @Test
    void malformedEventGoesToDeadLetterTopicAndConsumingGoesOn() {
        java.util.Map<String, String> scanTopic = java.util.Map.of("topic", EventTypes.SCAN_COMPLETED);
        double deadBefore = PrometheusText.value(PrometheusText.scrape(), DEAD_LETTERED, scanTopic);
        ProducerRecord<String, String> bad = new ProducerRecord<>(EventTypes.SCAN_COMPLETED, ORG, "{\"scanId\":\"not-a-uuid\"}");
        CloudEventKafka.put(bad.headers(), "ce_specversion", "1.0");
        CloudEventKafka.put(bad.headers(), "ce_id", "bad-" + UUID.randomUUID());
        CloudEventKafka.put(bad.headers(), "ce_source", "/test");
        CloudEventKafka.put(bad.headers(), "ce_type", EventTypes.SCAN_COMPLETED);
        TestKafka.send(bad);
        ProducerRecord<String, String> noHeaders = new ProducerRecord<>(EventTypes.SCAN_COMPLETED, ORG, "{}");
        TestKafka.send(noHeaders);
        // well-formed JSON, but a share of 30 breaks the event's contract (at most 1): refused by its schema
        String overShare = UUID.randomUUID().toString();
        publish(UUID.randomUUID().toString(), event(overShare, "2026-03-01T10:00:00Z", 8, 4.0, 4.0, false)
                .replace("\"favourableShare\":0.4", "\"favourableShare\":30"));
        // within the contract, but a response rate of 50 does not fit the read model: a permanent failure, not one to
        // retry for ever
        String tooLarge = UUID.randomUUID().toString();
        publish(UUID.randomUUID().toString(), event(tooLarge, "2026-03-01T10:00:00Z", 8, 4.0, 4.0, false)
                .replace("\"responseRate\":0.5", "\"responseRate\":50"));
        String scanId = UUID.randomUUID().toString();
        publish(UUID.randomUUID().toString(), event(scanId, "2026-03-01T10:00:00Z", 8, 4.0, 4.0, false));
        awaitProfile(scanId, 8);
        List<ConsumerRecord<String, String>> dlq = await().atMost(Duration.ofSeconds(20))
                .until(() -> TestKafka.readToEnd(EventTypes.SCAN_COMPLETED + ".dlq"), l -> l.size() >= 4);
        List<String> reasons = dlq.stream().map(r -> CloudEventKafka.get(r.headers(), "dlq_reason")).toList();
        assertEquals(4, dlq.size(), reasons::toString);
        assertTrue(reasons.stream().anyMatch(r -> r.contains("schema of " + EventTypes.SCAN_COMPLETED)
                && r.contains("$.scanId") && r.contains("uuid")), reasons::toString);
        assertTrue(reasons.stream().anyMatch(r -> r.contains("schema of " + EventTypes.SCAN_COMPLETED)
                && r.contains("$.dimensions[0].favourableShare") && r.contains("maximum")), reasons::toString);
        assertTrue(reasons.stream().anyMatch(r -> r.contains("data rejected by the read model")), reasons::toString);
        assertTrue(reasons.stream().anyMatch(r -> r.contains("ce_specversion")), reasons::toString);
        // counted for the operator: leercultuur_events_dead_lettered_total{topic} grows (an alert watches it)
        await().atMost(Duration.ofSeconds(5)).until(() -> PrometheusText.value(PrometheusText.scrape(), DEAD_LETTERED, scanTopic)
                - deadBefore, d -> d == 4);
        // none of them reached the read model
        for (String refused : List.of(overShare, tooLarge)) {
            given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/analytics/scans/" + refused + "/profile")
                    .then().statusCode(404);
        }
    }

    @Test
    void theConsumersMetersAreListed() {
        publish(UUID.randomUUID().toString(), event(UUID.randomUUID().toString(), "2026-04-01T10:00:00Z", 6, 4.0, 4.0, false));
        String text = await().atMost(Duration.ofSeconds(20)).until(PrometheusText::scrape,
                t -> PrometheusText.lists(t, "kafka_consumer_fetch_manager_records_lag_max", java.util.Map.of()));
        for (String topic : List.of(EventTypes.SCAN_COMPLETED, EventTypes.SESSION_HELD, EventTypes.ACTION_PLAN_UPDATED)) {
            assertTrue(PrometheusText.lists(text, DEAD_LETTERED, java.util.Map.of("topic", topic)),
                    "every consumed topic has its dead-letter count from the start: " + topic);
        }
        assertTrue(PrometheusText.value(text, "kafka_consumer_fetch_manager_records_consumed_total") > 0, "the consumer's own metrics");
    }
}
