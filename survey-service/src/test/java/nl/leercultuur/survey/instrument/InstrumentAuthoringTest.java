package nl.leercultuur.survey.instrument;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.leercultuur.survey.SurveyApi;
import nl.leercultuur.survey.SurveyTestResources;
import nl.leercultuur.testkit.PlatformTestResource;
import nl.leercultuur.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
        @ResourceArg(name = "database", value = "survey"), @ResourceArg(name = "kafka", value = "true")})
@QuarkusTestResource(SurveyTestResources.class)
class InstrumentAuthoringTest {

    @Test
    void adminAuthorsPublishesAndRevisesThroughDrafts() {
        SurveyApi.createAndPublish(SurveyApi.halfRuleInstrument("authoring-demo"));
        given().when().get("/api/v1/surveys/instruments/authoring-demo").then().statusCode(200)
                .body("published.version", equalTo(1))
                .body("published.definition.dimensions[1].minRespondents", equalTo(4));
        // a published version is immutable: changes become version 2, a draft, until published
        @SuppressWarnings("unchecked")
        Map<String, Object> def = (Map<String, Object>) SurveyApi.halfRuleInstrument("x").get("definition");
        Map<String, Object> revised = new HashMap<>(def);
        revised.put("mapsFrom", Map.of("a", "a", "b", "b"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(Map.of("definition", revised))
                .when().put("/api/v1/surveys/instruments/authoring-demo/draft").then().statusCode(200)
                .body("version", equalTo(2)).body("status", equalTo("DRAFT"));
        given().when().get("/api/v1/surveys/instruments/authoring-demo").then()
                .body("published.version", equalTo(1)).body("versions.status", hasItems("PUBLISHED", "DRAFT"));
        // only admins author
        given().auth().oauth2(TestTokens.curator()).contentType(ContentType.JSON).body(SurveyApi.halfRuleInstrument("by-curator"))
                .when().post("/api/v1/surveys/instruments").then().statusCode(403);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(SurveyApi.halfRuleInstrument("authoring-demo"))
                .when().post("/api/v1/surveys/instruments").then().statusCode(409).contentType("application/problem+json");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> withConcept(String key, String concept) {
        Map<String, Object> m = new HashMap<>(SurveyApi.halfRuleInstrument(key));
        Map<String, Object> def = new HashMap<>((Map<String, Object>) m.get("definition"));
        List<Object> dims = new ArrayList<>((List<Object>) def.get("dimensions"));
        Map<String, Object> a = new HashMap<>((Map<String, Object>) dims.get(0));
        a.put("concept", concept);
        dims.set(0, a);
        def.put("dimensions", dims);
        m.put("definition", def);
        return m;
    }

    /** A custom dimension may name a concept of the shared vocabulary; an unknown one is refused, naming the field. */
    @Test
    void aCustomDimensionNamesAConceptOfTheVocabulary() {
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(withConcept("with-concept", "psychological-safety"))
                .when().post("/api/v1/surveys/instruments").then().statusCode(201);
        given().when().get("/api/v1/surveys/instruments/with-concept/versions/1").then().statusCode(200)
                .body("definition.dimensions[0].concept", equalTo("psychological-safety"))
                .body("definition.dimensions[1].concept", org.hamcrest.Matchers.nullValue());
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(withConcept("unknown-concept", "courage"))
                .when().post("/api/v1/surveys/instruments").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("definition.dimensions[0].concept")));
        given().when().get("/api/v1/surveys/instruments/unknown-concept").then().statusCode(404);
        // the same on a new draft of an existing instrument
        @SuppressWarnings("unchecked")
        Map<String, Object> def = (Map<String, Object>) withConcept("x", "organisation").get("definition");
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(Map.of("definition", def))
                .when().put("/api/v1/surveys/instruments/with-concept/draft").then().statusCode(422)
                .body("errors.field", equalTo(List.of("definition.dimensions[0].concept")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyViolationIsNamed() {
        Map<String, Object> bad = new HashMap<>(SurveyApi.halfRuleInstrument("broken-one"));
        Map<String, Object> def = new HashMap<>((Map<String, Object>) bad.get("definition"));
        def.put("scales", Map.of("agree5", Map.of("min", 5, "max", 1, "labels", Map.of())));
        List<Object> dims = new ArrayList<>((List<Object>) def.get("dimensions"));
        Map<String, Object> dup = new HashMap<>((Map<String, Object>) dims.get(0));
        dims.add(dup); // the same dimension key twice
        Map<String, Object> empty = new HashMap<>((Map<String, Object>) dims.get(1));
        empty.put("key", "empty");
        empty.put("items", List.of());
        empty.put("minRespondents", 1);
        dims.add(empty);
        def.put("dimensions", dims);
        bad.put("definition", def);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(bad)
                .when().post("/api/v1/surveys/instruments").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("definition.scales.agree5"))
                .body("errors.field", hasItem("definition.dimensions[2].key"))
                .body("errors.field", hasItem("definition.dimensions[3].items"))
                .body("errors.field", hasItem("definition.dimensions[3].minRespondents"));
        given().when().get("/api/v1/surveys/instruments/broken-one").then().statusCode(404);
        bad.put("key", "Not A Key");
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(bad)
                .when().post("/api/v1/surveys/instruments").then().statusCode(400).body("errors.field", hasItem("key"));
    }
}
