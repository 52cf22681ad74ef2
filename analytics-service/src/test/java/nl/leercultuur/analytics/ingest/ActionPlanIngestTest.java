package nl.leercultuur.analytics.ingest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.leercultuur.analytics.CatalogStub;
import nl.leercultuur.contracts.events.EventTypes;
import nl.leercultuur.platform.events.CloudEventKafka;
import nl.leercultuur.testkit.PlatformTestResource;
import nl.leercultuur.testkit.TestKafka;
import nl.leercultuur.testkit.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.leercultuur.analytics.ingest.ActionPlanEvents.plan;
import static nl.leercultuur.analytics.ingest.ActionPlanEvents.work;
import static nl.leercultuur.analytics.ingest.ScanEvents.dim;
import static nl.leercultuur.analytics.trend.TrendBenchmarkRecommendationTest.awaitStored;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** survey.action-plan-updated.v1: the latest plan per scan is kept, late and broken events change nothing, erasure holds. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
        @ResourceArg(name = "database", value = "analytics"), @ResourceArg(name = "kafka", value = "true")})
@QuarkusTestResource(CatalogStub.class)
class ActionPlanIngestTest {

    static final String INSTRUMENT = "plan-carriers";

    @jakarta.inject.Inject
    jakarta.persistence.EntityManager em;

    static String region() {
        return "plan-region-" + UUID.randomUUID();
    }

    static io.restassured.response.ValidatableResponse overview(String region) {
        return given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/analytics/region/overview?region=" + region)
                .then().statusCode(200);
    }

    static io.restassured.response.ValidatableResponse trend(String org) {
        return given().auth().oauth2(TestTokens.orgManager(org)).when()
                .get("/api/v1/analytics/organisations/" + org + "/trend?instrument=" + INSTRUMENT).then().statusCode(200);
    }

    @Test
    void theLatestPlanIsKeptAndAnOlderOneArrivingLateIsIgnored() {
        String org = "plan-org";
        String region = region();
        String baseline = ScanEvents.publish(org, "hospital", region, INSTRUMENT, 1, null, "2025-09-01T10:00:00Z", null, 0.5, false,
                dim("leadership", 3.0, 0.8, 30), dim("collaboration", 3.5, 0.8, 30));
        String latest = ScanEvents.publish(org, "hospital", region, INSTRUMENT, 1, null, "2026-03-01T10:00:00Z", null, 0.6, false,
                dim("leadership", 3.6, 0.8, 30), dim("collaboration", 3.4, 0.8, 30));
        awaitStored(baseline);
        awaitStored(latest);

        ActionPlanEvents.publish(org, plan(baseline, org, "hospital", region, INSTRUMENT, "2025-10-01T09:00:00Z",
                new int[]{1, 2, 3, 0}, work("leadership", 2, 1, 2, 3, 0)));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                trend(org).body("changes.find { it.key == 'leadership' }.followUp.done", equalTo(3)));

        // an older version of the same plan arriving late, then a plan on the latest scan (the same organisation's
        // partition, so once that one shows, the late one has been consumed)
        ActionPlanEvents.publish(org, plan(baseline, org, "hospital", region, INSTRUMENT, "2025-09-20T09:00:00Z",
                new int[]{9, 9, 9, 9}, work("leadership", 9, 9, 9, 9, 9)));
        ActionPlanEvents.publish(org, plan(latest, org, "hospital", region, INSTRUMENT, "2026-03-05T09:00:00Z",
                new int[]{4, 0, 0, 0}, work("collaboration", 1, 4, 0, 0, 0)));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> overview(region).body("followUp.scansWithPlan", equalTo(2)));
        overview(region).body("followUp.actions.planned", equalTo(5)).body("followUp.actions.doing", equalTo(2))
                .body("followUp.actions.done", equalTo(3)).body("followUp.actions.dropped", equalTo(0))
                .body("followUp.shareWithPlan", equalTo(1.0f));
        trend(org).body("changes.find { it.key == 'leadership' }.followUp.scanId", equalTo(baseline))
                .body("changes.find { it.key == 'leadership' }.followUp.improvements", equalTo(2))
                .body("changes.find { it.key == 'leadership' }.followUp.done", equalTo(3));

        // a later version replaces it, dimensions included: the team moved its work to collaboration
        ActionPlanEvents.publish(org, plan(baseline, org, "hospital", region, INSTRUMENT, "2025-11-01T09:00:00Z",
                new int[]{0, 1, 5, 1}, work("collaboration", 3, 0, 1, 5, 1)));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                trend(org).body("changes.find { it.key == 'collaboration' }.followUp.done", equalTo(5)));
        trend(org).body("changes.find { it.key == 'leadership' }.followUp", nullValue())
                .body("changes.find { it.key == 'collaboration' }.followUp.dropped", equalTo(1))
                .body("changes.find { it.key == 'collaboration' }.followUp.scanId", equalTo(baseline));
        overview(region).body("followUp.actions.planned", equalTo(4)).body("followUp.actions.done", equalTo(5));
    }

    @Test
    void plansThatBreakTheContractGoToTheDeadLetterTopicAndChangeNothing() {
        String org = "plan-dlq-org";
        String region = region();
        String scan = ScanEvents.publish(org, "hospital", region, INSTRUMENT, 1, null, "2026-03-01T10:00:00Z", null, 0.5, false,
                dim("leadership", 3.0, 0.8, 30));
        String other = ScanEvents.publish(org, "hospital", region, INSTRUMENT, 1, "Team B", "2026-03-02T10:00:00Z", null, 0.5, false,
                dim("leadership", 3.0, 0.8, 30));
        awaitStored(scan);
        awaitStored(other);
        int before = TestKafka.readToEnd(EventTypes.ACTION_PLAN_UPDATED + ".dlq").size();
        // a negative count breaks the schema; so does a plan without its dimensions
        ActionPlanEvents.publishUnchecked(org, plan(scan, org, "hospital", region, INSTRUMENT, "2026-03-03T09:00:00Z",
                new int[]{-1, 0, 0, 0}, work("leadership", 1, 0, 0, 0, 0)));
        ActionPlanEvents.publishUnchecked(org, plan(scan, org, "hospital", region, INSTRUMENT, "2026-03-03T09:00:00Z",
                new int[]{1, 0, 0, 0}).replaceAll(",\\s*\"dimensions\":\\[\\]", ""));
        // within the schema, but one dimension twice cannot be one figure per dimension
        ActionPlanEvents.publish(org, plan(scan, org, "hospital", region, INSTRUMENT, "2026-03-03T09:00:00Z",
                new int[]{2, 0, 0, 0}, work("leadership", 1, 1, 0, 0, 0), work("leadership", 1, 1, 0, 0, 0)));
        // then a valid plan on the other scan
        ActionPlanEvents.publish(org, plan(other, org, "hospital", region, INSTRUMENT, "2026-03-04T09:00:00Z",
                new int[]{0, 0, 1, 0}, work("leadership", 1, 0, 0, 1, 0)));

        List<ConsumerRecord<String, String>> dlq = await().atMost(Duration.ofSeconds(20))
                .until(() -> TestKafka.readToEnd(EventTypes.ACTION_PLAN_UPDATED + ".dlq"), l -> l.size() >= before + 3);
        List<String> reasons = dlq.subList(before, dlq.size()).stream().map(r -> CloudEventKafka.get(r.headers(), "dlq_reason")).toList();
        assertEquals(3, reasons.size(), reasons::toString);
        assertTrue(reasons.stream().anyMatch(r -> r.contains("schema of " + EventTypes.ACTION_PLAN_UPDATED)
                && r.contains("$.actions.planned") && r.contains("minimum")), reasons::toString);
        assertTrue(reasons.stream().anyMatch(r -> r.contains("schema of " + EventTypes.ACTION_PLAN_UPDATED)
                && r.contains("dimensions")), reasons::toString);
        assertTrue(reasons.stream().anyMatch(r -> r.contains("leadership appears more than once")), reasons::toString);
        // only the valid plan was taken in
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> overview(region).body("followUp.scansWithPlan", equalTo(1)));
        overview(region).body("followUp.actions.planned", equalTo(0)).body("followUp.actions.done", equalTo(1))
                .body("followUp.shareWithPlan", equalTo(0.5f));
    }

    @Test
    void anErasedOrganisationsPlansAreDeletedAndNotTakenInAgain() {
        String org = "plan-erase-org";
        String region = region();
        String scan = ScanEvents.publish(org, "hospital", region, INSTRUMENT, 1, null, "2026-03-01T10:00:00Z", null, 0.5, false,
                dim("leadership", 3.0, 0.8, 30));
        awaitStored(scan);
        ActionPlanEvents.publish(org, plan(scan, org, "hospital", region, INSTRUMENT, "2026-03-03T09:00:00Z",
                new int[]{1, 0, 0, 0}, work("leadership", 1, 1, 0, 0, 0)));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> overview(region).body("followUp.scansWithPlan", equalTo(1)));

        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("organisationId", org, "reason", "member left the network and asked for erasure"))
                .when().post("/api/v1/analytics/admin/erasures").then().statusCode(200)
                .body("scanProfiles", equalTo(1)).body("actionPlans", equalTo(1));
        assertEquals(0, plansOf(org));

        // a later plan of the erased organisation is consumed but not kept
        long processed = processedEvents();
        ActionPlanEvents.publish(org, plan(scan, org, "hospital", region, INSTRUMENT, "2026-03-10T09:00:00Z",
                new int[]{2, 0, 0, 0}, work("leadership", 1, 2, 0, 0, 0)));
        await().atMost(Duration.ofSeconds(20)).until(() -> processedEvents() > processed);
        assertEquals(0, plansOf(org));
    }

    long processedEvents() {
        return count("SELECT count(*) FROM processed_event WHERE event_type = '" + EventTypes.ACTION_PLAN_UPDATED + "'");
    }

    long plansOf(String org) {
        return count("SELECT count(*) FROM action_plan WHERE organisation_id = '" + org + "'");
    }

    long count(String sql) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
