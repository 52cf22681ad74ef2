package nl.leercultuur.survey.followup;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import nl.leercultuur.survey.SurveyApi;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static nl.leercultuur.survey.SurveyApi.managerA;
import static org.hamcrest.Matchers.equalTo;

/** The calls the follow-up tests make: scans to follow up on, conversations, actions. */
final class FollowUpApi {

    static final String SAFETY = "team-psychological-safety";

    private FollowUpApi() {
    }

    static String base(String scanId) {
        return "/api/v1/surveys/scans/" + scanId + "/follow-up";
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }

    /** A scan of organisation A for this unit (null: none) and instrument, opened with one code per answer value and closed. */
    static String closedScan(String instrument, String unit, Map<String, Object>... answers) {
        String id = openScan(instrument, unit);
        if (answers.length > 0) {
            List<String> codes = SurveyApi.codes(id, answers.length);
            for (int i = 0; i < answers.length; i++) {
                SurveyApi.submit(codes.get(i), answers[i], 201);
            }
        }
        SurveyApi.close(id);
        return id;
    }

    static String openScan(String instrument, String unit) {
        Map<String, Object> req = new HashMap<>(SurveyApi.scanRequest(SurveyApi.ORG_A, instrument, 3));
        req.put("unitLabel", unit);
        String id = given().auth().oauth2(managerA()).contentType(ContentType.JSON).body(req)
                .when().post("/api/v1/surveys/scans").then().statusCode(201).extract().path("id");
        given().auth().oauth2(managerA()).when().post("/api/v1/surveys/scans/" + id + "/open")
                .then().statusCode(200).body("status", equalTo("OPEN"));
        return id;
    }

    static Map<String, Object> point(String text, String... dimensions) {
        return Map.of("text", text, "dimensions", List.of(dimensions));
    }

    /** A conversation of today: one strength, two short-term and one long-term improvement on the safety instrument. */
    static Map<String, Object> conversation(List<String> editors) {
        Map<String, Object> c = new HashMap<>();
        c.put("conversationHeldOn", today().toString());
        c.put("strengths", List.of(point("We vragen elkaar om hulp", "psychological-safety")));
        c.put("shortTerm", List.of(point("Elke overdracht een leervraag", "team-ambition"),
                point("Fouten bespreken in het teamoverleg", "psychological-safety", "team-ambition")));
        c.put("longTerm", List.of(point("Intervisie elke maand", "psychological-safety")));
        if (editors != null) {
            c.put("editors", editors);
        }
        return c;
    }

    static ValidatableResponse save(String token, String scanId, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().put(base(scanId)).then();
    }

    static Map<String, Object> action(String title, String owner, String... dimensions) {
        Map<String, Object> a = new HashMap<>();
        a.put("title", title);
        a.put("owner", owner);
        a.put("dueOn", today().plusMonths(2).toString());
        a.put("dimensions", List.of(dimensions));
        a.put("resources", List.of("11111111-1111-4111-8111-111111111111"));
        return a;
    }

    static ValidatableResponse addAction(String token, String scanId, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post(base(scanId) + "/actions").then();
    }

    static ValidatableResponse patch(String token, String scanId, String actionId, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().patch(base(scanId) + "/actions/" + actionId).then();
    }

    static ValidatableResponse get(String token, String path) {
        return given().auth().oauth2(token).when().get(path).then();
    }
}
