-- Safe retries for partners: the first answer to a create sent with an Idempotency-Key, per caller, for 24 hours
-- (services that take the header include this location; 4.1 sits after their own V4 and before their V5).
CREATE TABLE idempotency_key (
    subject      TEXT        NOT NULL,
    key          TEXT        NOT NULL,
    operation    TEXT        NOT NULL,
    fingerprint  TEXT        NOT NULL,
    status       INTEGER,
    content_type TEXT,
    body         TEXT,
    location     TEXT,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (subject, key)
);
CREATE INDEX idempotency_key_created ON idempotency_key (created_at);
