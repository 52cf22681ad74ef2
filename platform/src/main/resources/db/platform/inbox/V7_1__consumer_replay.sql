-- Replay across replicas. A replay (IdempotentConsumer.replayFromStart) empties the read models and processed_event
-- and bumps the generation; every consumer of the group, on whichever replica, rewinds each partition it is assigned
-- once per generation and records it here. The record is per partition, not per replica, so a partition that moves to
-- another replica before its old owner rewound it is rewound by the new one, and one rewound already is not again.
CREATE TABLE consumer_replay (
    only_row     BOOLEAN     PRIMARY KEY DEFAULT TRUE CHECK (only_row),
    generation   BIGINT      NOT NULL,
    requested_at TIMESTAMPTZ
);
INSERT INTO consumer_replay (generation) VALUES (0);

CREATE TABLE consumer_replay_partition (
    generation      BIGINT      NOT NULL,
    topic           TEXT        NOT NULL,
    kafka_partition INT         NOT NULL,
    rewound_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (generation, topic, kafka_partition)
);
