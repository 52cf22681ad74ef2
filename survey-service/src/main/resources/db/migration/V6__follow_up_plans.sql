-- The follow-up of a closed scan: the team's conversation about its results (three kinds of points — strengths,
-- short-term and long-term improvements — each a text with the instrument dimensions it is about) and the actions it
-- chose. One plan per scan. Editors are token subjects the organisation's manager named; an action's owner is a
-- name as the team writes it, not an account.
CREATE TABLE follow_up_plan (
    id                   UUID PRIMARY KEY,
    scan_id              UUID        NOT NULL UNIQUE REFERENCES scan (id),
    conversation_held_on DATE,
    strengths            JSONB       NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(strengths) = 'array'),
    short_term           JSONB       NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(short_term) = 'array'),
    long_term            JSONB       NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(long_term) = 'array'),
    editors              JSONB       NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(editors) = 'array'),
    created_by           TEXT        NOT NULL,
    created_at           TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_by           TEXT        NOT NULL,
    updated_at           TIMESTAMPTZ NOT NULL DEFAULT now(),
    lock_version         BIGINT      NOT NULL DEFAULT 0
);

CREATE TABLE follow_up_action (
    id           UUID PRIMARY KEY,
    plan_id      UUID        NOT NULL REFERENCES follow_up_plan (id),
    title        TEXT        NOT NULL CHECK (char_length(title) BETWEEN 1 AND 300),
    owner        TEXT        NOT NULL CHECK (char_length(owner) BETWEEN 1 AND 120 AND strpos(owner, '@') = 0),
    due_on       DATE,
    dimensions   JSONB       NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(dimensions) = 'array'),
    resources    JSONB       NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(resources) = 'array'),
    status       TEXT        NOT NULL CHECK (status IN ('PLANNED', 'DOING', 'DONE', 'DROPPED')),
    created_by   TEXT        NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_by   TEXT        NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    lock_version BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX follow_up_action_plan ON follow_up_action (plan_id, created_at);
