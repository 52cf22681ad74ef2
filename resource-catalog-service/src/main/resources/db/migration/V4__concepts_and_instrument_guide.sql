-- Concepts: every entry is tagged with the concepts of the shared vocabulary (event-contracts vocabulary/concepts.json)
-- beside its instrument dimension keys, so that one idea measured by two instruments finds the same entries. Existing
-- entries get their concepts from their dimension keys at start (catalogue's ConceptTags: each key through the
-- vocabulary; a key two instruments use for different concepts is read by the instrument the entry's other keys
-- belong to); the seed script writes its own.
ALTER TABLE resource ADD COLUMN concepts TEXT[] NOT NULL DEFAULT '{}';
CREATE INDEX resource_concepts ON resource USING gin (concepts);

-- The instrument guide: for each instrument description, what it measures, for whom, how long it is, whether it looks
-- at a team or the whole organisation and at employees or students, and the built-in instrument that follows it.
CREATE TABLE instrument_guide (
    resource_id    UUID PRIMARY KEY REFERENCES resource (id) ON DELETE CASCADE,
    measures       TEXT   NOT NULL,
    for_whom       TEXT   NOT NULL,
    length_text    TEXT   NOT NULL,
    length         TEXT   NOT NULL CHECK (length IN ('quick', 'full')),
    scopes         TEXT[] NOT NULL CHECK (cardinality(scopes) > 0 AND scopes <@ ARRAY['team', 'organisation']),
    audiences      TEXT[] NOT NULL CHECK (cardinality(audiences) > 0 AND audiences <@ ARRAY['employees', 'students']),
    instrument_key TEXT CHECK (instrument_key ~ '^[a-z][a-z0-9-]{0,63}$'),
    built_in_note  TEXT
);
