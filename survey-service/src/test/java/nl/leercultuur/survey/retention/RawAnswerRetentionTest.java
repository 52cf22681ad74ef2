package nl.leercultuur.survey.retention;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import io.quarkus.narayana.jta.QuarkusTransaction;
import nl.leercultuur.survey.SurveyTestResources;
import nl.leercultuur.testkit.PlatformTestResource;
import nl.leercultuur.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.leercultuur.survey.SurveyApi.close;
import static nl.leercultuur.survey.SurveyApi.codes;
import static nl.leercultuur.survey.SurveyApi.createOpenScan;
import static nl.leercultuur.survey.SurveyApi.safetyAnswers;
import static nl.leercultuur.survey.SurveyApi.submit;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
        @ResourceArg(name = "database", value = "survey"), @ResourceArg(name = "kafka", value = "true")})
@QuarkusTestResource(SurveyTestResources.class)
class RawAnswerRetentionTest {

    @Inject
    RawAnswerRetention retention;
    @Inject
    EntityManager em;

    @Test
    void rawAnswersOfLongClosedScansGoTheirResultsStay() {
        String old = scanWithAnswersAndADraft();
        String recent = scanWithAnswersAndADraft();
        close(old);
        close(recent);
        String resultsBefore = given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/surveys/scans/" + old + "/results")
                .then().statusCode(200).extract().path("dimensions[0].mean").toString();
        closedAgo(old, 25);
        closedAgo(recent, 23);

        RawAnswerRetention.Purged purged = retention.purge(OffsetDateTime.now());
        assertTrue(purged.scans() >= 1 && purged.responses() >= 3 && purged.answers() > 0, purged.toString());
        assertEquals(0, rows("SELECT count(*) FROM answer WHERE scan_id = ?1", old));
        assertEquals(0, rows("SELECT count(*) FROM response WHERE scan_id = ?1", old));
        assertEquals(0, rows("SELECT count(*) FROM invitation WHERE scan_id = ?1 AND draft_answers IS NOT NULL", old));
        // the results, and the count they rest on, stay
        given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/surveys/scans/" + old + "/results").then().statusCode(200)
                .body("responseCount", equalTo(3)).body("dimensions[0].mean", equalTo(Float.valueOf(resultsBefore)));
        // a scan inside the retention period keeps everything
        assertEquals(3, rows("SELECT count(*) FROM response WHERE scan_id = ?1", recent));
        assertTrue(rows("SELECT count(*) FROM answer WHERE scan_id = ?1", recent) > 0);
        // a second run finds nothing more to do
        assertEquals(0, retention.purge(OffsetDateTime.now()).scans());
    }

    private String scanWithAnswersAndADraft() {
        String scan = createOpenScan("team-psychological-safety", 3);
        List<String> codes = codes(scan, 4);
        for (int i = 0; i < 3; i++) {
            submit(codes.get(i), safetyAnswers(3 + i), 201);
        }
        given().contentType(ContentType.JSON).body(Map.of("answers", Map.of("ps-1", 4)))
                .when().put("/api/v1/surveys/respond/" + codes.get(3) + "/draft").then().statusCode(200);
        return scan;
    }

    void closedAgo(String scan, int months) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "UPDATE scan SET closed_at = now() - make_interval(months => ?1) WHERE id = ?2")
                .setParameter(1, months).setParameter(2, UUID.fromString(scan)).executeUpdate());
    }

    long rows(String sql, String scan) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery(sql).setParameter(1, UUID.fromString(scan)).getSingleResult()).longValue());
    }
}
