package nl.leercultuur.platform.inbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import nl.leercultuur.platform.events.CloudEvent;
import nl.leercultuur.platform.events.CloudEventKafka;
import nl.leercultuur.platform.events.EventTopics;
import nl.leercultuur.platform.events.EventReader;
import nl.leercultuur.platform.observability.EventTracing;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Consumes the topics of every {@link EventHandler} bean. Each event is applied in one transaction together
 * with its id in {@code processed_event}; a duplicate id is skipped. Offsets are committed only after the
 * transaction commits. An event that can never be processed goes to {@code <topic>.dlq} with the reason and
 * the consumer moves on; a failure to store (database down) is retried from the same offset, never skipped.
 * <p>
 * Each record is applied in a "process" span whose parent is the trace context the event carries (CloudEvents
 * {@code ce_traceparent}, {@link EventTracing}), so the request that caused the event and its effect here are one
 * trace. Meters: {@code leercultuur_events_dead_lettered_total{topic}}, and the Kafka consumer's own metrics
 * ({@code kafka_consumer_*}, among them {@code kafka_consumer_fetch_manager_records_lag_max}).
 * <p>
 * <b>Replay, with several replicas in one group.</b> {@link #replayFromStart} empties the read models and
 * {@code processed_event} in one transaction and bumps a generation in the database ({@code consumer_replay}); it
 * needs no consumer on the replica that is asked. Every consumer reads the generation before each poll (every 250
 * ms) and, when its partitions are assigned, rewinds each assigned partition not yet recorded as rewound for that
 * generation ({@code consumer_replay_partition}): to its beginning, that offset committed, then the record. The record
 * is per partition, so a partition that moves to another replica before its old owner rewound it is rewound by the
 * new owner, and one already rewound is not rewound again by the next.
 * <p>
 * Nothing is applied twice or lost around the reset: the reset first takes {@code processed_event} in a lock mode
 * that excludes the row-exclusive lock every apply transaction holds from its first statement (recording the event id,
 * before the handler writes) until it commits. An event applied before the reset is forgotten with the read models
 * and read again; one whose transaction reaches its insert meanwhile waits, then sees the new generation and is refused
 * while its partition is not rewound for it, so no event lands in the emptied read models ahead of its partition's
 * earlier ones. An event applied after its partition was rewound (by another replica too, before a rebalance) is in
 * {@code processed_event} again, so reading it once more is a no-op.
 */
@ApplicationScoped
@IfBuildProperty(name = "leercultuur.inbox.enabled", stringValue = "true")
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);
    public static final String DLQ_SUFFIX = ".dlq";

    private final Instance<EventHandler<?>> handlerBeans;
    private final com.fasterxml.jackson.databind.ObjectMapper json;
    private final AgroalDataSource dataSource;
    private final String bootstrapServers;
    private final String groupId;
    private final long retryBackoffMs;
    /**
     * How long the group waits for a member that stopped sending heartbeats before its partitions go to another
     * (or to the same service started again). Kafka's 45 s default left a restarted consumer idle that long after
     * a crash; 10 s is well above a GC pause of these small heaps.
     */
    private final int sessionTimeoutMs;
    private final MeterRegistry registry;
    private final Tracer tracer;

    IdempotentConsumer(Instance<EventHandler<?>> handlerBeans, MeterRegistry registry, Tracer tracer,
                       com.fasterxml.jackson.databind.ObjectMapper json,
                       AgroalDataSource dataSource,
                       @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                       @ConfigProperty(name = "leercultuur.inbox.group-id") String groupId,
                       @ConfigProperty(name = "leercultuur.inbox.retry-backoff-ms", defaultValue = "1000") long retryBackoffMs,
                       @ConfigProperty(name = "leercultuur.inbox.session-timeout-ms", defaultValue = "10000") int sessionTimeoutMs) {
        this.handlerBeans = handlerBeans;
        this.registry = registry;
        this.tracer = tracer;
        this.json = json;
        this.dataSource = dataSource;
        this.bootstrapServers = bootstrapServers;
        this.groupId = groupId;
        this.retryBackoffMs = retryBackoffMs;
        this.sessionTimeoutMs = sessionTimeoutMs;
        this.replays = new ConsumerReplay(dataSource);
    }

    private EventApplier applier;
    private final ConsumerReplay replays;
    /** Which assigned partitions are rewound for the replay generation; the consumer's thread only. */
    private final ReplayRewinds rewinds = new ReplayRewinds();
    /** Set by {@link #apply} when an event met a newer replay generation: rewind at once, without the retry pause. */
    private boolean behindReplay;
    private final AtomicLong processed = new AtomicLong();
    private final AtomicLong deadLettered = new AtomicLong();
    private volatile boolean running;
    private volatile KafkaConsumer<String, String> consumer;
    private Thread thread;
    private KafkaProducer<String, String> dlqProducer;

    void start(@Observes nl.leercultuur.platform.db.DatabaseStartup.DatabaseReady ev) {
        List<EventHandler<?>> handlers = handlerBeans.stream().toList();
        if (handlers.isEmpty()) {
            return;
        }
        applier = new EventApplier(handlers, new EventReader(json), this::markProcessed, new EventApplier.Transactions() {
            @Override
            public <R> R inNew(java.util.concurrent.Callable<R> work) {
                return QuarkusTransaction.requiringNew().call(work);
            }
        });
        // every consumed topic has its dead-letter series from the start (at 0), so an alert on its growth sees it
        applier.types().stream().map(EventTopics::topicOf).forEach(this::deadLetters);
        running = true;
        thread = new Thread(this::run, "event-consumer");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent ev) {
        running = false;
        KafkaConsumer<String, String> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        if (thread != null) {
            try {
                thread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (dlqProducer != null) {
            dlqProducer.close(Duration.ofSeconds(2));
        }
    }

    /**
     * Rebuilds the read models from the topics, for every consumer of the group on every replica: in one transaction
     * on the calling thread, once no event is being applied, the record of processed events is emptied,
     * {@code resetReadModels} empties the service's read models (it runs inside that transaction) and the replay
     * generation is bumped. Returns the new generation once committed; each consumer then reads its partitions again
     * from the start within a poll (see the class comment). Two replays at once simply run one after the other.
     */
    public long replayFromStart(Runnable resetReadModels) {
        long generation = QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection()) {
                return ConsumerReplay.startGeneration(c, resetReadModels);
            }
        });
        LOG.infof("read models emptied; replay generation %d: every consumer of group %s reads its partitions again", generation, groupId);
        return generation;
    }

    /**
     * Brings this consumer's assigned partitions up to the replay generation: each partition not yet recorded as
     * rewound for it is set to its beginning, that offset committed for the group, and then the partition recorded
     * (in this order, so a replica that dies in between leaves the partition to be rewound again, never skipped). A
     * failure is logged and tried again at the next poll; until then the partition's events are not applied
     * ({@link ReplayRewinds#mayApply}). Returns false after a failure.
     */
    private boolean rewindForReplay(Consumer<String, String> c) {
        Set<TopicPartition> todo;
        long generation;
        try {
            generation = replays.generation();
            todo = rewinds.toRewind(generation, c.assignment(), replays::recorded);
        } catch (Exception e) {
            LOG.debugf("replay generation not read, will retry: %s", e.toString()); // the database is away: applying fails as well, and says so
            return false;
        }
        if (todo.isEmpty()) {
            return true;
        }
        try {
            c.seekToBeginning(todo);
            c.commitSync(todo.stream().collect(java.util.stream.Collectors.toMap(tp -> tp, tp -> new OffsetAndMetadata(c.position(tp)))));
            replays.record(generation, todo);
            rewinds.rewound(todo);
            LOG.infof("replay generation %d: reading %s again from the start", generation, todo);
            return true;
        } catch (WakeupException e) {
            throw e;
        } catch (Exception e) {
            LOG.warnf("could not rewind %s for replay generation %d, will retry: %s", todo, generation, e.toString());
            return false;
        }
    }

    /** An event met a replay this consumer has not caught up with: rewind first, then apply (nothing was stored). */
    private static final class BehindReplay extends RuntimeException {
        BehindReplay() {
            super("a replay was asked after this consumer last looked", null, false, false);
        }
    }

    /** Events applied since start (duplicates not counted). */
    public long processedCount() {
        return processed.get();
    }

    public long deadLetteredCount() {
        return deadLettered.get();
    }

    private void run() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.putAll(nl.leercultuur.platform.events.KafkaSecurity.settings());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "200");
        props.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, String.valueOf(sessionTimeoutMs));
        props.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, String.valueOf(Math.max(500, sessionTimeoutMs / 5)));
        props.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, "5000");
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.putAll(nl.leercultuur.platform.events.KafkaSecurity.settings());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        dlqProducer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
        List<String> topics = applier.types().stream().map(EventTopics::topicOf).sorted().toList();
        while (running) {
            KafkaClientMetrics metrics = null;
            try (KafkaConsumer<String, String> c = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
                consumer = c;
                // the client's own metrics (records-lag-max, fetch rates, …) as kafka_consumer_* meters
                metrics = new KafkaClientMetrics(c);
                metrics.bindTo(registry);
                c.subscribe(topics, new ConsumerRebalanceListener() {
                    @Override
                    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                    }

                    @Override
                    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                        // before any of their records is fetched: a partition its old owner had not rewound yet
                        rewindForReplay(c);
                    }
                });
                LOG.infof("consuming %s as group %s", topics, groupId);
                while (running) {
                    if (!rewindForReplay(c)) {
                        sleep(retryBackoffMs);
                    }
                    ConsumerRecords<String, String> records = c.poll(Duration.ofMillis(250));
                    for (TopicPartition tp : records.partitions()) {
                        for (ConsumerRecord<String, String> r : records.records(tp)) {
                            if (!apply(r)) {
                                // Not stored: rewind to this record so it is retried, and commit nothing past it.
                                c.seek(tp, r.offset());
                                if (behindReplay) {
                                    behindReplay = false; // the next turn rewinds the partition for the replay
                                } else {
                                    sleep(retryBackoffMs);
                                }
                                break;
                            }
                            c.commitSync(Map.of(tp, new OffsetAndMetadata(r.offset() + 1)));
                        }
                    }
                }
            } catch (WakeupException e) {
                // shutting down
            } catch (Exception e) {
                LOG.errorf("event consumer failed, restarting in %d ms: %s", retryBackoffMs, e.toString());
                sleep(retryBackoffMs);
            } finally {
                consumer = null;
                if (metrics != null) {
                    metrics.close();
                }
            }
        }
    }

    /** Returns true when the record is done with (stored, a duplicate, or dead-lettered). */
    boolean apply(ConsumerRecord<String, String> r) {
        Span span = processSpan(r);
        try (Scope ignored = span.makeCurrent()) {
            EventApplier.Outcome outcome = applier.apply(r);
            if (outcome instanceof EventApplier.Applied) {
                processed.incrementAndGet();
                return true;
            }
            if (outcome instanceof EventApplier.Duplicate) {
                span.setAttribute("leercultuur.event.duplicate", true);
                LOG.debugf("skipped duplicate %s[%d]@%d", r.topic(), r.partition(), r.offset());
                return true;
            }
            if (outcome instanceof EventApplier.DeadLetter d) {
                span.setStatus(StatusCode.ERROR, "dead-lettered: " + d.reason());
                return deadLetter(r, d.reason());
            }
            Exception cause = ((EventApplier.Retry) outcome).cause();
            if (EventApplier.causeOf(cause, BehindReplay.class) != null) {
                span.setAttribute("leercultuur.event.behind-replay", true);
                LOG.debugf("%s[%d]@%d met a newer replay generation: rewinding first", r.topic(), r.partition(), r.offset());
                behindReplay = true;
                return false;
            }
            span.recordException(cause);
            span.setStatus(StatusCode.ERROR, "not stored, will retry");
            LOG.warnf("could not store event %s[%d]@%d, will retry: %s", r.topic(), r.partition(), r.offset(), cause.toString());
            return false;
        } finally {
            span.end();
        }
    }

    /** The span a record is applied in: a child of the span the event was created in, when it carries one. */
    private Span processSpan(ConsumerRecord<String, String> r) {
        String eventId = CloudEventKafka.get(r.headers(), CloudEventKafka.CE_ID);
        var b = tracer.spanBuilder(r.topic() + " process").setSpanKind(SpanKind.CONSUMER)
                .setParent(EventTracing.parentOf(CloudEventKafka.get(r.headers(), EventTracing.CE_TRACEPARENT)))
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.destination.name", r.topic())
                .setAttribute("messaging.consumer.group.name", groupId)
                .setAttribute("messaging.destination.partition.id", String.valueOf(r.partition()))
                .setAttribute("messaging.kafka.offset", r.offset());
        if (eventId != null) {
            b.setAttribute("messaging.message.id", eventId).setAttribute("cloudevents.event_id", eventId);
        }
        return b.startSpan();
    }

    private Counter deadLetters(String topic) {
        return Counter.builder("leercultuur.events.dead.lettered").tag("topic", topic)
                .description("Events sent to <topic>.dlq because they can never be processed").register(registry);
    }

    private boolean markProcessed(CloudEvent e, String topic, int partition, long offset) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "INSERT INTO processed_event (event_id, event_type, topic, kafka_partition, kafka_offset) "
                             + "VALUES (?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING")) {
            ps.setString(1, e.id());
            ps.setString(2, e.type());
            ps.setString(3, topic);
            ps.setInt(4, partition);
            ps.setLong(5, offset);
            boolean fresh = ps.executeUpdate() == 1;
            // After the insert, which waited for a replay under way to commit: the generation now. An event of a
            // partition not yet rewound for it would land in the emptied read models ahead of the partition's earlier
            // events; refuse it (the transaction rolls back) and let the consumer rewind first.
            if (!rewinds.mayApply(new TopicPartition(topic, partition), ConsumerReplay.generation(c))) {
                throw new BehindReplay();
            }
            return fresh;
        }
    }


    private boolean deadLetter(ConsumerRecord<String, String> r, String reason) {
        try {
            ProducerRecord<String, String> d = new ProducerRecord<>(r.topic() + DLQ_SUFFIX, r.key(), r.value());
            r.headers().forEach(h -> d.headers().add(h));
            CloudEventKafka.put(d.headers(), "dlq_reason", reason);
            CloudEventKafka.put(d.headers(), "dlq_topic", r.topic());
            CloudEventKafka.put(d.headers(), "dlq_partition", String.valueOf(r.partition()));
            CloudEventKafka.put(d.headers(), "dlq_offset", String.valueOf(r.offset()));
            dlqProducer.send(d).get(10, TimeUnit.SECONDS);
            deadLettered.incrementAndGet();
            deadLetters(r.topic()).increment();
            LOG.warnf("dead-lettered %s[%d]@%d: %s", r.topic(), r.partition(), r.offset(), reason);
            return true;
        } catch (Exception e) {
            LOG.warnf("could not dead-letter %s@%d, will retry: %s", r.topic(), r.offset(), e.toString());
            return false;
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
