package nl.leercultuur.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.leercultuur.testkit.PrometheusText;
import nl.leercultuur.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The gateway's meters at /q/metrics move with what it does: requests, circuits, shed load, rate limits. */
@QuarkusTest
@QuarkusTestResource(GatewayTestBackends.class)
class GatewayMetricsTest {

    static final String REQUESTS = "leercultuur_gateway_requests_total";

    @Test
    void everyRoutedRequestIsCountedByRouteStatusAndBackendAndTimed() {
        Map<String, String> ok = Map.of("route", "/api/v1/catalog", "status", "200", "backend", "catalog");
        Map<String, String> timed = Map.of("route", "/api/v1/catalog", "backend", "catalog");
        String before = PrometheusText.scrape();
        for (int i = 0; i < 3; i++) {
            given().when().get("/api/v1/catalog/resources").then().statusCode(200);
        }
        given().when().get("/api/v1/catalog/broken").then().statusCode(500);
        String after = PrometheusText.scrape();
        assertEquals(3, PrometheusText.value(after, REQUESTS, ok) - PrometheusText.value(before, REQUESTS, ok), 0.0);
        Map<String, String> failed = Map.of("route", "/api/v1/catalog", "status", "500", "backend", "catalog");
        assertEquals(1, PrometheusText.value(after, REQUESTS, failed) - PrometheusText.value(before, REQUESTS, failed), 0.0);
        assertEquals(4, PrometheusText.value(after, "leercultuur_gateway_request_seconds_count", timed)
                - PrometheusText.value(before, "leercultuur_gateway_request_seconds_count", timed), 0.0);
        assertTrue(PrometheusText.value(after, "leercultuur_gateway_request_seconds_sum", timed) > 0);
        // every route is listed before its first request
        assertTrue(after.contains("leercultuur_gateway_request_seconds_count{backend=\"web\",route=\"/\"}"), after);
    }

    @Test
    void theCircuitStateOfEachBackendIsAGauge() {
        // analytics is down: its circuit opens after three failed calls (minimum-calls in the test configuration)
        for (int i = 0; i < 4; i++) {
            given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/analytics/region/overview").then().statusCode(503);
        }
        String text = PrometheusText.scrape();
        assertEquals(1.0, PrometheusText.value(text, "leercultuur_gateway_circuit_state", Map.of("backend", "analytics")), 0.0);
        assertEquals(0.0, PrometheusText.value(text, "leercultuur_gateway_circuit_state", Map.of("backend", "survey")), 0.0);
        assertTrue(text.contains("leercultuur_gateway_circuit_state{backend=\"survey\"}"), "listed while closed");
        assertTrue(PrometheusText.value(text, REQUESTS, Map.of("backend", "analytics", "status", "503")) >= 4);
        assertTrue(PrometheusText.value(text, "leercultuur_gateway_concurrency_limit", Map.of("backend", "busy")) >= 2);
    }

    @Test
    void shedRequestsAreCountedPerBackend() throws Exception {
        Map<String, String> busy = Map.of("backend", "busy");
        String start = PrometheusText.scrape();
        double before = PrometheusText.value(start, "leercultuur_gateway_shed_total", busy);
        double timedBefore = PrometheusText.value(start, "leercultuur_gateway_shed_answer_seconds_count", busy);
        // two at a time, two waiting: of twelve at once, some are refused at once
        ExecutorService pool = Executors.newFixedThreadPool(12);
        List<CompletableFuture<Integer>> calls = new ArrayList<>();
        String token = TestTokens.admin();
        for (int i = 0; i < 12; i++) {
            calls.add(CompletableFuture.supplyAsync(() -> given().auth().oauth2(token).when().get("/api/v1/busy/work").statusCode(), pool));
        }
        long refused = calls.stream().map(CompletableFuture::join).filter(s -> s == 503).count();
        pool.shutdown();
        assertTrue(refused > 0, "nothing was shed");
        String after = PrometheusText.scrape();
        assertEquals(refused, PrometheusText.value(after, "leercultuur_gateway_shed_total", busy) - before, 0.0);
        assertEquals(refused, PrometheusText.value(after, "leercultuur_gateway_shed_answer_seconds_count", busy) - timedBefore, 0.0,
                "each shed answer timed");
        assertTrue(after.contains("leercultuur_gateway_shed_answer_seconds_bucket{backend=\"busy\",le=\"0.05\"}"),
                "a bucket at 50 ms");
    }

    @Test
    void refusalsByEachRateLimitAreCountedByLimit() {
        Map<String, String> code = Map.of("limit", "code");
        Map<String, String> guessing = Map.of("limit", "unknown-codes");
        String before = PrometheusText.scrape();
        // one code answered from four addresses: the fourth answer in a minute is one too many for the code
        for (int i = 1; i <= 4; i++) {
            given().header("X-Forwarded-For", "198.51.100." + i).contentType("application/json").body("{}")
                    .when().post("/api/v1/surveys/respond/MTRC-CODE-0001").then().statusCode(i <= 3 ? 404 : 429);
        }
        // one address trying unknown codes: after three it is refused
        for (int i = 1; i <= 4; i++) {
            given().header("X-Forwarded-For", "198.51.100.99").when().get("/api/v1/surveys/respond/MTRC-GUES-000" + i)
                    .then().statusCode(i <= 3 ? 404 : 429);
        }
        String after = PrometheusText.scrape();
        assertEquals(1, PrometheusText.value(after, "leercultuur_gateway_rate_limited_total", code)
                - PrometheusText.value(before, "leercultuur_gateway_rate_limited_total", code), 0.0);
        assertEquals(1, PrometheusText.value(after, "leercultuur_gateway_rate_limited_total", guessing)
                - PrometheusText.value(before, "leercultuur_gateway_rate_limited_total", guessing), 0.0);
        assertTrue(after.contains("leercultuur_gateway_rate_limited_total{limit=\"account\"}"), "every limit is listed");
    }
}
