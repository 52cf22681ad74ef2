package nl.leercultuur.platform.inbox;

import org.apache.kafka.common.TopicPartition;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The replay's rows in PostgreSQL ({@code consumer_replay}: the generation, one row; {@code consumer_replay_partition}:
 * the partitions rewound for a generation), shared by every replica of the service. See {@link IdempotentConsumer}.
 */
final class ConsumerReplay {

    private final DataSource dataSource;

    ConsumerReplay(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Starts a new generation on this connection, inside the caller's transaction: waits until no event is being
     * applied (an apply transaction records its event in {@code processed_event} before its handler writes, and holds
     * that table's row-exclusive lock until it commits, which this lock mode excludes; events waiting to be applied
     * wait until this transaction ends), forgets every processed event, lets {@code reset} empty the read models and
     * bumps the generation. Returns the new generation.
     */
    static long startGeneration(Connection c, Runnable reset) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("LOCK TABLE processed_event IN SHARE ROW EXCLUSIVE MODE")) {
            ps.execute();
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM processed_event")) {
            ps.executeUpdate();
        }
        reset.run();
        long generation;
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE consumer_replay SET generation = generation + 1, requested_at = now() RETURNING generation");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            generation = rs.getLong("generation");
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM consumer_replay_partition WHERE generation < ?")) {
            ps.setLong(1, generation);
            ps.executeUpdate();
        }
        return generation;
    }

    /** The current generation, as this connection's transaction sees it. */
    static long generation(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT generation FROM consumer_replay");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong("generation");
        }
    }

    /** The current generation (one indexed row: cheap enough for every poll). */
    long generation() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return generation(c);
        }
    }

    /** The partitions recorded as rewound for this generation. */
    Set<TopicPartition> recorded(long generation) throws SQLException {
        Set<TopicPartition> out = new HashSet<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT topic, kafka_partition FROM consumer_replay_partition WHERE generation = ?")) {
            ps.setLong(1, generation);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new TopicPartition(rs.getString("topic"), rs.getInt("kafka_partition")));
                }
            }
        }
        return out;
    }

    /** Records these partitions as rewound for this generation (once; a second record of one changes nothing). */
    void record(long generation, Collection<TopicPartition> partitions) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO consumer_replay_partition (generation, topic, kafka_partition) "
                    + "VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
                for (TopicPartition tp : partitions) {
                    ps.setLong(1, generation);
                    ps.setString(2, tp.topic());
                    ps.setInt(3, tp.partition());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }
}
