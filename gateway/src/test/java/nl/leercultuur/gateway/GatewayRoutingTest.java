package nl.leercultuur.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import nl.leercultuur.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(GatewayTestBackends.class)
class GatewayRoutingTest {

    @Test
    void anonymousMayReadCatalogueAndInstrumentsAndAnswerWithACode() {
        given().when().get("/api/v1/catalog/resources").then().statusCode(200).body("items[0].title", equalTo("Leren in de zorg"));
        given().when().get("/api/v1/surveys/instruments").then().statusCode(200).body("total", equalTo(1));
        given().when().get("/api/v1/surveys/respond/ABCD-EFGH-JKMN").then().statusCode(200);
    }

    @Test
    void everythingElseNeedsAValidToken() {
        given().when().get("/api/v1/surveys/scans").then().statusCode(401);
        given().auth().oauth2(TestTokens.forged("admin")).when().get("/api/v1/surveys/scans").then().statusCode(401);
        given().auth().oauth2(TestTokens.forged("admin")).when().get("/api/v1/catalog/resources").then().statusCode(401);
        given().when().post("/api/v1/catalog/resources").then().statusCode(401);
        given().auth().oauth2(TestTokens.orgManager("laurens")).when().get("/api/v1/surveys/scans").then().statusCode(200);
    }

    @Test
    void anExpiredTokenIsRefusedLikeAnyTokenThatIsNotValid() {
        // refused from its expiry claim before any signature check, with the same answer as the full check gives
        for (String path : List.of("/api/v1/surveys/scans", "/api/v1/catalog/resources")) {
            given().auth().oauth2(TestTokens.expired("admin")).when().get(path).then().statusCode(401)
                    .contentType("application/problem+json").header("WWW-Authenticate", containsString("Bearer"))
                    .body("detail", containsString("not valid"));
        }
        // a token whose payload says nothing readable is left to the full check, which refuses it too
        given().auth().oauth2("eyJhbGciOiJSUzI1NiJ9.not-base64-json!.c2ln").when().get("/api/v1/surveys/scans").then().statusCode(401)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/surveys/scans").then().statusCode(200);
    }

    @Test
    void noWayAroundTheToken() throws Exception {
        // a path that only looks public: its dot segments lead to the scans (sent as is: HTTP clients remove them)
        String answer = RawHttp.get("/api/v1/catalog/../surveys/scans");
        assertTrue(answer.startsWith("HTTP/1.1 401"), answer);
        assertTrue(answer.contains("application/problem+json"), answer);
        given().when().get("/api/v1/catalogue").then().statusCode(401);
        // another scheme is no credential here, and a public path's writing needs a token
        given().header("Authorization", "Basic YWRtaW46YWRtaW4=").when().get("/api/v1/surveys/scans").then().statusCode(401)
                .contentType("application/problem+json").body("detail", containsString("not valid"));
        given().when().delete("/api/v1/catalog/resources/1").then().statusCode(401)
                .contentType("application/problem+json").body("detail", containsString("a bearer token is required"));
        // with one, the public path's writing reaches the service
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body("{}").when().post("/api/v1/catalog/resources")
                .then().statusCode(org.hamcrest.Matchers.not(401));
    }

    @Test
    void aTokenOnAPublicPathIsVerifiedAndTheRequestCountsForItsAccount() {
        given().auth().oauth2(TestTokens.forged("admin")).when().get("/api/v1/catalog/resources").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", containsString("Bearer"))
                .body("detail", containsString("not valid"));
        given().auth().oauth2(TestTokens.forged("admin")).when().get("/api/v1/surveys/scans").then().statusCode(401)
                .contentType("application/problem+json").body("detail", containsString("not valid"));
        // the limit shows whose requests these are: the account's (200/s, bursts of 400), or the address's (1,000/s)
        given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/catalog/resources").then().statusCode(200)
                .header("RateLimit-Limit", "400");
        given().when().get("/api/v1/catalog/resources").then().statusCode(200).header("RateLimit-Limit", "2000");
    }

    @Test
    void methodBodyStatusAndHeadersPassThroughAndRequestIdIsKept() {
        byte[] body = new byte[3 * 1024 * 1024];
        new Random(7).nextBytes(body);
        String trace = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        Response r = given().auth().oauth2(TestTokens.admin()).header("X-Request-Id", "req-42").header("X-Echo-Status", "202")
                .header("traceparent", trace)
                .contentType("application/octet-stream").body(body)
                .when().put("/api/v1/surveys/echo");
        assertEquals(202, r.statusCode());
        assertArrayEquals(body, r.asByteArray());
        assertEquals("PUT", r.header("X-Echo-Method"));
        assertEquals("req-42", r.header("X-Echo-Request-Id"));
        assertEquals("req-42", r.header("X-Request-Id"));
        assertEquals(trace, r.header("X-Echo-Traceparent"), "W3C trace context goes on to the service");
        assertEquals("present", r.header("X-Echo-Authorization"), "the service checks the token again itself");
        assertTrue(r.header("X-Echo-Forwarded-For").contains("127.0.0.1"));
        // without an id the gateway makes one and returns it
        given().auth().oauth2(TestTokens.admin()).when().delete("/api/v1/surveys/echo").then().statusCode(200)
                .header("X-Echo-Method", "DELETE").header("X-Request-Id", notNullValue());
    }

    @Test
    void answersUpTo64KibAreRelayedWholeAndLargerOnesStreamedBothIntact() {
        // 64 KiB and less: read whole and written in one go; one byte more: piped on as it comes
        for (int size : new int[] {1, 64 * 1024, 64 * 1024 + 1, 200_000}) {
            byte[] body = new byte[size];
            new Random(size).nextBytes(body);
            Response r = given().auth().oauth2(TestTokens.admin()).contentType("application/octet-stream").body(body)
                    .when().put("/api/v1/surveys/echo");
            assertEquals(200, r.statusCode(), "size " + size);
            assertEquals(String.valueOf(size), r.header("Content-Length"), "size " + size);
            assertArrayEquals(body, r.asByteArray(), "size " + size);
        }
    }

    @Test
    void hangingBackendGives504WithinTwoSeconds() {
        long t0 = System.nanoTime();
        given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/organisations").then().statusCode(504)
                .contentType("application/problem+json").body("type", containsString("backend-timeout"));
        assertTrue(System.nanoTime() - t0 < 2_000_000_000L);
    }

    @Test
    void deadBackendGives503WithRetryAfter() {
        given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/analytics/organisations/x/trend").then().statusCode(503)
                .contentType("application/problem+json").header("Retry-After", notNullValue());
    }

    @Test
    void oneSwaggerUiOverTheBackendsDocuments() {
        given().when().get("/openapi/survey").then().statusCode(200).body("info.title", equalTo("survey"));
        given().when().get("/openapi/nothing").then().statusCode(404);
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }
}
