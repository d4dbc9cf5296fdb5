-- 0009: outcome measures (scores only) and custom scales; group sessions with attendance
-- per resident; acknowledgements of Today's alerts. (0008 is reserved for another change.)
CREATE TABLE custom_scales (
    id          TEXT PRIMARY KEY,
    site_id     TEXT NOT NULL,
    name        TEXT NOT NULL,
    min_score   INTEGER NOT NULL,
    max_score   INTEGER NOT NULL,
    bands       TEXT NOT NULL DEFAULT '[]',
    higher_is_better INTEGER NOT NULL DEFAULT 0,
    created_by  TEXT,
    deleted     INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE outcome_measures (
    id               TEXT PRIMARY KEY,
    site_id          TEXT NOT NULL,
    resident_id      TEXT NOT NULL REFERENCES residents(id),
    instrument       TEXT NOT NULL,
    taken_on         TEXT NOT NULL,
    total            INTEGER NOT NULL,
    administered_by  TEXT NOT NULL,
    subscales        TEXT NOT NULL DEFAULT '[]',
    note             TEXT,
    deleted          INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX outcome_measures_resident ON outcome_measures (resident_id, taken_on);
CREATE TABLE group_sessions (
    id            TEXT PRIMARY KEY,
    site_id       TEXT NOT NULL,
    modality      TEXT NOT NULL,
    title         TEXT NOT NULL,
    scheduled_at  TEXT NOT NULL,
    duration_min  INTEGER NOT NULL DEFAULT 60,
    place         TEXT,
    facilitator   TEXT,
    status        TEXT NOT NULL DEFAULT 'scheduled',
    reason        TEXT,
    deleted       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX group_sessions_time ON group_sessions (scheduled_at);
CREATE TABLE group_attendance (
    id           TEXT PRIMARY KEY,
    site_id      TEXT NOT NULL,
    group_id     TEXT NOT NULL REFERENCES group_sessions(id),
    resident_id  TEXT NOT NULL REFERENCES residents(id),
    plan_id      TEXT NOT NULL REFERENCES therapy_plans(id),
    status       TEXT NOT NULL DEFAULT 'booked',
    deleted      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX group_attendance_group ON group_attendance (group_id);
CREATE INDEX group_attendance_resident ON group_attendance (resident_id);
CREATE TABLE alert_acks (
    id           TEXT PRIMARY KEY,
    site_id      TEXT NOT NULL,
    resident_id  TEXT NOT NULL REFERENCES residents(id),
    kind         TEXT NOT NULL,
    condition    TEXT NOT NULL,
    note         TEXT NOT NULL,
    acked_by     TEXT NOT NULL,
    acked_at     TEXT NOT NULL
);
CREATE INDEX alert_acks_resident ON alert_acks (resident_id);
