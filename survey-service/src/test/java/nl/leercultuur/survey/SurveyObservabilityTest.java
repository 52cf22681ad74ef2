package nl.leercultuur.survey;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import nl.leercultuur.platform.events.CloudEventKafka;
import nl.leercultuur.testkit.PlatformTestResource;
import nl.leercultuur.testkit.PrometheusText;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static nl.leercultuur.survey.SurveyApi.codes;
import static nl.leercultuur.survey.SurveyApi.createOpenScan;
import static nl.leercultuur.survey.SurveyApi.managerA;
import static nl.leercultuur.survey.SurveyApi.safetyAnswers;
import static nl.leercultuur.survey.SurveyApi.submit;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * survey-service's meters and traces, in an application of its own (so its counters start at 0) with tracing on:
 * stored answers and closed scans are counted once each, and the scan-completed event carries the trace of the
 * request that closed the scan.
 */
@QuarkusTest
@TestProfile(SurveyObservabilityTest.Traced.class)
class SurveyObservabilityTest {

    public static class Traced implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(PlatformTestResource.class, Map.of("database", "survey_observe", "kafka", "true")),
                    new TestResourceEntry(SurveyTestResources.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.sdk.disabled", "false", "quarkus.otel.bsp.schedule.delay", "20ms");
        }
    }

    static final String TRACE = "0af7651916cd43dd8448eb211c80319c";
    static final String CALLER = "b7ad6b7169203331";

    @Inject
    InMemorySpanExporter spans;

    @Test
    void answersAndClosesAreCountedOnceAndTheEventContinuesTheClosingRequestsTrace() {
        assertEquals(0, meter("leercultuur_answers_accepted_total"), 0.0);
        String scan = createOpenScan("team-psychological-safety", 3);
        List<String> codes = codes(scan, 4);
        for (int i = 0; i < 3; i++) {
            submit(codes.get(i), safetyAnswers(3 + i), 201);
        }
        submit(codes.get(0), safetyAnswers(3), 201); // a retry after a lost confirmation: stored once, counted once
        submit(codes.get(3), Map.of("ps-1", 99), 422); // refused: nothing stored, nothing counted
        String text = PrometheusText.scrape();
        assertEquals(3, PrometheusText.value(text, "leercultuur_answers_accepted_total"), 0.0);
        assertEquals(0, PrometheusText.value(text, "leercultuur_scans_closed_total"), 0.0);
        assertTrue(text.contains("leercultuur_outbox_backlog"), "the outbox gauges are listed");
        assertTrue(text.contains("leercultuur_outbox_oldest_unsent_seconds"));

        given().auth().oauth2(managerA()).header("traceparent", "00-" + TRACE + "-" + CALLER + "-01")
                .contentType(ContentType.JSON).when().post("/api/v1/surveys/scans/" + scan + "/close").then().statusCode(200);
        assertEquals(1, meter("leercultuur_scans_closed_total"), 0.0);

        ConsumerRecord<String, String> event = ScanEvents.awaitEvent(scan, Duration.ofSeconds(20));
        String traceparent = CloudEventKafka.get(event.headers(), "ce_traceparent");
        assertNotNull(traceparent, "the event carries the CloudEvents distributed-tracing extension");
        assertEquals(TRACE, traceparent.split("-")[1], "the trace of the request that closed the scan");

        List<SpanData> trace = await().atMost(Duration.ofSeconds(10)).until(() -> spans.getFinishedSpanItems().stream()
                .filter(s -> s.getTraceId().equals(TRACE)).toList(), l -> l.stream().anyMatch(s -> s.getName().endsWith(" publish")));
        SpanData server = trace.stream().filter(s -> s.getKind() == SpanKind.SERVER).findFirst().orElseThrow();
        SpanData create = trace.stream().filter(s -> s.getName().equals("survey.scan-completed.v1 create")).findFirst().orElseThrow();
        SpanData publish = trace.stream().filter(s -> s.getName().equals("survey.scan-completed.v1 publish")).findFirst().orElseThrow();
        assertEquals(CALLER, server.getParentSpanId(), "the service continues its caller's trace");
        assertEquals(server.getSpanId(), create.getParentSpanId(), "the event is created inside the request");
        assertEquals(create.getSpanId(), traceparent.split("-")[2], "what the event carries is its creation span");
        assertEquals(create.getSpanId(), publish.getParentSpanId(), "the relay publishes it under that span");
        assertEquals(SpanKind.PRODUCER, publish.getKind());
    }

    /** The value of a meter without labels in this application's /q/metrics. */
    static double meter(String name) {
        return PrometheusText.value(PrometheusText.scrape(), name);
    }
}
