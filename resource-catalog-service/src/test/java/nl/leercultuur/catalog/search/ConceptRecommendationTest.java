package nl.leercultuur.catalog.search;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import nl.leercultuur.testkit.PlatformTestResource;
import nl.leercultuur.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Concepts of the shared vocabulary on catalogue entries: recommendations and search by concept, curators' tags. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "database", value = "catalog"))
class ConceptRecommendationTest {

    static final String FEARLESS = "The Fearless Organization: Creating Psychological Safety in the Workplace for Learning, Innovation, and Growth";
    static final String TEDX = "Amy Edmondson over psychologische veiligheid (TEDx)";

    @Test
    void theTeamAmbitionDimensionFindsEntriesThroughItsConcept() {
        JsonPath byDimension = given().when().get("/api/v1/catalog/recommendations?dimension=team-ambition&limit=10").then().statusCode(200)
                .body("dimensions", equalTo(List.of("team-ambition"))).body("concepts", equalTo(List.of("learning-ambition")))
                .extract().jsonPath();
        List<String> titles = byDimension.getList("items.title");
        assertTrue(titles.size() >= 3, titles.toString());
        assertTrue(titles.containsAll(List.of(FEARLESS, TEDX, "Werken is leren. Leren is werken", "Leren en Versterken")), titles.toString());
        // the same by the concept itself
        given().when().get("/api/v1/catalog/recommendations?concept=learning-ambition&limit=10").then().statusCode(200)
                .body("items.title", hasItems(FEARLESS, TEDX)).body("items.concepts", everyItem(hasItem("learning-ambition")))
                .body("items.kind", not(hasItem("instrument-description")));
    }

    @Test
    void aDimensionOfOneInstrumentFindsWhatIsTaggedWithTheSameIdeaOfAnother() {
        // room-and-safety (six carriers) and psychological-safety (team safety) are one concept: asking for the
        // latter finds entries tagged only with the former, after those tagged with the key itself
        JsonPath r = given().when().get("/api/v1/catalog/recommendations?dimension=psychological-safety&limit=20").then().statusCode(200)
                .body("concepts", equalTo(List.of("psychological-safety"))).extract().jsonPath();
        List<List<String>> dims = r.getList("items.dimensionKeys");
        assertTrue(dims.stream().anyMatch(d -> !d.contains("psychological-safety") && d.contains("room-and-safety")), dims.toString());
        int firstOther = -1;
        for (int i = 0; i < dims.size(); i++) {
            if (!dims.get(i).contains("psychological-safety") && firstOther < 0) {
                firstOther = i;
            }
            if (firstOther >= 0) {
                assertTrue(!dims.get(i).contains("psychological-safety"), "entries tagged with the key itself first: " + dims);
            }
        }
        // a concept and a dimension together: an entry helping with both comes first
        given().when().get("/api/v1/catalog/recommendations?dimension=team-ambition&concept=psychological-safety&limit=3").then()
                .body("items[0].concepts", hasItems("learning-ambition", "psychological-safety")).body("items[0].rank", equalTo(2.0f));
        given().when().get("/api/v1/catalog/recommendations?concept=no-such-concept").then().statusCode(200).body("items", org.hamcrest.Matchers.hasSize(0));
        given().when().get("/api/v1/catalog/recommendations?concept=Bad Key").then().statusCode(400);
    }

    @Test
    void searchFindsEdmondsonAndFiltersByConcept() {
        given().when().get("/api/v1/catalog/resources?q=psychologische veiligheid&size=100").then().statusCode(200)
                .body("items.title", hasItems(FEARLESS, TEDX, "Veldgids Psychologische veiligheid"));
        given().when().get("/api/v1/catalog/resources?q=Edmondson&size=100").then().statusCode(200)
                .body("items.title", hasItems(FEARLESS, TEDX));
        given().when().get("/api/v1/catalog/resources?concept=learning-ambition&size=100").then().statusCode(200)
                .body("items.concepts", everyItem(hasItem("learning-ambition")))
                .body("items.title", hasItem("Leerzones: psychologische veiligheid en gedeelde ambitie (Edmondson)"));
    }

    @Test
    void curatorsEntriesGetTheirConceptsFromTheirDimensionsOrNameKnownOnes() {
        Map<String, Object> entry = new HashMap<>(Map.of("kind", "article", "title", "Samen doelen stellen in het team",
                "summary", "Hoe een zorgteam periodiek gedeelde doelen formuleert.", "dimensionKeys", List.of("team-ambition", "collaboration")));
        String id = given().auth().oauth2(TestTokens.curator()).contentType(ContentType.JSON).body(entry)
                .when().post("/api/v1/catalog/resources").then().statusCode(201)
                .body("concepts", equalTo(List.of("learning-ambition", "team-learning"))).extract().path("id");
        assertTrue(id != null);
        entry.put("title", "Samen doelen stellen, deel 2");
        entry.put("concepts", List.of("learning-ambition", "no-such-concept"));
        given().auth().oauth2(TestTokens.curator()).contentType(ContentType.JSON).body(entry)
                .when().post("/api/v1/catalog/resources").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("concepts[1]"));
        entry.put("concepts", List.of("reflection-and-dialogue"));
        given().auth().oauth2(TestTokens.curator()).contentType(ContentType.JSON).body(entry)
                .when().post("/api/v1/catalog/resources").then().statusCode(201)
                .body("concepts", equalTo(List.of("reflection-and-dialogue")));
    }

    @jakarta.inject.Inject
    nl.leercultuur.catalog.resource.ConceptBackfill backfill;
    @jakarta.inject.Inject
    jakarta.persistence.EntityManager em;

    @Test
    void anEntryFromBeforeConceptsGetsThemFromItsDimensionKeys() {
        java.util.UUID id = java.util.UUID.randomUUID();
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "INSERT INTO resource (id, kind, title, summary, dimension_keys, status, created_by) "
                        + "VALUES (:id, 'article', 'Een stuk van voor de concepten', 'Over teamleren.', '{team-learning,urgency,no-such-key}', 'DRAFT', 'curator-user')")
                .setParameter("id", id).executeUpdate());
        assertTrue(io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(backfill::backfill) >= 1);
        given().auth().oauth2(TestTokens.curator()).when().get("/api/v1/catalog/resources/" + id).then().statusCode(200)
                .body("concepts", equalTo(List.of("team-learning", "sense-of-urgency")));
        // once given, left alone
        assertEquals(0, io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(backfill::backfill));
    }

    @Test
    void everySeedEntryWithDimensionsHasConcepts() {
        JsonPath all = given().when().get("/api/v1/catalog/resources?size=100&page=0").then().extract().jsonPath();
        List<Map<String, Object>> items = all.getList("items");
        for (Map<String, Object> e : items) {
            if (!((List<?>) e.get("dimensionKeys")).isEmpty()) {
                assertTrue(!((List<?>) e.get("concepts")).isEmpty(), e.get("title") + " has dimensions but no concepts");
            }
        }
        assertEquals(100, items.size());
    }
}
