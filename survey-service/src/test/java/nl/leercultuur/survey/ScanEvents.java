package nl.leercultuur.survey;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import nl.leercultuur.contracts.events.EventTypes;
import nl.leercultuur.platform.events.CloudEventKafka;
import nl.leercultuur.platform.events.EventTopics;
import nl.leercultuur.testkit.TestKafka;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/**
 * survey.scan-completed.v1 as the tests see it: what is on the topic (read to its end, not for a fixed time) and what
 * the outbox did with a scan's event. Every wait goes through Awaitility with a limit, and fails the test when the
 * limit passes.
 */
public final class ScanEvents {

    public static final String TOPIC = EventTopics.topicOf(EventTypes.SCAN_COMPLETED);

    /** The outbox row of a scan's event: how often the relay tried to publish it, and whether Kafka acknowledged it. */
    public record Outboxed(int attempts, boolean published, String lastError) {
    }

    private ScanEvents() {
    }

    /** Every scan-completed event on the topic at the time of the call, from the beginning up to the end. */
    public static List<ConsumerRecord<String, String>> onTopic() {
        return onTopic(TOPIC);
    }

    /** Every record on this topic at the time of the call, from the beginning up to the end. */
    public static List<ConsumerRecord<String, String>> onTopic(String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<ConsumerRecord<String, String>> out = new ArrayList<>();
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = c.partitionsFor(topic).stream()
                    .map(i -> new TopicPartition(i.topic(), i.partition())).toList();
            if (partitions.isEmpty()) {
                return out; // nothing was ever published
            }
            c.assign(partitions);
            c.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = c.endOffsets(partitions);
            await("reading " + topic + " to its end").atMost(Duration.ofSeconds(15))
                    .pollInSameThread().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(10))
                    .until(() -> {
                        c.poll(Duration.ofMillis(100)).forEach(out::add);
                        return partitions.stream().allMatch(tp -> c.position(tp) >= end.get(tp));
                    });
        }
        return out;
    }

    /** The events of this scan on the topic now. */
    public static List<ConsumerRecord<String, String>> of(String scanId) {
        return onTopic().stream().filter(about(scanId)).toList();
    }

    /** Waits until an event this predicate picks is on the topic and returns the first such; fails after {@code atMost}. */
    public static ConsumerRecord<String, String> awaitFirst(String what, Predicate<ConsumerRecord<String, String>> which, Duration atMost) {
        return await(what).atMost(atMost).pollInterval(Duration.ofMillis(250))
                .until(() -> onTopic().stream().filter(which).toList(), l -> !l.isEmpty()).get(0);
    }

    /** Waits until this scan's event is on the topic and returns it; fails after {@code atMost}. */
    public static ConsumerRecord<String, String> awaitEvent(String scanId, Duration atMost) {
        return awaitFirst("survey.scan-completed.v1 of scan " + scanId, about(scanId), atMost);
    }

    /**
     * Waits until the outbox has published the scan's event: Kafka acknowledged it and the relay will not send it again,
     * so from then on the topic holds every copy there will ever be. Fails after {@code atMost}.
     */
    public static void awaitPublished(String scanId, Duration atMost) {
        await("the outbox publishing the event of scan " + scanId).atMost(atMost)
                .pollInterval(Duration.ofMillis(100)).until(() -> outboxed(scanId), Outboxed::published);
    }

    /** The outbox row of this scan's scan-completed event (the test must run in the service's JVM: a @QuarkusTest). */
    public static Outboxed outboxed(String scanId) {
        AgroalDataSource db = Arc.container().instance(AgroalDataSource.class).get();
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT attempts, published_at IS NOT NULL AS published, last_error "
                     + "FROM outbox_event WHERE event_type = ? AND subject = ?")) {
            ps.setString(1, EventTypes.SCAN_COMPLETED);
            ps.setString(2, scanId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new AssertionError("no scan-completed event of scan " + scanId + " in the outbox");
                }
                Outboxed o = new Outboxed(rs.getInt("attempts"), rs.getBoolean("published"), rs.getString("last_error"));
                if (rs.next()) {
                    throw new AssertionError("more than one scan-completed event of scan " + scanId + " in the outbox");
                }
                return o;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Picks the events whose CloudEvents subject is this scan. */
    public static Predicate<ConsumerRecord<String, String>> about(String scanId) {
        return r -> scanId.equals(CloudEventKafka.get(r.headers(), "ce_subject"));
    }
}
