-- Idempotent consumer: an event id is recorded in the same transaction as its effect, so a redelivery changes nothing.
CREATE TABLE processed_event (
    event_id     TEXT        PRIMARY KEY,
    event_type   TEXT        NOT NULL,
    topic        TEXT        NOT NULL,
    kafka_partition INT      NOT NULL,
    kafka_offset BIGINT      NOT NULL,
    processed_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
