-- The concept of the shared vocabulary (event contracts, vocabulary/concepts.json) that each dimension score measures:
-- from survey.scan-completed.v1's optional dimensions[].concept, else, for a built-in instrument's dimension, from the
-- vocabulary at ingest. Rows stored before this column are given theirs at start (ingest/ConceptBackfill: the
-- vocabulary is the one source, so it is not copied into this migration). NULL: a custom dimension naming no concept.
ALTER TABLE dimension_score ADD COLUMN concept TEXT;
CREATE INDEX dimension_score_concept ON dimension_score (concept) WHERE concept IS NOT NULL;
