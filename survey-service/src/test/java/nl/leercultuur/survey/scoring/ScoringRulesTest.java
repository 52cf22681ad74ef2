package nl.leercultuur.survey.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.leercultuur.platform.events.CloudEventKafka;
import nl.leercultuur.contracts.events.EventTypes;
import nl.leercultuur.survey.SurveyTestResources;
import nl.leercultuur.survey.ScanEvents;
import nl.leercultuur.survey.SurveyApi;
import nl.leercultuur.testkit.EventSchemas;
import nl.leercultuur.testkit.PlatformTestResource;
import nl.leercultuur.testkit.TestTokens;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static nl.leercultuur.survey.SurveyApi.close;
import static nl.leercultuur.survey.SurveyApi.codes;
import static nl.leercultuur.survey.SurveyApi.createOpenScan;
import static nl.leercultuur.survey.SurveyApi.managerA;
import static nl.leercultuur.survey.SurveyApi.submit;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scoring rules against hand-computed figures, with an instrument built for them: dimension a has four
 * optional items (a-4 reverse-scored), dimension b two optional items and a minimum of four respondents.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
        @ResourceArg(name = "database", value = "survey"), @ResourceArg(name = "kafka", value = "true")})
@QuarkusTestResource(SurveyTestResources.class)
class ScoringRulesTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String INSTRUMENT = "scoring-rules";
    static String scanId;

    @BeforeEach
    void closedScanOfFourRespondents() {
        if (scanId != null) {
            return; // one scan serves every test of this class
        }
        SurveyApi.createAndPublish(SurveyApi.halfRuleInstrument(INSTRUMENT));
        scanId = createOpenScan(INSTRUMENT, 3);
        List<String> codes = codes(scanId, 4);
        // r1 answers everything (a-4 = 1 reverses to 5); r2 half of a and half of b; r3 one of four a-items
        // (does not count for a) and both b-items; r4 all of a and nothing of b.
        submit(codes.get(0), Map.of("a-1", 5, "a-2", 4, "a-3", 3, "a-4", 1, "b-1", 5, "b-2", 5), 201);
        submit(codes.get(1), Map.of("a-1", 2, "a-2", 2, "b-1", 1), 201);
        submit(codes.get(2), Map.of("a-1", 4, "b-1", 3, "b-2", 4), 201);
        submit(codes.get(3), Map.of("a-1", 3, "a-2", 3, "a-3", 3, "a-4", 3), 201);
        close(scanId);
    }

    @Test
    void halfTheItemsMakeARespondentCountAndReverseItemsFlip() {
        // a: r1 = (5+4+3+5)/4 = 4.25, r2 = 2, r4 = 3; r3 answered 1 of 4 and is left out.
        // n = 3, mean = 9.25/3 = 3.083, sd = sqrt((1.1667² + 1.0833² + 0.0833²)/2) = 1.127
        // favourable (4 or 5) over the counted answers: 5, 4, 5 of 10 = 0.3
        given().auth().oauth2(managerA()).when().get("/api/v1/surveys/scans/" + scanId + "/results").then()
                .statusCode(200)
                .body("suppressed", equalTo(false))
                .body("responseCount", equalTo(4))
                .body("dimensions", hasSize(2))
                .body("dimensions[0].key", equalTo("a"))
                .body("dimensions[0].n", equalTo(3))
                .body("dimensions[0].mean", is(3.083f))
                .body("dimensions[0].sd", is(1.127f))
                .body("dimensions[0].favourableShare", is(0.3f))
                .body("dimensions[0].distribution", equalTo(Map.of("2", 2, "3", 5, "4", 1, "5", 2)))
                .body("overallIndex", is(3.083f));
    }

    @Test
    void aDimensionBelowItsOwnMinimumIsWithheldWhileTheRestShows() {
        // b: r1, r2 (1 of 2 is half) and r3 count: n = 3, below the instrument's minimum of 4 for b
        given().auth().oauth2(managerA()).when().get("/api/v1/surveys/scans/" + scanId + "/results").then()
                .body("dimensions[1].key", equalTo("b"))
                .body("dimensions[1].suppressed", equalTo(true))
                .body("dimensions[1].n", nullValue())
                .body("dimensions[1].mean", nullValue());
    }

    @Test
    void theEventCarriesTheSameFiguresMatchesItsSchemaAndSaysWhatItHolds() throws Exception {
        ConsumerRecord<String, String> ev = eventOf(scanId);
        assertEquals(List.of(), EventSchemas.violations(EventTypes.SCAN_COMPLETED, ev.value()));
        JsonNode data = JSON.readTree(ev.value());
        assertEquals(3.083, data.at("/dimensions/0/mean").asDouble());
        assertEquals(1.0, data.at("/dimensions/0/scaleMin").asDouble());
        assertEquals(5.0, data.at("/dimensions/0/scaleMax").asDouble());
        assertTrue(data.at("/dimensions/1/suppressed").asBoolean());
        assertFalse(data.at("/dimensions/1").has("mean"));
        assertEquals(SurveyTestResources.ORG_A, ev.key());
        assertEquals(SurveyTestResources.ORG_A, CloudEventKafka.get(ev.headers(), "ce_partitionkey"));
        assertEquals("internal", CloudEventKafka.get(ev.headers(), "ce_dataclassification"));
        assertEquals("non-personal", CloudEventKafka.get(ev.headers(), "ce_datacategory"));
        assertEquals("gdpr", CloudEventKafka.get(ev.headers(), "ce_dataregulation"));
        String schemaUrl = CloudEventKafka.get(ev.headers(), "ce_dataschema");
        assertTrue(schemaUrl.endsWith("/api/v1/surveys/events/survey.scan-completed.v1.schema.json"), schemaUrl);
        // the schema the event points at is served by the service, and it is the one the event was checked against
        String served = given().when().get("/api/v1/surveys/events/survey.scan-completed.v1.schema.json")
                .then().statusCode(200).contentType(containsString("schema+json")).extract().asString();
        assertEquals(JSON.readTree(getClass().getClassLoader().getResource("events/survey.scan-completed.v1.schema.json")),
                JSON.readTree(served));
        given().when().get("/api/v1/surveys/events/asyncapi.yaml").then().statusCode(200)
                .body(containsString("survey.scan-completed.v1"));
        given().when().get("/api/v1/surveys/events/..%2Fapplication.properties").then().statusCode(404);
    }

    @Test
    void oneEventPerClose() {
        // once the outbox has marked the event published, the topic holds every copy there will be
        ScanEvents.awaitPublished(scanId, Duration.ofSeconds(15));
        assertEquals(1, ScanEvents.of(scanId).size());
        given().auth().oauth2(managerA()).when().post("/api/v1/surveys/scans/" + scanId + "/close").then().statusCode(409);
    }

    @Test
    void resultsAsCsvParseBackWithTheSameFigures() throws Exception {
        String csv = given().auth().oauth2(managerA()).accept("text/csv")
                .when().get("/api/v1/surveys/scans/" + scanId + "/results")
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        List<CSVRecord> rows;
        try (CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))) {
            rows = p.getRecords();
            assertEquals(List.of("scan_id", "dimension_key", "dimension_name", "suppressed", "n", "mean", "sd",
                    "favourable_share", "distribution"), p.getHeaderNames());
        }
        assertEquals(2, rows.size());
        assertEquals("a", rows.get(0).get("dimension_key"));
        assertEquals("Dimensie A", rows.get(0).get("dimension_name"));
        assertEquals("3", rows.get(0).get("n"));
        assertEquals("3.083", rows.get(0).get("mean"));
        assertEquals("2=2 3=5 4=1 5=2", rows.get(0).get("distribution"));
        assertEquals("true", rows.get(1).get("suppressed"));
        assertEquals("", rows.get(1).get("mean"));
        given().auth().oauth2(TestTokens.orgManager(SurveyTestResources.ORG_B))
                .when().get("/api/v1/surveys/scans/" + scanId + "/results.csv").then().statusCode(403);
        given().auth().oauth2(TestTokens.partner()).when().get("/api/v1/surveys/scans/" + scanId + "/results.csv")
                .then().statusCode(403);
    }

    static ConsumerRecord<String, String> eventOf(String scanId) {
        return ScanEvents.awaitEvent(scanId, Duration.ofSeconds(15));
    }
}
