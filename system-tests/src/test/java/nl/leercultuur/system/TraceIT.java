package nl.leercultuur.system;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import nl.leercultuur.system.OtlpReceiver.ReceivedSpan;
import nl.leercultuur.testkit.PrometheusText;
import nl.leercultuur.testkit.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One request that closes a scan, followed through the platform by its trace (spans exported over OTLP to the system
 * under test's receiver): the gateway's server span and its forwarding, survey-service's request span and the
 * scan-completed event created in it, the outbox relay publishing it, and analytics-service (and network-service)
 * processing it on the other side of Kafka, all under one trace id that the gateway started. Afterwards the platform's
 * meters at /q/metrics show what the journey did.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TraceIT {

    static final String ORG = "laurens";
    static final String EVENT = "survey.scan-completed.v1";
    static SystemUnderTest system;
    static String scanId;

    @BeforeAll
    static void start() {
        system = SystemUnderTest.get();
        assertNotNull(system.traces, "the system under test runs without traces (-Dsut.traces=false)");
    }

    static RequestSpecification gateway() {
        return RestAssured.given().baseUri(system.gatewayUrl());
    }

    @Test
    @Order(1)
    void closingAScanIsOneTraceFromTheGatewayThroughKafkaIntoAnalytics() throws Exception {
        String manager = TestTokens.orgManager(ORG);
        Map<String, Object> scan = Map.of("instrumentKey", "team-psychological-safety", "organisationId", ORG,
                "unitLabel", "Afdeling Delfshaven", "title", "Leerklimaat (trace)", "anonymityThreshold", 3,
                "opensAt", OffsetDateTime.now().minusMinutes(1).toString(),
                "closesAt", OffsetDateTime.now().plusDays(7).toString(), "expectedPopulation", 4);
        scanId = gateway().auth().oauth2(manager).contentType(ContentType.JSON).body(scan).when().post("/api/v1/surveys/scans")
                .then().statusCode(201).extract().path("id");
        gateway().auth().oauth2(manager).when().post("/api/v1/surveys/scans/" + scanId + "/open").then().statusCode(200);
        List<String> codes = gateway().auth().oauth2(manager).contentType(ContentType.JSON).body(Map.of("count", 3))
                .when().post("/api/v1/surveys/scans/" + scanId + "/invitations").then().statusCode(201)
                .extract().jsonPath().getList("codes.code");
        for (String code : codes) {
            gateway().contentType(ContentType.JSON).body(Map.of("answers", answers(5)))
                    .when().post("/api/v1/surveys/respond/" + code).then().statusCode(201);
        }

        // the one request: no trace context of its own, so the gateway starts the trace
        String closePath = "/api/v1/surveys/scans/" + scanId + "/close";
        gateway().auth().oauth2(manager).when().post(closePath).then().statusCode(200);

        ReceivedSpan edge = await("the gateway's span of the close request").atMost(Duration.ofSeconds(20))
                .until(() -> find(system.traces.spans(), s -> s.service().equals("gateway") && s.kind().equals("SERVER")
                        && closePath.equals(s.attributes().get("url.path"))), s -> s != null);
        String traceId = edge.traceId();
        assertEquals("", edge.parentSpanId(), "the gateway started the trace");

        List<ReceivedSpan> trace = await("spans of the close in survey-service, the relay and analytics-service")
                .atMost(Duration.ofSeconds(30)).until(() -> system.traces.trace(traceId),
                        t -> find(t, s -> s.service().equals("analytics-service") && s.name().equals(EVENT + " process")) != null
                                && find(t, s -> s.name().equals(EVENT + " publish")) != null);
        String shape = describe(trace);
        System.out.printf("trace %s of POST %s (%d spans received so far in %d exports):%n%s", traceId, closePath,
                system.traces.spans().size(), system.traces.exports(), shape);

        ReceivedSpan forward = one(trace, s -> s.service().equals("gateway") && s.kind().equals("CLIENT"), shape);
        ReceivedSpan request = one(trace, s -> s.service().equals("survey-service") && s.kind().equals("SERVER"), shape);
        ReceivedSpan create = one(trace, s -> s.service().equals("survey-service") && s.name().equals(EVENT + " create"), shape);
        ReceivedSpan publish = one(trace, s -> s.service().equals("survey-service") && s.name().equals(EVENT + " publish"), shape);
        ReceivedSpan analytics = one(trace, s -> s.service().equals("analytics-service") && s.name().equals(EVENT + " process"), shape);

        assertEquals(edge.spanId(), forward.parentSpanId(), "the gateway forwards inside its server span\n" + shape);
        assertEquals(forward.spanId(), request.parentSpanId(), "survey-service continues the gateway's traceparent\n" + shape);
        assertEquals(request.spanId(), create.parentSpanId(), "the event is created inside the request\n" + shape);
        assertEquals(create.spanId(), publish.parentSpanId(), "the relay publishes under the event's creation\n" + shape);
        assertEquals(create.spanId(), analytics.parentSpanId(), "analytics continues the ce_traceparent the event carries\n" + shape);
        assertEquals("CONSUMER", analytics.kind());
        assertEquals(scanId, create.attributes().get("cloudevents.event_subject"));
        assertEquals(create.attributes().get("cloudevents.event_id"), analytics.attributes().get("cloudevents.event_id"));
        // network-service keeps closed scans for its cases: the same event, the same trace
        await("network-service's span of the event").atMost(Duration.ofSeconds(20)).until(() -> find(system.traces.trace(traceId),
                s -> s.service().equals("network-service") && s.name().equals(EVENT + " process")
                        && s.parentSpanId().equals(create.spanId())) != null);

        // the trace id is in the services' log lines of the request
        Path log = Path.of(System.getProperty("user.dir"), "target", "system-logs", "survey-service.log");
        assertTrue(Files.readAllLines(log).stream().anyMatch(l -> l.contains(traceId) && l.contains("scan " + scanId + " closed")),
                "survey-service logs the close with its trace id " + traceId);
    }

    @Test
    @Order(2)
    void afterTheJourneyTheMetersShowWhatHappened() {
        String survey = PrometheusText.scrape(system.survey.url());
        assertTrue(PrometheusText.value(survey, "leercultuur_answers_accepted_total") >= 3, "answers accepted");
        assertTrue(PrometheusText.value(survey, "leercultuur_scans_closed_total") >= 1, "scans closed");
        assertTrue(PrometheusText.lists(survey, "leercultuur_outbox_backlog", Map.of()), "outbox backlog");
        assertTrue(PrometheusText.lists(survey, "leercultuur_outbox_oldest_unsent_seconds", Map.of()), "outbox age");

        String gw = PrometheusText.scrape(system.gatewayUrl());
        assertTrue(PrometheusText.value(gw, "leercultuur_gateway_requests_total",
                Map.of("route", "/api/v1/surveys", "status", "200", "backend", "survey")) >= 2, "requests by route, status, backend");
        assertTrue(PrometheusText.value(gw, "leercultuur_gateway_requests_total",
                Map.of("route", "/api/v1/surveys", "status", "201", "backend", "survey")) >= 3);
        assertTrue(PrometheusText.value(gw, "leercultuur_gateway_request_seconds_count", Map.of("backend", "survey")) >= 5);
        assertTrue(PrometheusText.lists(gw, "leercultuur_gateway_circuit_state", Map.of("backend", "survey")), "circuit state");
        assertEquals(0.0, PrometheusText.value(gw, "leercultuur_gateway_circuit_state", Map.of("backend", "survey")), 0.0);
        assertTrue(PrometheusText.lists(gw, "leercultuur_gateway_rate_limited_total", Map.of("limit", "code")), "rate limited");
        assertTrue(PrometheusText.lists(gw, "leercultuur_gateway_shed_total", Map.of("backend", "survey")), "shed");

        String analytics = await("the analytics consumer's Kafka metrics").atMost(Duration.ofSeconds(70))
                .until(() -> PrometheusText.scrape(system.analytics.url()),
                        t -> PrometheusText.lists(t, "kafka_consumer_fetch_manager_records_lag_max", Map.of()));
        assertTrue(PrometheusText.lists(analytics, "leercultuur_events_dead_lettered_total", Map.of("topic", EVENT)), "dead-lettered");
        assertTrue(PrometheusText.value(analytics, "kafka_consumer_fetch_manager_records_consumed_total") >= 1, "records consumed");
    }

    static Map<String, Object> answers(int value) {
        Map<String, Object> a = new HashMap<>();
        for (int i = 1; i <= 7; i++) {
            a.put("ps-" + i, value);
        }
        for (int i = 1; i <= 4; i++) {
            a.put("amb-" + i, value);
        }
        return a;
    }

    static ReceivedSpan find(List<ReceivedSpan> spans, Predicate<ReceivedSpan> which) {
        return spans.stream().filter(which).findFirst().orElse(null);
    }

    static ReceivedSpan one(List<ReceivedSpan> spans, Predicate<ReceivedSpan> which, String shape) {
        List<ReceivedSpan> found = spans.stream().filter(which).toList();
        assertEquals(1, found.size(), "expected one such span in the trace:\n" + shape);
        return found.get(0);
    }

    static String describe(List<ReceivedSpan> trace) {
        StringBuilder b = new StringBuilder();
        for (ReceivedSpan s : trace) {
            b.append(String.format("  %-18s %-8s %-45s span %s parent %s%n", s.service(), s.kind(), s.name(), s.spanId(),
                    s.parentSpanId().isEmpty() ? "-" : s.parentSpanId()));
        }
        return b.toString();
    }
}
