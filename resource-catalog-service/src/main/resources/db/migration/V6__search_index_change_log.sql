-- Catalogue search from an index in each replica's memory (issue 19): exact totals, exact facets and every match ranked,
-- at any size of the catalogue. PostgreSQL stays the source of truth; every change of an entry is logged here in the
-- same transaction, and each replica applies what committed since it last looked before it answers a search (so a
-- curator who publishes an entry finds it on the next search, on any replica).
--
-- A change is read by the id of the transaction that wrote it (xid), not by its seq: a seq is handed out at insert
-- time and a later seq can commit first. A replica keeps the oldest transaction still running when it last looked
-- (its horizon) and reads every change at or above it; transactions below it had all ended then.
CREATE TABLE catalogue_change (
    seq         BIGSERIAL   PRIMARY KEY,
    xid         BIGINT      NOT NULL DEFAULT pg_current_xact_id()::text::bigint,
    resource_id UUID,                                  -- NULL: the table was truncated, every entry may have changed
    at          TIMESTAMPTZ NOT NULL DEFAULT now()     -- rows older than a day are pruned by the replicas
);
CREATE INDEX catalogue_change_xid ON catalogue_change (xid);

CREATE FUNCTION lc_catalogue_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        INSERT INTO catalogue_change (resource_id) VALUES (NULL);
    ELSIF TG_OP = 'INSERT' THEN
        INSERT INTO catalogue_change (resource_id) SELECT id FROM new_rows;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO catalogue_change (resource_id) SELECT id FROM old_rows;
    ELSE
        INSERT INTO catalogue_change (resource_id) SELECT id FROM new_rows UNION SELECT id FROM old_rows;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER resource_changed_truncate AFTER TRUNCATE ON resource FOR EACH STATEMENT EXECUTE FUNCTION lc_catalogue_changed();
CREATE TRIGGER resource_changed_insert AFTER INSERT ON resource REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION lc_catalogue_changed();
CREATE TRIGGER resource_changed_delete AFTER DELETE ON resource REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION lc_catalogue_changed();
CREATE TRIGGER resource_changed_update AFTER UPDATE ON resource REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION lc_catalogue_changed();

-- The facet summary of V5 (resource_facet_count and its triggers) is no longer read: the index counts every facet of
-- every search exactly. It stays until a later release (expand, then contract): during a rolling deploy replicas of
-- the previous version still answer searches without words from it. Drop it in the first migration after this
-- version has replaced every replica.
