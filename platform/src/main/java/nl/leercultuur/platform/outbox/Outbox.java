package nl.leercultuur.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import nl.leercultuur.platform.events.EventTopics;
import nl.leercultuur.platform.observability.EventTracing;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Appends events to the outbox inside the caller's transaction. Because the row commits (or not) with
 * the state change, a committed change always yields its event even when Kafka is down at the time. Each event is
 * created in a span of its own inside the caller's (the request's) span, whose trace context goes with the row and on
 * to Kafka as the CloudEvents {@code traceparent} extension ({@link EventTracing}).
 */
@ApplicationScoped
@IfBuildProperty(name = "leercultuur.outbox.enabled", stringValue = "true")
public class Outbox {

    private final ObjectMapper json;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;
    private final String source;
    private final Tracer tracer;

    Outbox(ObjectMapper json,
           TransactionSynchronizationRegistry transactions,
           OutboxRelay relay,
           @ConfigProperty(name = "leercultuur.events.source") String source,
           Tracer tracer) {
        this.json = json;
        this.transactions = transactions;
        this.relay = relay;
        this.source = source;
        this.tracer = tracer;
    }

    /** Adds an event; must run inside a transaction. Returns the event id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(String type, String key, String subject, Object data) {
        OutboxEvent e = new OutboxEvent();
        e.eventId = UUID.randomUUID();
        e.eventType = type;
        e.topic = EventTopics.topicOf(type);
        e.eventKey = key;
        e.source = source;
        e.subject = subject;
        e.occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
        try {
            e.payload = json.writeValueAsString(data);
        } catch (JsonProcessingException ex) {
            throw new IllegalArgumentException("event data of " + type + " is not serialisable", ex);
        }
        e.traceparent = createdIn(e);
        e.persist();
        // Publish right after commit instead of waiting for the next poll; the poll remains the safety net.
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wakeUp();
                }
            }
        });
        return e.eventId;
    }

    /**
     * The CloudEvents "create" span (OpenTelemetry's CloudEvents conventions), a child of the current span; its
     * context is what the event carries. Null when tracing is off.
     */
    private String createdIn(OutboxEvent e) {
        Span span = tracer.spanBuilder(e.eventType + " create").setSpanKind(SpanKind.PRODUCER)
                .setAttribute("cloudevents.event_id", e.eventId.toString())
                .setAttribute("cloudevents.event_type", e.eventType)
                .setAttribute("cloudevents.event_source", e.source)
                .setAttribute("messaging.destination.name", e.topic)
                .startSpan();
        try {
            if (e.subject != null) {
                span.setAttribute("cloudevents.event_subject", e.subject);
            }
            return EventTracing.traceparentOf(span.getSpanContext());
        } finally {
            span.end();
        }
    }
}
