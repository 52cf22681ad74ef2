package nl.leercultuur.system;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import nl.leercultuur.testkit.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static nl.leercultuur.system.SurveyJourneyIT.as;
import static nl.leercultuur.system.SurveyJourneyIT.safetyAnswers;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * From measuring to improving, every call through the gateway: a team's scan closes; the org-manager records the team
 * conversation and actions (one linked to a catalogue entry the plan suggests) and works them through to done; the
 * next scan of the same team closes; the earlier plan is shown beside it, analytics' trend marks the dimension the team
 * worked on with its actions, and the regional overview counts the plan. Another organisation sees none of it.
 */
class FollowUpJourneyIT {

    static final String ORG = "laurens";
    static final String INSTRUMENT = "team-psychological-safety";

    @BeforeAll
    static void start() {
        SurveyJourneyIT.start();
    }

    static String closedScan(String manager, String unit, int safety, int ambition) {
        Map<String, Object> scan = Map.of("instrumentKey", INSTRUMENT, "organisationId", ORG, "unitLabel", unit,
                "title", "Leerklimaat " + unit, "anonymityThreshold", 3,
                "opensAt", OffsetDateTime.now().minusMinutes(1).toString(), "closesAt", OffsetDateTime.now().plusDays(7).toString());
        String id = as(manager).contentType(ContentType.JSON).body(scan).when().post("/api/v1/surveys/scans")
                .then().statusCode(201).extract().path("id");
        as(manager).when().post("/api/v1/surveys/scans/" + id + "/open").then().statusCode(200);
        List<String> codes = as(manager).contentType(ContentType.JSON).body(Map.of("count", 4))
                .when().post("/api/v1/surveys/scans/" + id + "/invitations").then().statusCode(201)
                .extract().jsonPath().getList("codes.code");
        for (int i = 0; i < codes.size(); i++) {
            // answers spread by one point, so the team's figures have a spread and a change an effect size
            SurveyJourneyIT.gateway().contentType(ContentType.JSON).body(Map.of("answers", safetyAnswers(safety, ambition + i % 2)))
                    .when().post("/api/v1/surveys/respond/" + codes.get(i)).then().statusCode(201);
        }
        as(manager).when().post("/api/v1/surveys/scans/" + id + "/close").then().statusCode(200);
        return id;
    }

    static JsonPath overview() {
        return as(TestTokens.admin()).when().get("/api/v1/analytics/region/overview").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void scanClosedPlanWithActionsNextScanPlanBesideTheTrendAndTheRegionCountsIt() {
        String manager = TestTokens.orgManager(ORG);
        String unit = "Afdeling Follow-up " + System.nanoTime();
        JsonPath regionBefore = overview();
        int plansBefore = regionBefore.getInt("followUp.scansWithPlan");
        int doneBefore = regionBefore.getInt("followUp.actions.done");

        // the first scan: safety fine, ambition low
        String first = closedScan(manager, unit, 5, 2);
        as(manager).when().get("/api/v1/surveys/scans/" + first + "/follow-up").then().statusCode(404);

        // what the catalogue offers for the weakest dimensions
        JsonPath suggestions = as(manager).when().get("/api/v1/surveys/scans/" + first + "/follow-up/suggestions")
                .then().statusCode(200).body("dimensions.key", hasItem("team-ambition")).extract().jsonPath();
        List<String> entries = suggestions.getList("entries.id");

        // the team's conversation: a strength and improvements, tied to the instrument's dimensions
        Map<String, Object> conversation = Map.of(
                "conversationHeldOn", LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString(),
                "strengths", List.of(Map.of("text", "We vragen elkaar makkelijk om hulp", "dimensions", List.of("psychological-safety"))),
                "shortTerm", List.of(Map.of("text", "Elke overdracht: wat heb je vandaag geleerd?", "dimensions", List.of("team-ambition"))),
                "longTerm", List.of(Map.of("text", "Intervisie elke maand", "dimensions", List.of("team-ambition", "psychological-safety"))));
        as(manager).contentType(ContentType.JSON).body(conversation).when().put("/api/v1/surveys/scans/" + first + "/follow-up")
                .then().statusCode(200).body("strengths", hasSize(1)).body("shortTerm[0].dimensions", equalTo(List.of("team-ambition")));

        // two actions on ambition, one with a suggested catalogue entry; one done, one dropped
        Map<String, Object> action = entries.isEmpty()
                ? Map.of("title", "Leerdoel per teamlid in het werkoverleg", "owner", "Fatma (teamleider)", "dimensions", List.of("team-ambition"))
                : Map.of("title", "Leerdoel per teamlid in het werkoverleg", "owner", "Fatma (teamleider)", "dimensions", List.of("team-ambition"),
                "resources", List.of(entries.get(0)));
        String done = as(manager).contentType(ContentType.JSON).body(action)
                .when().post("/api/v1/surveys/scans/" + first + "/follow-up/actions").then().statusCode(201)
                .body("status", equalTo("PLANNED")).extract().path("id");
        String dropped = as(manager).contentType(ContentType.JSON)
                .body(Map.of("title", "Scholingsbudget per team", "owner", "Joost", "dimensions", List.of("team-ambition")))
                .when().post("/api/v1/surveys/scans/" + first + "/follow-up/actions").then().statusCode(201).extract().path("id");
        String actions = "/api/v1/surveys/scans/" + first + "/follow-up/actions/";
        as(manager).contentType(ContentType.JSON).body(Map.of("status", "DOING")).when().patch(actions + done).then().statusCode(200);
        as(manager).contentType(ContentType.JSON).body(Map.of("status", "DONE")).when().patch(actions + done).then().statusCode(200)
                .body("status", equalTo("DONE"));
        as(manager).contentType(ContentType.JSON).body(Map.of("status", "DROPPED")).when().patch(actions + dropped).then().statusCode(200);
        // a done action stays done
        as(manager).contentType(ContentType.JSON).body(Map.of("status", "DOING")).when().patch(actions + done).then().statusCode(409)
                .contentType("application/problem+json");

        // another organisation's manager sees none of it
        as(TestTokens.orgManager("ikazia")).when().get("/api/v1/surveys/scans/" + first + "/follow-up").then().statusCode(403);

        // the next scan of the same team: ambition went up
        String second = closedScan(manager, unit, 5, 6);
        as(manager).when().get("/api/v1/surveys/scans/" + second + "/follow-up/previous").then().statusCode(200)
                .body("scanId", equalTo(first))
                .body("actions.find { it.id == '" + done + "' }.status", equalTo("DONE"))
                .body("actions.find { it.id == '" + dropped + "' }.status", equalTo("DROPPED"));

        // beside the trend: the dimension the team worked on, with its actions, and how it moved
        String trend = "/api/v1/analytics/organisations/" + ORG + "/trend?instrument=" + INSTRUMENT + "&unit=" + unit;
        await("the trend shows both scans and the plan").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    JsonPath t = as(manager).when().get(trend).then().extract().jsonPath();
                    return second.equals(t.getString("latestScanId"))
                            && t.get("changes.find { it.key == 'team-ambition' }.followUp") != null;
                });
        as(manager).when().get(trend).then().statusCode(200)
                .body("baselineScanId", equalTo(first))
                .body("changes.find { it.key == 'team-ambition' }.followUp.scanId", equalTo(first))
                .body("changes.find { it.key == 'team-ambition' }.followUp.done", equalTo(1))
                .body("changes.find { it.key == 'team-ambition' }.followUp.dropped", equalTo(1))
                .body("changes.find { it.key == 'team-ambition' }.difference", equalTo(4.0f))
                .body("changes.find { it.key == 'team-ambition' }.meaningful", equalTo(true))
                // safety came up in the long-term improvement only: worked on, without actions
                .body("changes.find { it.key == 'psychological-safety' }.followUp.improvements", equalTo(1))
                .body("changes.find { it.key == 'psychological-safety' }.followUp.done", equalTo(0));

        // the regional overview counts the plan and its done action
        await("the region counts the plan").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> overview().getInt("followUp.actions.done") >= doneBefore + 1);
        JsonPath regionAfter = overview();
        assertTrue(regionAfter.getInt("followUp.scansWithPlan") >= plansBefore + 1, regionAfter.prettify());
        assertEquals("ok", regionAfter.getString("followUp.status"));
    }
}
