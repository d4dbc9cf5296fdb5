-- 0013: a received change set that writes the roster (staff, restricted key grants) keeps
-- the body its author signed, so this laptop can check again, at every unlock, that who
-- holds which role and key follows from signatures and not from its own tables, which any
-- passphrase holder with an SQL console can edit (store/roster_trust.py). Change sets
-- received before keep NULL until sync/engine.keep_roster_bodies opens their envelopes.
ALTER TABLE change_sets ADD COLUMN body TEXT;
