package nl.leercultuur.analytics.participation;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.leercultuur.analytics.CatalogStub;
import nl.leercultuur.platform.events.CloudEvent;
import nl.leercultuur.platform.events.CloudEventKafka;
import nl.leercultuur.contracts.events.EventTypes;
import nl.leercultuur.testkit.EventSchemas;
import nl.leercultuur.testkit.PlatformTestResource;
import nl.leercultuur.testkit.TestKafka;
import nl.leercultuur.testkit.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Participation from network.session-held.v1: counts per organisation, rates, duplicates and late corrections. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
        @ResourceArg(name = "database", value = "analytics"), @ResourceArg(name = "kafka", value = "true")})
@QuarkusTestResource(CatalogStub.class)
class ParticipationTest {

    static String held(String network, String session, int number, String heldAt, String attendance) {
        return """
                {"networkId":"%s","networkName":"Lerend netwerk Leercultuur","networkTheme":"Leercultuur","region":"Rotterdam-Rijnmond",
                 "sessionId":"%s","sessionNumber":%d,"sessionTitle":"Bijeenkomst %d","sessionTheme":"Veiligheid","phase":"explore-problem",
                 "startsAt":"2025-10-07T11:30:00Z","endsAt":"2025-10-07T14:30:00Z","heldAt":"%s","attendance":[%s]}
                """.formatted(network, session, number, number, heldAt, attendance);
    }

    static String org(String id, int registered, int present, int absent, int excused) {
        return "{\"organisationId\":\"%s\",\"registered\":%d,\"present\":%d,\"absent\":%d,\"excused\":%d}"
                .formatted(id, registered, present, absent, excused);
    }

    static void publish(String eventId, String network, String data) {
        TestKafka.send(CloudEventKafka.toRecord(EventTypes.SESSION_HELD, network, new CloudEvent(eventId, "/leercultuur/network-service",
                EventTypes.SESSION_HELD, null, OffsetDateTime.now(), "application/json", data)));
    }

    @Test
    void attendancePerSessionAndOrganisationWithRates() {
        String network = UUID.randomUUID().toString();
        String s1 = UUID.randomUUID().toString();
        String s2 = UUID.randomUUID().toString();
        String first = held(network, s1, 1, "2025-10-07T15:00:00Z", org("p-laurens", 3, 2, 0, 1) + "," + org("p-ikazia", 2, 2, 0, 0));
        assertEquals(List.of(), EventSchemas.violations(EventTypes.SESSION_HELD, first), "the test event follows the contract");
        String eventId = UUID.randomUUID().toString();
        publish(eventId, network, first);
        publish(eventId, network, first); // the same event again: changes nothing
        publish(UUID.randomUUID().toString(), network,
                held(network, s2, 2, "2025-11-04T15:00:00Z", org("p-laurens", 3, 1, 2, 0) + "," + org("p-ikazia", 2, 1, 1, 0)));
        // an older report of session 2 arriving late is ignored
        publish(UUID.randomUUID().toString(), network, held(network, s2, 2, "2025-11-04T14:00:00Z", org("p-laurens", 9, 9, 0, 0)));
        String last = UUID.randomUUID().toString();
        String lastSession = UUID.randomUUID().toString();
        publish(last, network, held(network, lastSession, 3, "2025-12-02T15:00:00Z", org("p-laurens", 0, 0, 0, 0)));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(TestTokens.facilitator())
                .when().get("/api/v1/analytics/networks/" + network + "/participation").then().statusCode(200).body("sessions", hasSize(3)));
        // s1: 4 of 5 present = 0.8; s2: 2 of 5 = 0.4
        given().auth().oauth2(TestTokens.facilitator()).when().get("/api/v1/analytics/networks/" + network + "/participation").then()
                .body("sessions[0].total.present", equalTo(4)).body("sessions[0].total.attendanceRate", is(0.8f))
                .body("sessions[1].organisations.p-laurens.present", equalTo(1))
                .body("sessions[1].organisations.p-laurens.registered", equalTo(3))
                .body("sessions[1].total.attendanceRate", is(0.4f))
                .body("organisations.p-ikazia.present", equalTo(3))
                .body("firstRate", is(0.8f));
        // the organisation's own view: laurens 3 present of 6 expected over the sessions
        given().auth().oauth2(TestTokens.orgManager("p-laurens")).when().get("/api/v1/analytics/organisations/p-laurens/participation")
                .then().statusCode(200).body("total.present", equalTo(3)).body("total.registered", equalTo(6))
                .body("total.attendanceRate", is(0.5f));
        given().auth().oauth2(TestTokens.orgManager("p-ikazia")).when().get("/api/v1/analytics/organisations/p-laurens/participation")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.orgManager("p-laurens")).when().get("/api/v1/analytics/networks/" + network + "/participation")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/analytics/networks/" + UUID.randomUUID() + "/participation")
                .then().statusCode(404);
    }

    @Test
    void aMalformedSessionEventIsDeadLettered() {
        String network = UUID.randomUUID().toString();
        publish(UUID.randomUUID().toString(), network, held(network, "not-a-uuid", 1, "2025-10-07T15:00:00Z", ""));
        List<ConsumerRecord<String, String>> dlq = await().atMost(Duration.ofSeconds(20))
                .until(() -> TestKafka.readToEnd(EventTypes.SESSION_HELD + ".dlq"), l -> !l.isEmpty());
        List<String> reasons = dlq.stream().map(r -> CloudEventKafka.get(r.headers(), "dlq_reason")).toList();
        assertTrue(reasons.stream().anyMatch(r -> r.contains("schema of " + EventTypes.SESSION_HELD)
                && r.contains("$.sessionId") && r.contains("uuid")), reasons::toString);
        // and it did not reach the read model
        given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/analytics/networks/" + network + "/participation")
                .then().statusCode(404);
    }
}
