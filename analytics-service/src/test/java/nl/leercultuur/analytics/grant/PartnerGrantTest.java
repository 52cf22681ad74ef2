package nl.leercultuur.analytics.grant;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.leercultuur.analytics.CatalogStub;
import nl.leercultuur.testkit.PlatformTestResource;
import nl.leercultuur.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static nl.leercultuur.analytics.trend.TrendBenchmarkRecommendationTest.awaitStored;
import static nl.leercultuur.analytics.trend.TrendBenchmarkRecommendationTest.dim;
import static nl.leercultuur.analytics.trend.TrendBenchmarkRecommendationTest.publish;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** A partner reads an organisation's results only while that organisation's grant runs; the audit log lists it all. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
        @ResourceArg(name = "database", value = "analytics"), @ResourceArg(name = "kafka", value = "true")})
@QuarkusTestResource(CatalogStub.class)
class PartnerGrantTest {

    static final String ORG = "grant-org";
    static final String OTHER = "grant-other";
    static final String PARTNER_SUB = "6b1f0c7e-partner-hr";

    @Inject
    EntityManager em;

    static String partner() {
        return TestTokens.token(PARTNER_SUB, null, "partner");
    }

    static String grants(String org) {
        return "/api/v1/analytics/organisations/" + org + "/partner-grants";
    }

    static Map<String, Object> request(OffsetDateTime until) {
        return Map.of("partnerSubject", PARTNER_SUB, "partnerName", "Regionaal HR-netwerk", "validUntil", until.toString());
    }

    @Test
    void aPartnerReadsOnlyWhatAnOrganisationGrantedAndOnlyWhileItRuns() {
        String scan = publish(ORG, "hospital", "grant-carriers", 1, null, "2026-03-01T10:00:00Z", null, false,
                dim("leadership", 3.1, 0.8, 30, 0.3));
        String other = publish(OTHER, "hospital", "grant-carriers", 1, null, "2026-03-01T10:00:00Z", null, false,
                dim("leadership", 3.6, 0.8, 30, 0.5));
        awaitStored(scan);
        awaitStored(other);
        String profile = "/api/v1/analytics/scans/" + scan + "/profile";
        String trend = "/api/v1/analytics/organisations/" + ORG + "/trend?instrument=grant-carriers";

        given().auth().oauth2(partner()).when().get(profile).then().statusCode(403)
                .body("detail", containsString("has not granted you access"));
        given().auth().oauth2(partner()).when().get("/api/v1/analytics/partner-grants").then().statusCode(200).body("$", hasSize(0));

        // only the organisation's own manager or an admin grants; a partner cannot grant itself
        OffsetDateTime until = OffsetDateTime.now(ZoneOffset.UTC).plusMonths(6).withNano(0);
        given().auth().oauth2(TestTokens.orgManager(OTHER)).contentType(ContentType.JSON).body(request(until))
                .when().post(grants(ORG)).then().statusCode(403);
        given().auth().oauth2(partner()).contentType(ContentType.JSON).body(request(until))
                .when().post(grants(ORG)).then().statusCode(403);
        String id = given().auth().oauth2(TestTokens.orgManager(ORG)).contentType(ContentType.JSON).body(request(until))
                .when().post(grants(ORG)).then().statusCode(201)
                .header("Location", containsString(grants(ORG) + "/"))
                .body("status", equalTo("ACTIVE")).body("grantedBy", equalTo("manager-of-" + ORG))
                .body("partnerName", equalTo("Regionaal HR-netwerk"))
                .extract().path("id");
        given().auth().oauth2(TestTokens.orgManager(ORG)).contentType(ContentType.JSON).body(request(until.plusDays(1)))
                .when().post(grants(ORG)).then().statusCode(409).body("type", containsString("grant-exists"));

        // granted: this organisation's profile, CSV and trend; still not the other organisation's
        given().auth().oauth2(partner()).when().get(profile).then().statusCode(200).body("organisationId", equalTo(ORG));
        given().auth().oauth2(partner()).when().get(profile.replace("/profile", "/profile.csv")).then().statusCode(200);
        given().auth().oauth2(partner()).when().get(trend).then().statusCode(200);
        given().auth().oauth2(partner()).when().get("/api/v1/analytics/scans/" + other + "/profile").then().statusCode(403);
        // a grant is for the partner it names, not for every partner
        given().auth().oauth2(TestTokens.partner()).when().get(profile).then().statusCode(403);
        given().auth().oauth2(partner()).when().get("/api/v1/analytics/partner-grants").then().statusCode(200)
                .body("organisationId", equalTo(java.util.List.of(ORG)));

        // revoked: refused again at once; revoking twice changes nothing
        given().auth().oauth2(TestTokens.orgManager(ORG)).when().delete(grants(ORG) + "/" + id).then().statusCode(200)
                .body("status", equalTo("REVOKED")).body("revokedBy", equalTo("manager-of-" + ORG));
        given().auth().oauth2(TestTokens.admin()).when().delete(grants(ORG) + "/" + id).then().statusCode(200)
                .body("revokedBy", equalTo("manager-of-" + ORG));
        given().auth().oauth2(partner()).when().get(profile).then().statusCode(403);
        given().auth().oauth2(TestTokens.orgManager(OTHER)).when().delete(grants(OTHER) + "/" + id).then().statusCode(404);

        // a grant that ran out no longer opens anything, and a new one may take its place
        String second = given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(request(until))
                .when().post(grants(ORG)).then().statusCode(201).extract().path("id");
        given().auth().oauth2(partner()).when().get(profile).then().statusCode(200);
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "UPDATE partner_grant SET granted_at = now() - interval '2 days', valid_until = now() - interval '1 second' WHERE id = ?1")
                .setParameter(1, java.util.UUID.fromString(second)).executeUpdate());
        given().auth().oauth2(partner()).when().get(profile).then().statusCode(403);
        given().auth().oauth2(TestTokens.orgManager(ORG)).when().get(grants(ORG)).then().statusCode(200)
                .body("total", equalTo(2)).body("items.status", hasItem("EXPIRED")).body("items.status", hasItem("REVOKED"));
        given().auth().oauth2(TestTokens.orgManager(ORG)).contentType(ContentType.JSON).body(request(until))
                .when().post(grants(ORG)).then().statusCode(201);

        // the organisation's audit log lists the grants, the revocation and the partner's reads
        given().auth().oauth2(TestTokens.orgManager(ORG)).when().get("/api/v1/analytics/audit?organisationId=" + ORG).then().statusCode(200)
                .body("items.action", hasItem("grant")).body("items.action", hasItem("revoke")).body("items.action", hasItem("export"))
                .body("items.subject", hasItem(PARTNER_SUB))
                .body("items.find { it.action == 'revoke' }.resource", containsString(id));
        given().auth().oauth2(TestTokens.orgManager(OTHER)).when().get(grants(ORG)).then().statusCode(403);
        given().auth().oauth2(partner()).when().get(grants(ORG)).then().statusCode(403);
    }

    @Test
    void aGrantNamesItsPartnerAndAnEndDateWithinThreeYears() {
        String mgr = TestTokens.orgManager("grant-checks");
        given().auth().oauth2(mgr).contentType(ContentType.JSON).body(Map.of("partnerName", "", "partnerSubject", "bad subject!"))
                .when().post(grants("grant-checks")).then().statusCode(400)
                .body("errors.field", hasItem("partnerSubject")).body("errors.field", hasItem("partnerName"))
                .body("errors.field", hasItem("validUntil"));
        given().auth().oauth2(mgr).contentType(ContentType.JSON).body(request(OffsetDateTime.now().minusDays(1)))
                .when().post(grants("grant-checks")).then().statusCode(422).body("errors[0].field", equalTo("validUntil"));
        given().auth().oauth2(mgr).contentType(ContentType.JSON).body(request(OffsetDateTime.now().plusYears(4)))
                .when().post(grants("grant-checks")).then().statusCode(422).body("errors[0].field", equalTo("validUntil"))
                .body("errors[0].message", containsString("3 years"));
        given().auth().oauth2(mgr).contentType(ContentType.JSON).body("{\"partnerSubject\":\"p\",\"partnerName\":\"P\",\"validUntil\":\"next year\"}")
                .when().post(grants("grant-checks")).then().statusCode(400).body("errors[0].field", notNullValue());
        given().auth().oauth2(mgr).when().delete(grants("grant-checks") + "/not-a-uuid").then().statusCode(404);
        given().auth().oauth2(mgr).when().get(grants("grant-checks")).then().statusCode(200)
                .body("total", equalTo(0)).body("items.status", not(hasItem("ACTIVE")));
    }
}
