package nl.leercultuur.analytics.replay;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.leercultuur.analytics.CatalogStub;
import nl.leercultuur.contracts.events.EventTypes;
import nl.leercultuur.platform.events.EventTopics;
import nl.leercultuur.testkit.PlatformTestResource;
import nl.leercultuur.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.leercultuur.analytics.trend.TrendBenchmarkRecommendationTest.awaitStored;
import static nl.leercultuur.analytics.trend.TrendBenchmarkRecommendationTest.dim;
import static nl.leercultuur.analytics.trend.TrendBenchmarkRecommendationTest.publish;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A replay reaches the consumer through the database, not through the replica that was asked: the generation it
 * bumps is what the consumer polls for, and each partition is rewound once per generation, by whichever consumer of
 * the group holds it and finds it not yet recorded as rewound.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
        @ResourceArg(name = "database", value = "analytics"), @ResourceArg(name = "kafka", value = "true")})
@QuarkusTestResource(CatalogStub.class)
class ReplayAcrossReplicasTest {

    static final String TOPIC = EventTopics.topicOf(EventTypes.SCAN_COMPLETED);

    @Inject
    EntityManager em;

    @Test
    void theReplayIsCommittedWhenAnsweredAndEveryPartitionIsRewoundForIt() {
        String scan = publish("replicas-org", "hospital", "replicas-carriers", 1, null, "2026-01-10T10:00:00Z", null, false,
                dim("leadership", 3.3, 0.8, 30, 0.4));
        awaitStored(scan);
        long before = generation();

        given().auth().oauth2(TestTokens.admin()).when().post("/api/v1/analytics/admin/replay").then().statusCode(202)
                .body("status", equalTo("replaying"));
        // answered after the commit: the generation is bumped for every replica to see
        assertEquals(before + 1, generation());
        // the consumer (on whichever replica) rewinds every partition of the topic, and the read model fills again
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertEquals(Set.of(0, 1, 2), rewound(before + 1)));
        awaitStored(scan);
    }

    @Test
    void aPartitionAnotherReplicaRewoundAlreadyIsNotReadAgain() {
        // events on two different partitions (the organisation is the key)
        Map<Integer, String> eventOfPartition = new HashMap<>();
        List<String> scans = new ArrayList<>();
        for (int i = 0; eventOfPartition.size() < 2 && i < 40; i++) {
            String scan = publish("replicas-" + i, "hospital", "replicas-carriers", 1, null, "2026-01-10T10:00:00Z", null,
                    false, dim("leadership", 3.3, 0.8, 30, 0.4));
            awaitStored(scan);
            scans.add(scan);
            String[] applied = processedEventOf(scan);
            eventOfPartition.putIfAbsent(Integer.parseInt(applied[1]), applied[0]);
        }
        List<Integer> partitions = new ArrayList<>(eventOfPartition.keySet());
        int rewoundElsewhere = partitions.get(0);
        int toRewind = partitions.get(1);
        String notReadAgain = eventOfPartition.get(rewoundElsewhere);
        String readAgain = eventOfPartition.get(toRewind);

        // As another replica's replay and rewind would leave it: a newer generation, one partition recorded as rewound
        // for it; both events forgotten, so a re-read of a partition shows as its event recorded again.
        long generation = QuarkusTransaction.requiringNew().call(() -> {
            long g = ((Number) em.createNativeQuery("UPDATE consumer_replay SET generation = generation + 1 RETURNING generation")
                    .getSingleResult()).longValue();
            em.createNativeQuery("INSERT INTO consumer_replay_partition (generation, topic, kafka_partition) VALUES (?1, ?2, ?3)")
                    .setParameter(1, g).setParameter(2, TOPIC).setParameter(3, rewoundElsewhere).executeUpdate();
            em.createNativeQuery("DELETE FROM processed_event WHERE event_id IN (?1, ?2)")
                    .setParameter(1, notReadAgain).setParameter(2, readAgain).executeUpdate();
            return g;
        });

        await().atMost(Duration.ofSeconds(30)).until(() -> processed(readAgain));
        assertTrue(rewound(generation).containsAll(Set.of(rewoundElsewhere, toRewind)), "every partition recorded once");
        assertFalse(processed(notReadAgain), "the partition another replica rewound was not read again");
    }

    private long generation() {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery("SELECT generation FROM consumer_replay").getSingleResult()).longValue());
    }

    private Set<Integer> rewound(long generation) {
        return QuarkusTransaction.requiringNew().call(() -> Set.copyOf(em.createNativeQuery(
                        "SELECT kafka_partition FROM consumer_replay_partition WHERE generation = ?1 AND topic = ?2", Integer.class)
                .setParameter(1, generation).setParameter(2, TOPIC).getResultList()));
    }

    /** The id and partition of the event a scan's profile was built from. */
    private String[] processedEventOf(String scan) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object[] row = (Object[]) em.createNativeQuery("SELECT pe.event_id, CAST(pe.kafka_partition AS text) FROM scan_profile sp "
                    + "JOIN processed_event pe ON pe.event_id = sp.event_id WHERE sp.scan_id = ?1")
                    .setParameter(1, UUID.fromString(scan)).getSingleResult();
            return new String[] {(String) row[0], (String) row[1]};
        });
    }

    private boolean processed(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM processed_event WHERE event_id = ?1").setParameter(1, eventId).getSingleResult()).longValue() == 1);
    }
}
