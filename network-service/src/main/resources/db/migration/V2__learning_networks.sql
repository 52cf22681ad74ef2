-- Learning networks run by facilitators, their participants (minimal personal data, erasable), sessions and
-- attendance. Attendance keeps the participant's organisation, so counts stay right after an erasure.
CREATE TABLE network (
    id                   UUID PRIMARY KEY,
    name                 TEXT        NOT NULL,
    theme                TEXT,
    description          TEXT,
    region               TEXT        NOT NULL,
    starts_on            DATE,
    ends_on              DATE,
    methodology          TEXT        NOT NULL DEFAULT 'action-learning',
    status               TEXT        NOT NULL CHECK (status IN ('PLANNED', 'RUNNING', 'COMPLETED')),
    facilitators         TEXT[]      NOT NULL,
    member_organisations TEXT[]      NOT NULL DEFAULT '{}',
    created_by           TEXT        NOT NULL,
    created_at           TIMESTAMPTZ NOT NULL DEFAULT now(),
    lock_version         BIGINT      NOT NULL DEFAULT 0,
    CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
);
CREATE UNIQUE INDEX network_name_unique ON network (lower(name));

CREATE TABLE participant (
    id              UUID PRIMARY KEY,
    network_id      UUID        NOT NULL REFERENCES network (id),
    name            TEXT        NOT NULL,
    email           TEXT,
    organisation_id TEXT        NOT NULL REFERENCES organisation (id),
    role            TEXT        NOT NULL DEFAULT 'participant',
    user_subject    TEXT,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    erased_at       TIMESTAMPTZ
);
CREATE INDEX participant_network ON participant (network_id);
CREATE UNIQUE INDEX participant_email_per_network ON participant (network_id, lower(email)) WHERE email IS NOT NULL;

CREATE TABLE network_session (
    id            UUID PRIMARY KEY,
    network_id    UUID        NOT NULL REFERENCES network (id),
    number        INT         NOT NULL CHECK (number > 0),
    title         TEXT        NOT NULL,
    theme         TEXT,
    starts_at     TIMESTAMPTZ NOT NULL,
    ends_at       TIMESTAMPTZ NOT NULL,
    place         TEXT,
    online_url    TEXT,
    speakers      TEXT,
    phase_focus   TEXT,
    agenda        TEXT,
    status        TEXT        NOT NULL CHECK (status IN ('SCHEDULED', 'HELD', 'CANCELLED')),
    cancel_reason TEXT,
    held_at       TIMESTAMPTZ,
    lock_version  BIGINT      NOT NULL DEFAULT 0,
    UNIQUE (network_id, number),
    CHECK (ends_at > starts_at)
);

CREATE TABLE attendance (
    session_id      UUID        NOT NULL REFERENCES network_session (id),
    participant_id  UUID        NOT NULL REFERENCES participant (id),
    organisation_id TEXT        NOT NULL,
    registered_at   TIMESTAMPTZ,
    presence        TEXT CHECK (presence IN ('PRESENT', 'ABSENT', 'EXCUSED')),
    PRIMARY KEY (session_id, participant_id)
);
