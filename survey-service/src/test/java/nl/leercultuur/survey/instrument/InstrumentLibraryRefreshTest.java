package nl.leercultuur.survey.instrument;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.leercultuur.survey.SurveyApi;
import nl.leercultuur.survey.SurveyTestResources;
import nl.leercultuur.survey.instrument.InstrumentLibrary.BuiltIn;
import nl.leercultuur.survey.instrument.InstrumentLibrary.Outcome;
import nl.leercultuur.testkit.PlatformTestResource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static nl.leercultuur.survey.SurveyApi.managerA;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The built-in library on a database that holds an earlier library: a newer version of a built-in instrument is added
 * beside the old one (which scans made on it keep, and keep scoring on), metadata follows the files, and stored
 * versions from before the vocabulary get their concepts, without touching anything else. Idempotent.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
        @ResourceArg(name = "database", value = "survey"), @ResourceArg(name = "kafka", value = "true")})
@QuarkusTestResource(SurveyTestResources.class)
class InstrumentLibraryRefreshTest {

    static final Outcome NOTHING = new Outcome(0, 0, 0, 0);

    @Inject
    InstrumentLibrary library;
    @Inject
    ObjectMapper json;

    @SuppressWarnings("unchecked")
    BuiltIn builtIn(String key, int version, String sourceModel) {
        Map<String, Object> m = new HashMap<>(SurveyApi.halfRuleInstrument(key));
        m.put("sourceModel", sourceModel);
        if (version > 1) {
            Map<String, Object> def = new HashMap<>((Map<String, Object>) m.get("definition"));
            List<Object> dims = new ArrayList<>((List<Object>) def.get("dimensions"));
            Map<String, Object> a = new HashMap<>((Map<String, Object>) dims.get(0));
            List<Object> items = new ArrayList<>((List<Object>) a.get("items"));
            items.add(Map.of("key", "a-5", "text", Map.of("nl", "extra", "en", "extra"), "type", "LIKERT",
                    "scale", "agree5", "required", false));
            a.put("items", items);
            a.put("concept", "team-learning");
            dims.set(0, a);
            def.put("dimensions", dims);
            def.put("mapsFrom", Map.of("a", "a", "b", "b"));
            m.put("definition", def);
        }
        return new BuiltIn(json.convertValue(m, InstrumentDtos.CreateInstrument.class), version);
    }

    static Map<String, Object> answers(int value, boolean withNewItem) {
        Map<String, Object> a = new HashMap<>(Map.of("a-1", value, "a-2", value, "a-3", value, "a-4", value,
                "b-1", value, "b-2", value));
        if (withNewItem) {
            a.put("a-5", value);
        }
        return a;
    }

    @Test
    void aNewerVersionComesBesideTheOldOneWhoseScansKeepScoringOnIt() {
        String key = "builtin-refresh-demo";
        assertEquals(new Outcome(1, 0, 0, 0), library.refresh(List.of(builtIn(key, 1, "model, first note"))));
        String early = SurveyApi.createOpenScan(key, 3);
        List<String> codes = SurveyApi.codes(early, 4);
        SurveyApi.submit(codes.get(0), answers(3, false), 201);

        // the library now ships version 2 (one more item, a concept) and a corrected source note
        assertEquals(new Outcome(0, 1, 1, 0), library.refresh(List.of(builtIn(key, 2, "model, corrected note"))));
        given().when().get("/api/v1/surveys/instruments/" + key).then().statusCode(200)
                .body("instrument.sourceModel", equalTo("model, corrected note"))
                .body("instrument.publishedVersion", equalTo(2))
                .body("versions.version", equalTo(List.of(1, 2)))
                .body("versions.status", equalTo(List.of("RETIRED", "PUBLISHED")))
                .body("published.definition.dimensions[0].items", hasSize(5))
                .body("published.definition.dimensions[0].concept", equalTo("team-learning"))
                .body("published.definition.mapsFrom.a", equalTo("a"));
        // version 1 as it was published
        given().when().get("/api/v1/surveys/instruments/" + key + "/versions/1").then().statusCode(200)
                .body("definition.dimensions[0].items", hasSize(4));

        // the scan opened on version 1 keeps it: answered and scored on version 1's items (a-4 reversed: 3 stays 3)
        SurveyApi.submit(codes.get(1), answers(3, false), 201);
        SurveyApi.submit(codes.get(2), answers(3, false), 201);
        SurveyApi.submit(codes.get(3), answers(3, true), 422); // a-5 is no item of version 1
        given().auth().oauth2(managerA()).when().get("/api/v1/surveys/scans/" + early).then().statusCode(200)
                .body("instrumentVersion", equalTo(1));
        SurveyApi.close(early);
        given().auth().oauth2(managerA()).when().get("/api/v1/surveys/scans/" + early + "/results").then().statusCode(200)
                .body("dimensions.find { it.key == 'a' }.n", equalTo(3))
                .body("dimensions.find { it.key == 'a' }.mean", is(3.0f));

        // a new scan takes version 2; version 1 is no longer offered
        String later = SurveyApi.createOpenScan(key, 3);
        given().auth().oauth2(managerA()).when().get("/api/v1/surveys/scans/" + later).then().statusCode(200)
                .body("instrumentVersion", equalTo(2));
        Map<String, Object> onOld = new HashMap<>(SurveyApi.scanRequest(SurveyApi.ORG_A, key, 3));
        onOld.put("instrumentVersion", 1);
        given().auth().oauth2(managerA()).contentType(io.restassured.http.ContentType.JSON).body(onOld)
                .when().post("/api/v1/surveys/scans").then().statusCode(422)
                .body("errors.field", org.hamcrest.Matchers.hasItem("instrumentVersion"));

        // nothing more to do
        assertEquals(NOTHING, library.refresh(List.of(builtIn(key, 2, "model, corrected note"))));
    }

    @Test
    void versionsStoredWithoutConceptsGetTheirsFromTheVocabulary() throws Exception {
        // tno-learning-levels as a database from before the vocabulary holds it: no concepts, the old source note
        String before = QuarkusTransaction.requiringNew().call(() -> {
            Instrument i = Instrument.byKey("tno-learning-levels").orElseThrow();
            i.sourceModel = "TNO-model lerende en innovatieve organisaties (TNO; Monitor Leercultuur SER/TNO)";
            InstrumentVersion v = InstrumentVersion.of(i, 1).orElseThrow();
            ObjectNode d = (ObjectNode) json.readTree(v.definition);
            d.path("dimensions").forEach(x -> ((ObjectNode) x).remove("concept"));
            v.definition = json.writeValueAsString(d);
            return v.definition;
        });
        assertEquals(-1, before.indexOf("concept"));

        Outcome o = library.refresh();
        assertEquals(1, o.versionsLabelled(), o.toString());
        assertEquals(1, o.metadataUpdated(), o.toString());
        assertEquals(0, o.created() + o.versionsAdded(), o.toString());
        given().when().get("/api/v1/surveys/instruments/tno-learning-levels").then().statusCode(200)
                .body("instrument.publishedVersion", equalTo(1))
                .body("instrument.sourceModel", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Monitor")))
                .body("published.definition.dimensions.concept", equalTo(List.of("personal-learning-drive",
                        "work-content-as-learning", "team-learning", "structural-support", "external-connection")))
                .body("published.definition.dimensions[0].items", hasSize(3));
        assertEquals(NOTHING, library.refresh());
    }
}
