package nl.leercultuur.survey;

import io.restassured.http.ContentType;
import nl.leercultuur.testkit.TestTokens;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** The calls the survey tests make over and over: create and open a scan, issue codes, answer. */
public final class SurveyApi {

    public static final String ORG_A = SurveyTestResources.ORG_A;

    private SurveyApi() {
    }

    public static String managerA() {
        return TestTokens.orgManager(ORG_A);
    }

    public static Map<String, Object> scanRequest(String org, String instrument, Integer threshold) {
        Map<String, Object> m = new HashMap<>();
        m.put("instrumentKey", instrument);
        m.put("organisationId", org);
        m.put("title", "Teamscan voorjaar");
        m.put("unitLabel", "Team Noord");
        m.put("opensAt", OffsetDateTime.now().minusMinutes(1).toString());
        m.put("closesAt", OffsetDateTime.now().plusDays(14).toString());
        m.put("expectedPopulation", 10);
        if (threshold != null) {
            m.put("anonymityThreshold", threshold);
        }
        return m;
    }

    public static String createOpenScan(String instrument, int threshold) {
        String id = given().auth().oauth2(managerA()).contentType(ContentType.JSON)
                .body(scanRequest(ORG_A, instrument, threshold))
                .when().post("/api/v1/surveys/scans")
                .then().statusCode(201).body("status", equalTo("DRAFT")).body("organisationName", equalTo("Zorggroep A"))
                .body("sector", equalTo("elderly-care")).extract().path("id");
        given().auth().oauth2(managerA()).when().post("/api/v1/surveys/scans/" + id + "/open")
                .then().statusCode(200).body("status", equalTo("OPEN"));
        return id;
    }

    public static List<String> codes(String scanId, int n) {
        return given().auth().oauth2(managerA()).contentType(ContentType.JSON).body(Map.of("count", n))
                .when().post("/api/v1/surveys/scans/" + scanId + "/invitations")
                .then().statusCode(201).body("codes", hasSize(n)).extract().jsonPath().getList("codes.code");
    }

    /** Psychological safety: 7 items (ps-1, ps-3, ps-5 reverse) on 1..7; ambition amb-1..4. */
    public static Map<String, Object> safetyAnswers(int value) {
        Map<String, Object> a = new HashMap<>();
        for (int i = 1; i <= 7; i++) {
            a.put("ps-" + i, value);
        }
        for (int i = 1; i <= 4; i++) {
            a.put("amb-" + i, value);
        }
        return a;
    }

    public static void submit(String code, Map<String, Object> answers, int expected) {
        given().contentType(ContentType.JSON).body(Map.of("language", "nl", "answers", answers))
                .when().post("/api/v1/surveys/respond/" + code).then().statusCode(expected);
    }

    public static void close(String scanId) {
        given().auth().oauth2(managerA()).when().post("/api/v1/surveys/scans/" + scanId + "/close")
                .then().statusCode(200).body("status", equalTo("CLOSED"));
    }

    private static final Map<String, String> T = Map.of("nl", "tekst", "en", "text");

    private static Map<String, Object> item(String key, boolean reverse, boolean required) {
        Map<String, Object> i = new HashMap<>(Map.of("key", key, "text", T, "type", "LIKERT", "scale", "agree5",
                "required", required));
        if (reverse) {
            i.put("reverse", true);
        }
        return i;
    }

    /** Dimension a: four optional items (a-4 reversed); dimension b: two optional items, needing 4 respondents. */
    public static Map<String, Object> halfRuleInstrument(String key) {
        Map<String, Object> scale = Map.of("min", 1, "max", 5, "labels", Map.of(
                "nl", List.of("1", "2", "3", "4", "5"), "en", List.of("1", "2", "3", "4", "5")));
        Map<String, Object> a = Map.of("key", "a", "name", Map.of("nl", "Dimensie A", "en", "Dimension A"),
                "items", List.of(item("a-1", false, false), item("a-2", false, false), item("a-3", false, false),
                        item("a-4", true, false)));
        Map<String, Object> b = Map.of("key", "b", "name", Map.of("nl", "Dimensie B", "en", "Dimension B"),
                "minRespondents", 4, "items", List.of(item("b-1", false, false), item("b-2", false, false)));
        Map<String, Object> def = Map.of("languages", List.of("nl", "en"), "scales", Map.of("agree5", scale),
                "dimensions", List.of(a, b));
        return Map.of("key", key, "name", "Testinstrument " + key, "description", "Voor de regels van de scoring",
                "measures", "scoring rules", "audience", "tests", "sourceModel", "none (test)", "definition", def);
    }

    public static void createAndPublish(Map<String, Object> instrument) {
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(instrument)
                .when().post("/api/v1/surveys/instruments").then().statusCode(201);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(Map.of("status", "PUBLISHED"))
                .when().post("/api/v1/surveys/instruments/" + instrument.get("key") + "/versions/1/status")
                .then().statusCode(200).body("status", equalTo("PUBLISHED"));
    }

}
