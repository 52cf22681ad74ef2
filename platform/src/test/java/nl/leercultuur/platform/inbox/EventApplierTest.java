package nl.leercultuur.platform.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.leercultuur.platform.events.CloudEvent;
import nl.leercultuur.platform.events.CloudEventKafka;
import nl.leercultuur.platform.events.EventReader;
import nl.leercultuur.platform.events.MalformedEventException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The consumer's decisions for one record, with an in-memory inbox and transactions instead of PostgreSQL. */
class EventApplierTest {

    static final String TYPE = "test.visit-counted.v1";
    static final String PLACE = "6f1c2a4e-1b7d-4c1e-9a55-3d0a1b2c3d4e";

    record VisitCounted(String placeId, int visits, String note) {
    }

    /** The handler under test: stores what it is given, or fails the way it is told to. */
    static class Visits implements EventHandler<VisitCounted> {
        final List<VisitCounted> stored = new ArrayList<>();
        RuntimeException failWith;

        @Override
        public String type() {
            return TYPE;
        }

        @Override
        public Class<VisitCounted> dataType() {
            return VisitCounted.class;
        }

        @Override
        public void handle(CloudEvent event, VisitCounted data) {
            stored.add(data);
            if (failWith != null) {
                throw failWith;
            }
        }
    }

    /** The processed-event table and its transaction: a rolled-back transaction forgets what it marked. */
    static final class MemoryInbox implements EventApplier.Inbox, EventApplier.Transactions {
        final Set<String> processed = new HashSet<>();
        private Set<String> before;
        RuntimeException storeFailure;

        @Override
        public boolean markProcessed(CloudEvent event, String topic, int partition, long offset) {
            if (storeFailure != null) {
                throw storeFailure;
            }
            return processed.add(event.id());
        }

        @Override
        public <R> R inNew(Callable<R> work) throws Exception {
            before = new HashSet<>(processed);
            try {
                return work.call();
            } catch (Exception | Error e) {
                processed.clear();
                processed.addAll(before);
                throw e;
            }
        }
    }

    final Visits handler = new Visits();
    final MemoryInbox inbox = new MemoryInbox();
    final EventApplier applier = new EventApplier(List.of(handler), new EventReader(new ObjectMapper()), inbox, inbox);
    long offset;

    ConsumerRecord<String, String> record(String id, String type, String data) {
        CloudEvent e = new CloudEvent(id, "/test", type, "place", OffsetDateTime.parse("2027-01-01T10:00:00Z"), "application/json", data);
        ProducerRecord<String, String> p = CloudEventKafka.toRecord(type, "key", e);
        return new ConsumerRecord<>(p.topic(), 0, offset++, 0L, TimestampType.CREATE_TIME, 0, 0, p.key(), p.value(),
                p.headers(), Optional.empty());
    }

    @Test
    void aValidEventReachesItsHandlerAsTheTypedRecordOnce() {
        ConsumerRecord<String, String> r = record("e-1", TYPE, "{\"placeId\":\"" + PLACE + "\",\"visits\":4}");
        assertInstanceOf(EventApplier.Applied.class, applier.apply(r));
        assertEquals(List.of(new VisitCounted(PLACE, 4, null)), handler.stored);
        // delivered again (a redelivery after a crash, or the producer's retry): nothing happens twice
        assertInstanceOf(EventApplier.Duplicate.class, applier.apply(r));
        assertEquals(1, handler.stored.size());
    }

    @Test
    void dataThatBreaksTheSchemaIsDeadLetteredNamingTheFieldAndNeverHandled() {
        EventApplier.Outcome o = applier.apply(record("e-2", TYPE, "{\"placeId\":\"" + PLACE + "\",\"visits\":-1,\"colour\":\"red\"}"));
        EventApplier.DeadLetter d = assertInstanceOf(EventApplier.DeadLetter.class, o);
        assertTrue(d.reason().contains("visits") && d.reason().contains("colour"), d.reason());
        assertEquals(List.of(), handler.stored);
        assertEquals(Set.of(), inbox.processed, "a dead-lettered event is not recorded as processed");
    }

    @Test
    void notJsonAnUnknownTypeAndAMissingCloudEventsHeaderAreDeadLettered() {
        assertTrue(((EventApplier.DeadLetter) applier.apply(record("e-3", TYPE, "{not json"))).reason().contains("not JSON"));
        assertTrue(((EventApplier.DeadLetter) applier.apply(record("e-4", "test.other.v1", "{}"))).reason().contains("no handler"));
        ConsumerRecord<String, String> r = record("e-5", TYPE, "{\"placeId\":\"" + PLACE + "\",\"visits\":1}");
        RecordHeaders headers = new RecordHeaders();
        r.headers().forEach(h -> {
            if (!h.key().equals(CloudEventKafka.CE_SPECVERSION)) {
                headers.add(h);
            }
        });
        ConsumerRecord<String, String> bare = new ConsumerRecord<>(r.topic(), 0, 9, 0L, TimestampType.CREATE_TIME, 0, 0,
                r.key(), r.value(), headers, Optional.empty());
        assertTrue(((EventApplier.DeadLetter) applier.apply(bare)).reason().contains(CloudEventKafka.CE_SPECVERSION));
        assertEquals(List.of(), handler.stored);
    }

    @Test
    void aHandlerRefusingTheDataDeadLettersAndRollsBack() {
        handler.failWith = new MalformedEventException("visits of a closed place");
        EventApplier.Outcome o = applier.apply(record("e-6", TYPE, "{\"placeId\":\"" + PLACE + "\",\"visits\":2}"));
        assertEquals("visits of a closed place", assertInstanceOf(EventApplier.DeadLetter.class, o).reason());
        assertEquals(Set.of(), inbox.processed);
    }

    @Test
    void aStoreThatIsAwayIsRetriedAndAValueTheStoreRejectsIsDeadLettered() {
        inbox.storeFailure = new RuntimeException(new SQLException("connection refused", "08006"));
        ConsumerRecord<String, String> r = record("e-7", TYPE, "{\"placeId\":\"" + PLACE + "\",\"visits\":2}");
        assertInstanceOf(EventApplier.Retry.class, applier.apply(r));
        inbox.storeFailure = null;
        assertInstanceOf(EventApplier.Applied.class, applier.apply(r), "the same record once the store is back");

        handler.failWith = new RuntimeException(new SQLException("value out of range", "22003"));
        EventApplier.Outcome o = applier.apply(record("e-8", TYPE, "{\"placeId\":\"" + PLACE + "\",\"visits\":2147483647}"));
        assertTrue(assertInstanceOf(EventApplier.DeadLetter.class, o).reason().startsWith("data rejected by the read model: 22003"));
        assertEquals(Set.of("e-7"), inbox.processed);
    }

    @Test
    void aTypeWithoutSchemaOrWithTwoHandlersCannotStart() {
        EventReader reader = new EventReader(new ObjectMapper());
        Visits other = new Visits();
        assertThrows(IllegalStateException.class, () -> new EventApplier(List.of(handler, other), reader, inbox, inbox));
        EventHandler<VisitCounted> unknown = new Visits() {
            @Override
            public String type() {
                return "test.no-schema.v1";
            }
        };
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new EventApplier(List.of(unknown), reader, inbox, inbox));
        assertTrue(e.getMessage().contains("no JSON Schema"), e.getMessage());
    }
}
