-- An open link lets anyone with the link answer (no one-time code); only a hash of its token is kept and
-- submissions through it are rate limited. At most one active link per scan.
CREATE TABLE open_link (
    id          UUID PRIMARY KEY,
    scan_id     UUID        NOT NULL REFERENCES scan (id),
    token_hash  TEXT        NOT NULL UNIQUE,
    per_minute  INT         NOT NULL CHECK (per_minute BETWEEN 1 AND 10000),
    active      BOOLEAN     NOT NULL DEFAULT true,
    created_by  TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    revoked_at  TIMESTAMPTZ,
    responses   INT         NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX open_link_one_active ON open_link (scan_id) WHERE active;

-- Save-and-continue: a partly answered questionnaire kept with its code until the final submit clears it.
ALTER TABLE invitation ADD COLUMN draft_answers JSONB;
ALTER TABLE invitation ADD COLUMN draft_saved_at TIMESTAMPTZ;
