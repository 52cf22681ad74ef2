-- Organisations whose data was erased from analytics on request: the record keeps later events and replays from
-- bringing it back. Holds the organisation id, when, by whom and why; no figures.
CREATE TABLE erased_organisation (
    organisation_id TEXT PRIMARY KEY,
    erased_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    erased_by       TEXT        NOT NULL,
    reason          TEXT        NOT NULL
);
