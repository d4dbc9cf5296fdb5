-- 0021: documents finished (issue 29). Each restricted key now names its circle: the
-- house's key for clinicians and managers (every key so far), or the managers' own key
-- (a managers-only document's key is sealed under it). A picture keeps, beside its
-- original, a viewing-size copy and a thumbnail (chunk ids, like `chunks`).
ALTER TABLE restricted_grants ADD COLUMN circle TEXT NOT NULL DEFAULT 'clinical';
ALTER TABLE documents ADD COLUMN preview TEXT NOT NULL DEFAULT '[]';
ALTER TABLE documents ADD COLUMN thumb TEXT NOT NULL DEFAULT '[]';
