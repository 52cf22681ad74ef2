package nl.leercultuur.gateway;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import nl.leercultuur.testkit.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With tracing on, the gateway continues the client's trace in its server span, forwards through a client span of
 * the Vert.x HTTP client, and the backend gets exactly one {@code traceparent}: the client span's.
 */
@QuarkusTest
@TestProfile(GatewayTracingTest.Traced.class)
@QuarkusTestResource(GatewayTestBackends.class)
class GatewayTracingTest {

    public static class Traced implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.sdk.disabled", "false", "quarkus.otel.bsp.schedule.delay", "20ms");
        }
    }

    static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    static final String CALLER_SPAN = "00f067aa0ba902b7";

    @Inject
    InMemorySpanExporter spans;

    @BeforeEach
    void forget() {
        spans.reset();
    }

    @Test
    void theClientsTraceGoesOnThroughTheGatewaysSpansToTheBackend() {
        Response r = given().auth().oauth2(TestTokens.admin()).header("traceparent", "00-" + TRACE + "-" + CALLER_SPAN + "-01")
                .when().get("/api/v1/surveys/echo");
        assertEquals(200, r.statusCode());
        String forwarded = r.header("X-Echo-Traceparent");
        assertFalse(forwarded.contains(","), "exactly one traceparent reaches the backend: " + forwarded);
        String[] parts = forwarded.split("-");
        assertEquals(TRACE, parts[1], "the same trace");
        assertNotEquals(CALLER_SPAN, parts[2], "the gateway's own span is the backend's parent");

        List<SpanData> gateway = await().until(() -> spans.getFinishedSpanItems().stream()
                .filter(s -> s.getTraceId().equals(TRACE)).toList(), l -> l.size() >= 2);
        SpanData server = gateway.stream().filter(s -> s.getKind() == SpanKind.SERVER).findFirst().orElseThrow();
        SpanData client = gateway.stream().filter(s -> s.getKind() == SpanKind.CLIENT).findFirst().orElseThrow();
        assertEquals(CALLER_SPAN, server.getParentSpanId(), "the server span continues the caller's");
        assertEquals(server.getSpanId(), client.getParentSpanId(), "the forwarding is a client span inside it");
        assertEquals(client.getSpanId(), parts[2], "the backend's parent is the client span");
        assertEquals("gateway", server.getResource().getAttributes().get(io.opentelemetry.api.common.AttributeKey.stringKey("service.name")));
    }

    @Test
    void aRequestWithoutTraceStartsOneAndTheBackendIsInIt() {
        Response r = given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/surveys/echo");
        String forwarded = r.header("X-Echo-Traceparent");
        assertTrue(forwarded.matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01"), forwarded);
        String trace = forwarded.split("-")[1];
        await().until(() -> spans.getFinishedSpanItems().stream().anyMatch(s -> s.getTraceId().equals(trace)
                && s.getKind() == SpanKind.SERVER && !s.getParentSpanContext().isValid()));
    }
}
