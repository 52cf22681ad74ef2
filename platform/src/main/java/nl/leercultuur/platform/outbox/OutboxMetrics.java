package nl.leercultuur.platform.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;

/**
 * The outbox as meters: {@code leercultuur_outbox_backlog} (events committed but not yet on Kafka) and
 * {@code leercultuur_outbox_oldest_unsent_seconds} (how long the oldest of them has waited; 0 when none). A scrape
 * reads two fields in memory; the database is asked once per {@code leercultuur.outbox.metrics-interval} (5 s), a
 * count over the partial index of pending rows, which stays small unless Kafka is away. The age is computed at the
 * scrape from the oldest row's time, so it keeps growing between two queries while the event still waits.
 * <p>
 * Every replica refreshes its own copy (no cluster lock: the query only reads), so with several replicas each
 * reports the same service-wide figures: aggregate them with {@code max}, not {@code sum}.
 */
@ApplicationScoped
@IfBuildProperty(name = "leercultuur.outbox.enabled", stringValue = "true")
public class OutboxMetrics {

    private static final Logger LOG = Logger.getLogger(OutboxMetrics.class);

    private final AgroalDataSource dataSource;
    private final MeterRegistry registry;

    OutboxMetrics(AgroalDataSource dataSource, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.registry = registry;
    }

    private volatile long backlog;
    /** Epoch milliseconds the oldest unsent event occurred at; 0 when none waits. */
    private volatile long oldestMillis;

    void register(@Observes StartupEvent ev) {
        Gauge.builder("leercultuur.outbox.backlog", this, m -> m.backlog)
                .description("Events committed to the outbox and not yet acknowledged by Kafka").strongReference(true)
                .register(registry);
        Gauge.builder("leercultuur.outbox.oldest.unsent.seconds", this, m -> m.oldestAgeSeconds(System.currentTimeMillis()))
                .description("Seconds the oldest unpublished outbox event has waited (0 when none waits)").strongReference(true)
                .register(registry);
    }

    double oldestAgeSeconds(long nowMillis) {
        long oldest = oldestMillis;
        return backlog == 0 || oldest == 0 ? 0 : Math.max(0, nowMillis - oldest) / 1000.0;
    }

    @Scheduled(every = "${leercultuur.outbox.metrics-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = nl.leercultuur.platform.db.DatabaseStartup.NotMigrated.class)
    void refresh() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT count(*) AS backlog, min(occurred_at) AS oldest FROM outbox_event WHERE published_at IS NULL");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            long n = rs.getLong("backlog");
            Timestamp oldest = rs.getTimestamp("oldest");
            oldestMillis = oldest == null ? 0 : oldest.getTime();
            backlog = n;
        } catch (SQLException e) {
            LOG.debugf("outbox metrics not refreshed: %s", e.getMessage());
        }
    }
}
