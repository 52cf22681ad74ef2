package nl.leercultuur.survey.scoring;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import nl.leercultuur.platform.events.CloudEventKafka;
import nl.leercultuur.contracts.events.EventTypes;
import nl.leercultuur.survey.ScanEvents;
import nl.leercultuur.survey.SurveyTestResources;
import nl.leercultuur.testkit.EventSchemas;
import nl.leercultuur.testkit.KafkaOutageResource;
import nl.leercultuur.testkit.PlatformTestResource;
import nl.leercultuur.testkit.PrometheusText;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static nl.leercultuur.survey.SurveyApi.close;
import static nl.leercultuur.survey.SurveyApi.codes;
import static nl.leercultuur.survey.SurveyApi.createOpenScan;
import static nl.leercultuur.survey.SurveyApi.safetyAnswers;
import static nl.leercultuur.survey.SurveyApi.submit;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Closing a scan while Kafka is unreachable: the close succeeds, and the event follows once, when Kafka is back. The
 * outbox meters show the events waiting meanwhile, and nothing waiting afterwards.
 */
@QuarkusTest
@TestProfile(EventWhileKafkaDownTest.KafkaAway.class)
class EventWhileKafkaDownTest {

    /** Its own database and a Kafka behind a cut proxy; none of the other tests' resources. */
    public static class KafkaAway implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(PlatformTestResource.class, Map.of("database", "survey_outage")),
                    new TestResourceEntry(KafkaOutageResource.class),
                    new TestResourceEntry(SurveyTestResources.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("leercultuur.outbox.metrics-interval", "200ms");
        }
    }

    @Test
    void theEventIsPublishedOnceAfterKafkaReturns() {
        String first = createOpenScan("team-psychological-safety", 3);
        String second = createOpenScan("team-psychological-safety", 3);
        for (String scan : List.of(first, second)) {
            List<String> codes = codes(scan, 3);
            for (int i = 0; i < 3; i++) {
                submit(codes.get(i), safetyAnswers(2 + i), 201);
            }
        }
        close(first);
        close(second);
        // Kafka is away: the relay tries the first event, fails, and keeps both in the outbox; nothing is on the topic
        ScanEvents.Outboxed tried = await("a failed attempt to publish the first scan's event").atMost(Duration.ofSeconds(30))
                .until(() -> ScanEvents.outboxed(first), o -> o.attempts() >= 1);
        assertFalse(tried.published(), "published while Kafka is away: " + tried);
        assertFalse(ScanEvents.outboxed(second).published());
        assertEquals(List.of(), ScanEvents.of(first));
        assertEquals(List.of(), ScanEvents.of(second));
        // what an operator sees: two events waiting, the oldest for longer and longer
        double age = await("the outbox meters to show both events waiting").atMost(Duration.ofSeconds(10))
                .until(() -> meter("leercultuur_outbox_backlog") == 2 ? meter("leercultuur_outbox_oldest_unsent_seconds") : 0,
                        a -> a > 0);
        await("the oldest waiting longer").atMost(Duration.ofSeconds(10))
                .until(() -> meter("leercultuur_outbox_oldest_unsent_seconds") > age);

        KafkaOutageResource.proxy().up();
        // once the outbox has marked both published, the topic holds every copy there will be
        ScanEvents.awaitPublished(first, Duration.ofSeconds(30));
        ScanEvents.awaitPublished(second, Duration.ofSeconds(10));
        List<ConsumerRecord<String, String>> all = ScanEvents.onTopic();
        List<ConsumerRecord<String, String>> firstEvents = all.stream().filter(ScanEvents.about(first)).toList();
        List<ConsumerRecord<String, String>> secondEvents = all.stream().filter(ScanEvents.about(second)).toList();
        assertEquals(1, firstEvents.size());
        assertEquals(1, secondEvents.size());
        assertEquals(List.of(), EventSchemas.violations(EventTypes.SCAN_COMPLETED, firstEvents.get(0).value()));
        // in order per key: both scans belong to one organisation, the first closed is published first
        List<String> order = all.stream().map(r -> CloudEventKafka.get(r.headers(), "ce_subject"))
                .filter(s -> s.equals(first) || s.equals(second)).toList();
        assertEquals(List.of(first, second), order);
        await("the outbox meters to show nothing waiting").atMost(Duration.ofSeconds(10))
                .until(() -> meter("leercultuur_outbox_backlog") == 0 && meter("leercultuur_outbox_oldest_unsent_seconds") == 0);
        assertEquals(6, meter("leercultuur_answers_accepted_total"), 0.0, "this application's answers");
        assertEquals(2, meter("leercultuur_scans_closed_total"), 0.0);
    }

    /** The value of a meter without labels in this application's /q/metrics. */
    static double meter(String name) {
        return PrometheusText.value(PrometheusText.scrape(), name);
    }
}
