-- Token buckets of the rate limits shared by all replicas (platform ratelimit.PostgresRateLimiter: Bucket4j's
-- PostgreSQL store, SELECT ... FOR UPDATE per bucket).
--
-- UNLOGGED: a bucket lives for minutes and every limited request rewrites it. Losing the table in a crash (or on a
-- failover: standbys hold no unlogged data) only means that every bucket starts full again, which is what a limit
-- that was never hit looks like; in exchange the writes make no WAL, so they neither load replication nor grow the
-- archived WAL of the database they share with the service's own data.
-- No index on expires_at: it changes with every write, and an index on it would rule out HOT updates (and bloat the
-- primary key's index); the cleanup (once a minute, LIMIT 1000 ... SKIP LOCKED) scans a table of active keys only.
-- fillfactor 70 leaves room in each page for the next version of a row, so updates stay HOT.
-- IF NOT EXISTS: a gateway may share a database with a service (each with its own Flyway history); they share the
-- table then, their keys never meet.
CREATE UNLOGGED TABLE IF NOT EXISTS rate_limit_bucket (
    -- SHA-256 (hex) of the limit's key and shape: never the key itself, which may be an answering code or an address
    id         TEXT PRIMARY KEY,
    -- Bucket4j's serialized bucket; NULL for a moment while a new bucket's row is being claimed
    state      BYTEA,
    -- epoch milliseconds after which the bucket is full again and may be removed (Bucket4j's expiration after write).
    -- Bucket4j first inserts an empty row and fills it in a second transaction; the default expires such a row a
    -- minute later should the second transaction never come (the database went away in between).
    expires_at BIGINT NOT NULL DEFAULT ((extract(epoch FROM clock_timestamp()) * 1000)::bigint + 60000)
) WITH (fillfactor = 70);
