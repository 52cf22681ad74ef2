package nl.leercultuur.system;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import nl.leercultuur.testkit.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** A facilitator runs a session through the gateway; its attendance shows up in analytics. */
class NetworkJourneyIT {

    static SystemUnderTest system;

    @BeforeAll
    static void start() {
        system = SystemUnderTest.get();
    }

    static RequestSpecification as(String token) {
        return RestAssured.given().baseUri(system.gatewayUrl()).auth().oauth2(token);
    }

    @Test
    void sessionHeldBecomesParticipation() throws Exception {
        String facilitator = TestTokens.facilitator();
        String network = as(facilitator).contentType(ContentType.JSON)
                .body(Map.of("name", "Lerend netwerk " + System.nanoTime(), "theme", "Leercultuur", "region", "Rotterdam-Rijnmond",
                        "memberOrganisations", List.of("laurens", "ikazia")))
                .when().post("/api/v1/networks").then().statusCode(201).extract().path("id");
        String anna = as(facilitator).contentType(ContentType.JSON)
                .body(Map.of("name", "Anna", "organisationId", "laurens", "userSubject", "anna-subject"))
                .when().post("/api/v1/networks/" + network + "/participants").then().statusCode(201).extract().path("id");
        String cees = as(facilitator).contentType(ContentType.JSON).body(Map.of("name", "Cees", "organisationId", "ikazia"))
                .when().post("/api/v1/networks/" + network + "/participants").then().statusCode(201).extract().path("id");
        String session = as(facilitator).contentType(ContentType.JSON)
                .body(Map.of("number", 1, "title", "Kennismaking en casuïstiek", "startsAtLocal", "2025-10-07T13:30",
                        "endsAtLocal", "2025-10-07T16:30", "phaseFocus", "ready"))
                .when().post("/api/v1/networks/" + network + "/sessions").then().statusCode(201)
                .body("startsAt", equalTo("2025-10-07T11:30:00Z")).extract().path("id");
        as(TestTokens.token("anna-subject", null, "participant")).contentType(ContentType.JSON).body(Map.of("participantId", anna))
                .when().post("/api/v1/networks/" + network + "/sessions/" + session + "/registrations").then().statusCode(200);
        as(facilitator).contentType(ContentType.JSON).body(Map.of("participantId", anna, "presence", "PRESENT"))
                .when().put("/api/v1/networks/" + network + "/sessions/" + session + "/attendance").then().statusCode(200);
        as(facilitator).contentType(ContentType.JSON).body(Map.of("participantId", cees, "presence", "ABSENT"))
                .when().put("/api/v1/networks/" + network + "/sessions/" + session + "/attendance").then().statusCode(200);
        // the session's work: Anna's case moves on, she proposes an idea, Cees cannot vote twice, the calendar parses
        String annaToken = TestTokens.token("anna-subject", null, "participant");
        as(annaToken).contentType(ContentType.JSON).body(Map.of("question", "Hoe leren we van incidenten?"))
                .when().post("/api/v1/networks/" + network + "/participants/" + anna + "/case").then().statusCode(201);
        as(annaToken).contentType(ContentType.JSON).body(Map.of("phase", "explore-problem"))
                .when().post("/api/v1/networks/" + network + "/participants/" + anna + "/case/phase").then().statusCode(200);
        String idea = as(annaToken).contentType(ContentType.JSON).body(Map.of("text", "Leerkoffie na elke dienst"))
                .when().post("/api/v1/networks/" + network + "/sessions/" + session + "/ideas").then().statusCode(201).extract().path("id");
        as(annaToken).when().post("/api/v1/networks/" + network + "/sessions/" + session + "/ideas/" + idea + "/votes").then().statusCode(200);
        as(annaToken).when().post("/api/v1/networks/" + network + "/sessions/" + session + "/ideas/" + idea + "/votes").then().statusCode(409);
        String ics = as(facilitator).when().get("/api/v1/networks/" + network + "/calendar.ics").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.containsString("text/calendar")).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(ics.contains("BEGIN:VEVENT") && ics.contains("DTSTART:20251007T113000Z"), ics);

        as(facilitator).when().post("/api/v1/networks/" + network + "/sessions/" + session + "/held").then().statusCode(200);
        as(annaToken).contentType(ContentType.JSON).body(Map.of("rating", 8))
                .when().put("/api/v1/networks/" + network + "/sessions/" + session + "/evaluation").then().statusCode(200)
                .body("count", equalTo(1));

        await("analytics holds the network's participation").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> as(facilitator).when().get("/api/v1/analytics/networks/" + network + "/participation").statusCode() == 200);
        as(facilitator).when().get("/api/v1/analytics/networks/" + network + "/participation").then().statusCode(200)
                .body("sessions[0].organisations.laurens.present", equalTo(1))
                .body("sessions[0].organisations.ikazia.absent", equalTo(1))
                .body("total.attendanceRate", equalTo(0.5f));
        as(TestTokens.orgManager("laurens")).when().get("/api/v1/analytics/organisations/laurens/participation").then()
                .statusCode(200).body("total.present", equalTo(1));
        as(TestTokens.orgManager("laurens")).when().get("/api/v1/analytics/organisations/ikazia/participation").then()
                .statusCode(403);
    }
}
