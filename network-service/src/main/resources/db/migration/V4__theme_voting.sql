-- Theme voting: a facilitator proposes themes, each participant spreads a set number of votes (one per theme),
-- and closing the vote plans sessions for the themes that won.
CREATE TABLE theme_vote (
    id                    UUID PRIMARY KEY,
    network_id            UUID        NOT NULL REFERENCES network (id),
    status                TEXT        NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
    votes_per_participant INT         NOT NULL CHECK (votes_per_participant BETWEEN 1 AND 10),
    created_by            TEXT        NOT NULL,
    created_at            TIMESTAMPTZ NOT NULL DEFAULT now(),
    closed_at             TIMESTAMPTZ
);
CREATE TABLE theme_option (
    id       UUID PRIMARY KEY,
    vote_id  UUID NOT NULL REFERENCES theme_vote (id),
    theme    TEXT NOT NULL,
    position INT  NOT NULL,
    UNIQUE (vote_id, position)
);
CREATE TABLE theme_ballot (
    option_id      UUID NOT NULL REFERENCES theme_option (id),
    participant_id UUID NOT NULL REFERENCES participant (id),
    PRIMARY KEY (option_id, participant_id)
);
