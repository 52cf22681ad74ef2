package nl.leercultuur.platform.inbox;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which partitions a consumer rewinds for a replay, with the database's record of rewound partitions in memory: two
 * replicas of one group, partitions moving between them.
 */
class ReplayRewindsTest {

    static final TopicPartition P0 = new TopicPartition("survey.scan-completed.v1", 0);
    static final TopicPartition P1 = new TopicPartition("survey.scan-completed.v1", 1);
    static final TopicPartition P2 = new TopicPartition("survey.scan-completed.v1", 2);
    static final TopicPartition S0 = new TopicPartition("network.session-held.v1", 0);

    /** consumer_replay_partition for one generation, and how often a consumer read it. */
    static class Table implements ReplayRewinds.Recorded {
        long generation;
        final Set<TopicPartition> rows = new HashSet<>();
        int reads;

        @Override
        public Set<TopicPartition> of(long g) {
            reads++;
            return g == generation ? Set.copyOf(rows) : Set.of();
        }

        /** A consumer rewinds what it was told to and records it, as the consumer does. */
        Set<TopicPartition> rewind(ReplayRewinds consumer, List<TopicPartition> assignment) throws Exception {
            Set<TopicPartition> todo = consumer.toRewind(generation, assignment, this);
            rows.addAll(todo);
            consumer.rewound(todo);
            return todo;
        }

        void replay() {
            generation++;
            rows.clear();
        }
    }

    @Test
    void withoutAReplayNothingIsRewoundAndEverythingMayBeApplied() throws Exception {
        Table db = new Table();
        ReplayRewinds consumer = new ReplayRewinds();
        assertEquals(Set.of(), db.rewind(consumer, List.of(P0, P1, S0)));
        assertEquals(0, db.reads);
        assertTrue(consumer.mayApply(P0, 0));
    }

    @Test
    void aReplayRewindsEveryAssignedPartitionOnceOnEachReplica() throws Exception {
        Table db = new Table();
        ReplayRewinds a = new ReplayRewinds();
        ReplayRewinds b = new ReplayRewinds();
        db.rewind(a, List.of(P0, P1));
        db.rewind(b, List.of(P2, S0));

        db.replay();
        assertFalse(a.mayApply(P0, 1), "an event met in a transaction after the replay waits for the rewind");
        assertEquals(Set.of(P0, P1), db.rewind(a, List.of(P0, P1)));
        assertTrue(a.mayApply(P0, 1));
        assertEquals(Set.of(P2, S0), db.rewind(b, List.of(P2, S0)));
        assertEquals(Set.of(P0, P1, P2, S0), db.rows);

        int reads = db.reads;
        assertEquals(Set.of(), db.rewind(a, List.of(P0, P1)), "rewound once per generation");
        assertEquals(Set.of(), db.rewind(b, List.of(P2, S0)));
        assertEquals(reads, db.reads, "every poll reads the generation only, not the recorded partitions");
    }

    @Test
    void aPartitionMovedBeforeItsOldOwnerRewoundItIsRewoundByTheNewOne() throws Exception {
        Table db = new Table();
        ReplayRewinds a = new ReplayRewinds();
        ReplayRewinds b = new ReplayRewinds();
        db.replay();
        // A holds P0 and P1 and rewinds them; B holds P2 but stops before its poll saw the replay
        assertEquals(Set.of(P0, P1), db.rewind(a, List.of(P0, P1)));
        // the group rebalances: B is gone, A gets P2 besides P0 (P1 goes to a third replica C)
        assertEquals(Set.of(P2), db.rewind(a, List.of(P0, P2)), "P2 was never rewound for this replay");
        ReplayRewinds c = new ReplayRewinds();
        assertEquals(Set.of(), db.rewind(c, List.of(P1)), "P1 was rewound by A already: reading it again is not needed");
        assertTrue(c.mayApply(P1, 1));
        assertEquals(Set.of(P0, P1, P2), db.rows);
        assertFalse(b.mayApply(P2, 1));
    }

    @Test
    void aNewerReplayStartsOver() throws Exception {
        Table db = new Table();
        ReplayRewinds a = new ReplayRewinds();
        db.replay();
        db.rewind(a, List.of(P0));
        db.replay();
        assertFalse(a.mayApply(P0, 2));
        assertEquals(Set.of(P0), db.rewind(a, List.of(P0)));
        assertTrue(a.mayApply(P0, 2));
        assertFalse(a.mayApply(P1, 2), "a partition not rewound (not assigned when it looked) is held back");
    }
}
