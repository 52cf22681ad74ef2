package nl.leercultuur.survey.followup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import nl.leercultuur.contracts.events.ActionPlanUpdated;
import nl.leercultuur.platform.events.CloudEventKafka;
import nl.leercultuur.platform.events.EventTopics;
import nl.leercultuur.survey.ScanEvents;
import nl.leercultuur.survey.SurveyTestResources;
import nl.leercultuur.testkit.EventSchemas;
import nl.leercultuur.testkit.PlatformTestResource;
import nl.leercultuur.testkit.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static nl.leercultuur.survey.SurveyApi.managerA;
import static nl.leercultuur.survey.SurveyTestResources.ORG_A;
import static nl.leercultuur.survey.SurveyTestResources.ORG_B;
import static nl.leercultuur.survey.followup.FollowUpApi.SAFETY;
import static nl.leercultuur.survey.followup.FollowUpApi.action;
import static nl.leercultuur.survey.followup.FollowUpApi.addAction;
import static nl.leercultuur.survey.followup.FollowUpApi.base;
import static nl.leercultuur.survey.followup.FollowUpApi.closedScan;
import static nl.leercultuur.survey.followup.FollowUpApi.conversation;
import static nl.leercultuur.survey.followup.FollowUpApi.get;
import static nl.leercultuur.survey.followup.FollowUpApi.patch;
import static nl.leercultuur.survey.followup.FollowUpApi.point;
import static nl.leercultuur.survey.followup.FollowUpApi.save;
import static nl.leercultuur.survey.followup.FollowUpApi.today;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A team's follow-up plan on a closed scan: the conversation, who may read and edit it, its actions and its event. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
        @ResourceArg(name = "database", value = "survey"), @ResourceArg(name = "kafka", value = "true")})
@QuarkusTestResource(SurveyTestResources.class)
class FollowUpPlanTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AgroalDataSource db;

    @Test
    void aConversationIsRecordedReadAndReplacedAndEachReadIsAudited() {
        String scan = closedScan(SAFETY, "Team Zuid");
        get(managerA(), base(scan)).statusCode(404).contentType("application/problem+json")
                .body("type", endsWith("/not-found")).body("detail", containsString("follow-up-plan"));

        save(managerA(), scan, conversation(List.of("editor-of-zuid"))).statusCode(200)
                .header("ETag", "\"0\"")
                .body("scanId", equalTo(scan)).body("organisationId", equalTo(ORG_A)).body("unitLabel", equalTo("Team Zuid"))
                .body("instrumentKey", equalTo(SAFETY)).body("conversationHeldOn", equalTo(today().toString()))
                .body("strengths", hasSize(1)).body("shortTerm", hasSize(2)).body("longTerm", hasSize(1))
                .body("shortTerm[1].text", equalTo("Fouten bespreken in het teamoverleg"))
                .body("shortTerm[1].dimensions", equalTo(List.of("psychological-safety", "team-ambition")))
                .body("editors", equalTo(List.of("editor-of-zuid"))).body("actions", hasSize(0)).body("version", equalTo(0));

        Map<String, Object> replaced = new HashMap<>(conversation(null));
        replaced.put("shortTerm", List.of(point("Elke week één leerervaring delen", "team-ambition")));
        replaced.put("longTerm", List.of());
        given().auth().oauth2(managerA()).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(replaced)
                .when().put(base(scan)).then().statusCode(200).header("ETag", "\"1\"")
                .body("shortTerm", hasSize(1)).body("shortTerm[0].text", equalTo("Elke week één leerervaring delen"))
                .body("longTerm", hasSize(0))
                .body("editors", equalTo(List.of("editor-of-zuid"))) // left out: unchanged
                .body("version", equalTo(1));

        get(managerA(), base(scan)).statusCode(200).header("ETag", "\"1\"").body("shortTerm", hasSize(1));
        given().auth().oauth2(managerA()).when().get("/api/v1/surveys/audit?organisationId=" + ORG_A + "&size=200").then()
                .statusCode(200).body("items.resource", hasItem("/api/v1/surveys/scans/" + scan + "/follow-up"));
    }

    @Test
    void aStaleIfMatchIsRefusedWith412AndNothingIsWritten() {
        String scan = closedScan(SAFETY, "Team Stale");
        save(managerA(), scan, conversation(null)).statusCode(200).body("version", equalTo(0));
        save(managerA(), scan, conversation(null)).statusCode(200).body("version", equalTo(1));
        Map<String, Object> late = new HashMap<>(conversation(null));
        late.put("strengths", List.of());
        given().auth().oauth2(managerA()).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(late)
                .when().put(base(scan)).then().statusCode(412).contentType("application/problem+json")
                .body("type", endsWith("/precondition-failed"));
        get(managerA(), base(scan)).statusCode(200).body("strengths", hasSize(1)).body("version", equalTo(1));
        // the same for an action
        String action = addAction(managerA(), scan, action("Teamoverleg met leervraag", "Sanne", "team-ambition"))
                .statusCode(201).header("ETag", "\"0\"").extract().path("id");
        patch(managerA(), scan, action, Map.of("title", "Teamoverleg met twee leervragen")).statusCode(200)
                .header("ETag", "\"1\"");
        given().auth().oauth2(managerA()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("status", "DROPPED")).when().patch(base(scan) + "/actions/" + action).then().statusCode(412);
        get(managerA(), base(scan)).body("actions[0].status", equalTo("PLANNED"))
                .body("actions[0].title", equalTo("Teamoverleg met twee leervragen"));
        given().auth().oauth2(managerA()).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(Map.of("status", "DROPPED")).when().patch(base(scan) + "/actions/" + action).then().statusCode(200)
                .body("status", equalTo("DROPPED"));
    }

    @Test
    void validationNamesTheOffendingField() {
        String scan = closedScan(SAFETY, "Team Validatie");
        Map<String, Object> unknownKey = new HashMap<>(conversation(null));
        unknownKey.put("shortTerm", List.of(point("Goed", "team-ambition"), point("Onbekend", "team-learning")));
        save(managerA(), scan, unknownKey).statusCode(422).contentType("application/problem+json")
                .body("errors", hasSize(1)).body("errors[0].field", equalTo("shortTerm[1].dimensions[0]"))
                .body("errors[0].message", containsString("team-learning"));

        Map<String, Object> future = new HashMap<>(conversation(null));
        future.put("conversationHeldOn", today().plusDays(1).toString());
        save(managerA(), scan, future).statusCode(422).body("errors[0].field", equalTo("conversationHeldOn"));
        Map<String, Object> beforeClose = new HashMap<>(conversation(null));
        beforeClose.put("conversationHeldOn", today().minusDays(1).toString());
        save(managerA(), scan, beforeClose).statusCode(422).body("errors[0].field", equalTo("conversationHeldOn"));

        Map<String, Object> tooLong = new HashMap<>(conversation(null));
        tooLong.put("strengths", List.of(point("x".repeat(1001), "team-ambition")));
        save(managerA(), scan, tooLong).statusCode(400).body("errors[0].field", equalTo("strengths[0].text"));
        Map<String, Object> tooMany = new HashMap<>(conversation(null));
        tooMany.put("longTerm", java.util.Collections.nCopies(11, point("Nog een", "team-ambition")));
        save(managerA(), scan, tooMany).statusCode(400).body("errors[0].field", equalTo("longTerm"));

        Map<String, Object> account = action("Coachen", "sanne@zorggroep-a.nl", "team-ambition");
        addAction(managerA(), scan, account).statusCode(422).body("errors[0].field", equalTo("owner"));
        Map<String, Object> badEntry = action("Lezen", "Sanne", "team-ambition");
        badEntry.put("resources", List.of("11111111-1111-4111-8111-111111111111", "het boek van Edmondson"));
        addAction(managerA(), scan, badEntry).statusCode(422).body("errors[0].field", equalTo("resources[1]"));
        addAction(managerA(), scan, action("Lezen", "Sanne", "leadership")).statusCode(422)
                .body("errors[0].field", equalTo("dimensions[0]"));
        // nothing of it was stored
        get(managerA(), base(scan)).statusCode(404);
    }

    @Test
    void onlyAClosedScanIsFollowedUp() {
        String open = FollowUpApi.openScan(SAFETY, "Team Open");
        save(managerA(), open, conversation(null)).statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("/scan-not-closed"));
        addAction(managerA(), open, action("Iets", "Sanne")).statusCode(409).body("type", endsWith("/scan-not-closed"));
        get(managerA(), base(open) + "/suggestions").statusCode(409).body("type", endsWith("/scan-not-closed"));
        get(managerA(), base(open)).statusCode(404);
    }

    @Test
    void theManagerAdminAndNamedEditorsReadAndEditOthersAreRefused() {
        String scan = closedScan(SAFETY, "Team Editors");
        String editor = TestTokens.token("sub-of-nurse-ilse", null, "participant");
        String unboundManager = TestTokens.token("sub-of-teamlead-ravi", null, "org-manager");
        String stranger = TestTokens.token("sub-of-someone-else", null, "participant");
        // before there is a plan an editor cannot be named: strangers get 403, not a 404 that says there is none
        get(editor, base(scan)).statusCode(403);
        get(TestTokens.orgManager(ORG_B), base(scan)).statusCode(403);

        save(managerA(), scan, conversation(List.of("sub-of-nurse-ilse", "sub-of-teamlead-ravi"))).statusCode(200);
        get(TestTokens.admin(), base(scan)).statusCode(200);
        get(editor, base(scan)).statusCode(200).body("shortTerm", hasSize(2));
        get(unboundManager, base(scan)).statusCode(200);
        // an editor edits the conversation and adds actions, keeping the editors as they are
        save(editor, scan, conversation(List.of("sub-of-teamlead-ravi", "sub-of-nurse-ilse"))).statusCode(200);
        save(editor, scan, conversation(null)).statusCode(200);
        String a = addAction(unboundManager, scan, action("Leervraag bij de overdracht", "Ravi", "team-ambition"))
                .statusCode(201).extract().path("id");
        patch(editor, scan, a, Map.of("status", "DOING")).statusCode(200).body("status", equalTo("DOING"));
        // ...but only the manager names editors
        save(editor, scan, conversation(List.of("sub-of-nurse-ilse", "sub-of-someone-else"))).statusCode(403);

        for (String refused : List.of(stranger, TestTokens.orgManager(ORG_B), TestTokens.partner(),
                TestTokens.token("sub-of-nurse-ilse", null, "partner"))) {
            get(refused, base(scan)).statusCode(403).contentType("application/problem+json");
            save(refused, scan, conversation(null)).statusCode(403);
            addAction(refused, scan, action("Iets", "Iemand")).statusCode(403);
            patch(refused, scan, a, Map.of("status", "DONE")).statusCode(403);
            get(refused, base(scan) + "/suggestions").statusCode(403);
            get(refused, base(scan) + "/previous").statusCode(403);
        }
        get(managerA(), base(scan)).body("actions[0].status", equalTo("DOING")).body("actions", hasSize(1));

        // the manager takes an editor off the plan: from then on they are refused
        save(managerA(), scan, conversation(List.of("sub-of-teamlead-ravi"))).statusCode(200);
        get(editor, base(scan)).statusCode(403);
        get(unboundManager, base(scan)).statusCode(200);
        given().when().get(base(scan)).then().statusCode(401);
    }

    @Test
    void actionsAreAddedOnceMovedThroughTheirLifecycleAndAnIllegalMoveIs409() {
        String scan = closedScan(SAFETY, "Team Acties");
        // an action before the conversation: an empty plan comes first
        ExtractableResponse<Response> first = given().auth().oauth2(managerA()).header("Idempotency-Key", "fu-action-1")
                .contentType(ContentType.JSON).body(action("Intervisie opzetten", "Fatma (teamleider)", "psychological-safety"))
                .when().post(base(scan) + "/actions").then().statusCode(201).header("ETag", "\"0\"")
                .extract();
        String id = first.path("id");
        assertTrue(first.header("Location").endsWith("/api/v1/surveys/scans/" + scan + "/follow-up/actions/" + id),
                first.header("Location"));
        assertEquals("PLANNED", first.path("status"));
        assertEquals(List.of("11111111-1111-4111-8111-111111111111"), first.path("resources"));
        // the retry with the same key: the first answer again, nothing created
        given().auth().oauth2(managerA()).header("Idempotency-Key", "fu-action-1")
                .contentType(ContentType.JSON).body(action("Intervisie opzetten", "Fatma (teamleider)", "psychological-safety"))
                .when().post(base(scan) + "/actions").then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", endsWith("/follow-up/actions/" + id)).body("id", equalTo(id));
        get(managerA(), base(scan)).statusCode(200).body("conversationHeldOn", nullValue())
                .body("strengths", hasSize(0)).body("actions", hasSize(1)).body("actions[0].id", equalTo(id))
                .body("actions[0].owner", equalTo("Fatma (teamleider)"));

        patch(managerA(), scan, id, Map.of("status", "DOING")).statusCode(200).body("status", equalTo("DOING"));
        patch(managerA(), scan, id, Map.of("status", "PLANNED")).statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("/illegal-transition"));
        patch(managerA(), scan, id, Map.of("status", "DONE", "dueOn", today().toString())).statusCode(200)
                .body("status", equalTo("DONE")).body("dueOn", equalTo(today().toString()));
        patch(managerA(), scan, id, Map.of("status", "DROPPED")).statusCode(409).body("type", endsWith("/illegal-transition"));
        patch(managerA(), scan, id, Map.of("status", "LATER")).statusCode(400).body("errors[0].field", equalTo("status"));
        patch(managerA(), scan, id, Map.of()).statusCode(422).body("errors[0].field", equalTo("body"));
        patch(managerA(), scan, "00000000-0000-4000-8000-000000000000", Map.of("status", "DOING")).statusCode(404);
        String other = closedScan(SAFETY, "Team Anders");
        patch(managerA(), other, id, Map.of("status", "DOING")).statusCode(404); // the action is not that scan's
        get(managerA(), base(scan)).body("actions[0].status", equalTo("DONE"));
    }

    @Test
    void everyChangePublishesTheCountsOfThePlanAndNoText() throws Exception {
        String scan = closedScan(SAFETY, "Team Event");
        save(managerA(), scan, conversation(null)).statusCode(200);                              // 1
        String a1 = addAction(managerA(), scan, action("Geheime actie een", "Sanne", "team-ambition"))
                .statusCode(201).extract().path("id");                                            // 2
        String a2 = addAction(managerA(), scan, action("Geheime actie twee", "Sanne", "team-ambition", "psychological-safety"))
                .statusCode(201).extract().path("id");                                            // 3
        addAction(managerA(), scan, action("Geheime actie drie", "Sanne")).statusCode(201);      // 4
        patch(managerA(), scan, a1, Map.of("status", "DOING")).statusCode(200);                    // 5
        patch(managerA(), scan, a1, Map.of("status", "DONE")).statusCode(200);                     // 6
        patch(managerA(), scan, a2, Map.of("status", "DROPPED")).statusCode(200);                  // 7
        patch(managerA(), scan, a2, Map.of("status", "DOING")).statusCode(409);                    // refused: no event

        assertEquals(7, outboxed(scan), "one event per change, none for a refused one");
        String topic = EventTopics.topicOf(ActionPlanUpdated.TYPE);
        List<ConsumerRecord<String, String>> events = await("7 action-plan events of scan " + scan)
                .atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250))
                .until(() -> ScanEvents.onTopic(topic).stream().filter(ScanEvents.about(scan)).toList(), l -> l.size() == 7);
        ConsumerRecord<String, String> last = events.get(6);
        assertEquals(List.of(), EventSchemas.violations(ActionPlanUpdated.TYPE, last.value()));
        assertEquals(ORG_A, last.key());
        assertEquals(ActionPlanUpdated.TYPE, CloudEventKafka.get(last.headers(), "ce_type"));
        assertEquals("non-personal", CloudEventKafka.get(last.headers(), "ce_datacategory"));
        JsonNode data = JSON.readTree(last.value());
        assertEquals(scan, data.path("scanId").asText());
        assertEquals("elderly-care", data.path("sector").asText());
        assertEquals(SAFETY, data.path("instrumentKey").asText());
        assertEquals(today().toString(), data.path("conversationHeldOn").asText());
        assertEquals(JSON.readTree("{\"strengths\":1,\"shortTerm\":2,\"longTerm\":1}"), data.path("improvements"));
        assertEquals(JSON.readTree("{\"planned\":1,\"doing\":0,\"done\":1,\"dropped\":1}"), data.path("actions"));
        // psychological-safety: 1 short + 1 long improvement, the dropped action; team-ambition: 2 short, one done, one dropped
        assertEquals(JSON.readTree("""
                [{"key":"psychological-safety","improvements":2,"planned":0,"doing":0,"done":0,"dropped":1},
                 {"key":"team-ambition","improvements":2,"planned":0,"doing":0,"done":1,"dropped":1}]"""), data.path("dimensions"));
        for (ConsumerRecord<String, String> e : events) {
            assertEquals(List.of(), EventSchemas.violations(ActionPlanUpdated.TYPE, e.value()));
            assertFalse(e.value().contains("Geheime") || e.value().contains("Sanne") || e.value().contains("overdracht"), e.value());
        }
        // the second event counted the first action, planned
        assertEquals(JSON.readTree("{\"planned\":1,\"doing\":0,\"done\":0,\"dropped\":0}"),
                JSON.readTree(events.get(1).value()).path("actions"));
    }

    private long outboxed(String scanId) throws Exception {
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT count(*) AS n FROM outbox_event WHERE event_type = ? AND subject = ?")) {
            ps.setString(1, ActionPlanUpdated.TYPE);
            ps.setString(2, scanId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong("n");
            }
        }
    }
}
