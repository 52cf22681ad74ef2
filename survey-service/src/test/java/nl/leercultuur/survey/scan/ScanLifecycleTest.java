package nl.leercultuur.survey.scan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.leercultuur.platform.events.CloudEventKafka;
import nl.leercultuur.contracts.events.EventTypes;
import nl.leercultuur.survey.ScanEvents;
import nl.leercultuur.survey.SurveyTestResources;
import nl.leercultuur.testkit.PlatformTestResource;
import nl.leercultuur.testkit.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static nl.leercultuur.survey.SurveyApi.codes;
import static nl.leercultuur.survey.SurveyApi.createOpenScan;
import static nl.leercultuur.survey.SurveyApi.managerA;
import static nl.leercultuur.survey.SurveyApi.safetyAnswers;
import static nl.leercultuur.survey.SurveyApi.scanRequest;
import static nl.leercultuur.survey.SurveyApi.submit;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
        @ResourceArg(name = "database", value = "survey"), @ResourceArg(name = "kafka", value = "true")})
@QuarkusTestResource(SurveyTestResources.class)
class ScanLifecycleTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String ORG_A = SurveyTestResources.ORG_A;

    @Test
    void builtInLibraryIsReadableWithoutToken() {
        given().when().get("/api/v1/surveys/instruments?size=50").then().statusCode(200)
                .body("items.key", org.hamcrest.Matchers.hasItems("learning-culture-carriers", "learning-organisation-dimensions",
                        "tno-learning-levels", "team-psychological-safety", "placement-learning-climate", "learning-behaviour",
                        "psychological-safety-quick-test"))
                .body("items.find { it.key == 'learning-culture-carriers' }.dimensionCount", equalTo(6))
                // version 2: items for the sub-aspects version 1 lacked (18 + 6)
                .body("items.find { it.key == 'learning-culture-carriers' }.itemCount", equalTo(24))
                .body("items.find { it.key == 'learning-culture-carriers' }.publishedVersion", equalTo(2))
                .body("items.find { it.key == 'psychological-safety-quick-test' }.itemCount", equalTo(7))
                .body("items.find { it.key == 'learning-organisation-dimensions' }.dimensionCount", equalTo(7))
                .body("items.find { it.key == 'team-psychological-safety' }.publishedVersion", equalTo(1));
        given().when().get("/api/v1/surveys/instruments/team-psychological-safety").then().statusCode(200)
                .body("published.definition.dimensions[0].items", hasSize(7))
                .body("published.definition.dimensions[0].items.findAll { it.reverse == true }.key", equalTo(List.of("ps-1", "ps-3", "ps-5")))
                .body("published.definition.dimensions.concept", equalTo(List.of("psychological-safety", "learning-ambition")));
    }

    @Test
    void fullScanFromCodesToScoredEvent() throws Exception {
        String scanId = createOpenScan("team-psychological-safety", 3);
        List<String> codes = codes(scanId, 4);
        // Three respondents: all items answered 7, 4 and 1. Reverse items (ps-1,3,5) flip: 7->1, 4->4, 1->7.
        submit(codes.get(0), safetyAnswers(7), 201);
        submit(codes.get(1), safetyAnswers(4), 201);
        submit(codes.get(2), safetyAnswers(1), 201);
        // the same code again with other answers: 409, nothing changes
        submit(codes.get(0), safetyAnswers(1), 409);
        given().auth().oauth2(managerA()).when().get("/api/v1/surveys/scans/" + scanId).then().statusCode(200)
                .body("responseCount", equalTo(3)).body("invitationsIssued", equalTo(4))
                .body("responseRate", is(0.3f));

        given().auth().oauth2(managerA()).when().post("/api/v1/surveys/scans/" + scanId + "/close")
                .then().statusCode(200).body("status", equalTo("CLOSED"));

        // Respondent scale scores for safety: r1 = (4*7 + 3*1)/7 = 31/7, r2 = 4, r3 = (4*1 + 3*7)/7 = 25/7.
        // mean = (31/7 + 28/7 + 25/7)/3 = 4.000; sd = sqrt(((3/7)^2 + 0 + (3/7)^2)/2) = 3/7 = 0.429
        given().auth().oauth2(managerA()).when().get("/api/v1/surveys/scans/" + scanId + "/results").then().statusCode(200)
                .body("suppressed", equalTo(false))
                .body("dimensions.find { it.key == 'psychological-safety' }.n", equalTo(3))
                .body("dimensions.find { it.key == 'psychological-safety' }.mean", is(4.0f))
                .body("dimensions.find { it.key == 'psychological-safety' }.sd", is(0.429f))
                .body("dimensions.find { it.key == 'team-ambition' }.mean", is(4.0f))
                .body("dimensions.find { it.key == 'team-ambition' }.sd", is(3.0f))
                // favourable (6 or 7) on ambition: 4 of 12 answers
                .body("dimensions.find { it.key == 'team-ambition' }.favourableShare", is(0.3333f));

        ConsumerRecord<String, String> ev = ScanEvents.awaitFirst("the event of scan " + scanId,
                r -> r.value().contains(scanId), Duration.ofSeconds(15));
        assertEquals(ORG_A, ev.key());
        assertEquals("1.0", CloudEventKafka.get(ev.headers(), "ce_specversion"));
        assertEquals(EventTypes.SCAN_COMPLETED, CloudEventKafka.get(ev.headers(), "ce_type"));
        assertEquals(scanId, CloudEventKafka.get(ev.headers(), "ce_subject"));
        JsonNode data = JSON.readTree(ev.value());
        assertEquals(3, data.get("responseCount").asInt());
        assertFalse(data.get("suppressed").asBoolean());
        assertEquals("team-psychological-safety", data.at("/instrument/key").asText());
        assertEquals(2, data.get("dimensions").size());
        assertEquals("psychological-safety", data.at("/dimensions/0/concept").asText(), data.toString());
        assertEquals("learning-ambition", data.at("/dimensions/1/concept").asText(), data.toString());
        assertEquals("psychological-safety", data.at("/scoring/learningZone/safety").asText());
        // the scan no longer accepts answers
        submit(codes.get(3), safetyAnswers(5), 409);
    }

    @Test
    void belowThresholdNothingIsShownOrPublished() throws Exception {
        String scanId = createOpenScan("team-psychological-safety", 5);
        List<String> codes = codes(scanId, 2);
        submit(codes.get(0), safetyAnswers(6), 201);
        submit(codes.get(1), safetyAnswers(2), 201);
        given().auth().oauth2(managerA()).when().post("/api/v1/surveys/scans/" + scanId + "/close").then().statusCode(200);
        given().auth().oauth2(managerA()).when().get("/api/v1/surveys/scans/" + scanId + "/results").then().statusCode(200)
                .body("suppressed", equalTo(true)).body("dimensions", hasSize(0));
        ConsumerRecord<String, String> ev = ScanEvents.awaitFirst("the event of scan " + scanId,
                r -> r.value().contains(scanId), Duration.ofSeconds(15));
        JsonNode data = JSON.readTree(ev.value());
        assertTrue(data.get("suppressed").asBoolean());
        assertEquals(0, data.get("dimensions").size());
        assertFalse(data.has("overallIndex"));
    }

    @Test
    void invalidSubmissionNamesTheItemsAndClaimsNothing() {
        String scanId = createOpenScan("team-psychological-safety", 3);
        String code = codes(scanId, 1).get(0);
        Map<String, Object> answers = safetyAnswers(5);
        answers.remove("ps-2");
        answers.put("ps-4", 9);
        answers.put("nonsense", 3);
        given().contentType(ContentType.JSON).body(Map.of("answers", answers))
                .when().post("/api/v1/surveys/respond/" + code).then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("answers.ps-2"))
                .body("errors.field", hasItem("answers.ps-4"))
                .body("errors.field", hasItem("answers.nonsense"));
        // the code is still good
        submit(code, safetyAnswers(5), 201);
    }

    @Test
    void concurrentSubmitsWithOneCodeAreAcceptedOnce() throws Exception {
        String scanId = createOpenScan("team-psychological-safety", 3);
        String code = codes(scanId, 1).get(0);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int v = 1 + i % 7;
            tasks.add(() -> given().contentType(ContentType.JSON).body(Map.of("answers", safetyAnswers(v)))
                    .when().post("/api/v1/surveys/respond/" + code).then().extract().statusCode());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(tasks)) {
            statuses.add(f.get());
        }
        pool.shutdown();
        // one set of answers is stored; the submits that sent exactly those (retries, as far as the service can
        // tell) are accepted too, every other one is "already answered"
        java.util.Set<Integer> accepted = new java.util.TreeSet<>();
        for (int i = 0; i < statuses.size(); i++) {
            assertTrue(statuses.get(i) == 201 || statuses.get(i) == 409, "statuses " + statuses);
            if (statuses.get(i) == 201) {
                accepted.add(1 + i % 7);
            }
        }
        assertEquals(1, accepted.size(), "only one set of answers accepted: " + statuses);
        int winner = accepted.iterator().next();
        for (int i = 0; i < statuses.size(); i++) {
            if (1 + i % 7 != winner) {
                assertEquals(409, statuses.get(i), "other answers than the stored ones: " + statuses);
            }
        }
        given().auth().oauth2(managerA()).when().get("/api/v1/surveys/scans/" + scanId).then().body("responseCount", equalTo(1));
    }

    @Test
    void questionnaireByCodeInEitherLanguage() {
        String scanId = createOpenScan("learning-culture-carriers", 3);
        String code = codes(scanId, 1).get(0);
        given().when().get("/api/v1/surveys/respond/" + code + "?lang=en").then().statusCode(200)
                .body("sections", hasSize(6)).body("sections[0].title", equalTo("Content of work: tasks that keep challenging"))
                .body("sections[0].items", hasSize(4))
                .body("sections[0].items[0].labels", hasSize(5));
        given().when().get("/api/v1/surveys/respond/" + code.toLowerCase()).then().statusCode(200)
                .body("sections[0].title", equalTo("Inhoud van werk: taken die blijven uitdagen"));
        given().when().get("/api/v1/surveys/respond/AAAA-BBBB-CCCC").then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/api/v1/surveys/respond/" + code + "?lang=fr").then().statusCode(422)
                .body("errors[0].field", equalTo("lang"));
    }

    @Test
    void revokedCodeIsRefused() {
        String scanId = createOpenScan("learning-culture-carriers", 3);
        List<String> codes = codes(scanId, 2);
        given().auth().oauth2(managerA()).contentType(ContentType.JSON).body(Map.of("codes", List.of(codes.get(0), "ZZZZ-ZZZZ-ZZZZ")))
                .when().post("/api/v1/surveys/scans/" + scanId + "/invitations/revoke").then().statusCode(200)
                .body("revoked", equalTo(1)).body("notFound", equalTo(1));
        given().when().get("/api/v1/surveys/respond/" + codes.get(0)).then().statusCode(410);
    }

    @Test
    void codesAsCsvWithLinks() {
        String scanId = createOpenScan("learning-culture-carriers", 3);
        String csv = given().auth().oauth2(managerA()).accept("text/csv").contentType(ContentType.JSON).body(Map.of("count", 3))
                .when().post("/api/v1/surveys/scans/" + scanId + "/invitations")
                .then().statusCode(201).contentType(containsString("text/csv")).extract().asString();
        String[] lines = csv.split("\r\n");
        assertEquals("code,link", lines[0]);
        assertEquals(4, lines.length);
        assertTrue(lines[1].matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4},http.*code=.*"), lines[1]);
    }

    @Test
    void orgManagerIsBoundToOwnOrganisation() {
        given().auth().oauth2(managerA()).contentType(ContentType.JSON)
                .body(scanRequest(SurveyTestResources.ORG_B, "learning-culture-carriers", null))
                .when().post("/api/v1/surveys/scans").then().statusCode(403).contentType("application/problem+json");
        String id = createOpenScan("learning-culture-carriers", 3);
        given().auth().oauth2(TestTokens.orgManager(SurveyTestResources.ORG_B)).when().get("/api/v1/surveys/scans/" + id)
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.orgManager(SurveyTestResources.ORG_B)).when().post("/api/v1/surveys/scans/" + id + "/close")
                .then().statusCode(403);
        // an organisation's scan is its own: no cache on the way may keep it
        given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/surveys/scans/" + id).then().statusCode(200)
                .header("Cache-Control", "no-store");
        given().auth().oauth2(TestTokens.participant()).when().get("/api/v1/surveys/scans/" + id).then().statusCode(403);
        given().when().get("/api/v1/surveys/scans/" + id).then().statusCode(401)
                .header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer"));
        given().auth().oauth2(TestTokens.forged("admin")).when().get("/api/v1/surveys/scans/" + id).then().statusCode(401)
                .header("WWW-Authenticate", org.hamcrest.Matchers.containsString("invalid_token"));
        // a bearer that is not a JWT at all: refused here, never sent on to the identity provider
        given().auth().oauth2("not-a-jwt").when().get("/api/v1/surveys/scans/" + id).then().statusCode(401)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.orgManager(SurveyTestResources.ORG_B)).when().get("/api/v1/surveys/scans")
                .then().statusCode(200).body("items.organisationId.unique()", org.hamcrest.Matchers.not(hasItem(ORG_A)));
    }

    @Test
    void badScanRequestsAreExplained() {
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(scanRequest("onbekende-org", "learning-culture-carriers", null))
                .when().post("/api/v1/surveys/scans").then().statusCode(422).body("errors[0].field", equalTo("organisationId"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(scanRequest(SurveyTestResources.INACTIVE_ORG, "learning-culture-carriers", null))
                .when().post("/api/v1/surveys/scans").then().statusCode(422);
        long t0 = System.nanoTime();
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(scanRequest(SurveyTestResources.SLOW_ORG, "learning-culture-carriers", null))
                .when().post("/api/v1/surveys/scans").then().statusCode(503).body("type", containsString("registry-unavailable"))
                .header("Retry-After", "5");
        assertTrue(System.nanoTime() - t0 < 4_000_000_000L, "a dead registry must not hold the caller");
        Map<String, Object> bad = scanRequest(ORG_A, "no-such-instrument", 2);
        given().auth().oauth2(managerA()).contentType(ContentType.JSON).body(bad)
                .when().post("/api/v1/surveys/scans").then().statusCode(400).body("errors.field", hasItem("anonymityThreshold"));
        bad.put("anonymityThreshold", 5);
        given().auth().oauth2(managerA()).contentType(ContentType.JSON).body(bad)
                .when().post("/api/v1/surveys/scans").then().statusCode(422).body("errors.field", hasItem("instrumentKey"));
        given().auth().oauth2(managerA()).contentType(ContentType.JSON).body("{\"title\": ")
                .when().post("/api/v1/surveys/scans").then().statusCode(400).contentType("application/problem+json");
        String id = createOpenScan("learning-culture-carriers", 3);
        given().auth().oauth2(managerA()).when().post("/api/v1/surveys/scans/" + id + "/open").then().statusCode(409)
                .body("type", containsString("illegal-transition"));
        given().auth().oauth2(managerA()).when().get("/api/v1/surveys/scans/" + id + "/results").then().statusCode(409);
        given().auth().oauth2(managerA()).when().get("/api/v1/surveys/scans/00000000-0000-0000-0000-000000000000")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
