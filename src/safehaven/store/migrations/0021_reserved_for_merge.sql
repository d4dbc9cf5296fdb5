-- Placeholder on branch h/lifecycle only: number 0021 belongs to another helper's
-- migration. The lead deletes this file at merge (migration numbers must be contiguous).
SELECT 1;
