package nl.leercultuur.survey.scoring;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import nl.leercultuur.platform.events.CloudEventKafka;
import nl.leercultuur.contracts.events.EventTypes;
import nl.leercultuur.survey.SurveyTestResources;
import nl.leercultuur.testkit.EventSchemas;
import nl.leercultuur.testkit.KafkaOutageResource;
import nl.leercultuur.testkit.PlatformTestResource;
import nl.leercultuur.testkit.TestKafka;
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
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Closing a scan while Kafka is unreachable: the close succeeds, and the event follows once, when Kafka is back. */
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
        // Kafka is away: nothing arrives, however long we wait
        assertEquals(0, eventsOf(first, Duration.ofSeconds(4), 1).size());

        KafkaOutageResource.proxy().up();
        List<ConsumerRecord<String, String>> firstEvents = eventsOf(first, Duration.ofSeconds(30), 1);
        List<ConsumerRecord<String, String>> secondEvents = eventsOf(second, Duration.ofSeconds(10), 1);
        assertEquals(1, firstEvents.size());
        assertEquals(1, secondEvents.size());
        assertEquals(List.of(), EventSchemas.violations(EventTypes.SCAN_COMPLETED, firstEvents.get(0).value()));
        // in order per key: both scans belong to one organisation, the first closed is published first
        List<ConsumerRecord<String, String>> all = TestKafka.read(EventTypes.SCAN_COMPLETED, Duration.ofSeconds(3), l -> false);
        List<String> order = all.stream().map(r -> CloudEventKafka.get(r.headers(), "ce_subject"))
                .filter(s -> s.equals(first) || s.equals(second)).toList();
        assertEquals(List.of(first, second), order);
    }

    private static List<ConsumerRecord<String, String>> eventsOf(String scanId, Duration wait, int enough) {
        return TestKafka.read(EventTypes.SCAN_COMPLETED, wait,
                        l -> l.stream().filter(r -> scanId.equals(CloudEventKafka.get(r.headers(), "ce_subject"))).count() >= enough)
                .stream().filter(r -> scanId.equals(CloudEventKafka.get(r.headers(), "ce_subject"))).toList();
    }
}
