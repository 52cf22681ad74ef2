package nl.leercultuur.survey.audit;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.leercultuur.survey.SurveyTestResources;
import nl.leercultuur.testkit.PlatformTestResource;
import nl.leercultuur.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static nl.leercultuur.survey.SurveyApi.close;
import static nl.leercultuur.survey.SurveyApi.codes;
import static nl.leercultuur.survey.SurveyApi.createOpenScan;
import static nl.leercultuur.survey.SurveyApi.managerA;
import static nl.leercultuur.survey.SurveyApi.safetyAnswers;
import static nl.leercultuur.survey.SurveyApi.submit;
import static nl.leercultuur.survey.SurveyTestResources.ORG_A;
import static nl.leercultuur.survey.SurveyTestResources.ORG_B;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
        @ResourceArg(name = "database", value = "survey"), @ResourceArg(name = "kafka", value = "true")})
@QuarkusTestResource(SurveyTestResources.class)
class AuditLogTest {

    @Test
    void readsAndExportsOfResultsAreLoggedForTheOrganisationToSee() {
        String scan = createOpenScan("team-psychological-safety", 3);
        List<String> codes = codes(scan, 3);
        for (int i = 0; i < 3; i++) {
            submit(codes.get(i), safetyAnswers(3 + i), 201);
        }
        close(scan);
        String partner = TestTokens.token("partner-system-7", null, "partner");
        // partners read results in analytics, where an organisation grants them access; here they read nothing
        given().auth().oauth2(partner).when().get("/api/v1/surveys/scans/" + scan + "/results").then().statusCode(403);
        given().auth().oauth2(partner).when().get("/api/v1/surveys/scans?organisationId=" + ORG_A).then().statusCode(403);
        given().auth().oauth2(TestTokens.token("admin-7", null, "admin")).when().get("/api/v1/surveys/scans/" + scan + "/results").then().statusCode(200);
        given().auth().oauth2(managerA()).header("X-Request-Id", "audit-req-1")
                .when().get("/api/v1/surveys/scans/" + scan + "/results.csv").then().statusCode(200);

        given().auth().oauth2(managerA()).when().get("/api/v1/surveys/audit?organisationId=" + ORG_A).then().statusCode(200)
                .body("total", greaterThanOrEqualTo(2))
                .body("items[0].action", equalTo("export")).body("items[0].requestId", equalTo("audit-req-1"))
                .body("items[0].resource", equalTo("/api/v1/surveys/scans/" + scan + "/results.csv"))
                .body("items.subject", hasItem("admin-7")).body("items[1].roles", hasItem("admin"))
                .body("items.subject", not(hasItem("partner-system-7")));
        // the log is the organisation's: not another manager's, not a partner's
        given().auth().oauth2(TestTokens.orgManager(ORG_B)).when().get("/api/v1/surveys/audit?organisationId=" + ORG_A).then().statusCode(403);
        given().auth().oauth2(partner).when().get("/api/v1/surveys/audit?organisationId=" + ORG_A).then().statusCode(403);
        given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/surveys/audit").then().statusCode(400)
                .body("errors[0].field", equalTo("organisationId"));
    }

    @Test
    void theLogNamesWhoReadByTheTokensSubjectNotTheUsername() {
        String scan = createOpenScan("team-psychological-safety", 3);
        List<String> codes = codes(scan, 3);
        for (int i = 0; i < 3; i++) {
            submit(codes.get(i), safetyAnswers(4), 201);
        }
        close(scan);
        // as in Keycloak: the subject is the user's id, the username what they sign in with (and may change or pass on)
        String manager = TestTokens.tokenWithUsername("5d0c-manager-sub", "m.jansen", ORG_A, "org-manager");
        given().auth().oauth2(manager).header("X-Request-Id", "audit-sub-1")
                .when().get("/api/v1/surveys/scans/" + scan + "/results").then().statusCode(200);
        given().auth().oauth2(managerA()).when().get("/api/v1/surveys/audit?organisationId=" + ORG_A + "&size=100").then().statusCode(200)
                .body("items.find { it.requestId == 'audit-sub-1' }.subject", equalTo("5d0c-manager-sub"))
                .body("items.subject", not(hasItem("m.jansen")));
    }
}
