-- Action learning: each participant's case with its phase and experiment canvas, and a dated log.
CREATE TABLE participant_case (
    id             UUID PRIMARY KEY,
    network_id     UUID        NOT NULL REFERENCES network (id),
    participant_id UUID        NOT NULL UNIQUE REFERENCES participant (id),
    question       TEXT        NOT NULL,
    how_might_we   TEXT,
    phase          TEXT        NOT NULL CHECK (phase IN ('ready', 'explore-problem', 'develop-solutions',
                                                         'sharpen-and-share', 'experiment', 'reflect-and-present')),
    hypothesis     TEXT,
    action         TEXT,
    measure        TEXT,
    result         TEXT,
    updated_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    lock_version   BIGINT      NOT NULL DEFAULT 0
);
CREATE TABLE case_log (
    id         BIGSERIAL PRIMARY KEY,
    case_id    UUID        NOT NULL REFERENCES participant_case (id),
    at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    actor      TEXT        NOT NULL,
    kind       TEXT        NOT NULL CHECK (kind IN ('phase', 'progress')),
    from_phase TEXT,
    to_phase   TEXT,
    note       TEXT
);
CREATE INDEX case_log_case ON case_log (case_id, at);

-- Session outputs: ideas with votes (one per participant per idea), reflections and quotes, linked catalogue
-- entries, and an evaluation per participant.
CREATE TABLE idea (
    id          UUID PRIMARY KEY,
    session_id  UUID        NOT NULL REFERENCES network_session (id),
    text        TEXT        NOT NULL,
    author_id   UUID REFERENCES participant (id),
    tags        TEXT[]      NOT NULL DEFAULT '{}',
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX idea_session ON idea (session_id);
CREATE TABLE idea_vote (
    idea_id        UUID NOT NULL REFERENCES idea (id),
    participant_id UUID NOT NULL REFERENCES participant (id),
    PRIMARY KEY (idea_id, participant_id)
);
CREATE TABLE reflection (
    id         UUID PRIMARY KEY,
    session_id UUID        NOT NULL REFERENCES network_session (id),
    kind       TEXT        NOT NULL CHECK (kind IN ('reflection', 'quote')),
    text       TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE TABLE session_resource (
    session_id  UUID NOT NULL REFERENCES network_session (id),
    resource_id UUID NOT NULL,
    PRIMARY KEY (session_id, resource_id)
);
CREATE TABLE evaluation (
    session_id     UUID NOT NULL REFERENCES network_session (id),
    participant_id UUID NOT NULL REFERENCES participant (id),
    rating         INT  NOT NULL CHECK (rating BETWEEN 1 AND 10),
    comment        TEXT,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (session_id, participant_id)
);
