CREATE TABLE instrument (
    id           UUID PRIMARY KEY,
    key          TEXT        NOT NULL UNIQUE,
    name         TEXT        NOT NULL,
    description  TEXT        NOT NULL,
    measures     TEXT        NOT NULL,
    audience     TEXT        NOT NULL,
    source_model TEXT        NOT NULL,
    builtin      BOOLEAN     NOT NULL DEFAULT false,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE instrument_version (
    id            UUID PRIMARY KEY,
    instrument_id UUID        NOT NULL REFERENCES instrument (id),
    version       INT         NOT NULL,
    status        TEXT        NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'RETIRED')),
    definition    JSONB       NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    published_at  TIMESTAMPTZ,
    lock_version  BIGINT      NOT NULL DEFAULT 0,
    UNIQUE (instrument_id, version)
);

CREATE TABLE scan (
    id                    UUID PRIMARY KEY,
    instrument_version_id UUID        NOT NULL REFERENCES instrument_version (id),
    organisation_id       TEXT        NOT NULL,
    organisation_name     TEXT        NOT NULL,
    sector                TEXT        NOT NULL,
    region                TEXT        NOT NULL,
    unit_label            TEXT,
    title                 TEXT        NOT NULL,
    opens_at              TIMESTAMPTZ NOT NULL,
    closes_at             TIMESTAMPTZ NOT NULL,
    anonymity_threshold   INT         NOT NULL CHECK (anonymity_threshold >= 3),
    expected_population   INT CHECK (expected_population > 0),
    status                TEXT        NOT NULL CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED', 'ARCHIVED')),
    created_by            TEXT        NOT NULL,
    created_at            TIMESTAMPTZ NOT NULL DEFAULT now(),
    opened_at             TIMESTAMPTZ,
    closed_at             TIMESTAMPTZ,
    response_count        INT         NOT NULL DEFAULT 0,
    overall_index         NUMERIC(6, 3),
    lock_version          BIGINT      NOT NULL DEFAULT 0,
    CHECK (closes_at > opens_at)
);
CREATE INDEX scan_organisation ON scan (organisation_id, created_at DESC);
CREATE INDEX scan_open_due ON scan (closes_at) WHERE status = 'OPEN';

-- One-time codes: only a SHA-256 hash of the code is kept; the code itself is shown once.
CREATE TABLE invitation (
    id         UUID PRIMARY KEY,
    scan_id    UUID        NOT NULL REFERENCES scan (id),
    code_hash  TEXT        NOT NULL UNIQUE,
    status     TEXT        NOT NULL CHECK (status IN ('ISSUED', 'USED', 'REVOKED')),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    used_at    TIMESTAMPTZ
);
CREATE INDEX invitation_scan ON invitation (scan_id, status);

-- A response carries no IP address, user agent, identity or link to its invitation: only the scan and the day.
CREATE TABLE response (
    id             UUID PRIMARY KEY,
    scan_id        UUID NOT NULL REFERENCES scan (id),
    submitted_on   DATE NOT NULL,
    language       TEXT NOT NULL
);
CREATE INDEX response_scan ON response (scan_id);

-- Scored answers keep their dimension and the already reverse-scored value, so scoring is one GROUP BY.
CREATE TABLE answer (
    response_id   UUID    NOT NULL REFERENCES response (id),
    scan_id       UUID    NOT NULL,
    item_key      TEXT    NOT NULL,
    dimension_key TEXT    NOT NULL,
    score         NUMERIC(6, 3),
    favourable    BOOLEAN,
    choice        TEXT,
    text_value    TEXT,
    PRIMARY KEY (response_id, item_key)
);
CREATE INDEX answer_scan_dimension ON answer (scan_id, dimension_key);

CREATE TABLE dimension_result (
    scan_id          UUID          NOT NULL REFERENCES scan (id),
    dimension_key    TEXT          NOT NULL,
    n                INT           NOT NULL,
    mean             NUMERIC(6, 3),
    sd               NUMERIC(6, 3),
    favourable_share NUMERIC(5, 4),
    distribution     JSONB         NOT NULL,
    PRIMARY KEY (scan_id, dimension_key)
);
