package nl.leercultuur.network.organisation;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.leercultuur.testkit.PlatformTestResource;
import nl.leercultuur.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
        @ResourceArg(name = "database", value = "network"), @ResourceArg(name = "kafka", value = "true")})
class OrganisationRegistryTest {

    @Test
    void regionSeedIsListedForAnyAuthenticatedCaller() {
        given().auth().oauth2(TestTokens.participant()).when().get("/api/v1/organisations?size=100").then().statusCode(200)
                .body("total", greaterThanOrEqualTo(12))
                .body("items.id", hasItem("erasmus-mc")).body("items.id", hasItem("laurens"))
                .body("items.find { it.id == 'ikazia' }.sector", equalTo("hospital"));
        given().auth().oauth2(TestTokens.partner()).when().get("/api/v1/organisations?sector=elderly-care").then().statusCode(200)
                .body("items.sector", everyItem(equalTo("elderly-care")));
        given().auth().oauth2(TestTokens.partner()).when().get("/api/v1/organisations/aafje").then().statusCode(200)
                .body("name", equalTo("Aafje")).body("active", equalTo(true));
        given().when().get("/api/v1/organisations").then().statusCode(401);
    }

    @Test
    void paginationEdges() {
        given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/organisations?size=5&page=0").then().statusCode(200)
                .body("items", hasSize(5)).body("size", equalTo(5));
        given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/organisations?size=5&page=1000").then().statusCode(200)
                .body("items", hasSize(0));
        given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/organisations?size=0").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("size"));
        given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/organisations?sector=bakery").then().statusCode(400)
                .body("errors[0].field", equalTo("sector"));
    }

    @Test
    void adminRegistersAndUpdatesWithOptimisticLocking() {
        Map<String, Object> req = new HashMap<>(Map.of("id", "zorg-test-1", "name", "Zorg Test Eén", "sector", "youth-care",
                "region", "Rotterdam-Rijnmond", "sizeClass", "small"));
        given().auth().oauth2(TestTokens.orgManager("laurens")).contentType(ContentType.JSON).body(req)
                .when().post("/api/v1/organisations").then().statusCode(403);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(req)
                .when().post("/api/v1/organisations").then().statusCode(201).body("id", equalTo("zorg-test-1"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(req)
                .when().post("/api/v1/organisations").then().statusCode(409).body("existing.id", equalTo("zorg-test-1"));
        req.put("id", "zorg-test-2");
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(req)
                .when().post("/api/v1/organisations").then().statusCode(409).body("errors[0].field", equalTo("name"));
        req.put("sector", "bakery");
        req.put("id", "Bad Id");
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(req)
                .when().post("/api/v1/organisations").then().statusCode(400)
                .body("errors.field", hasItem("id")).body("errors.field", hasItem("sector"));

        Map<String, Object> upd = new HashMap<>(Map.of("name", "Zorg Test Eén", "sector", "youth-care", "region", "Rijnmond",
                "sizeClass", "medium", "active", false, "version", 0));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(upd)
                .when().put("/api/v1/organisations/zorg-test-1").then().statusCode(200)
                .body("active", equalTo(false)).body("version", equalTo(1));
        // the same stale version again: refused, not silently overwritten
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(upd)
                .when().put("/api/v1/organisations/zorg-test-1").then().statusCode(409)
                .body("type", equalTo("https://leercultuur.nl/problems/stale-version"));
        given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/organisations/zorg-test-1").then()
                .body("region", equalTo("Rijnmond"));
        given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/organisations/nope").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void badInputIsAnsweredAsTheCallersMistakeNever500() {
        // a page far beyond any list: refused by its bound, not an overflowing offset
        given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/organisations?page=2147483646").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("page"));
        // a NUL byte cannot be stored or searched for by PostgreSQL: never a 500
        given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/organisations/a%00b").then().statusCode(404)
                .contentType("application/problem+json");
        // renaming an organisation to a name another one has: a conflict, and nothing changed
        Map<String, Object> req = new HashMap<>(Map.of("id", "zorg-test-3", "name", "Zorg Test Drie", "sector", "youth-care",
                "region", "Rotterdam-Rijnmond", "sizeClass", "small"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(req)
                .when().post("/api/v1/organisations").then().statusCode(201);
        Map<String, Object> rename = new HashMap<>(Map.of("name", "Aafje", "sector", "youth-care", "region", "Rotterdam-Rijnmond",
                "sizeClass", "small", "active", true, "version", 0));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(rename)
                .when().put("/api/v1/organisations/zorg-test-3").then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/organisations/zorg-test-3").then().statusCode(200)
                .body("name", equalTo("Zorg Test Drie")).body("version", equalTo(0));
    }
}
