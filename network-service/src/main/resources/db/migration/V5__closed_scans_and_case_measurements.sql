-- What network-service knows of closed scans, from survey.scan-completed.v1 (the scans package): only what the event
-- discloses. A suppressed scan (below its anonymity threshold) keeps no dimensions at all; a dimension withheld in a
-- scan keeps its key and name, never figures. A later event for a scan replaces the earlier one.
CREATE TABLE closed_scan (
    scan_id         UUID PRIMARY KEY,
    event_id        TEXT        NOT NULL,
    organisation_id TEXT        NOT NULL,
    unit_label      TEXT,
    instrument_key  TEXT        NOT NULL,
    closed_at       TIMESTAMPTZ NOT NULL,
    suppressed      BOOLEAN     NOT NULL,
    received_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX closed_scan_organisation ON closed_scan (organisation_id, closed_at);
CREATE TABLE closed_scan_dimension (
    id            BIGSERIAL PRIMARY KEY,
    scan_id       UUID NOT NULL REFERENCES closed_scan (scan_id) ON DELETE CASCADE,
    position      INT  NOT NULL,
    dimension_key TEXT NOT NULL,
    name          TEXT NOT NULL,
    -- both present (disclosed) or both absent (withheld)
    mean          NUMERIC,
    n             INT CHECK (n > 0),
    UNIQUE (scan_id, dimension_key),
    CHECK ((mean IS NULL) = (n IS NULL))
);

-- A case may take a scan of the participant's organisation as its baseline and a later scan with the same instrument
-- as its evaluation, and name the dimensions it is about.
ALTER TABLE participant_case
    ADD COLUMN baseline_scan_id   UUID,
    ADD COLUMN evaluation_scan_id UUID,
    ADD COLUMN dimension_keys     TEXT[] NOT NULL DEFAULT '{}',
    ADD CONSTRAINT participant_case_evaluation_needs_baseline CHECK (evaluation_scan_id IS NULL OR baseline_scan_id IS NOT NULL);
