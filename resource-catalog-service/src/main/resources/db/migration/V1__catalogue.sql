CREATE TABLE resource (
    id               UUID PRIMARY KEY,
    kind             TEXT        NOT NULL CHECK (kind IN ('book', 'article', 'podcast', 'video', 'website', 'good-practice',
                                                          'toolkit', 'instrument-description', 'learning-activity')),
    title            TEXT        NOT NULL,
    authors          TEXT,
    publisher        TEXT,
    year             INT CHECK (year BETWEEN 1900 AND 2100),
    language         TEXT        NOT NULL DEFAULT 'nl',
    url              TEXT,
    duration_minutes INT CHECK (duration_minutes > 0),
    summary          TEXT        NOT NULL,
    themes           TEXT[]      NOT NULL DEFAULT '{}',
    dimension_keys   TEXT[]      NOT NULL DEFAULT '{}',
    audience         TEXT[]      NOT NULL DEFAULT '{}',
    status           TEXT        NOT NULL CHECK (status IN ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED')),
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    lock_version     BIGINT      NOT NULL DEFAULT 0,
    search           tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('dutch', coalesce(title, '')), 'A') ||
        setweight(to_tsvector('dutch', coalesce(authors, '')), 'B') ||
        setweight(to_tsvector('dutch', coalesce(summary, '')), 'C')) STORED
);
CREATE INDEX resource_search ON resource USING gin (search);
CREATE INDEX resource_published ON resource (kind, year) WHERE status = 'PUBLISHED';
CREATE INDEX resource_themes ON resource USING gin (themes);
