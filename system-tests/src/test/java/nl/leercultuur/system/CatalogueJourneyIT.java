package nl.leercultuur.system;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import nl.leercultuur.testkit.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** The catalogue through the gateway: anonymous search and reading, and a curator's entry from draft to published. */
class CatalogueJourneyIT {

    static SystemUnderTest system;

    @BeforeAll
    static void start() {
        system = SystemUnderTest.get();
    }

    static RequestSpecification gateway() {
        return RestAssured.given().baseUri(system.gatewayUrl());
    }

    @Test
    void anonymousSearchAndRead() {
        String id = gateway().when().get("/api/v1/catalog/resources?q=leerklimaat&size=5").then().statusCode(200)
                .body("total", greaterThan(0)).body("facets.kind.size()", greaterThan(0))
                .extract().path("items[0].id");
        gateway().when().get("/api/v1/catalog/resources/" + id).then().statusCode(200).body("id", equalTo(id));
        gateway().when().get("/api/v1/catalog/recommendations?dimension=role-of-mentors").then().statusCode(200)
                .body("items.size()", greaterThan(0));
        gateway().when().get("/api/v1/catalog/resources?status=DRAFT").then().statusCode(403);
        gateway().contentType(ContentType.JSON).body("{}").when().post("/api/v1/catalog/resources").then().statusCode(401);
    }

    @Test
    void aCuratorDraftsAndAnAdminPublishes() {
        Map<String, Object> entry = Map.of("kind", "article", "title", "Leren van elkaar in de wijk",
                "authors", "Redactie Leercultuur", "summary", "Hoe wijkteams samen leren van lastige situaties.",
                "themes", List.of("workplace-learning"), "dimensionKeys", List.of("team-learning"), "audience", List.of("team"));
        String id = gateway().auth().oauth2(TestTokens.curator()).contentType(ContentType.JSON).body(entry)
                .when().post("/api/v1/catalog/resources").then().statusCode(201).extract().path("id");
        gateway().when().get("/api/v1/catalog/resources?q=wijkteams").then().body("items.id", not(hasItem(id)));
        gateway().auth().oauth2(TestTokens.curator()).contentType(ContentType.JSON).body(Map.of("status", "IN_REVIEW"))
                .when().post("/api/v1/catalog/resources/" + id + "/status").then().statusCode(200);
        gateway().auth().oauth2(TestTokens.curator()).contentType(ContentType.JSON).body(Map.of("status", "PUBLISHED"))
                .when().post("/api/v1/catalog/resources/" + id + "/status").then().statusCode(403);
        gateway().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(Map.of("status", "PUBLISHED"))
                .when().post("/api/v1/catalog/resources/" + id + "/status").then().statusCode(200);
        gateway().when().get("/api/v1/catalog/resources?q=wijkteams").then().body("items.id", hasItem(id));
        gateway().auth().oauth2(TestTokens.curator()).contentType(ContentType.JSON).body(entry)
                .when().post("/api/v1/catalog/resources").then().statusCode(409).body("existing.id", equalTo(id));
    }
}
