-- 0015: safeguarding records a children's home keeps (issue 27). A missing-from-care
-- episode runs from the report to the return interview.
ALTER TABLE incidents ADD COLUMN police_reference TEXT;
ALTER TABLE incidents ADD COLUMN returned_at TEXT;
ALTER TABLE incidents ADD COLUMN return_how TEXT;
ALTER TABLE incidents ADD COLUMN whereabouts TEXT;
ALTER TABLE incidents ADD COLUMN return_injuries TEXT;
ALTER TABLE incidents ADD COLUMN return_recorded_by TEXT;
ALTER TABLE incidents ADD COLUMN interview_at TEXT;
ALTER TABLE incidents ADD COLUMN interview_by TEXT;
ALTER TABLE incidents ADD COLUMN interview_summary TEXT;
ALTER TABLE incidents ADD COLUMN interview_recorded_by TEXT;
CREATE TABLE sightings (
    id           TEXT PRIMARY KEY,
    site_id      TEXT NOT NULL,
    resident_id  TEXT NOT NULL REFERENCES residents(id),
    incident_id  TEXT NOT NULL,
    at           TEXT NOT NULL,
    place        TEXT NOT NULL,
    staff_id     TEXT NOT NULL,
    seen_by      TEXT,
    note         TEXT
);
CREATE INDEX sightings_incident ON sightings (incident_id);

-- The no-contact list: who must not reach a young person (reason sealed for clinicians and
-- managers); and the log of every visit, call, message or letter, checked against it.
CREATE TABLE no_contacts (
    id            TEXT PRIMARY KEY,
    site_id       TEXT NOT NULL,
    resident_id   TEXT NOT NULL REFERENCES residents(id),
    name          TEXT NOT NULL,
    relationship  TEXT NOT NULL,
    added_by      TEXT NOT NULL,
    added_on      TEXT NOT NULL,
    reason        TEXT,
    aliases       TEXT NOT NULL DEFAULT '[]',
    phones        TEXT NOT NULL DEFAULT '[]',
    description   TEXT,
    deleted       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX no_contacts_resident ON no_contacts (resident_id);
CREATE TABLE contacts (
    id             TEXT PRIMARY KEY,
    site_id        TEXT NOT NULL,
    resident_id    TEXT NOT NULL REFERENCES residents(id),
    at             TEXT NOT NULL,
    kind           TEXT NOT NULL,
    who            TEXT NOT NULL,
    staff_id       TEXT NOT NULL,
    relationship   TEXT,
    phone          TEXT,
    supervised_by  TEXT,
    reason         TEXT,
    outcome        TEXT,
    allowed        INTEGER NOT NULL DEFAULT 1,
    unknown_person INTEGER NOT NULL DEFAULT 0,
    no_contact_id  TEXT,
    unvetted_adult_id TEXT,
    amends_id      TEXT,
    amend_reason   TEXT
);
CREATE INDEX contacts_resident ON contacts (resident_id, at);

-- Restraint and physical intervention (append-only, amended by new rows), the young
-- person's debrief and the manager's review, each a record of its own.
CREATE TABLE restraints (
    id             TEXT PRIMARY KEY,
    site_id        TEXT NOT NULL,
    resident_id    TEXT NOT NULL REFERENCES residents(id),
    started_at     TEXT NOT NULL,
    duration_min   INTEGER NOT NULL,
    behaviour      TEXT NOT NULL,
    technique      TEXT NOT NULL,
    held_by        TEXT NOT NULL,
    staff_id       TEXT NOT NULL,
    measure        TEXT,
    witnesses      TEXT,
    child_injuries TEXT,
    staff_injuries TEXT,
    medical_check  TEXT,
    amends_id      TEXT,
    amend_reason   TEXT
);
CREATE INDEX restraints_resident ON restraints (resident_id, started_at);
CREATE TABLE restraint_debriefs (
    id            TEXT PRIMARY KEY,
    site_id       TEXT NOT NULL,
    resident_id   TEXT NOT NULL REFERENCES residents(id),
    restraint_id  TEXT NOT NULL,
    held_at       TEXT NOT NULL,
    child_words   TEXT NOT NULL,
    staff_id      TEXT NOT NULL,
    held_by       TEXT
);
CREATE INDEX restraint_debriefs_restraint ON restraint_debriefs (restraint_id);
CREATE TABLE restraint_reviews (
    id            TEXT PRIMARY KEY,
    site_id       TEXT NOT NULL,
    resident_id   TEXT NOT NULL REFERENCES residents(id),
    restraint_id  TEXT NOT NULL,
    reviewed_at   TEXT NOT NULL,
    review        TEXT NOT NULL,
    staff_id      TEXT NOT NULL,
    actions       TEXT
);
CREATE INDEX restraint_reviews_restraint ON restraint_reviews (restraint_id);

-- The house log: what happened in the house that is not about one young person.
CREATE TABLE house_log (
    id            TEXT PRIMARY KEY,
    site_id       TEXT NOT NULL,
    at            TEXT NOT NULL,
    category      TEXT NOT NULL,
    text          TEXT NOT NULL,
    staff_id      TEXT NOT NULL,
    resident_ids  TEXT NOT NULL DEFAULT '[]',
    amends_id     TEXT,
    amend_reason  TEXT
);
CREATE INDEX house_log_at ON house_log (at);

-- Today and the weekly report read these by time, current versions only.
CREATE INDEX contacts_at ON contacts (at);
CREATE INDEX contacts_amends ON contacts (amends_id) WHERE amends_id IS NOT NULL;
CREATE INDEX house_log_amends ON house_log (amends_id) WHERE amends_id IS NOT NULL;
CREATE INDEX restraints_amends ON restraints (amends_id) WHERE amends_id IS NOT NULL;
