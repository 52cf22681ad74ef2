package nl.leercultuur.platform.inbox;

import org.apache.kafka.common.TopicPartition;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One consumer's view of the replay generations, without Kafka or a database: which of its assigned partitions it
 * still has to read again from the start. Generation 0 means no replay was ever asked: nothing to rewind. For a later
 * generation every partition is rewound once, by whichever consumer holds it first after the replay; the partitions
 * recorded as rewound (by this consumer or another replica) are remembered here, so the recorded set is read from
 * the database only when the generation or the assignment brings a partition this consumer knows nothing of.
 * Confined to the consumer's thread.
 */
final class ReplayRewinds {

    /** The partitions recorded as rewound for a generation (by any consumer of the group). */
    interface Recorded {
        Set<TopicPartition> of(long generation) throws Exception;
    }

    private long generation;
    private final Set<TopicPartition> rewound = new HashSet<>();

    /** The generation this view is about. */
    long generation() {
        return generation;
    }

    /**
     * The partitions of the assignment to rewind now for the generation {@code current} (the database's): none that
     * is recorded as rewound for it. Asks {@code recorded} only when a partition is not known to be.
     */
    Set<TopicPartition> toRewind(long current, Collection<TopicPartition> assignment, Recorded recorded) throws Exception {
        if (current != generation) {
            generation = current;
            rewound.clear();
        }
        if (current == 0 || rewound.containsAll(assignment)) {
            return Set.of();
        }
        rewound.addAll(recorded.of(current));
        Set<TopicPartition> todo = new LinkedHashSet<>(assignment);
        todo.removeAll(rewound);
        return todo;
    }

    /** These partitions were rewound (and recorded) for the current generation. */
    void rewound(Collection<TopicPartition> partitions) {
        rewound.addAll(partitions);
    }

    /**
     * Whether an event of this partition may be applied in a transaction that sees the generation {@code current}:
     * only when this consumer has caught up with that generation and the partition is rewound for it. Otherwise the
     * replay happened after this consumer last looked, and the event would land in the emptied read models ahead of
     * the partition's earlier events.
     */
    boolean mayApply(TopicPartition partition, long current) {
        return current == generation && (current == 0 || rewound.contains(partition));
    }
}
