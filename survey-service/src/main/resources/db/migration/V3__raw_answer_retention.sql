-- Retention: raw answers and drafts of long-closed scans are deleted; the scan's results (dimension_result,
-- response_count, overall_index) stay. This records when, so answers can say why open texts are gone.
ALTER TABLE scan ADD COLUMN raw_answers_deleted_at TIMESTAMPTZ;
CREATE INDEX scan_retention_due ON scan (closed_at) WHERE raw_answers_deleted_at IS NULL AND closed_at IS NOT NULL;
