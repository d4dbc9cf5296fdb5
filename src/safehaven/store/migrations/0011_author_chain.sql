-- An author's change sets on one laptop form a hash chain under their signatures: each
-- names the hash of the one its author made here before it (`author_prev`), and keeps its
-- own (`author_hash`) for the next. A receiver holding a run then checks one signature
-- for the run instead of one per change set (sync/engine.py). Change sets from before
-- have neither and are checked one by one, as they always were.
ALTER TABLE change_sets ADD COLUMN author_prev BLOB;
ALTER TABLE change_sets ADD COLUMN author_hash BLOB;
