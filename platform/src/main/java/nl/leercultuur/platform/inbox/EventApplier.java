package nl.leercultuur.platform.inbox;

import nl.leercultuur.platform.events.CloudEvent;
import nl.leercultuur.platform.events.CloudEventKafka;
import nl.leercultuur.platform.events.EventReader;
import nl.leercultuur.platform.events.MalformedEventException;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * What becomes of one consumed record, without Kafka's loop or a database: read as a CloudEvent, routed to the
 * handler of its type, its data checked against the type's schema and read into the payload record, then — in one
 * transaction — its id recorded and the handler run, in this order: the record comes first, so a replay, which locks
 * the record of processed events, never meets an event that is half applied ({@link IdempotentConsumer}). The outcome says what the consumer does next: move on
 * (applied, duplicate), dead-letter with a reason (it can never be processed), or retry from the same offset (the
 * store failed; nothing was skipped).
 */
public final class EventApplier {

    /** What to do with a record. */
    public sealed interface Outcome {
    }

    public record Applied() implements Outcome {
    }

    public record Duplicate() implements Outcome {
    }

    public record DeadLetter(String reason) implements Outcome {
    }

    public record Retry(Exception cause) implements Outcome {
    }

    /** The record of events already applied; {@code markProcessed} is false for an id seen before. */
    public interface Inbox {
        boolean markProcessed(CloudEvent event, String topic, int partition, long offset) throws Exception;
    }

    /** Runs work in a new transaction, committed when it returns and rolled back when it throws. */
    public interface Transactions {
        <R> R inNew(Callable<R> work) throws Exception;
    }

    private final Map<String, EventHandler<?>> handlers = new HashMap<>();
    private final EventReader reader;
    private final Inbox inbox;
    private final Transactions transactions;

    public EventApplier(List<? extends EventHandler<?>> handlers, EventReader reader, Inbox inbox, Transactions transactions) {
        for (EventHandler<?> h : handlers) {
            if (this.handlers.put(h.type(), h) != null) {
                throw new IllegalStateException("two handlers for event type " + h.type());
            }
            reader.schemaOf(h.type()); // a type without a schema cannot be consumed: fail at start, not per event
        }
        this.reader = reader;
        this.inbox = inbox;
        this.transactions = transactions;
    }

    public java.util.Set<String> types() {
        return handlers.keySet();
    }

    public Outcome apply(ConsumerRecord<String, String> r) {
        CloudEvent event;
        EventHandler<?> handler;
        Object data;
        try {
            event = CloudEventKafka.fromRecord(r);
            handler = handlers.get(event.type());
            if (handler == null) {
                throw new MalformedEventException("no handler for event type " + event.type() + " on topic " + r.topic());
            }
            data = reader.read(event, handler.dataType());
        } catch (MalformedEventException e) {
            return new DeadLetter(e.getMessage());
        }
        try {
            boolean fresh = transactions.inNew(() -> {
                if (!inbox.markProcessed(event, r.topic(), r.partition(), r.offset())) {
                    return false;
                }
                handle(handler, event, data);
                return true;
            });
            return fresh ? new Applied() : new Duplicate();
        } catch (Exception e) {
            MalformedEventException m = causeOf(e, MalformedEventException.class);
            if (m != null) {
                return new DeadLetter(m.getMessage());
            }
            String rejected = rejectedData(e);
            if (rejected != null) {
                // the database refuses the values themselves (out of range, violates a rule): retrying cannot help
                return new DeadLetter("data rejected by the read model: " + rejected);
            }
            return new Retry(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> void handle(EventHandler<T> handler, CloudEvent event, Object data) {
        handler.handle(event, (T) data);
    }

    /** SQLSTATE class 22 (data exception) or 23 (integrity violation) means the event's content, not the database. */
    static String rejectedData(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("22") || sql.getSQLState().startsWith("23"))) {
                return sql.getSQLState() + " " + sql.getMessage();
            }
        }
        return null;
    }

    /** The first of this type in the chain of causes, or null. */
    static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
