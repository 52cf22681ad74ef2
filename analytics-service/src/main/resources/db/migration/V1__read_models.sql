-- Read models built only from events (replayable; idempotent by event id via processed_event).
CREATE TABLE scan_profile (
    scan_id             UUID PRIMARY KEY,
    event_id            TEXT        NOT NULL,
    organisation_id     TEXT        NOT NULL,
    organisation_name   TEXT        NOT NULL,
    sector              TEXT        NOT NULL,
    region              TEXT        NOT NULL,
    unit_label          TEXT,
    title               TEXT        NOT NULL,
    instrument_key      TEXT        NOT NULL,
    instrument_version  INT         NOT NULL,
    closed_at           TIMESTAMPTZ NOT NULL,
    response_count      INT         NOT NULL,
    response_rate       NUMERIC(5, 4),
    anonymity_threshold INT         NOT NULL,
    suppressed          BOOLEAN     NOT NULL,
    overall_index       NUMERIC(6, 3),
    scoring             JSONB,
    dimension_mapping   JSONB,
    received_at         TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX scan_profile_org ON scan_profile (organisation_id, instrument_key, closed_at);
CREATE INDEX scan_profile_bench ON scan_profile (instrument_key, sector, closed_at) WHERE NOT suppressed;

CREATE TABLE dimension_score (
    scan_id          UUID    NOT NULL REFERENCES scan_profile (scan_id) ON DELETE CASCADE,
    dimension_key    TEXT    NOT NULL,
    name             TEXT    NOT NULL,
    n                INT     NOT NULL,
    mean             NUMERIC(6, 3) NOT NULL,
    sd               NUMERIC(6, 3) NOT NULL,
    favourable_share NUMERIC(5, 4),
    distribution     JSONB,
    scale_min        NUMERIC(4, 1),
    scale_max        NUMERIC(4, 1),
    PRIMARY KEY (scan_id, dimension_key)
);
