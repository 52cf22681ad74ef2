package nl.leercultuur.platform.outbox;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.TracerProvider;
import nl.leercultuur.platform.events.CloudEvent;
import nl.leercultuur.platform.events.CloudEventKafka;
import nl.leercultuur.platform.events.EventTopics;
import nl.leercultuur.platform.observability.EventTracing;
import org.apache.kafka.clients.producer.Producer;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * One relay pass over pending outbox rows, without the database: each row as a CloudEvent to its topic, the whole
 * batch sent before any acknowledgement is awaited (one round trip, not one per event), and the producer's own
 * verdict awaited for each. A record the producer refuses at once stops the sending, so nothing after it goes out
 * ahead of it; every record Kafka acknowledged counts as published, also after one that failed, so what is on the
 * topic is never sent again. A row that carries a trace context is sent in a "publish" span under it, ended when
 * Kafka's verdict is in. Plain logic: a unit test drives it with an in-memory producer.
 */
final class OutboxBatch {

    /** A pending outbox row. */
    record Row(long id, UUID eventId, String topic, String key, String type, String source, String subject,
               OffsetDateTime occurredAt, String payload, String traceparent) {

        Row(long id, UUID eventId, String topic, String key, String type, String source, String subject,
            OffsetDateTime occurredAt, String payload) {
            this(id, eventId, topic, key, type, source, subject, occurredAt, payload, null);
        }
    }

    /** What became of a batch: the rows acknowledged, and the first that failed (null when none) with why. */
    record Result(List<Long> published, Long failedId, String failure) {
    }

    private OutboxBatch() {
    }

    static CloudEvent eventOf(Row r, Optional<String> schemaBaseUrl) {
        Map<String, String> extensions = new LinkedHashMap<>(EventTopics.extensionsOf(r.type(), r.key()));
        if (r.traceparent() != null) {
            extensions.put(EventTracing.TRACEPARENT, r.traceparent());
        }
        return new CloudEvent(r.eventId().toString(), r.source(), r.type(), r.subject(), r.occurredAt(),
                "application/json", schemaBaseUrl.map(b -> b + EventTopics.schemaFileOf(r.type())).orElse(null),
                extensions, r.payload());
    }

    static Result send(List<Row> rows, Producer<String, String> producer, Optional<String> schemaBaseUrl, long waitMs) {
        return send(rows, producer, schemaBaseUrl, waitMs, TracerProvider.noop().get("outbox"));
    }

    static Result send(List<Row> rows, Producer<String, String> producer, Optional<String> schemaBaseUrl, long waitMs,
                       Tracer tracer) {
        List<Future<?>> acks = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        for (Row r : rows) {
            Span span = publishSpan(r, tracer);
            spans.add(span);
            Future<?> ack = producer.send(CloudEventKafka.toRecord(r.topic(), r.key(), eventOf(r, schemaBaseUrl)));
            acks.add(ack);
            if (ack.isDone() && failed(ack)) {
                break;
            }
        }
        List<Long> published = new ArrayList<>();
        Long failedId = null;
        String failure = null;
        for (int i = 0; i < acks.size(); i++) {
            try {
                // the producer's own verdict: it retries within its delivery timeout, we never send again meanwhile
                acks.get(i).get(waitMs, TimeUnit.MILLISECONDS);
                published.add(rows.get(i).id());
            } catch (Exception e) {
                String why = e.getCause() != null ? e.getCause().toString() : e.toString();
                spans.get(i).setStatus(StatusCode.ERROR, why);
                if (failedId == null) {
                    failedId = rows.get(i).id();
                    failure = why;
                }
            } finally {
                spans.get(i).end();
            }
        }
        return new Result(published, failedId, failure);
    }

    /** The "publish" span of a row, under the span the event was created in; none for an event without a trace. */
    private static Span publishSpan(Row r, Tracer tracer) {
        if (r.traceparent() == null) {
            return Span.getInvalid();
        }
        return tracer.spanBuilder(r.topic() + " publish").setSpanKind(SpanKind.PRODUCER)
                .setParent(EventTracing.parentOf(r.traceparent()))
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "send")
                .setAttribute("messaging.destination.name", r.topic())
                .setAttribute("messaging.message.id", r.eventId().toString())
                .setAttribute("cloudevents.event_id", r.eventId().toString())
                .setAttribute("cloudevents.event_type", r.type())
                .startSpan();
    }

    private static boolean failed(Future<?> done) {
        try {
            done.get();
            return false;
        } catch (Exception e) {
            return true;
        }
    }
}
