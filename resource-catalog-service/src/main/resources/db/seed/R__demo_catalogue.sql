-- Superseded by R__catalogue_seed.sql (which also removes the twelve entries this file once inserted). Kept, empty,
-- because databases that applied it record it: Flyway refuses to start when an applied migration disappears.
SELECT 1;
