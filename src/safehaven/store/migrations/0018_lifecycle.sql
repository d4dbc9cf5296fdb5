-- 0018: a child's record over its whole life (issue 30). Closing and reopening a case
-- (append-only: the latest event that counts decides), approvals (append-only steps) and
-- legal holds. The house's settings are 0017's `house_settings`.
CREATE TABLE case_closures (
    id             TEXT PRIMARY KEY,
    site_id        TEXT NOT NULL,
    resident_id    TEXT NOT NULL REFERENCES residents(id),
    action         TEXT NOT NULL,
    day            TEXT NOT NULL,
    staff_id       TEXT NOT NULL,
    reason         TEXT,
    destination    TEXT,
    note           TEXT,
    needs_approval INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX case_closures_resident ON case_closures (resident_id, id);

CREATE TABLE approvals (
    id          TEXT PRIMARY KEY,
    site_id     TEXT NOT NULL,
    resident_id TEXT NOT NULL REFERENCES residents(id),
    subject     TEXT NOT NULL,
    subject_id  TEXT NOT NULL,
    status      TEXT NOT NULL,
    at          TEXT NOT NULL,
    staff_id    TEXT NOT NULL,
    comment     TEXT
);
CREATE INDEX approvals_subject ON approvals (subject_id, at);

CREATE TABLE legal_holds (
    id          TEXT PRIMARY KEY,
    site_id     TEXT NOT NULL,
    resident_id TEXT NOT NULL REFERENCES residents(id),
    reason      TEXT NOT NULL,
    placed_on   TEXT NOT NULL,
    placed_by   TEXT NOT NULL,
    lifted_on   TEXT,
    lifted_by   TEXT,
    deleted     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX legal_holds_resident ON legal_holds (resident_id);

-- the audit viewer reads a staff member's entries (a child's have an index since 0002)
CREATE INDEX IF NOT EXISTS audit_log_staff ON audit_log (staff_id, hlc);
