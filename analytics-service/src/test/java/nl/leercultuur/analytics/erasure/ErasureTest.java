package nl.leercultuur.analytics.erasure;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.leercultuur.analytics.CatalogStub;
import nl.leercultuur.testkit.PlatformTestResource;
import nl.leercultuur.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static nl.leercultuur.analytics.trend.TrendBenchmarkRecommendationTest.awaitStored;
import static nl.leercultuur.analytics.trend.TrendBenchmarkRecommendationTest.dim;
import static nl.leercultuur.analytics.trend.TrendBenchmarkRecommendationTest.publish;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
        @ResourceArg(name = "database", value = "analytics"), @ResourceArg(name = "kafka", value = "true")})
@QuarkusTestResource(CatalogStub.class)
class ErasureTest {

    @jakarta.inject.Inject
    jakarta.persistence.EntityManager em;

    long processedEvents() {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery("SELECT count(*) FROM processed_event").getSingleResult()).longValue());
    }

    @Test
    void anErasedOrganisationIsGoneAndStaysGone() throws Exception {
        String org = "erase-org";
        String kept = "keep-org";
        String first = publish(org, "hospital", "erase-carriers", 1, "Team A", "2026-03-01T10:00:00Z", null, false,
                dim("leadership", 3.0, 0.8, 30, 0.3));
        String other = publish(kept, "hospital", "erase-carriers", 1, null, "2026-03-01T10:00:00Z", null, false,
                dim("leadership", 3.4, 0.8, 30, 0.4));
        awaitStored(first);
        awaitStored(other);

        Map<String, String> req = Map.of("organisationId", org, "reason", "member left the network and asked for erasure");
        given().auth().oauth2(TestTokens.orgManager(org)).contentType(ContentType.JSON).body(req)
                .when().post("/api/v1/analytics/admin/erasures").then().statusCode(403);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(Map.of("organisationId", "Bad Id", "reason", ""))
                .when().post("/api/v1/analytics/admin/erasures").then().statusCode(400)
                .body("errors.field", hasItem("organisationId")).body("errors.field", hasItem("reason"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(req)
                .when().post("/api/v1/analytics/admin/erasures").then().statusCode(200)
                .body("scanProfiles", equalTo(1)).body("erasure.organisationId", equalTo(org))
                .body("erasure.reason", equalTo("member left the network and asked for erasure"));
        given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/analytics/scans/" + first + "/profile").then().statusCode(404);
        given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/analytics/scans/" + other + "/profile").then().statusCode(200);

        // a late event about the erased organisation is handled (recorded as processed) but not taken in
        long processed = processedEvents();
        String late = publish(org, "hospital", "erase-carriers", 1, "Team B", "2026-04-01T10:00:00Z", null, false,
                dim("leadership", 3.1, 0.8, 30, 0.3));
        String marker = publish(kept, "hospital", "erase-carriers", 1, "Team C", "2026-04-01T10:00:00Z", null, false,
                dim("leadership", 3.2, 0.8, 30, 0.3));
        awaitStored(marker);
        await().atMost(java.time.Duration.ofSeconds(20)).until(() -> processedEvents() >= processed + 2);
        given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/analytics/scans/" + late + "/profile").then().statusCode(404);

        // repeating it is harmless; the list says who and when
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(req)
                .when().post("/api/v1/analytics/admin/erasures").then().statusCode(200).body("scanProfiles", equalTo(0));
        given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/analytics/admin/erasures").then().statusCode(200)
                .body("organisationId", hasItem(org));
    }
}
