package nl.leercultuur.network.learning;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.leercultuur.testkit.PlatformTestResource;
import nl.leercultuur.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static nl.leercultuur.network.networks.NetworkLifecycleTestSupport.createNetwork;
import static nl.leercultuur.network.networks.NetworkLifecycleTestSupport.participant;
import static nl.leercultuur.network.networks.NetworkLifecycleTestSupport.session;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
        @ResourceArg(name = "database", value = "network"), @ResourceArg(name = "kafka", value = "true")})
class ActionLearningTest {

    static final String FACILITATOR = TestTokens.facilitator();

    @Test
    void aCaseMovesOnePhaseForwardOrBackWithItsLog() {
        String network = createNetwork("Netwerk casus " + System.nanoTime());
        String anna = participant(network, "Anna Casus", "laurens", "anna-casus");
        String annaToken = TestTokens.token("anna-casus", null, "participant");
        String base = "/api/v1/networks/" + network + "/participants/" + anna + "/case";
        given().auth().oauth2(annaToken).contentType(ContentType.JSON)
                .body(Map.of("question", "Hoe maken we leren onderdeel van de overdracht?", "howMightWe", "Hoe zouden we elke overdracht een leermoment kunnen maken?"))
                .when().post(base).then().statusCode(201).body("phase", equalTo("ready")).body("log", hasSize(1))
                .body("log[0].at", org.hamcrest.Matchers.notNullValue()).body("version", equalTo(0));
        given().auth().oauth2(annaToken).contentType(ContentType.JSON).body(Map.of("question", "Nog een"))
                .when().post(base).then().statusCode(409);
        given().auth().oauth2(annaToken).contentType(ContentType.JSON).body(Map.of("phase", "develop-solutions"))
                .when().post(base + "/phase").then().statusCode(409).body("type", org.hamcrest.Matchers.containsString("illegal-phase-move"));
        given().auth().oauth2(annaToken).contentType(ContentType.JSON).body(Map.of("phase", "explore-problem", "note", "probleem verkend"))
                .when().post(base + "/phase").then().statusCode(200).body("phase", equalTo("explore-problem"));
        given().auth().oauth2(FACILITATOR).contentType(ContentType.JSON).body(Map.of("phase", "develop-solutions"))
                .when().post(base + "/phase").then().statusCode(200);
        given().auth().oauth2(annaToken).contentType(ContentType.JSON).body(Map.of("phase", "ready"))
                .when().post(base + "/phase").then().statusCode(200).body("phase", equalTo("ready"))
                .body("log.toPhase", equalTo(List.of("ready", "explore-problem", "develop-solutions", "ready")));
        // someone else may not touch Anna's case
        given().auth().oauth2(TestTokens.token("bram", null, "participant")).contentType(ContentType.JSON).body(Map.of("phase", "explore-problem"))
                .when().post(base + "/phase").then().statusCode(404);
        long version = ((Number) given().auth().oauth2(annaToken).when().get(base).then()
                .body("version", equalTo(3)) // one new version per move
                .extract().path("version")).longValue();
        given().auth().oauth2(annaToken).contentType(ContentType.JSON)
                .body(Map.of("hypothesis", "Een vaste leervraag bij de overdracht verhoogt het leren", "action", "Vier weken proberen",
                        "measure", "Korte peiling", "progressNote", "Gestart op afdeling 3", "version", version))
                .when().put(base + "/canvas").then().statusCode(200).body("hypothesis", equalTo("Een vaste leervraag bij de overdracht verhoogt het leren"))
                .body("log[-1].note", equalTo("Gestart op afdeling 3"));
        given().auth().oauth2(annaToken).contentType(ContentType.JSON).body(Map.of("result", "oud", "version", version))
                .when().put(base + "/canvas").then().statusCode(409);
    }

    @Test
    void ideasWithOneVotePerParticipantAndEvaluations() {
        String network = createNetwork("Netwerk ideeën " + System.nanoTime());
        String anna = participant(network, "Anna Idee", "laurens", "anna-idee");
        participant(network, "Bram Idee", "ikazia", "bram-idee");
        String s = session(network, 1, "2025-11-04T13:30", "2025-11-04T16:30");
        String annaToken = TestTokens.token("anna-idee", null, "participant");
        String bramToken = TestTokens.token("bram-idee", null, "participant");
        String ideas = "/api/v1/networks/" + network + "/sessions/" + s + "/ideas";
        String idea = given().auth().oauth2(annaToken).contentType(ContentType.JSON)
                .body(Map.of("text", "Leerkoffie op vrijdag", "tags", List.of("informeel")))
                .when().post(ideas).then().statusCode(201).body("authorId", equalTo(anna)).extract().path("id");
        given().auth().oauth2(bramToken).contentType(ContentType.JSON).body(Map.of("text", "Meeloopdag bij een andere afdeling"))
                .when().post(ideas).then().statusCode(201);
        given().auth().oauth2(bramToken).when().post(ideas + "/" + idea + "/votes").then().statusCode(200).body("votes", equalTo(1));
        given().auth().oauth2(bramToken).when().post(ideas + "/" + idea + "/votes").then().statusCode(409);
        given().auth().oauth2(annaToken).when().post(ideas + "/" + idea + "/votes").then().statusCode(200).body("votes", equalTo(2));
        given().auth().oauth2(TestTokens.token("outsider", null, "participant")).when().post(ideas + "/" + idea + "/votes").then().statusCode(404);
        given().auth().oauth2(annaToken).when().get(ideas).then().statusCode(200).body("[0].id", equalTo(idea)).body("[0].votes", equalTo(2));

        String evaluation = "/api/v1/networks/" + network + "/sessions/" + s + "/evaluation";
        given().auth().oauth2(annaToken).contentType(ContentType.JSON).body(Map.of("rating", 8))
                .when().put(evaluation).then().statusCode(409); // not held yet
        given().auth().oauth2(FACILITATOR).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/networks/" + network + "/sessions/" + s + "/held").then().statusCode(200);
        given().auth().oauth2(annaToken).contentType(ContentType.JSON).body(Map.of("rating", 8, "comment", "Fijne werkvormen"))
                .when().put(evaluation).then().statusCode(200).body("count", equalTo(1));
        given().auth().oauth2(annaToken).contentType(ContentType.JSON).body(Map.of("rating", 9))
                .when().put(evaluation).then().statusCode(200).body("count", equalTo(1)).body("averageRating", is(9.0f));
        given().auth().oauth2(bramToken).contentType(ContentType.JSON).body(Map.of("rating", 6, "comment", "Te kort"))
                .when().put(evaluation).then().statusCode(200).body("count", equalTo(2)).body("averageRating", is(7.5f));
        given().auth().oauth2(bramToken).contentType(ContentType.JSON).body(Map.of("rating", 11))
                .when().put(evaluation).then().statusCode(400).body("errors[0].field", equalTo("rating"));
        given().auth().oauth2(FACILITATOR).contentType(ContentType.JSON).body(Map.of("rating", 7))
                .when().put(evaluation).then().statusCode(403); // facilitators do not evaluate for participants
        given().auth().oauth2(FACILITATOR).when().get(evaluation).then().body("comments", hasSize(1)); // Anna's second evaluation came without a comment
        String outputs = "/api/v1/networks/" + network + "/sessions/" + s;
        given().auth().oauth2(annaToken).contentType(ContentType.JSON).body(Map.of("kind", "quote", "text", "Je leidt niet alleen studenten op."))
                .when().post(outputs + "/reflections").then().statusCode(201);
        given().auth().oauth2(annaToken).contentType(ContentType.JSON).body(Map.of("kind", "poem", "text", "x"))
                .when().post(outputs + "/reflections").then().statusCode(400);
        String resource = "9b2f6c1e-8a4d-4c0b-9f7e-2d5a3b1c0e11";
        given().auth().oauth2(annaToken).contentType(ContentType.JSON).body(Map.of("resourceIds", List.of(resource)))
                .when().put(outputs + "/resources").then().statusCode(403);
        given().auth().oauth2(FACILITATOR).contentType(ContentType.JSON).body(Map.of("resourceIds", List.of(resource, resource)))
                .when().put(outputs + "/resources").then().statusCode(200).body("", hasSize(1));
        given().auth().oauth2(bramToken).when().get(outputs + "/outputs").then().statusCode(200)
                .body("ideas", hasSize(2)).body("reflections[0].kind", equalTo("quote"))
                .body("resourceIds", equalTo(List.of(resource))).body("evaluation.count", equalTo(2));
    }

    @Test
    void themeVotingRanksAndClosingPlansSessionsForTheWinners() {
        String network = createNetwork("Netwerk thema's " + System.nanoTime());
        session(network, 1, "2025-10-07T13:30", "2025-10-07T16:30");
        participant(network, "Anna Stem", "laurens", "anna-stem");
        participant(network, "Bram Stem", "ikazia", "bram-stem");
        participant(network, "Cees Stem", "ikazia", "cees-stem");
        io.restassured.path.json.JsonPath vote = given().auth().oauth2(FACILITATOR).contentType(ContentType.JSON)
                .body(Map.of("themes", List.of("Verandermanagement", "Leertechnologie", "Feedback geven", "Leiderschap"), "votesPerParticipant", 2))
                .when().post("/api/v1/networks/" + network + "/theme-votes").then().statusCode(201).extract().jsonPath();
        String voteId = vote.getString("id");
        Map<String, String> option = new java.util.HashMap<>();
        for (int i = 0; i < 4; i++) {
            option.put(vote.getString("options[" + i + "].theme"), vote.getString("options[" + i + "].id"));
        }
        String ballot = "/api/v1/networks/" + network + "/theme-votes/" + voteId + "/ballot";
        given().auth().oauth2(TestTokens.token("anna-stem", null, "participant")).contentType(ContentType.JSON)
                .body(Map.of("optionIds", List.of(option.get("Leertechnologie"), option.get("Feedback geven"))))
                .when().put(ballot).then().statusCode(200);
        given().auth().oauth2(TestTokens.token("bram-stem", null, "participant")).contentType(ContentType.JSON)
                .body(Map.of("optionIds", List.of(option.get("Leertechnologie"), option.get("Leiderschap"), option.get("Feedback geven"))))
                .when().put(ballot).then().statusCode(422).body("errors[0].field", equalTo("optionIds"));
        given().auth().oauth2(TestTokens.token("bram-stem", null, "participant")).contentType(ContentType.JSON)
                .body(Map.of("optionIds", List.of(option.get("Leertechnologie"), option.get("Leiderschap"))))
                .when().put(ballot).then().statusCode(200);
        // Cees changes his mind: the second ballot replaces the first
        given().auth().oauth2(TestTokens.token("cees-stem", null, "participant")).contentType(ContentType.JSON)
                .body(Map.of("optionIds", List.of(option.get("Verandermanagement")))).when().put(ballot).then().statusCode(200);
        given().auth().oauth2(TestTokens.token("cees-stem", null, "participant")).contentType(ContentType.JSON)
                .body(Map.of("optionIds", List.of(option.get("Feedback geven")))).when().put(ballot).then().statusCode(200)
                .body("voters", equalTo(3))
                // a tie keeps the order in which the themes were proposed
                .body("options.theme", equalTo(List.of("Leertechnologie", "Feedback geven", "Leiderschap", "Verandermanagement")))
                .body("options.votes", equalTo(List.of(2, 2, 1, 0)));
        given().auth().oauth2(TestTokens.token("anna-stem", null, "participant")).contentType(ContentType.JSON)
                .body(Map.of("sessionsToPlan", 2, "firstStartsAtLocal", "2026-03-24T13:30"))
                .when().post("/api/v1/networks/" + network + "/theme-votes/" + voteId + "/close").then().statusCode(403);
        given().auth().oauth2(FACILITATOR).contentType(ContentType.JSON)
                .body(Map.of("sessionsToPlan", 2, "firstStartsAtLocal", "2026-03-24T13:30", "intervalWeeks", 2, "durationMinutes", 180))
                .when().post("/api/v1/networks/" + network + "/theme-votes/" + voteId + "/close").then().statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("plannedSessions.number", equalTo(List.of(2, 3)))
                .body("plannedSessions.title", equalTo(List.of("Leertechnologie", "Feedback geven")))
                // 24 March is winter time (13:30 = 12:30Z), 7 April summer time (13:30 = 11:30Z)
                .body("plannedSessions.startsAt", equalTo(List.of("2026-03-24T12:30:00Z", "2026-04-07T11:30:00Z")));
        given().auth().oauth2(TestTokens.token("anna-stem", null, "participant")).contentType(ContentType.JSON)
                .body(Map.of("optionIds", List.of(option.get("Leiderschap")))).when().put(ballot).then().statusCode(409);
    }

    @Test
    void ideasSayWhetherTheCallerVotedAndAVoteCanBeTakenBack() {
        String network = createNetwork("Netwerk mijn stem " + System.nanoTime());
        participant(network, "Anna Mijnstem", "laurens", "anna-mijnstem");
        participant(network, "Bram Mijnstem", "ikazia", "bram-mijnstem");
        String s = session(network, 1, "2025-11-04T13:30", "2025-11-04T16:30");
        String annaToken = TestTokens.token("anna-mijnstem", null, "participant");
        String bramToken = TestTokens.token("bram-mijnstem", null, "participant");
        String ideas = "/api/v1/networks/" + network + "/sessions/" + s + "/ideas";
        String idea = given().auth().oauth2(annaToken).contentType(ContentType.JSON).body(Map.of("text", "Samen lunchen met stagiairs"))
                .when().post(ideas).then().statusCode(201).body("votedByMe", equalTo(false)).extract().path("id");
        String other = given().auth().oauth2(bramToken).contentType(ContentType.JSON).body(Map.of("text", "Leervragen op het bord"))
                .when().post(ideas).then().statusCode(201).extract().path("id");
        given().auth().oauth2(bramToken).when().post(ideas + "/" + idea + "/votes").then().statusCode(200)
                .body("votes", equalTo(1)).body("votedByMe", equalTo(true));
        given().auth().oauth2(bramToken).when().get(ideas).then().statusCode(200)
                .body("id", equalTo(List.of(idea, other))).body("votedByMe", equalTo(List.of(true, false)));
        given().auth().oauth2(annaToken).when().get(ideas).then().statusCode(200).body("votedByMe", equalTo(List.of(false, false)));
        // those who take no part see the counts, never a vote of their own
        given().auth().oauth2(FACILITATOR).when().get(ideas).then().statusCode(200)
                .body("votes", equalTo(List.of(1, 0))).body("votedByMe", equalTo(List.of(false, false)));
        given().auth().oauth2(TestTokens.orgManager("laurens")).when().get("/api/v1/networks/" + network + "/sessions/" + s + "/outputs")
                .then().statusCode(200).body("ideas.votedByMe", equalTo(List.of(false, false)));
        given().auth().oauth2(bramToken).when().get("/api/v1/networks/" + network + "/sessions/" + s + "/outputs")
                .then().statusCode(200).body("ideas.votedByMe", equalTo(List.of(true, false)));

        String mine = ideas + "/" + idea + "/votes/me";
        given().auth().oauth2(annaToken).when().delete(mine).then().statusCode(404).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.containsString("no-vote"));
        given().auth().oauth2(FACILITATOR).when().delete(mine).then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.token("outsider-mijnstem", null, "participant")).when().delete(mine).then().statusCode(404)
                .body("type", org.hamcrest.Matchers.containsString("not-found"));
        given().auth().oauth2(bramToken).when().delete(ideas + "/" + java.util.UUID.randomUUID() + "/votes/me").then().statusCode(404)
                .body("type", org.hamcrest.Matchers.containsString("not-found"));
        given().auth().oauth2(bramToken).when().delete(mine).then().statusCode(204);
        given().auth().oauth2(bramToken).when().delete(mine).then().statusCode(404).body("type", org.hamcrest.Matchers.containsString("no-vote"));
        given().auth().oauth2(bramToken).when().get(ideas).then().body("votes", equalTo(List.of(0, 0))).body("votedByMe", equalTo(List.of(false, false)));
        // and may vote again
        given().auth().oauth2(bramToken).when().post(ideas + "/" + idea + "/votes").then().statusCode(200)
                .body("votes", equalTo(1)).body("votedByMe", equalTo(true));
    }

    @Test
    void theNetworksThemeVotesNewestFirstForEveryoneWhoSeesIt() {
        String network = createNetwork("Netwerk stemmingen " + System.nanoTime());
        String list = "/api/v1/networks/" + network + "/theme-votes";
        participant(network, "Anna Lijst", "laurens", "anna-lijst");
        participant(network, "Bram Lijst", "ikazia", "bram-lijst");
        given().auth().oauth2(TestTokens.token("anna-lijst", null, "participant")).when().get(list).then().statusCode(200)
                .body("", hasSize(0));
        io.restassured.path.json.JsonPath first = given().auth().oauth2(FACILITATOR).contentType(ContentType.JSON)
                .body(Map.of("themes", List.of("Feedback geven", "Leiderschap"), "votesPerParticipant", 1))
                .when().post(list).then().statusCode(201).extract().jsonPath();
        given().auth().oauth2(TestTokens.token("anna-lijst", null, "participant")).contentType(ContentType.JSON)
                .body(Map.of("optionIds", List.of(first.getString("options[1].id"))))
                .when().put(list + "/" + first.getString("id") + "/ballot").then().statusCode(200);
        given().auth().oauth2(TestTokens.token("bram-lijst", null, "participant")).contentType(ContentType.JSON)
                .body(Map.of("optionIds", List.of(first.getString("options[1].id"))))
                .when().put(list + "/" + first.getString("id") + "/ballot").then().statusCode(200);
        given().auth().oauth2(FACILITATOR).contentType(ContentType.JSON).body("{}")
                .when().post(list + "/" + first.getString("id") + "/close").then().statusCode(200);
        String second = given().auth().oauth2(FACILITATOR).contentType(ContentType.JSON)
                .body(Map.of("themes", List.of("Werkplekleren", "Leren van incidenten", "Intervisie"), "votesPerParticipant", 2))
                .when().post(list).then().statusCode(201).extract().path("id");
        for (String token : new String[]{TestTokens.token("anna-lijst", null, "participant"), FACILITATOR, TestTokens.admin(),
                TestTokens.orgManager("ikazia")}) {
            given().auth().oauth2(token).when().get(list).then().statusCode(200)
                    .body("id", equalTo(List.of(second, first.getString("id"))))
                    .body("status", equalTo(List.of("OPEN", "CLOSED")))
                    .body("votesPerParticipant", equalTo(List.of(2, 1)))
                    .body("voters", equalTo(List.of(0, 2)))
                    .body("[0].options.theme", equalTo(List.of("Werkplekleren", "Leren van incidenten", "Intervisie")))
                    .body("[1].options.theme", equalTo(List.of("Leiderschap", "Feedback geven")))
                    .body("[1].options.votes", equalTo(List.of(2, 0)))
                    .body("[1].options.rank", equalTo(List.of(1, 2)))
                    .body("[0].openedAt", org.hamcrest.Matchers.notNullValue())
                    .body("[0].closedAt", org.hamcrest.Matchers.nullValue())
                    .body("[1].closedAt", org.hamcrest.Matchers.notNullValue());
        }
        // those who may not see the network: 404, as for the network itself
        for (String token : new String[]{TestTokens.orgManager("aafje"), TestTokens.token("outsider-lijst", null, "participant"),
                TestTokens.token("other-facilitator", null, "facilitator")}) {
            given().auth().oauth2(token).when().get(list).then().statusCode(404).contentType("application/problem+json")
                    .body("type", org.hamcrest.Matchers.containsString("not-found"));
        }
        given().auth().oauth2(FACILITATOR).when().get("/api/v1/networks/" + java.util.UUID.randomUUID() + "/theme-votes").then().statusCode(404);
        given().auth().oauth2(TestTokens.curator()).when().get(list).then().statusCode(403);
    }
}
