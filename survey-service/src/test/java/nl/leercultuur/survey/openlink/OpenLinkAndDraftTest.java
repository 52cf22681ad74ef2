package nl.leercultuur.survey.openlink;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import nl.leercultuur.survey.SurveyTestResources;
import jakarta.inject.Inject;
import nl.leercultuur.testkit.PlatformTestResource;
import nl.leercultuur.testkit.PrometheusText;
import nl.leercultuur.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static nl.leercultuur.survey.SurveyApi.codes;
import static nl.leercultuur.survey.SurveyApi.createOpenScan;
import static nl.leercultuur.survey.SurveyApi.managerA;
import static nl.leercultuur.survey.SurveyApi.safetyAnswers;
import static nl.leercultuur.survey.SurveyApi.submit;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
        @ResourceArg(name = "database", value = "survey"), @ResourceArg(name = "kafka", value = "true")})
@QuarkusTestResource(SurveyTestResources.class)
class OpenLinkAndDraftTest {

    static Response openSubmit(String token, Map<String, Object> answers) {
        return given().contentType(ContentType.JSON).body(Map.of("answers", answers))
                .when().post("/api/v1/surveys/respond/open/" + token);
    }

    @Test
    void anOpenLinkTakesAnswersUntilItsRateIsSpentThenSays429WithRetryAfter() {
        String scanId = createOpenScan("team-psychological-safety", 3);
        String token = given().auth().oauth2(managerA()).contentType(ContentType.JSON).body(Map.of("perMinute", 3))
                .when().post("/api/v1/surveys/scans/" + scanId + "/open-link").then().statusCode(201)
                .header("Cache-Control", "no-store")
                .body("link", containsString("link=")).body("perMinute", equalTo(3)).extract().path("token");
        given().when().get("/api/v1/surveys/respond/open/" + token + "?lang=en").then().statusCode(200)
                .body("sections", hasSize(2));
        for (int i = 0; i < 3; i++) {
            openSubmit(token, safetyAnswers(4 + i)).then().statusCode(201);
        }
        Response limited = openSubmit(token, safetyAnswers(5));
        limited.then().statusCode(429).contentType("application/problem+json").body("type", containsString("rate-limited"));
        long retryAfter = Long.parseLong(limited.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 20, "Retry-After " + retryAfter);
        // a bad submission is explained, and the token itself is never shown again
        given().auth().oauth2(managerA()).when().get("/api/v1/surveys/scans/" + scanId + "/open-link").then()
                .statusCode(200).body("responses", equalTo(3)).body("token", nullValue()).body("active", equalTo(true));
        given().auth().oauth2(managerA()).when().get("/api/v1/surveys/scans/" + scanId).then().body("responseCount", equalTo(3));
        // withdrawn: the link no longer works
        given().auth().oauth2(managerA()).when().delete("/api/v1/surveys/scans/" + scanId + "/open-link").then().statusCode(204);
        given().when().get("/api/v1/surveys/respond/open/" + token).then().statusCode(410);
        given().when().get("/api/v1/surveys/respond/open/" + "x".repeat(26)).then().statusCode(404);
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theLinksLimitsAreKeptInTheSharedStoreThatEveryReplicaReads() throws Exception {
        String scanId = createOpenScan("team-psychological-safety", 3);
        String token = given().auth().oauth2(managerA()).contentType(ContentType.JSON).body(Map.of("perMinute", 1))
                .when().post("/api/v1/surveys/scans/" + scanId + "/open-link").then().statusCode(201).extract().path("token");
        int before = buckets();
        openSubmit(token, safetyAnswers(4)).then().statusCode(201);
        openSubmit(token, safetyAnswers(5)).then().statusCode(429).header("Retry-After", notNullValue());
        assertEquals(before + 2, buckets(), "the link's bucket and the client's, in PostgreSQL");
        String metrics = PrometheusText.scrape();
        assertTrue(PrometheusText.lists(metrics, "leercultuur_ratelimit_store_fallback_total", Map.of()), "the fallback is counted");
        assertEquals(0.0, PrometheusText.value(metrics, "leercultuur_ratelimit_store_fallback_total"),
                "decided by the shared store, not by this replica alone");
    }

    int buckets() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) AS n FROM rate_limit_bucket")) {
            rs.next();
            return rs.getInt("n");
        }
    }

    @Test
    void openLinksBelongToTheScansOrganisation() {
        String scanId = createOpenScan("team-psychological-safety", 3);
        given().auth().oauth2(TestTokens.orgManager(SurveyTestResources.ORG_B)).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/surveys/scans/" + scanId + "/open-link").then().statusCode(403);
        given().auth().oauth2(managerA()).contentType(ContentType.JSON).body(Map.of("perMinute", 0))
                .when().post("/api/v1/surveys/scans/" + scanId + "/open-link").then().statusCode(422)
                .body("errors.field", hasItem("perMinute"));
        given().contentType(ContentType.JSON).body("{}").when().post("/api/v1/surveys/scans/" + scanId + "/open-link")
                .then().statusCode(401);
    }

    @Test
    void saveAndContinueKeepsAnswersUntilTheSubmit() {
        String scanId = createOpenScan("team-psychological-safety", 3);
        String code = codes(scanId, 1).get(0);
        Map<String, Object> part = new HashMap<>(Map.of("ps-1", 2, "ps-2", 6));
        given().contentType(ContentType.JSON).body(Map.of("answers", part))
                .when().put("/api/v1/surveys/respond/" + code + "/draft").then().statusCode(200)
                .body("savedAt", notNullValue());
        given().contentType(ContentType.JSON).body(Map.of("answers", Map.of("ps-1", 12)))
                .when().put("/api/v1/surveys/respond/" + code + "/draft").then().statusCode(422)
                .body("errors.field", hasItem("answers.ps-1"));
        given().when().get("/api/v1/surveys/respond/" + code).then().statusCode(200)
                .body("savedAnswers.ps-1", equalTo(2)).body("savedAnswers.ps-2", equalTo(6));
        // the final submit still needs every required answer
        given().contentType(ContentType.JSON).body(Map.of("answers", part))
                .when().post("/api/v1/surveys/respond/" + code).then().statusCode(422);
        submit(code, safetyAnswers(5), 201);
        given().when().get("/api/v1/surveys/respond/" + code).then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("answers", part))
                .when().put("/api/v1/surveys/respond/" + code + "/draft").then().statusCode(409);
        assertEquals(1, (int) given().auth().oauth2(managerA()).when().get("/api/v1/surveys/scans/" + scanId)
                .then().extract().path("responseCount"));
    }
}
