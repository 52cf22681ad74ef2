-- An organisation's grant to a partner (by the partner's token subject) to read its own results here: who granted it,
-- when, until when, and who revoked it when. Rows are never deleted except with the organisation's erasure, so the
-- history stays readable; at most one grant per organisation and partner is not revoked at a time.
CREATE TABLE partner_grant (
    id              UUID PRIMARY KEY,
    organisation_id TEXT        NOT NULL,
    partner_subject TEXT        NOT NULL,
    partner_name    TEXT        NOT NULL,
    granted_by      TEXT        NOT NULL,
    granted_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    valid_until     TIMESTAMPTZ NOT NULL,
    revoked_by      TEXT,
    revoked_at      TIMESTAMPTZ,
    CHECK (valid_until > granted_at)
);
CREATE UNIQUE INDEX partner_grant_one_open ON partner_grant (organisation_id, partner_subject) WHERE revoked_at IS NULL;
CREATE INDEX partner_grant_partner ON partner_grant (partner_subject, valid_until) WHERE revoked_at IS NULL;
