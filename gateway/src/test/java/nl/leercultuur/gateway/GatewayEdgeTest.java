package nl.leercultuur.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import nl.leercultuur.testkit.StubHttpServer;
import nl.leercultuur.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The edge policies: problem+json refusals, security headers, CORS, body limit, rate limit, organisation binding, retries. */
@QuarkusTest
@QuarkusTestResource(GatewayTestBackends.class)
class GatewayEdgeTest {

    @Test
    void refusalsAreProblemJsonWithSecurityHeaders() {
        given().when().get("/api/v1/surveys/scans").then().statusCode(401)
                .contentType("application/problem+json").body("status", equalTo(401))
                .header("WWW-Authenticate", containsString("Bearer"))
                .header("X-Content-Type-Options", "nosniff").header("X-Request-Id", notNullValue());
        given().when().get("/api/v1/catalog/resources").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff").header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Referrer-Policy", "no-referrer");
    }

    @Test
    void anOverlongAddressIsRefusedAsProblemJsonAndTheConnectionStaysUsable() {
        given().when().get("/api/v1/catalog/resources?q=" + "x".repeat(5000)).then().statusCode(414)
                .contentType("application/problem+json").body("type", containsString("uri-too-long"));
        given().when().get("/api/v1/networks/" + "x".repeat(20000)).then().statusCode(414)
                .contentType("application/problem+json");
        given().when().get("/api/v1/catalog/resources").then().statusCode(200);
    }

    @Test
    void corsPreflightForTheFrontEndOriginOnly() {
        given().header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .when().options("/api/v1/surveys/scans").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:5173")
                .header("Access-Control-Allow-Methods", containsString("POST"));
        Response other = given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .when().options("/api/v1/surveys/scans");
        assertTrue(other.header("Access-Control-Allow-Origin") == null, "no CORS grant for an unknown origin");
        given().header("Origin", "http://localhost:5173").when().get("/api/v1/catalog/resources").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:5173")
                .header("Access-Control-Expose-Headers", containsString("X-Request-Id"));
    }

    @Test
    void bodiesOverTheLimitAreRefusedBeforeForwarding() throws Exception {
        given().auth().oauth2(TestTokens.admin()).contentType("application/octet-stream").body(new byte[5 * 1024 * 1024])
                .when().put("/api/v1/surveys/echo").then().statusCode(413).contentType("application/problem+json");
        // a body of unknown length cannot be held to the limit before forwarding: a length is asked for, whatever
        // protocol the client prefers (the gateway speaks HTTP/1.1 only, so HTTP/2 without a length cannot slip past)
        for (java.net.http.HttpClient.Version version : java.net.http.HttpClient.Version.values()) {
            java.net.http.HttpResponse<String> r = sendWhileClosing(java.net.http.HttpClient.newBuilder().version(version).build(),
                    unknownLength(1024));
            assertEquals(411, r.statusCode(), version + ": " + r.body());
            assertTrue(r.body().contains("length-required"), r.body());
        }
    }

    /**
     * The gateway answers a request without a length and closes the connection at once (RFC 9112 §6.1); a client still
     * writing its body then may see the pipe break before it reads the answer. Up to three tries, for the answer.
     */
    static java.net.http.HttpResponse<String> sendWhileClosing(java.net.http.HttpClient client, java.net.http.HttpRequest request)
            throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    static java.net.http.HttpRequest unknownLength(int bytes) {
        return java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + io.restassured.RestAssured.port + "/api/v1/surveys/echo"))
                .header("Authorization", "Bearer " + TestTokens.admin()).header("Content-Type", "application/octet-stream")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(new byte[bytes])))
                .build();
    }

    @Test
    void answeringIsLimitedPerCodeNotPerAddress() {
        for (int i = 0; i < 3; i++) {
            given().contentType("application/json").body("{\"answers\":{}}")
                    .when().post("/api/v1/surveys/respond/ABCD-EFGH-JKMN").then().statusCode(200);
        }
        Response r = given().contentType("application/json").body("{\"answers\":{}}")
                .when().post("/api/v1/surveys/respond/ABCD-EFGH-JKMN");
        r.then().statusCode(429).contentType("application/problem+json").body("type", containsString("rate-limited"))
                .body("detail", containsString("one code"));
        long retryAfter = Long.parseLong(r.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 20, "Retry-After " + retryAfter);
        // a colleague behind the same address, with their own code, is not held back
        given().contentType("application/json").body("{\"answers\":{}}")
                .when().post("/api/v1/surveys/respond/PQRS-TUVW-XYZ2").then().statusCode(200);
        // reading the questionnaire is not an answer: still allowed
        given().when().get("/api/v1/surveys/respond/ABCD-EFGH-JKMN").then().statusCode(200);
    }

    @Test
    void guessingCodesIsLimitedPerAddress() {
        String guesser = "203.0.113.7"; // as the web app would forward it
        for (int i = 0; i < 3; i++) {
            given().header("X-Forwarded-For", guesser).when().get("/api/v1/surveys/respond/GUES-SING-000" + i).then().statusCode(404);
        }
        given().header("X-Forwarded-For", guesser).when().get("/api/v1/surveys/respond/ABCD-EFGH-JKMN").then().statusCode(429)
                .contentType("application/problem+json").body("detail", containsString("unknown codes")).header("Retry-After", notNullValue());
        // someone else, with a good code, is not affected
        given().header("X-Forwarded-For", "203.0.113.8").when().get("/api/v1/surveys/respond/ABCD-EFGH-JKMN").then().statusCode(200);
    }

    @Test
    void anOrgManagerAsksOnlyForTheirOwnOrganisation() throws Exception {
        given().auth().oauth2(TestTokens.orgManager("laurens")).when().get("/api/v1/surveys/scans?organisationId=ikazia")
                .then().statusCode(403).contentType("application/problem+json").body("type", containsString("other-organisation"));
        given().auth().oauth2(TestTokens.orgManager("laurens")).when().get("/api/v1/analytics/organisations/ikazia/trend")
                .then().statusCode(403);
        // nor by a detour the address takes (sent as is on a socket: HTTP clients remove dot segments themselves)
        for (String detour : java.util.List.of("/api/v1/analytics/./organisations/ikazia/trend",
                "/api/v1/analytics/%6Frganisations/ikazia/trend", "/api/v1/surveys/../analytics/organisations/ikazia/trend")) {
            String answer = RawHttp.get(detour, "Authorization: Bearer " + TestTokens.orgManager("laurens"));
            assertTrue(answer.startsWith("HTTP/1.1 403") && answer.contains("other-organisation"), detour + ": " + answer);
        }
        given().auth().oauth2(TestTokens.orgManager("laurens")).when().get("/api/v1/surveys/scans?organisationId=laurens")
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/surveys/scans?organisationId=ikazia")
                .then().statusCode(200);
    }

    @Test
    void eachTokenKeepsItsOwnOrganisationAcrossRequests() {
        // the gateway keeps a verified token's organisation scope: two managers' tokens, each used again and again,
        // never borrow each other's
        String laurens = TestTokens.orgManager("laurens");
        String ikazia = TestTokens.orgManager("ikazia");
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(laurens).when().get("/api/v1/surveys/scans?organisationId=ikazia").then().statusCode(403);
            given().auth().oauth2(ikazia).when().get("/api/v1/surveys/scans?organisationId=ikazia").then().statusCode(200);
            given().auth().oauth2(laurens).when().get("/api/v1/surveys/scans?organisationId=laurens").then().statusCode(200);
            given().auth().oauth2(ikazia).when().get("/api/v1/surveys/scans?organisationId=laurens").then().statusCode(403);
        }
    }

    @Test
    void aReadIsRetriedWhenTheBackendIsNotListeningYetAWriteIsNot() throws Exception {
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body("{}")
                .when().post("/api/v1/flaky/things").then().statusCode(503).contentType("application/problem+json");
        // the backend comes up 40 ms after the first attempt; the retry (100 ms later) reaches it
        CompletableFuture<StubHttpServer> later = CompletableFuture.supplyAsync(() -> new StubHttpServer(GatewayTestBackends.FLAKY_PORT)
                        .answer("/api/v1/flaky/things", 200, "{\"ok\":true}"),
                CompletableFuture.delayedExecutor(40, TimeUnit.MILLISECONDS));
        try {
            given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/flaky/things").then().statusCode(200)
                    .body("ok", equalTo(true));
        } finally {
            later.get(5, TimeUnit.SECONDS).close();
        }
    }
}
