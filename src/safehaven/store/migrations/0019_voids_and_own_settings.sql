-- 0019 (issue 25): a check-in voided with a reason is a new row naming the old one (as a
-- correction is) with `voided = 1`: the chain stays in the history and nothing counts it.
-- Each person's own choices (their language, a shorter idle lock) live in `staff_prefs`,
-- one row per person, synced so that they follow the person to every laptop of the house.
ALTER TABLE check_ins ADD COLUMN voided INTEGER NOT NULL DEFAULT 0;

CREATE TABLE staff_prefs (
    id           TEXT PRIMARY KEY,
    site_id      TEXT NOT NULL,
    staff_id     TEXT NOT NULL,
    language     TEXT,
    lock_minutes INTEGER
);
CREATE INDEX staff_prefs_staff ON staff_prefs (staff_id);
