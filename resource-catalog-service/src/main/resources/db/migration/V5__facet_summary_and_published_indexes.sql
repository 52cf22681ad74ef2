-- Catalogue search at 100,000 entries (issue 19).
--
-- 1. A summary of the facet counts, kept current in the same transaction by statement-level triggers (so curation's
--    publish, unpublish, archive and edit, and any bulk load, keep it exact): for each status, the number of entries
--    carrying each facet value ("kind:book", "theme:leadership", ...), overall (filter '') and within each single facet
--    value (filter 'theme:leadership'). A search with no words and at most one facet filter reads its total and all
--    facet counts here instead of counting a quarter of the catalogue. An entry counts once per value (a theme listed
--    twice on one entry is one entry), as a facet says how many entries a click on it would give.
CREATE FUNCTION lc_facet_tags(kind text, language text, themes text[], dimension_keys text[], audience text[])
    RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT ARRAY(SELECT DISTINCT t FROM (
              SELECT 'kind:' || kind AS t UNION ALL SELECT 'language:' || language
              UNION ALL SELECT 'theme:' || x FROM unnest(themes) x
              UNION ALL SELECT 'dimension:' || x FROM unnest(dimension_keys) x
              UNION ALL SELECT 'audience:' || x FROM unnest(audience) x) s WHERE t IS NOT NULL ORDER BY t) $$;

CREATE TABLE resource_facet_count (
    status TEXT   NOT NULL,
    filter TEXT   NOT NULL, -- '' (no filter) or one facet value 'theme:leadership'
    value  TEXT   NOT NULL, -- a facet value 'kind:book'
    n      BIGINT NOT NULL,
    PRIMARY KEY (status, filter, value)
);


CREATE FUNCTION lc_facet_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO resource_facet_count (status, filter, value, n)
    SELECT r.status, f.f, v.v, count(*)
    FROM (SELECT status, lc_facet_tags(kind, language, themes, dimension_keys, audience) AS tags FROM new_rows) r,
         LATERAL unnest(ARRAY[''] || r.tags) AS f(f), LATERAL unnest(r.tags) AS v(v)
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (status, filter, value) DO UPDATE SET n = resource_facet_count.n + EXCLUDED.n;
    RETURN NULL;
END $$;

CREATE FUNCTION lc_facet_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO resource_facet_count (status, filter, value, n)
    SELECT r.status, f.f, v.v, -count(*)
    FROM (SELECT status, lc_facet_tags(kind, language, themes, dimension_keys, audience) AS tags FROM old_rows) r,
         LATERAL unnest(ARRAY[''] || r.tags) AS f(f), LATERAL unnest(r.tags) AS v(v)
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (status, filter, value) DO UPDATE SET n = resource_facet_count.n + EXCLUDED.n;
    RETURN NULL;
END $$;

CREATE FUNCTION lc_facet_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO resource_facet_count (status, filter, value, n)
    SELECT r.status, f.f, v.v, sum(r.sign)
    FROM (SELECT status, lc_facet_tags(kind, language, themes, dimension_keys, audience) AS tags, 1 AS sign FROM new_rows
          UNION ALL
          SELECT status, lc_facet_tags(kind, language, themes, dimension_keys, audience), -1 FROM old_rows) r,
         LATERAL unnest(ARRAY[''] || r.tags) AS f(f), LATERAL unnest(r.tags) AS v(v)
    GROUP BY 1, 2, 3 HAVING sum(r.sign) <> 0 ORDER BY 1, 2, 3
    ON CONFLICT (status, filter, value) DO UPDATE SET n = resource_facet_count.n + EXCLUDED.n;
    RETURN NULL;
END $$;


CREATE FUNCTION lc_facet_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM resource_facet_count;
    RETURN NULL;
END $$;

CREATE TRIGGER resource_facet_truncated AFTER TRUNCATE ON resource FOR EACH STATEMENT EXECUTE FUNCTION lc_facet_truncated();
CREATE TRIGGER resource_facet_inserted AFTER INSERT ON resource REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION lc_facet_inserted();
CREATE TRIGGER resource_facet_deleted AFTER DELETE ON resource REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION lc_facet_deleted();
CREATE TRIGGER resource_facet_updated AFTER UPDATE ON resource REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION lc_facet_updated();

INSERT INTO resource_facet_count (status, filter, value, n)
SELECT r.status, f.f, v.v, count(*)
FROM (SELECT status, lc_facet_tags(kind, language, themes, dimension_keys, audience) AS tags FROM resource) r,
     LATERAL unnest(ARRAY[''] || r.tags) AS f(f), LATERAL unnest(r.tags) AS v(v)
GROUP BY 1, 2, 3;

-- 2. Orders among published entries of one kind (kind=podcast&sort=newest reads its page along the index instead of
--    sorting every podcast), and the title order among published entries (the default order without words).
CREATE INDEX resource_published_kind_newest ON resource (kind, year DESC NULLS LAST, created_at DESC, id) WHERE status = 'PUBLISHED';
CREATE INDEX resource_published_kind_title ON resource (kind, lower(title), id) WHERE status = 'PUBLISHED';
CREATE INDEX resource_published_title ON resource (lower(title), id) WHERE status = 'PUBLISHED';
