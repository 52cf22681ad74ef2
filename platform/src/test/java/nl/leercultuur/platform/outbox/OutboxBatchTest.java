package nl.leercultuur.platform.outbox;

import nl.leercultuur.platform.events.CloudEventKafka;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A relay pass against an in-memory producer whose verdict per record the test decides. */
class OutboxBatchTest {

    /** Kafka's MockProducer, answering each send with the verdict scripted for that row. */
    static class ScriptedProducer extends MockProducer<String, String> {
        final Map<Integer, CompletableFuture<RecordMetadata>> verdicts;
        final List<ProducerRecord<String, String>> sent = new ArrayList<>();

        ScriptedProducer(Map<Integer, CompletableFuture<RecordMetadata>> verdicts) {
            super(true, null, new StringSerializer(), new StringSerializer());
            this.verdicts = verdicts;
        }

        @Override
        public synchronized Future<RecordMetadata> send(ProducerRecord<String, String> record) {
            int index = sent.size();
            sent.add(record);
            return verdicts.getOrDefault(index, CompletableFuture.completedFuture(null));
        }
    }

    static List<OutboxBatch.Row> rows(int n) {
        List<OutboxBatch.Row> rows = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            rows.add(new OutboxBatch.Row(i, UUID.randomUUID(), "survey.scan-completed.v1", "org-" + (i % 2),
                    "survey.scan-completed.v1", "/leercultuur/survey-service", "scan-" + i,
                    OffsetDateTime.parse("2027-03-15T17:00:00Z"), "{\"n\":" + i + "}"));
        }
        return rows;
    }

    static CompletableFuture<RecordMetadata> failed(Exception e) {
        return CompletableFuture.failedFuture(e);
    }

    @Test
    void everyAcknowledgedRowIsPublishedAsACloudEventInOrder() {
        ScriptedProducer producer = new ScriptedProducer(Map.of());
        List<OutboxBatch.Row> rows = rows(3);
        OutboxBatch.Result result = OutboxBatch.send(rows, producer, Optional.of("http://localhost:8080/events/"), 1000);
        assertEquals(List.of(1L, 2L, 3L), result.published());
        assertNull(result.failedId());
        ProducerRecord<String, String> first = producer.sent.get(0);
        assertEquals("survey.scan-completed.v1", first.topic());
        assertEquals("org-1", first.key());
        assertEquals("{\"n\":1}", first.value());
        assertEquals(rows.get(0).eventId().toString(), CloudEventKafka.get(first.headers(), CloudEventKafka.CE_ID));
        assertEquals("http://localhost:8080/events/survey.scan-completed.v1.schema.json",
                CloudEventKafka.get(first.headers(), CloudEventKafka.CE_DATASCHEMA));
    }

    @Test
    void aRecordRefusedAtOnceStopsTheSendingSoNothingOvertakesIt() {
        ScriptedProducer producer = new ScriptedProducer(Map.of(1, failed(new TimeoutException("no broker within 5000 ms"))));
        OutboxBatch.Result result = OutboxBatch.send(rows(4), producer, Optional.empty(), 1000);
        assertEquals(2, producer.sent.size(), "rows 3 and 4 wait for the next pass");
        assertEquals(List.of(1L), result.published());
        assertEquals(2L, result.failedId());
        assertTrue(result.failure().contains("no broker"), result.failure());
    }

    @Test
    void aRecordThatFailsAfterTheOthersWereHandedOverLeavesThemPublished() {
        CompletableFuture<RecordMetadata> late = new CompletableFuture<>();
        ScriptedProducer producer = new ScriptedProducer(Map.of(1, late)) {
            @Override
            public synchronized Future<RecordMetadata> send(ProducerRecord<String, String> record) {
                Future<RecordMetadata> f = super.send(record);
                if (sent.size() == 4) { // the broker's verdict on row 2 arrives after all four were handed over
                    late.completeExceptionally(new org.apache.kafka.common.errors.NotEnoughReplicasException("2 of 3 replicas"));
                }
                return f;
            }
        };
        OutboxBatch.Result result = OutboxBatch.send(rows(4), producer, Optional.empty(), 1000);
        assertEquals(4, producer.sent.size());
        assertEquals(List.of(1L, 3L, 4L), result.published(), "what Kafka acknowledged is never sent again");
        assertEquals(2L, result.failedId());
        assertTrue(result.failure().contains("replicas"), result.failure());
    }

    @Test
    void noVerdictWithinTheWaitCountsAsNotPublished() {
        OutboxBatch.Result result = OutboxBatch.send(rows(3), new ScriptedProducer(Map.of(0, new CompletableFuture<>())),
                Optional.empty(), 50);
        assertEquals(List.of(2L, 3L), result.published());
        assertEquals(1L, result.failedId(), "sent again on the next pass");
    }

    @Test
    void aTracedRowCarriesItsTraceparentAndIsPublishedInASpanUnderIt() {
        io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter spans = io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter.create();
        io.opentelemetry.sdk.trace.SdkTracerProvider provider = io.opentelemetry.sdk.trace.SdkTracerProvider.builder()
                .addSpanProcessor(io.opentelemetry.sdk.trace.export.SimpleSpanProcessor.create(spans)).build();
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        OutboxBatch.Row traced = new OutboxBatch.Row(1, UUID.randomUUID(), "survey.scan-completed.v1", "org-1",
                "survey.scan-completed.v1", "/leercultuur/survey-service", "scan-1",
                OffsetDateTime.parse("2027-03-15T17:00:00Z"), "{}", traceparent);
        OutboxBatch.Row untraced = rows(2).get(1);
        ScriptedProducer producer = new ScriptedProducer(Map.of());
        OutboxBatch.send(List.of(traced, untraced), producer, Optional.empty(), 1000, provider.get("test"));

        assertEquals(traceparent, CloudEventKafka.get(producer.sent.get(0).headers(), "ce_traceparent"),
                "the CloudEvents distributed-tracing extension, unchanged: the context the event was created in");
        assertNull(CloudEventKafka.get(producer.sent.get(1).headers(), "ce_traceparent"));
        assertEquals(1, spans.getFinishedSpanItems().size(), "an event without a trace starts none");
        io.opentelemetry.sdk.trace.data.SpanData publish = spans.getFinishedSpanItems().get(0);
        assertEquals("survey.scan-completed.v1 publish", publish.getName());
        assertEquals(io.opentelemetry.api.trace.SpanKind.PRODUCER, publish.getKind());
        assertEquals("4bf92f3577b34da6a3ce929d0e0e4736", publish.getTraceId());
        assertEquals("00f067aa0ba902b7", publish.getParentSpanId());
        assertEquals(io.opentelemetry.api.trace.StatusCode.UNSET, publish.getStatus().getStatusCode());
    }

    @Test
    void aRefusedTracedRowEndsItsSpanAsAnError() {
        io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter spans = io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter.create();
        io.opentelemetry.sdk.trace.SdkTracerProvider provider = io.opentelemetry.sdk.trace.SdkTracerProvider.builder()
                .addSpanProcessor(io.opentelemetry.sdk.trace.export.SimpleSpanProcessor.create(spans)).build();
        OutboxBatch.Row traced = new OutboxBatch.Row(1, UUID.randomUUID(), "t.v1", "k", "t.v1", "/s", null,
                OffsetDateTime.parse("2027-03-15T17:00:00Z"), "{}", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        OutboxBatch.send(List.of(traced), new ScriptedProducer(Map.of(0, failed(new TimeoutException("no broker")))),
                Optional.empty(), 1000, provider.get("test"));
        assertEquals(io.opentelemetry.api.trace.StatusCode.ERROR, spans.getFinishedSpanItems().get(0).getStatus().getStatusCode());
    }
}
