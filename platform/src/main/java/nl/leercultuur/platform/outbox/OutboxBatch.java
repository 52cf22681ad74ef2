package nl.leercultuur.platform.outbox;

import nl.leercultuur.platform.events.CloudEvent;
import nl.leercultuur.platform.events.CloudEventKafka;
import nl.leercultuur.platform.events.EventTopics;
import org.apache.kafka.clients.producer.Producer;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * One relay pass over pending outbox rows, without the database: each row as a CloudEvent to its topic, the whole
 * batch sent before any acknowledgement is awaited (one round trip, not one per event), and the producer's own
 * verdict awaited for each. A record the producer refuses at once stops the sending, so nothing after it goes out
 * ahead of it; every record Kafka acknowledged counts as published, also after one that failed, so what is on the
 * topic is never sent again. Plain logic: a unit test drives it with an in-memory producer.
 */
final class OutboxBatch {

    /** A pending outbox row. */
    record Row(long id, UUID eventId, String topic, String key, String type, String source, String subject,
               OffsetDateTime occurredAt, String payload) {
    }

    /** What became of a batch: the rows acknowledged, and the first that failed (null when none) with why. */
    record Result(List<Long> published, Long failedId, String failure) {
    }

    private OutboxBatch() {
    }

    static CloudEvent eventOf(Row r, Optional<String> schemaBaseUrl) {
        return new CloudEvent(r.eventId().toString(), r.source(), r.type(), r.subject(), r.occurredAt(),
                "application/json", schemaBaseUrl.map(b -> b + EventTopics.schemaFileOf(r.type())).orElse(null),
                EventTopics.extensionsOf(r.type(), r.key()), r.payload());
    }

    static Result send(List<Row> rows, Producer<String, String> producer, Optional<String> schemaBaseUrl, long waitMs) {
        List<Future<?>> acks = new ArrayList<>();
        for (Row r : rows) {
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
                if (failedId == null) {
                    failedId = rows.get(i).id();
                    failure = e.getCause() != null ? e.getCause().toString() : e.toString();
                }
            }
        }
        return new Result(published, failedId, failure);
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
