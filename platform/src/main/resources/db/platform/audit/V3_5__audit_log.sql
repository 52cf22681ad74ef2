-- Who read or exported which organisation's results, when and how (services that serve results include this
-- location; version 3.5 sits after their own V3 and before their V4).
CREATE TABLE audit_event (
    id              BIGSERIAL PRIMARY KEY,
    at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    organisation_id TEXT        NOT NULL,
    subject         TEXT        NOT NULL,
    roles           TEXT        NOT NULL,
    action          TEXT        NOT NULL CHECK (action IN ('read', 'export')),
    resource        TEXT        NOT NULL,
    request_id      TEXT
);
CREATE INDEX audit_event_organisation ON audit_event (organisation_id, at DESC);
