-- Good practices shared by members (org-managers and participants) into the curation workflow. submitted_by/at
-- already say who sent an entry for review; these say which member shared it, for which organisation of the
-- regional registry, and what the practice document of seed 004 asks of every practice: what made it work
-- (succesfactoren) and what it needs (randvoorwaarden). A contact is a role, never a person's address.
ALTER TABLE resource
    ADD COLUMN shared_by         TEXT,
    ADD COLUMN organisation_id   TEXT,
    ADD COLUMN contact_role      TEXT CHECK (char_length(contact_role) BETWEEN 2 AND 80),
    ADD COLUMN what_made_it_work TEXT[],
    ADD COLUMN preconditions     TEXT[];

-- "My submissions": a member's own entries, newest first.
CREATE INDEX resource_shared_by ON resource (shared_by, created_at DESC, id) WHERE shared_by IS NOT NULL;
