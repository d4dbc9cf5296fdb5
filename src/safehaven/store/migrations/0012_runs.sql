-- Run envelopes (sync format 3): a laptop seals a run of its change sets as one envelope.
-- A received run is kept once, by its hash, and each of its change sets (applied, or set
-- aside in quarantine) names it in `run` instead of holding an envelope of its own, so the
-- laptop can pass the run on unchanged without storing it once per change set.
CREATE TABLE runs (hash BLOB PRIMARY KEY, envelope BLOB NOT NULL) WITHOUT ROWID;
ALTER TABLE change_sets ADD COLUMN run BLOB;
ALTER TABLE quarantine ADD COLUMN run BLOB;
