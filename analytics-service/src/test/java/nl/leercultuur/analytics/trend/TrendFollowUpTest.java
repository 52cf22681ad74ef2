package nl.leercultuur.analytics.trend;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.leercultuur.analytics.CatalogStub;
import nl.leercultuur.analytics.ingest.ActionPlanEvents;
import nl.leercultuur.analytics.ingest.ScanEvents;
import nl.leercultuur.testkit.PlatformTestResource;
import nl.leercultuur.testkit.TestTokens;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static nl.leercultuur.analytics.ingest.ActionPlanEvents.plan;
import static nl.leercultuur.analytics.ingest.ActionPlanEvents.work;
import static nl.leercultuur.analytics.ingest.ScanEvents.dim;
import static nl.leercultuur.analytics.trend.TrendBenchmarkRecommendationTest.awaitStored;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The follow-up a team recorded on an earlier scan, beside the dimension it worked on in the trend. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
        @ResourceArg(name = "database", value = "analytics"), @ResourceArg(name = "kafka", value = "true")})
@QuarkusTestResource(CatalogStub.class)
class TrendFollowUpTest {

    static final String ORG = "followup-org";
    static final String INSTRUMENT = "followup-tps";
    static final String TREND = "/api/v1/analytics/organisations/" + ORG + "/trend?instrument=" + INSTRUMENT + "&unit=Team A";

    @Test
    void theFollowUpStandsBesideTheDimensionWorkedOnAndNotBesideOthers() throws Exception {
        String region = "followup-region";
        String baseline = ScanEvents.publish(ORG, "elderly-care", region, INSTRUMENT, 1, "Team A", "2025-01-15T10:00:00Z", null, 0.5, false,
                dim("psychological-safety", 3.2, 0.8, 40), dim("team-ambition", 4.0, 1.0, 40));
        String middle = ScanEvents.publish(ORG, "elderly-care", region, INSTRUMENT, 1, "Team A", "2025-06-15T10:00:00Z", null, 0.5, false,
                dim("psychological-safety", 3.4, 0.8, 40), dim("team-ambition", 4.0, 1.0, 40));
        // version 2 renames both dimensions; the plans were made on version 1's keys
        String latest = ScanEvents.publish(ORG, "elderly-care", region, INSTRUMENT, 2, "Team A", "2026-01-15T10:00:00Z",
                "{\"safety\":\"psychological-safety\",\"ambition\":\"team-ambition\"}", 0.5, false,
                dim("safety", 3.6, 0.7, 45), dim("ambition", 4.1, 1.0, 45));
        awaitStored(baseline);
        awaitStored(middle);
        awaitStored(latest);

        // the baseline's plan worked on safety; a plan on the latest scan (for the next round) is not part of this trend
        ActionPlanEvents.publish(ORG, plan(baseline, ORG, "elderly-care", region, INSTRUMENT, "2025-02-01T09:00:00Z",
                new int[]{1, 0, 3, 1}, work("psychological-safety", 2, 1, 0, 3, 1)));
        ActionPlanEvents.publish(ORG, plan(latest, ORG, "elderly-care", region, INSTRUMENT, "2026-02-01T09:00:00Z",
                new int[]{6, 0, 0, 0}, work("ambition", 4, 6, 0, 0, 0), work("safety", 1, 1, 0, 0, 0)));
        // a marker behind both on the organisation's partition: a plan of another unit's scan
        String marker = ScanEvents.publish(ORG, "elderly-care", region, INSTRUMENT, 1, "Team M", "2025-03-01T10:00:00Z", null, 0.5, false,
                dim("psychological-safety", 3.0, 0.8, 40));
        awaitStored(marker);
        ActionPlanEvents.publish(ORG, plan(marker, ORG, "elderly-care", region, INSTRUMENT, "2025-03-02T09:00:00Z",
                new int[]{1, 0, 0, 0}, work("psychological-safety", 1, 1, 0, 0, 0)));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(TestTokens.admin())
                .when().get("/api/v1/analytics/region/overview?region=" + region).then().statusCode(200)
                .body("followUp.scansWithPlan", equalTo(3)));

        given().auth().oauth2(TestTokens.orgManager(ORG)).when().get(TREND).then().statusCode(200)
                .body("baselineScanId", equalTo(baseline))
                .body("changes.find { it.key == 'safety' }.difference", equalTo(0.4f))
                .body("changes.find { it.key == 'safety' }.followUp.scanId", equalTo(baseline))
                .body("changes.find { it.key == 'safety' }.followUp.improvements", equalTo(2))
                .body("changes.find { it.key == 'safety' }.followUp.planned", equalTo(1))
                .body("changes.find { it.key == 'safety' }.followUp.doing", equalTo(0))
                .body("changes.find { it.key == 'safety' }.followUp.done", equalTo(3))
                .body("changes.find { it.key == 'safety' }.followUp.dropped", equalTo(1))
                // ambition was not worked on before the latest scan: nothing beside it
                .body("changes.find { it.key == 'ambition' }.followUp", nullValue())
                .body("changes.find { it.key == 'ambition' }.containsKey('followUp')", equalTo(false));

        // a plan on the middle scan that works on ambition: the most recent plan is shown for each dimension
        ActionPlanEvents.publish(ORG, plan(middle, ORG, "elderly-care", region, INSTRUMENT, "2025-07-01T09:00:00Z",
                new int[]{0, 2, 2, 0}, work("team-ambition", 1, 0, 2, 2, 0)));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(TestTokens.orgManager(ORG))
                .when().get(TREND).then().statusCode(200)
                .body("changes.find { it.key == 'ambition' }.followUp.scanId", equalTo(middle)));
        given().auth().oauth2(TestTokens.orgManager(ORG)).when().get(TREND).then()
                .body("changes.find { it.key == 'ambition' }.followUp.doing", equalTo(2))
                .body("changes.find { it.key == 'ambition' }.followUp.done", equalTo(2))
                .body("changes.find { it.key == 'safety' }.followUp.scanId", equalTo(baseline));

        // the CSV carries the same
        String csv = given().auth().oauth2(TestTokens.orgManager(ORG)).when()
                .get("/api/v1/analytics/organisations/" + ORG + "/trend.csv?instrument=" + INSTRUMENT + "&unit=Team A")
                .then().statusCode(200).extract().asString();
        List<CSVRecord> rows;
        try (CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))) {
            rows = p.getRecords();
        }
        CSVRecord safety = rows.stream().filter(r -> r.get("dimension_key").equals("safety")).findFirst().orElseThrow();
        assertEquals(baseline, safety.get("followup_scan_id"));
        assertEquals("3", safety.get("followup_done"));
        CSVRecord ambition = rows.stream().filter(r -> r.get("dimension_key").equals("ambition")).findFirst().orElseThrow();
        assertEquals("2", ambition.get("followup_done"));

        // another organisation's manager still reads nothing of it
        given().auth().oauth2(TestTokens.orgManager("someone-else")).when().get(TREND).then().statusCode(403);
    }
}
