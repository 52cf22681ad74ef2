-- Follow-up plans on closed scans, from survey.action-plan-updated.v1: per scan the latest plan's counts (the event
-- with the latest updated_at replaces the earlier ones), and per dimension worked on its improvements and actions by
-- status. Counts only: no text, no names, no dates of actions. No reference to scan_profile: the plan and the scan
-- arrive on different topics, in either order; readers join on scan_id.
CREATE TABLE action_plan (
    scan_id              UUID PRIMARY KEY,
    event_id             TEXT        NOT NULL,
    organisation_id      TEXT        NOT NULL,
    sector               TEXT        NOT NULL,
    region               TEXT        NOT NULL,
    instrument_key       TEXT        NOT NULL,
    conversation_held_on DATE,
    updated_at           TIMESTAMPTZ NOT NULL,
    strengths            INT         NOT NULL CHECK (strengths >= 0),
    short_term           INT         NOT NULL CHECK (short_term >= 0),
    long_term            INT         NOT NULL CHECK (long_term >= 0),
    planned              INT         NOT NULL CHECK (planned >= 0),
    doing                INT         NOT NULL CHECK (doing >= 0),
    done                 INT         NOT NULL CHECK (done >= 0),
    dropped              INT         NOT NULL CHECK (dropped >= 0),
    received_at          TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX action_plan_org ON action_plan (organisation_id);

CREATE TABLE action_plan_dimension (
    scan_id       UUID NOT NULL REFERENCES action_plan (scan_id) ON DELETE CASCADE,
    dimension_key TEXT NOT NULL,
    improvements  INT  NOT NULL CHECK (improvements >= 0),
    planned       INT  NOT NULL CHECK (planned >= 0),
    doing         INT  NOT NULL CHECK (doing >= 0),
    done          INT  NOT NULL CHECK (done >= 0),
    dropped       INT  NOT NULL CHECK (dropped >= 0),
    PRIMARY KEY (scan_id, dimension_key)
);

-- The regional overview selects scans by region (and sector) and closing date.
CREATE INDEX scan_profile_region ON scan_profile (region, closed_at);
