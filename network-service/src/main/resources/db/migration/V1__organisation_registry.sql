CREATE TABLE organisation (
    id           TEXT PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
    name         TEXT        NOT NULL,
    sector       TEXT        NOT NULL CHECK (sector IN ('hospital', 'elderly-care', 'mental-health', 'disability-care',
                                                        'youth-care', 'public-health', 'education', 'other')),
    region       TEXT        NOT NULL,
    size_class   TEXT        NOT NULL CHECK (size_class IN ('small', 'medium', 'large')),
    active       BOOLEAN     NOT NULL DEFAULT true,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    lock_version BIGINT      NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX organisation_name_unique ON organisation (lower(name));
CREATE INDEX organisation_sector ON organisation (sector, region);
