package nl.leercultuur.system;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import nl.leercultuur.testkit.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * A partner's safe retries through the gateway: each create the issue names (scans, invitations, networks, sessions,
 * catalogue entries) sent twice with the same Idempotency-Key and body gets the same status and the same created
 * thing, and one thing is created (counted through the API); the same key with another body is refused with 422
 * problem+json naming the key, and creates nothing either.
 */
class IdempotencyIT {

    static SystemUnderTest system;

    @BeforeAll
    static void start() {
        system = SystemUnderTest.get();
    }

    static Response post(String token, String key, String path, Map<String, Object> body) {
        return RestAssured.given().baseUri(system.gatewayUrl()).auth().oauth2(token).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).when().post(path);
    }

    static io.restassured.path.json.JsonPath get(String token, String path) {
        return RestAssured.given().baseUri(system.gatewayUrl()).auth().oauth2(token).when().get(path)
                .then().statusCode(200).extract().jsonPath();
    }

    /**
     * The checks for one create: {@code created} names what the answer created (an id, or the codes), {@code count}
     * counts how many of it there are now.
     */
    static void retrySafely(String what, String token, String path, Map<String, Object> body, String changedField,
                            Function<Response, Object> created, Supplier<Integer> count) {
        String key = what + "-" + UUID.randomUUID();
        int before = count.get();
        Response first = post(token, key, path, body);
        assertEquals(201, first.statusCode(), what + ": " + first.asString());
        Object id = created.apply(first);
        assertNotNull(id, what);
        Response again = post(token, key, path, body);
        assertEquals(first.statusCode(), again.statusCode(), what + ": the retry's status");
        assertEquals("true", again.header("Idempotent-Replayed"), what);
        assertEquals(id, created.apply(again), what + ": the retry names what the first created");
        assertEquals(first.header("Location"), again.header("Location"), what + ": Location");
        assertEquals(before + 1, count.get(), what + ": one created");

        Map<String, Object> changed = new HashMap<>(body);
        Object value = changed.get(changedField);
        changed.put(changedField, value instanceof Integer i ? i + 1 : value + " (anders)");
        post(token, key, path, changed).then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://leercultuur.nl/problems/validation"))
                .body("errors.field", hasItem("Idempotency-Key"))
                .body("errors.find { it.field == 'Idempotency-Key' }.message", containsString("different request"));
        assertEquals(before + 1, count.get(), what + ": the refused request created nothing");
    }

    static Map<String, Object> scan(String title) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> m = new HashMap<>();
        m.put("instrumentKey", "team-psychological-safety");
        m.put("organisationId", "laurens");
        m.put("unitLabel", "Afdeling Idempotent");
        m.put("title", title);
        m.put("anonymityThreshold", 3);
        m.put("opensAt", now.minusMinutes(1).toString());
        m.put("closesAt", now.plusDays(7).toString());
        m.put("expectedPopulation", 8);
        return m;
    }

    @Test
    void scans() {
        String manager = TestTokens.orgManager("laurens");
        String title = "Idempotente scan " + UUID.randomUUID();
        retrySafely("scan", manager, "/api/v1/surveys/scans", scan(title), "title", r -> r.path("id"),
                () -> (int) get(manager, "/api/v1/surveys/scans?size=100").getList("items.title").stream()
                        .filter(title::equals).count());
    }

    @Test
    void invitations() {
        String manager = TestTokens.orgManager("laurens");
        String scanId = post(manager, "setup-" + UUID.randomUUID(), "/api/v1/surveys/scans", scan("Codes " + UUID.randomUUID()))
                .then().statusCode(201).extract().path("id");
        RestAssured.given().baseUri(system.gatewayUrl()).auth().oauth2(manager).when()
                .post("/api/v1/surveys/scans/" + scanId + "/open").then().statusCode(200);
        retrySafely("invitations", manager, "/api/v1/surveys/scans/" + scanId + "/invitations", Map.of("count", 3), "count",
                r -> r.jsonPath().getList("codes.code"),
                // batches of three codes issued
                () -> get(manager, "/api/v1/surveys/scans/" + scanId).getInt("invitationsIssued") / 3);
    }

    @Test
    void networks() {
        String facilitator = TestTokens.facilitator();
        String name = "Idempotent netwerk " + UUID.randomUUID();
        Map<String, Object> body = Map.of("name", name, "theme", "Leercultuur", "region", "Rotterdam-Rijnmond",
                "memberOrganisations", List.of("laurens", "ikazia"));
        retrySafely("network", facilitator, "/api/v1/networks", body, "name", r -> r.path("id"),
                () -> (int) get(facilitator, "/api/v1/networks").getList("name").stream().filter(name::equals).count());
    }

    @Test
    void sessions() {
        String facilitator = TestTokens.facilitator();
        String network = post(facilitator, "setup-" + UUID.randomUUID(), "/api/v1/networks",
                Map.of("name", "Netwerk sessies " + UUID.randomUUID(), "theme", "Leercultuur", "region", "Rotterdam-Rijnmond",
                        "memberOrganisations", List.of("laurens")))
                .then().statusCode(201).extract().path("id");
        Map<String, Object> body = Map.of("number", 1, "title", "Kennismaking", "startsAtLocal", "2027-10-07T13:30",
                "endsAtLocal", "2027-10-07T16:30", "phaseFocus", "ready");
        retrySafely("session", facilitator, "/api/v1/networks/" + network + "/sessions", body, "title", r -> r.path("id"),
                () -> get(facilitator, "/api/v1/networks/" + network + "/sessions").getList("id").size());
    }

    @Test
    void catalogueEntries() {
        String curator = TestTokens.curator();
        String word = "idempotentie" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        String title = "Veilig opnieuw proberen " + word;
        Map<String, Object> body = Map.of("kind", "article", "title", title, "authors", "Redactie Leercultuur",
                "summary", "Een partner die een aanvraag herhaalt, maakt niets dubbel.",
                "themes", List.of("workplace-learning"), "dimensionKeys", List.of("team-learning"), "audience", List.of("team"));
        retrySafely("resource", curator, "/api/v1/catalog/resources", body, "summary", r -> r.path("id"),
                () -> (int) get(curator, "/api/v1/catalog/resources?status=DRAFT&size=100&q=" + word).getList("items.title")
                        .stream().filter(title::equals).count());
    }
}
