package nl.leercultuur.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import nl.leercultuur.platform.events.EventTopics;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Appends events to the outbox inside the caller's transaction. Because the row commits (or not) with
 * the state change, a committed change always yields its event even when Kafka is down at the time.
 */
@ApplicationScoped
@IfBuildProperty(name = "leercultuur.outbox.enabled", stringValue = "true")
public class Outbox {

    private final ObjectMapper json;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;
    private final String source;

    Outbox(ObjectMapper json,
           TransactionSynchronizationRegistry transactions,
           OutboxRelay relay,
           @ConfigProperty(name = "leercultuur.events.source") String source) {
        this.json = json;
        this.transactions = transactions;
        this.relay = relay;
        this.source = source;
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
}
