package nl.leercultuur.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import nl.leercultuur.gateway.routing.ProxyRoutes;
import nl.leercultuur.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Only a backend's own failures open its circuit; overload is shed with 503 + Retry-After; slow bodies get 408;
 * stale pooled connections are retried for reads; a chunked body cannot smuggle a request; trusted proxies only.
 */
@QuarkusTest
@QuarkusTestResource(GatewayTestBackends.class)
class GatewayResilienceTest {

    @Inject
    ProxyRoutes routes;

    @Test
    void clientsThatGiveUpDoNotOpenTheCircuit() throws Exception {
        // thirty searches the clients abandon while the backend is still working on them
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<CompletableFuture<Void>> aborts = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            int k = i;
            aborts.add(CompletableFuture.runAsync(() -> abandon("/api/v1/catalog/slow", k % 2 == 0), pool));
        }
        CompletableFuture.allOf(aborts.toArray(new CompletableFuture[0])).join();
        pool.shutdown();
        Thread.sleep(600); // the backend has answered the abandoned requests by now
        assertTrue(routes.state().get("catalog").startsWith("circuit CLOSED"), routes.state().toString());
        for (int i = 0; i < 5; i++) {
            given().when().get("/api/v1/catalog/resources").then().statusCode(200);
        }
    }

    @Test
    void errorsCausedByTheRequestDoNotOpenTheCircuit() {
        for (int i = 0; i < 10; i++) {
            given().when().get("/api/v1/catalog/broken").then().statusCode(500);
        }
        assertTrue(routes.state().get("catalog").startsWith("circuit CLOSED"), routes.state().toString());
        given().when().get("/api/v1/catalog/resources").then().statusCode(200);
    }

    @Test
    void overloadIsShedAtOnceWith503AndRetryAfterNotTurnedIntoAnOpenCircuit() throws Exception {
        // the busy backend serves two at a time (300 ms each) and queues two: of ten at once, four are served
        // and quietly: a refusal is an answer, not an error in the log (each one once cost a logged stack trace)
        List<java.util.logging.LogRecord> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler capture = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord r) {
                if (r.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()) {
                    errors.add(r);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger.getLogger("").addHandler(capture);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<CompletableFuture<Response>> calls = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            calls.add(CompletableFuture.supplyAsync(() -> given().auth().oauth2(TestTokens.admin())
                    .header("X-Forwarded-For", "198.51.100." + Thread.currentThread().getId() % 200)
                    .when().get("/api/v1/busy/work").thenReturn(), pool));
        }
        int ok = 0;
        int shed = 0;
        for (CompletableFuture<Response> c : calls) {
            Response r = c.get();
            if (r.statusCode() == 200) {
                ok++;
            } else {
                assertEquals(503, r.statusCode(), r.asString());
                assertEquals("1", r.header("Retry-After"));
                assertTrue(r.contentType().startsWith("application/problem+json"));
                assertTrue(r.asString().contains("overloaded"), r.asString());
                // refused without queueing: sooner than a queued call is served (two turns of the backend, 600 ms),
                // with room for a busy machine (a fixed 250 ms failed while other builds ran)
                assertTrue(r.time() < 600, "refused at once, not after waiting in the queue: " + r.time() + " ms");
                shed++;
            }
        }
        pool.shutdown();
        java.util.logging.Logger.getLogger("").removeHandler(capture);
        assertEquals(List.of(), errors.stream().map(r -> r.getMessage() + " " + r.getThrown()).toList(), "errors logged while shedding");
        assertEquals(4, ok, "two in flight and two from the queue");
        assertEquals(6, shed);
        assertTrue(routes.state().get("busy").startsWith("circuit CLOSED"), routes.state().toString());
        given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/busy/work").then().statusCode(200);
    }

    @Test
    void aSlowBodyGets408AndNeverReachesTheBackend() throws Exception {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("localhost", RestAssured.port), 2000);
            s.setSoTimeout(5000);
            OutputStream out = s.getOutputStream();
            out.write(("POST /api/v1/surveys/respond/SLOW-BODY-0001 HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"ans").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            long t0 = System.nanoTime();
            String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 408"), answer);
            assertTrue(answer.contains("application/problem+json") && answer.contains("request-timeout"), answer);
            assertTrue((System.nanoTime() - t0) / 1_000_000 < 3000, "answered after the body timeout and closed");
        }
        assertTrue(routes.state().get("survey").startsWith("circuit CLOSED"), routes.state().toString());
    }

    @Test
    void aReadOnAConnectionTheBackendClosedIsSentAgainAWriteIsNot() {
        for (int i = 0; i < 6; i++) {
            given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/stale/thing").then().statusCode(200).body("ok", equalTo(true));
        }
        // a write is never sent twice: it fails when its pooled connection was closed under it
        List<Integer> writes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            writes.add(given().auth().oauth2(TestTokens.admin()).contentType("application/json").body("{}")
                    .when().post("/api/v1/stale/thing").statusCode());
        }
        assertTrue(writes.contains(503) && writes.stream().allMatch(s -> s == 200 || s == 503), writes.toString());
    }

    @Test
    void anAnswerTheBackendBreaksOffIsA503TheClientCanActOnAndTheNextRequestIsServed() {
        // an answer with a Content-Length up to 64 KiB is read whole before any byte goes to the client, so a backend
        // that hangs up halfway leaves nothing half-written: the client gets a problem it can retry
        given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/stale/half").then().statusCode(503)
                .contentType("application/problem+json").header("Retry-After", "1")
                .body("type", containsString("backend-unavailable"), "detail", containsString("broke off"));
        given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/stale/thing").then().statusCode(200).body("ok", equalTo(true));
    }

    @Test
    void aChunkedBodyIsRefusedWith411AndTheConnectionClosedSoNothingAfterItIsTakenForARequest() throws Exception {
        // chunks that look like a request, and a request after them: neither is read, the connection ends after the 411
        String chunked = "PUT /api/v1/surveys/echo HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + TestTokens.admin()
                + "\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "37\r\nGET /api/v1/surveys/scans HTTP/1.1\r\nHost: localhost\r\n\r\n\r\n0\r\n\r\n"
                + "GET /api/v1/catalog/resources HTTP/1.1\r\nHost: localhost\r\n\r\n";
        String answer = rawExchange(chunked);
        assertTrue(answer.startsWith("HTTP/1.1 411"), answer);
        assertTrue(answer.contains("length-required") && answer.contains("application/problem+json"), answer);
        assertTrue(answer.toLowerCase().contains("connection: close"), answer);
        assertEquals(1, answer.split("HTTP/1.1 ").length - 1, answer);
        assertFalse(answer.contains("connection still open"), answer);
    }

    @Test
    void contentLengthWithTransferEncodingIsAnsweredOnceAndTheConnectionClosed() throws Exception {
        // the classic smuggling shape (RFC 9112 §6.1): the server answers it and closes the connection
        String smuggled = "GET /api/v1/surveys/scans HTTP/1.1\r\nHost: localhost\r\n\r\n";
        String both = "POST /api/v1/surveys/respond/SMUG-GLED-0001 HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n"
                + Integer.toHexString(smuggled.length()) + "\r\n" + smuggled + "\r\n0\r\n\r\n" + smuggled;
        String answer = rawExchange(both);
        assertTrue(answer.startsWith("HTTP/1.1 411"), answer);
        assertTrue(answer.toLowerCase().contains("connection: close"), answer);
        assertEquals(1, answer.split("HTTP/1.1 ").length - 1, answer);
        assertFalse(answer.contains("connection still open"), answer);
    }

    @Test
    void anOversizedHeaderBlockIsAnswered431AsProblemJson() throws Exception {
        String big = "x".repeat(8000);
        String request = "GET /api/v1/catalog/resources HTTP/1.1\r\nHost: localhost\r\nX-A: " + big + "\r\nX-B: " + big
                + "\r\nX-C: " + big + "\r\nConnection: close\r\n\r\n";
        String answer = rawExchange(request);
        assertTrue(answer.startsWith("HTTP/1.1 431"), answer);
        assertTrue(answer.contains("application/problem+json") && answer.contains("headers-too-large"), answer);
        // just under the limit still passes
        String fits = "GET /api/v1/catalog/resources HTTP/1.1\r\nHost: localhost\r\nX-A: " + "y".repeat(12000)
                + "\r\nConnection: close\r\n\r\n";
        assertTrue(rawExchange(fits).startsWith("HTTP/1.1 200"));
    }

    @Test
    void theClientAddressComesFromForwardedHeadersOnlyThroughATrustedProxy() throws Exception {
        // the test client (127.0.0.1) is a trusted proxy here: the last untrusted hop is the client
        given().auth().oauth2(TestTokens.admin()).header("X-Forwarded-For", "6.6.6.6, 203.0.113.50")
                .when().get("/api/v1/surveys/echo").then().statusCode(200).header("X-Echo-Forwarded-For", "203.0.113.50");
        given().auth().oauth2(TestTokens.admin()).header("Forwarded", "for=\"[2001:db8::7]:4711\";proto=https")
                .when().get("/api/v1/surveys/echo").then().statusCode(200).header("X-Echo-Forwarded-For", "2001:db8::7");
        // from an address that is not a trusted proxy, the header is ignored
        String answer = rawExchange("GET /api/v1/surveys/echo HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + TestTokens.admin() + "\r\nX-Forwarded-For: 6.6.6.6\r\nConnection: close\r\n\r\n", "127.0.0.2");
        assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
        assertTrue(answer.toLowerCase().contains("x-echo-forwarded-for: 127.0.0.2"), answer);
    }

    @Test
    void aDeadBackendsCircuitOpensOnItsFailureRate() {
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/analytics/scans/x/profile").then().statusCode(503);
        }
        given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/analytics/scans/x/profile").then().statusCode(503)
                .body("detail", containsString("circuit open"));
        assertTrue(routes.state().get("analytics").startsWith("circuit OPEN"), routes.state().toString());
    }

    private static void abandon(String path, boolean reset) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("localhost", RestAssured.port), 2000);
            s.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            Thread.sleep(50);
            if (reset) {
                s.setSoLinger(true, 0);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String rawExchange(String request) throws Exception {
        return rawExchange(request, null);
    }

    static String rawExchange(String request, String localAddress) throws Exception {
        try (Socket s = new Socket()) {
            if (localAddress != null) {
                s.bind(new InetSocketAddress(InetAddress.getByName(localAddress), 0));
            }
            s.connect(new InetSocketAddress("127.0.0.1", RestAssured.port), 2000);
            s.setSoTimeout(5000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            InputStream in = s.getInputStream();
            java.io.ByteArrayOutputStream got = new java.io.ByteArrayOutputStream();
            try {
                in.transferTo(got);
            } catch (java.net.SocketTimeoutException e) {
                return got.toString(StandardCharsets.UTF_8) + "\n[connection still open after 5 s]";
            }
            return got.toString(StandardCharsets.UTF_8);
        }
    }
}
