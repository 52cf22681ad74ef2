package nl.leercultuur.network.networks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.leercultuur.platform.events.CloudEventKafka;
import nl.leercultuur.contracts.events.EventTypes;
import nl.leercultuur.testkit.EventSchemas;
import nl.leercultuur.testkit.PlatformTestResource;
import nl.leercultuur.testkit.TestKafka;
import nl.leercultuur.testkit.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.restassured.RestAssured.given;
import static nl.leercultuur.network.networks.NetworkLifecycleTestSupport.createNetwork;
import static nl.leercultuur.network.networks.NetworkLifecycleTestSupport.participant;
import static nl.leercultuur.network.networks.NetworkLifecycleTestSupport.session;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
        @ResourceArg(name = "database", value = "network"), @ResourceArg(name = "kafka", value = "true")})
class NetworkLifecycleTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String FACILITATOR = TestTokens.facilitator();

    @Test
    void networkLifecycleAndIllegalMoves() {
        String id = createNetwork("Lerend netwerk leercultuur " + System.nanoTime());
        given().auth().oauth2(FACILITATOR).contentType(ContentType.JSON).body(Map.of("status", "COMPLETED"))
                .when().post("/api/v1/networks/" + id + "/status").then().statusCode(409).body("type", containsString("illegal-transition"));
        given().auth().oauth2(FACILITATOR).contentType(ContentType.JSON).body(Map.of("status", "RUNNING"))
                .when().post("/api/v1/networks/" + id + "/status").then().statusCode(200).body("status", equalTo("RUNNING"));
        given().auth().oauth2(TestTokens.token("other-facilitator", null, "facilitator")).contentType(ContentType.JSON)
                .body(Map.of("status", "COMPLETED")).when().post("/api/v1/networks/" + id + "/status").then().statusCode(404);
        given().auth().oauth2(TestTokens.curator()).when().get("/api/v1/networks").then().statusCode(403);
        given().auth().oauth2(FACILITATOR).contentType(ContentType.JSON)
                .body(Map.of("name", "X", "region", "R", "memberOrganisations", List.of("no-such-org")))
                .when().post("/api/v1/networks").then().statusCode(422).body("errors[0].field", equalTo("memberOrganisations[0]"));
        // org-managers see the networks their organisation is in
        given().auth().oauth2(TestTokens.orgManager("laurens")).when().get("/api/v1/networks").then().body("id", hasItem(id));
        given().auth().oauth2(TestTokens.orgManager("aafje")).when().get("/api/v1/networks").then().body("id", not(hasItem(id)));
    }

    @Test
    void sessionTimesAreRightAcrossDaylightSavingChanges() {
        String id = createNetwork("Netwerk tijden " + System.nanoTime());
        // summer time until 26 October 2025 03:00, winter time after; summer time again from 29 March 2026 02:00
        given().auth().oauth2(FACILITATOR).contentType(ContentType.JSON)
                .body(Map.of("number", 1, "title", "Voor de wissel", "startsAtLocal", "2025-10-25T10:00", "endsAtLocal", "2025-10-25T12:00"))
                .when().post("/api/v1/networks/" + id + "/sessions").then().statusCode(201)
                .body("startsAt", equalTo("2025-10-25T08:00:00Z")).body("startsAtLocal", equalTo("2025-10-25T10:00:00"));
        given().auth().oauth2(FACILITATOR).contentType(ContentType.JSON)
                .body(Map.of("number", 2, "title", "Na de wissel", "startsAtLocal", "2025-10-27T10:00", "endsAtLocal", "2025-10-27T12:00"))
                .when().post("/api/v1/networks/" + id + "/sessions").then().statusCode(201)
                .body("startsAt", equalTo("2025-10-27T09:00:00Z"));
        given().auth().oauth2(FACILITATOR).contentType(ContentType.JSON)
                .body(Map.of("number", 3, "title", "Lentewissel", "startsAtLocal", "2026-03-29T10:00", "endsAtLocal", "2026-03-29T12:00"))
                .when().post("/api/v1/networks/" + id + "/sessions").then().statusCode(201)
                .body("startsAt", equalTo("2026-03-29T08:00:00Z"));
        given().auth().oauth2(FACILITATOR).contentType(ContentType.JSON)
                .body(Map.of("number", 3, "title", "Dubbel", "startsAtLocal", "2026-04-01T10:00", "endsAtLocal", "2026-04-01T12:00"))
                .when().post("/api/v1/networks/" + id + "/sessions").then().statusCode(409);
        given().auth().oauth2(FACILITATOR).contentType(ContentType.JSON)
                .body(Map.of("number", 4, "title", "Achterstevoren", "startsAtLocal", "2026-04-01T12:00", "endsAtLocal", "2026-04-01T10:00"))
                .when().post("/api/v1/networks/" + id + "/sessions").then().statusCode(422).body("errors[0].field", equalTo("endsAtLocal"));
    }

    @Test
    void attendanceHeldEventAndErasure() throws Exception {
        String id = createNetwork("Netwerk aanwezigheid " + System.nanoTime());
        String anna = participant(id, "Anna de Vries", "laurens", "anna-subject");
        String bram = participant(id, "Bram Jansen", "laurens", null);
        String cees = participant(id, "Cees Bakker", "ikazia", null);
        String s1 = session(id, 1, "2025-10-07T13:30", "2025-10-07T16:30");
        // Anna registers herself; she may not register Bram
        given().auth().oauth2(TestTokens.token("anna-subject", null, "participant")).contentType(ContentType.JSON)
                .body(Map.of("participantId", anna)).when().post("/api/v1/networks/" + id + "/sessions/" + s1 + "/registrations")
                .then().statusCode(200).body("attendance.laurens.registered", equalTo(1));
        given().auth().oauth2(TestTokens.token("anna-subject", null, "participant")).contentType(ContentType.JSON)
                .body(Map.of("participantId", bram)).when().post("/api/v1/networks/" + id + "/sessions/" + s1 + "/registrations")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.token("anna-subject", null, "participant")).when().get("/api/v1/networks/" + id)
                .then().statusCode(200);
        for (String[] p : new String[][]{{anna, "PRESENT"}, {bram, "EXCUSED"}, {cees, "PRESENT"}}) {
            given().auth().oauth2(FACILITATOR).contentType(ContentType.JSON).body(Map.of("participantId", p[0], "presence", p[1]))
                    .when().put("/api/v1/networks/" + id + "/sessions/" + s1 + "/attendance").then().statusCode(200);
        }
        given().auth().oauth2(FACILITATOR).contentType(ContentType.JSON).body(Map.of("participantId", cees, "presence", "MAYBE"))
                .when().put("/api/v1/networks/" + id + "/sessions/" + s1 + "/attendance").then().statusCode(400);
        given().auth().oauth2(FACILITATOR).when().post("/api/v1/networks/" + id + "/sessions/" + s1 + "/held").then().statusCode(200)
                .body("status", equalTo("HELD")).body("attendance.laurens.present", equalTo(1)).body("attendance.laurens.excused", equalTo(1))
                .body("attendance.ikazia.present", equalTo(1));
        given().auth().oauth2(FACILITATOR).when().post("/api/v1/networks/" + id + "/sessions/" + s1 + "/held").then().statusCode(409);

        // the outbox relays the event after the commit: wait for it, and fail when it does not come
        ConsumerRecord<String, String> ev = await("network.session-held.v1 of session " + s1).atMost(Duration.ofSeconds(30))
                .until(() -> heldEventOf(s1), Optional::isPresent).orElseThrow();
        assertEquals(id, ev.key());
        assertEquals(List.of(), EventSchemas.violations(EventTypes.SESSION_HELD, ev.value()));
        assertFalse(ev.value().contains("Anna") || ev.value().contains("example.org"), "no names or addresses in the event");
        JsonNode data = JSON.readTree(ev.value());
        assertEquals(1, data.get("sessionNumber").asInt());
        assertEquals("explore-problem", data.get("phase").asText());

        // erasure: the person is gone, the count stays
        given().auth().oauth2(FACILITATOR).when().delete("/api/v1/networks/" + id + "/participants/" + anna).then().statusCode(204);
        given().auth().oauth2(FACILITATOR).when().get("/api/v1/networks/" + id + "/participants").then()
                .body("find { it.id == '" + anna + "' }.name", equalTo("(verwijderd)"))
                .body("find { it.id == '" + anna + "' }.email", nullValue())
                .body("find { it.id == '" + anna + "' }.erased", equalTo(true));
        given().auth().oauth2(FACILITATOR).when().get("/api/v1/networks/" + id + "/sessions").then()
                .body("[0].attendance.laurens.present", equalTo(1));
        // another participant sees names but not e-mail addresses
        given().auth().oauth2(TestTokens.orgManager("ikazia")).when().get("/api/v1/networks/" + id + "/participants").then()
                .statusCode(200).body("find { it.id == '" + bram + "' }.email", nullValue());
        String s2 = session(id, 2, "2025-11-04T13:30", "2025-11-04T16:30");
        given().auth().oauth2(FACILITATOR).contentType(ContentType.JSON).body(Map.of("reason", "Storm"))
                .when().post("/api/v1/networks/" + id + "/sessions/" + s2 + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("cancelReason", equalTo("Storm"));
        given().auth().oauth2(FACILITATOR).when().post("/api/v1/networks/" + id + "/sessions/" + s2 + "/held").then().statusCode(409);
        given().when().get("/api/v1/networks/events/network.session-held.v1.schema.json").then().statusCode(200);
    }

    /** The session-held event of the session, when it is on the topic already. */
    static Optional<ConsumerRecord<String, String>> heldEventOf(String session) {
        return TestKafka.read(EventTypes.SESSION_HELD, Duration.ofSeconds(2),
                        l -> l.stream().anyMatch(r -> session.equals(CloudEventKafka.get(r.headers(), "ce_subject"))))
                .stream().filter(r -> session.equals(CloudEventKafka.get(r.headers(), "ce_subject"))).findFirst();
    }

    @Test
    void calendarFeedsParseAndKeepTheirTimesAcrossDaylightSaving() throws Exception {
        String id = createNetwork("Netwerk agenda " + System.nanoTime());
        String before = session(id, 1, "2025-10-25T10:00", "2025-10-25T12:00");
        String after = session(id, 2, "2025-10-27T10:00", "2025-10-27T12:00");
        String anna = participant(id, "Anna Agenda", "laurens", "anna-agenda");
        given().auth().oauth2(FACILITATOR).contentType(ContentType.JSON).body(Map.of("participantId", anna))
                .when().post("/api/v1/networks/" + id + "/sessions/" + after + "/registrations").then().statusCode(200);
        String ics = given().auth().oauth2(FACILITATOR).when().get("/api/v1/networks/" + id + "/calendar.ics").then().statusCode(200)
                .contentType(containsString("text/calendar")).extract().asString();
        net.fortuna.ical4j.model.Calendar cal = new net.fortuna.ical4j.data.CalendarBuilder().build(new java.io.StringReader(ics));
        List<net.fortuna.ical4j.model.component.VEvent> events = cal.getComponents(net.fortuna.ical4j.model.Component.VEVENT);
        assertEquals(2, events.size());
        java.time.ZoneId ams = java.time.ZoneId.of("Europe/Amsterdam");
        for (net.fortuna.ical4j.model.component.VEvent e : events) {
            java.time.Instant start = java.time.Instant.from(e.getDateTimeStart().get().getDate());
            // 10:00 in Amsterdam on both sides of the change, one hour apart in UTC
            assertEquals(java.time.LocalTime.of(10, 0), start.atZone(ams).toLocalTime(), e.toString());
        }
        assertEquals(java.time.Instant.parse("2025-10-25T08:00:00Z"), java.time.Instant.from(events.get(0).getDateTimeStart().get().getDate()));
        assertEquals(java.time.Instant.parse("2025-10-27T09:00:00Z"), java.time.Instant.from(events.get(1).getDateTimeStart().get().getDate()));
        assertEquals(before + "@leercultuur.nl", events.get(0).getUid().get().getValue());
        // Anna's own feed holds only the session she registered for; someone else may not read it
        String mine = given().auth().oauth2(TestTokens.token("anna-agenda", null, "participant"))
                .when().get("/api/v1/networks/" + id + "/participants/" + anna + "/calendar.ics").then().statusCode(200).extract().asString();
        net.fortuna.ical4j.model.Calendar own = new net.fortuna.ical4j.data.CalendarBuilder().build(new java.io.StringReader(mine));
        assertEquals(1, own.getComponents(net.fortuna.ical4j.model.Component.VEVENT).size());
        given().auth().oauth2(TestTokens.token("someone-else", null, "participant"))
                .when().get("/api/v1/networks/" + id + "/participants/" + anna + "/calendar.ics").then().statusCode(404);
    }

    @Test
    void theDemoNetworkOfTheLearningNetworkLeercultuurIsComplete() {
        String id = "5e1d0000-0000-4000-8000-000000000001";
        given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/networks/" + id).then().statusCode(200)
                .body("name", equalTo("Lerend netwerk Leercultuur")).body("status", equalTo("COMPLETED"))
                .body("memberOrganisations.size()", equalTo(12));
        given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/networks/" + id + "/sessions").then().statusCode(200)
                .body("number", equalTo(List.of(1, 2, 3, 4, 5, 6)))
                .body("phaseFocus", equalTo(List.of("ready", "explore-problem", "develop-solutions", "sharpen-and-share",
                        "experiment", "reflect-and-present")))
                .body("[2].title", equalTo("Meten van Leercultuur"))
                .body("[0].startsAtLocal", equalTo("2023-10-10T13:30:00"))
                .body("[0].startsAt", equalTo("2023-10-10T11:30:00Z"))
                .body("[3].startsAt", equalTo("2024-01-16T12:30:00Z"));
        // the demo participant and facilitator are the realm's users, known by their fixed subjects
        given().auth().oauth2(TestTokens.token("3f0e8a52-1c6d-4b7a-9e21-0a0000000005", null, "participant")).when().get("/api/v1/networks")
                .then().body("id", hasItem(id));
        given().auth().oauth2(TestTokens.token("3f0e8a52-1c6d-4b7a-9e21-0a0000000003", null, "facilitator")).when().get("/api/v1/networks")
                .then().body("id", hasItem(id));
    }
}
