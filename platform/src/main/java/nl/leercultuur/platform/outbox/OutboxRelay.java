package nl.leercultuur.platform.outbox;

import io.agroal.api.AgroalDataSource;
import io.opentelemetry.api.trace.Tracer;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nl.leercultuur.platform.cluster.ClusterLock;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Publishes committed outbox rows to Kafka in id order and marks them published once the broker has
 * acknowledged them. One long-lived idempotent producer does the retrying: the relay waits for its verdict on
 * every record (up to the delivery timeout, two minutes by default) instead of giving up early and sending again,
 * which is what put duplicates on the topic when a broker died and came back. A record the producer could not
 * even hand over (no broker for {@code send-timeout-ms}) or finally failed stops the batch (keeping per-key order)
 * and is sent again on the next wake-up or poll, so an event is never lost while Kafka is away; only then may it
 * arrive twice, which the idempotent consumers absorb.
 * <p>
 * With several replicas of a service, one relays at a time: each batch transaction first takes the cluster lock
 * {@value #LOCK} ({@link ClusterLock}) and a replica that does not get it publishes nothing this time (the holder
 * or its own next poll sends what it committed meanwhile). The rows
 * stay claimed {@code FOR UPDATE SKIP LOCKED} as well, so even a relay without the lock never sends a row another
 * is sending.
 */
@ApplicationScoped
@IfBuildProperty(name = "leercultuur.outbox.enabled", stringValue = "true")
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final int BATCH = 200;
    /** One relay at a time per service (all replicas): publishing in id order keeps each key's events in order. */
    static final String LOCK = "outbox-relay";

    private final AgroalDataSource dataSource;
    private final String bootstrapServers;
    /** How long a send may wait for a broker to hand the record to (metadata); nothing is in flight before that. */
    private final long sendTimeoutMs;
    /** How long the producer keeps retrying a record it holds before it reports a failure. */
    private final long deliveryTimeoutMs;
    /** Where the event data schemas are published (e.g. through the gateway); ends with a slash. */
    private final java.util.Optional<String> schemaBaseUrl;
    private final Tracer tracer;

    OutboxRelay(AgroalDataSource dataSource, Tracer tracer,
                @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                @ConfigProperty(name = "leercultuur.outbox.send-timeout-ms", defaultValue = "5000") long sendTimeoutMs,
                @ConfigProperty(name = "leercultuur.outbox.delivery-timeout-ms", defaultValue = "120000") long deliveryTimeoutMs,
                @ConfigProperty(name = "leercultuur.events.schema-base-url") java.util.Optional<String> schemaBaseUrl) {
        this.dataSource = dataSource;
        this.tracer = tracer;
        this.bootstrapServers = bootstrapServers;
        this.sendTimeoutMs = sendTimeoutMs;
        this.deliveryTimeoutMs = deliveryTimeoutMs;
        this.schemaBaseUrl = schemaBaseUrl;
    }

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "outbox-relay");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile KafkaProducer<String, String> producer;
    private volatile boolean stopped;

    /** Asks for a relay pass soon; coalesces when one is already queued. */
    public void wakeUp() {
        if (!stopped && scheduled.compareAndSet(false, true)) {
            worker.execute(() -> {
                scheduled.set(false);
                publishPending();
            });
        }
    }

    @Scheduled(every = "${leercultuur.outbox.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = nl.leercultuur.platform.db.DatabaseStartup.NotMigrated.class)
    void poll() {
        wakeUp();
    }

    /** Publishes everything pending; returns how many events were published. Runs on the relay thread. */
    int publishPending() {
        int total = 0;
        try {
            int n;
            do {
                n = publishBatch();
                total += n;
            } while (n == BATCH);
        } catch (Exception e) {
            LOG.warnf("outbox relay paused, will retry: %s", e.getMessage());
        }
        return total;
    }

    private int publishBatch() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            if (!ClusterLock.tryLock(c, LOCK)) {
                // another replica is relaying: SKIP LOCKED alone would let this one publish later rows while that
                // one still sends earlier ones, out of order per key; it publishes what is pending, this one rests
                c.rollback();
                return 0;
            }
            List<OutboxBatch.Row> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, event_id, topic, event_key, event_type, source, subject, occurred_at, payload, traceparent "
                            + "FROM outbox_event WHERE published_at IS NULL ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED")) {
                ps.setInt(1, BATCH);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new OutboxBatch.Row(rs.getLong("id"), rs.getObject("event_id", UUID.class),
                                rs.getString("topic"), rs.getString("event_key"), rs.getString("event_type"),
                                rs.getString("source"), rs.getString("subject"),
                                rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("payload"),
                                rs.getString("traceparent")));
                    }
                }
            }
            if (rows.isEmpty()) {
                c.rollback();
                return 0;
            }
            OutboxBatch.Result result = OutboxBatch.send(rows, producer(), schemaBaseUrl, deliveryTimeoutMs + 5000, tracer);
            List<Long> sent = result.published();
            Long failedId = result.failedId();
            String failure = result.failure();
            if (!sent.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE outbox_event SET published_at = now(), attempts = attempts + 1 WHERE id = ANY (?)")) {
                    ps.setArray(1, c.createArrayOf("bigint", sent.toArray()));
                    ps.executeUpdate();
                }
            }
            if (failedId != null) {
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE outbox_event SET attempts = attempts + 1, last_error = ? WHERE id = ?")) {
                    ps.setString(1, failure);
                    ps.setLong(2, failedId);
                    ps.executeUpdate();
                }
            }
            c.commit();
            if (failedId != null) {
                throw new IllegalStateException("publishing outbox event " + failedId + " failed: " + failure);
            }
            LOG.debugf("outbox relay published %d event(s)", sent.size());
            return sent.size();
        }
    }

    private KafkaProducer<String, String> producer() {
        KafkaProducer<String, String> p = producer;
        if (p == null) {
            synchronized (this) {
                if (producer == null) {
                    Properties props = new Properties();
                    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
                    props.put(ProducerConfig.ACKS_CONFIG, "all");
                    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
                    props.put(ProducerConfig.LINGER_MS_CONFIG, "0");
                    props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, String.valueOf(sendTimeoutMs));
                    long request = Math.min(30_000, Math.max(1000, deliveryTimeoutMs / 4));
                    props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, String.valueOf(request));
                    props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, String.valueOf(Math.max(deliveryTimeoutMs, request)));
                    props.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
                    props.putAll(nl.leercultuur.platform.events.KafkaSecurity.settings());
                    producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
                }
                p = producer;
            }
        }
        return p;
    }

    void stop(@Observes ShutdownEvent ev) {
        stopped = true;
        worker.shutdown();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(2));
        }
    }
}
