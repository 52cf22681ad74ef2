-- Participation in learning networks, from network.session-held.v1 (counts per organisation; no names).
CREATE TABLE held_session (
    session_id     UUID PRIMARY KEY,
    event_id       TEXT        NOT NULL,
    network_id     UUID        NOT NULL,
    network_name   TEXT        NOT NULL,
    network_theme  TEXT,
    session_number INT         NOT NULL,
    session_title  TEXT        NOT NULL,
    session_theme  TEXT,
    phase          TEXT,
    starts_at      TIMESTAMPTZ NOT NULL,
    held_at        TIMESTAMPTZ NOT NULL,
    received_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX held_session_network ON held_session (network_id, session_number);

CREATE TABLE session_attendance (
    session_id      UUID NOT NULL REFERENCES held_session (session_id) ON DELETE CASCADE,
    organisation_id TEXT NOT NULL,
    registered      INT  NOT NULL CHECK (registered >= 0),
    present         INT  NOT NULL CHECK (present >= 0),
    absent          INT  NOT NULL CHECK (absent >= 0),
    excused         INT  NOT NULL CHECK (excused >= 0),
    PRIMARY KEY (session_id, organisation_id)
);
CREATE INDEX session_attendance_org ON session_attendance (organisation_id);
