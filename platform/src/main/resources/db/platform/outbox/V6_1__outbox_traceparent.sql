-- The trace context of the span the event was created in (W3C traceparent, the CloudEvents distributed-tracing
-- extension): the relay sends it as ce_traceparent, so the consumer's span continues the request's trace. Null when
-- tracing is off. Versioned above every service migration present when it was added (survey V6, network V5), so a
-- database that has those applies it as the next migration.
ALTER TABLE outbox_event ADD COLUMN traceparent TEXT;
