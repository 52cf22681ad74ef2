-- A respondent whose answer was stored but whose confirmation was lost (a dropped connection, a database restart
-- during commit) retries with the same code. To answer that retry "accepted" instead of "already answered", the
-- invitation keeps, for 15 minutes only, an HMAC of the stored answers keyed by the plain code: the server never
-- stores the code, so without it the receipt cannot be tied to any response. Cleared by the minute.
ALTER TABLE invitation ADD COLUMN retry_receipt TEXT;
ALTER TABLE invitation ADD COLUMN retry_receipt_until TIMESTAMPTZ;
CREATE INDEX invitation_retry_receipt_until ON invitation (retry_receipt_until) WHERE retry_receipt_until IS NOT NULL;
