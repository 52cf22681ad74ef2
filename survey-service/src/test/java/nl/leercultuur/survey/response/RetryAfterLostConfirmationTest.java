package nl.leercultuur.survey.response;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.leercultuur.survey.SurveyTestResources;
import nl.leercultuur.survey.invitation.InvitationCodes;
import nl.leercultuur.testkit.PlatformTestResource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static nl.leercultuur.survey.SurveyApi.codes;
import static nl.leercultuur.survey.SurveyApi.createOpenScan;
import static nl.leercultuur.survey.SurveyApi.managerA;
import static nl.leercultuur.survey.SurveyApi.safetyAnswers;
import static nl.leercultuur.survey.SurveyApi.submit;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A respondent whose answers were stored but whose confirmation never arrived sends them again: accepted, stored
 * once. Other answers with the used code, or the same ones after the receipt expired, are "already answered".
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
        @ResourceArg(name = "database", value = "survey"), @ResourceArg(name = "kafka", value = "true")})
@QuarkusTestResource(SurveyTestResources.class)
class RetryAfterLostConfirmationTest {

    @Inject
    EntityManager em;
    @Inject
    RetryReceipts receipts;

    @Test
    void theSameAnswersAgainAreAcceptedOnceStoredOnce() {
        String scan = createOpenScan("team-psychological-safety", 3);
        List<String> codes = codes(scan, 2);
        submit(codes.get(0), safetyAnswers(5), 201);
        submit(codes.get(0), safetyAnswers(5), 201); // the retry
        submit(codes.get(0), safetyAnswers(4), 409); // someone else's answers with a used code
        given().auth().oauth2(managerA()).when().get("/api/v1/surveys/scans/" + scan).then().statusCode(200)
                .body("responseCount", equalTo(1));
        assertEquals(1L, count("SELECT count(*) FROM response WHERE scan_id = CAST(?1 AS uuid)", scan));

        // after the receipt's 15 minutes a repeat is "already answered", and the receipt is gone
        submit(codes.get(1), safetyAnswers(6), 201);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE invitation SET retry_receipt_until = now() - interval '1 second' WHERE code_hash = ?1")
                .setParameter(1, InvitationCodes.hash(codes.get(1))).executeUpdate());
        submit(codes.get(1), safetyAnswers(6), 409);
        receipts.clearExpired();
        assertEquals(0L, count("SELECT count(*) FROM invitation WHERE scan_id = CAST(?1 AS uuid) "
                + "AND retry_receipt_until < now() AND retry_receipt IS NOT NULL", scan));
        assertEquals(1L, count("SELECT count(*) FROM invitation WHERE scan_id = CAST(?1 AS uuid) AND retry_receipt IS NOT NULL", scan),
                "the first code's receipt is still in its 15 minutes");
        assertEquals(2L, count("SELECT count(*) FROM response WHERE scan_id = CAST(?1 AS uuid)", scan));
    }

    private long count(String sql, String scan) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery(sql).setParameter(1, scan).getSingleResult()).longValue());
    }
}
