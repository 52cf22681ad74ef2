-- Curation (who did what when), good-practice details, and search that folds accents and tolerates typos.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- unaccent() is only STABLE (its dictionary could change); pinning the dictionary makes it safe for indexes.
CREATE FUNCTION lc_fold(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;
CREATE FUNCTION lc_words(text[]) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT coalesce(array_to_string($1, ' '), '') $$;

-- Dutch stemming ("leren" finds "leert") after folding accents ("creëren" finds "creeren").
CREATE TEXT SEARCH CONFIGURATION dutch_unaccent (COPY = dutch);
ALTER TEXT SEARCH CONFIGURATION dutch_unaccent ALTER MAPPING FOR hword, hword_part, word WITH unaccent, dutch_stem;

ALTER TABLE resource
    ADD COLUMN organisation    TEXT,
    ADD COLUMN sector          TEXT,
    ADD COLUMN category        TEXT CHECK (category IN ('experience-based', 'digital', 'practice-based')),
    ADD COLUMN success_factors TEXT,
    ADD COLUMN source          TEXT,
    ADD COLUMN created_by      TEXT NOT NULL DEFAULT 'system',
    ADD COLUMN updated_by      TEXT,
    ADD COLUMN submitted_by    TEXT,
    ADD COLUMN submitted_at    TIMESTAMPTZ,
    ADD COLUMN published_by    TEXT,
    ADD COLUMN published_at    TIMESTAMPTZ,
    ADD COLUMN archived_by     TEXT,
    ADD COLUMN archived_at     TIMESTAMPTZ;

ALTER TABLE resource DROP COLUMN search;
ALTER TABLE resource ADD COLUMN search tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('dutch_unaccent', coalesce(title, '')), 'A') ||
        setweight(to_tsvector('dutch_unaccent', coalesce(authors, '') || ' ' || coalesce(organisation, '')), 'B') ||
        setweight(to_tsvector('dutch_unaccent', lc_words(themes)), 'B') ||
        setweight(to_tsvector('dutch_unaccent', coalesce(summary, '')), 'C')) STORED;
-- For typo tolerance: the folded words of title, authors and organisation, matched by trigram word similarity.
ALTER TABLE resource ADD COLUMN search_words TEXT GENERATED ALWAYS AS (
        lc_fold(coalesce(title, '') || ' ' || coalesce(authors, '') || ' ' || coalesce(organisation, '') || ' '
                || lc_words(themes))) STORED;

CREATE INDEX resource_search ON resource USING gin (search);
CREATE INDEX resource_search_words ON resource USING gin (search_words gin_trgm_ops);
CREATE INDEX resource_dimensions ON resource USING gin (dimension_keys);
CREATE INDEX resource_audience ON resource USING gin (audience);
CREATE INDEX resource_published_newest ON resource (year DESC NULLS LAST, created_at DESC, id) WHERE status = 'PUBLISHED';
CREATE INDEX resource_title_order ON resource (lower(title), id);
-- Duplicate detection: the same link, or the same title by the same authors.
CREATE INDEX resource_url_key ON resource (lower(url)) WHERE url IS NOT NULL;
CREATE INDEX resource_title_key ON resource (lc_fold(title), lc_fold(coalesce(authors, '')));

-- Every curation step, for "who and when".
CREATE TABLE resource_history (
    id          BIGSERIAL PRIMARY KEY,
    resource_id UUID        NOT NULL REFERENCES resource (id),
    at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    actor       TEXT        NOT NULL,
    action      TEXT        NOT NULL,
    from_status TEXT,
    to_status   TEXT
);
CREATE INDEX resource_history_resource ON resource_history (resource_id, at);
