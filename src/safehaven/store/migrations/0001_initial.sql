-- 0001: the first schema. Synced tables carry a UUIDv7 id and the site (house) id;
-- mutable kinds have a `deleted` tombstone; append-only kinds are never updated.

CREATE TABLE local_state (          -- this device's own settings; never synced
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE sites (
    id           TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    organisation TEXT NOT NULL
);

CREATE TABLE staff (
    id           TEXT PRIMARY KEY,
    site_id      TEXT NOT NULL,
    display_name TEXT NOT NULL,
    role         TEXT NOT NULL,
    active       INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE devices (
    id          TEXT PRIMARY KEY,
    site_id     TEXT NOT NULL,
    name        TEXT NOT NULL,
    enrolled_at TEXT NOT NULL,
    revoked     INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE residents (
    id                 TEXT PRIMARY KEY,
    site_id            TEXT NOT NULL,
    preferred_name     TEXT NOT NULL,
    intake_date        TEXT NOT NULL,
    stage              TEXT NOT NULL,
    legal_name         TEXT,
    date_of_birth      TEXT,
    age_estimate       INTEGER,
    age_estimated_on   TEXT,
    gender             TEXT,
    pronouns           TEXT,
    languages          TEXT NOT NULL DEFAULT '[]',
    interpreter_needed INTEGER NOT NULL DEFAULT 0,
    cultural_notes     TEXT,
    referral_source    TEXT,
    key_worker_id      TEXT,
    discharge_date     TEXT,
    deleted            INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE stage_changes (
    id          TEXT PRIMARY KEY,
    site_id     TEXT NOT NULL,
    resident_id TEXT NOT NULL REFERENCES residents(id),
    from_stage  TEXT,
    to_stage    TEXT NOT NULL,
    changed_on  TEXT NOT NULL,
    reason      TEXT NOT NULL,
    staff_id    TEXT NOT NULL
);

CREATE TABLE needs (
    id          TEXT PRIMARY KEY,
    site_id     TEXT NOT NULL,
    resident_id TEXT NOT NULL REFERENCES residents(id),
    category    TEXT NOT NULL,
    priority    TEXT NOT NULL,
    status      TEXT NOT NULL,
    opened_on   TEXT NOT NULL,
    owner_id    TEXT,
    due_date    TEXT,
    closed_on   TEXT,
    notes       TEXT,
    deleted     INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE check_ins (
    id           TEXT PRIMARY KEY,
    site_id      TEXT NOT NULL,
    resident_id  TEXT NOT NULL REFERENCES residents(id),
    date         TEXT NOT NULL,
    shift        TEXT NOT NULL,
    mood         INTEGER NOT NULL CHECK (mood BETWEEN 1 AND 5),
    staff_id     TEXT NOT NULL,
    sleep        TEXT,
    appetite     TEXT,
    feels_safe   TEXT,
    engagement   TEXT,
    incidents    TEXT,
    flags        TEXT NOT NULL DEFAULT '[]',
    note         TEXT,
    amends_id    TEXT REFERENCES check_ins(id),
    amend_reason TEXT
);

CREATE TABLE therapy_plans (
    id             TEXT PRIMARY KEY,
    site_id        TEXT NOT NULL,
    resident_id    TEXT NOT NULL REFERENCES residents(id),
    modality       TEXT NOT NULL,
    provider       TEXT NOT NULL,
    frequency      TEXT NOT NULL,
    start_date     TEXT NOT NULL,
    end_date       TEXT,
    funding_source TEXT,
    session_cap    INTEGER,
    interpreter    TEXT,
    deleted        INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE therapy_sessions (
    id           TEXT PRIMARY KEY,
    site_id      TEXT NOT NULL,
    resident_id  TEXT NOT NULL REFERENCES residents(id),
    plan_id      TEXT NOT NULL REFERENCES therapy_plans(id),
    scheduled_at TEXT NOT NULL,
    duration_min INTEGER NOT NULL,
    place        TEXT,
    status       TEXT NOT NULL,
    reason       TEXT,
    deleted      INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE case_notes (
    id           TEXT PRIMARY KEY,
    site_id      TEXT NOT NULL,
    resident_id  TEXT NOT NULL REFERENCES residents(id),
    kind         TEXT NOT NULL,
    body         TEXT NOT NULL,
    staff_id     TEXT NOT NULL,
    written_at   TEXT NOT NULL,
    session_id   TEXT,
    for_manager  INTEGER NOT NULL DEFAULT 0,
    amends_id    TEXT REFERENCES case_notes(id),
    amend_reason TEXT
);

CREATE TABLE referrals (
    id              TEXT PRIMARY KEY,
    site_id         TEXT NOT NULL,
    resident_id     TEXT NOT NULL REFERENCES residents(id),
    kind            TEXT NOT NULL,
    to_organisation TEXT NOT NULL,
    status          TEXT NOT NULL,
    made_on         TEXT NOT NULL,
    notes           TEXT,
    deleted         INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE consents (
    id               TEXT PRIMARY KEY,
    site_id          TEXT NOT NULL,
    resident_id      TEXT NOT NULL REFERENCES residents(id),
    purpose          TEXT NOT NULL,
    granted_on       TEXT NOT NULL,
    expires_on       TEXT NOT NULL,
    guardian_name    TEXT,
    guardian_consent INTEGER NOT NULL DEFAULT 0,
    child_assent     INTEGER NOT NULL DEFAULT 0,
    referral_id      TEXT,
    revoked_on       TEXT,
    recorded_by      TEXT,
    deleted          INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE trusted_adults (
    id             TEXT PRIMARY KEY,
    site_id        TEXT NOT NULL,
    resident_id    TEXT NOT NULL REFERENCES residents(id),
    name           TEXT NOT NULL,
    relationship   TEXT NOT NULL,
    phone          TEXT,
    vetting_status TEXT NOT NULL,
    vetted_by      TEXT,
    vetted_on      TEXT,
    vetting_method TEXT,
    vetting_notes  TEXT,
    deleted        INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE follow_ups (
    id          TEXT PRIMARY KEY,
    site_id     TEXT NOT NULL,
    resident_id TEXT NOT NULL REFERENCES residents(id),
    due_date    TEXT NOT NULL,
    done_on     TEXT,
    method      TEXT,
    risk_level  TEXT,
    notes       TEXT,
    done_by     TEXT,
    deleted     INTEGER NOT NULL DEFAULT 0
);

-- One row per local write transaction: the unit that sync encrypts and ships.
-- Who wrote it (device, staff) is said once here, not in each change-log entry.
CREATE TABLE change_sets (
    local_id   INTEGER PRIMARY KEY,
    id         TEXT NOT NULL UNIQUE,
    device_id  TEXT NOT NULL,
    device_seq INTEGER NOT NULL,
    hlc        INTEGER NOT NULL,
    staff_id   TEXT,
    UNIQUE (device_id, device_seq)
);

-- The permanent history: one entry per changed field of an update, or one entry
-- (field '*') carrying the whole row when a row is created.
CREATE TABLE change_log (
    change_id  INTEGER PRIMARY KEY,
    changeset  INTEGER NOT NULL REFERENCES change_sets(local_id),
    table_name TEXT NOT NULL,
    row_id     TEXT NOT NULL,
    field      TEXT NOT NULL,
    value      TEXT,
    hlc        INTEGER NOT NULL,
    base_hlc   INTEGER
);
CREATE INDEX change_log_field ON change_log (table_name, row_id, field, hlc);

CREATE TABLE audit_log (
    id          TEXT PRIMARY KEY,
    site_id     TEXT NOT NULL,
    hlc         INTEGER NOT NULL,
    device_id   TEXT NOT NULL,
    staff_id    TEXT,
    action      TEXT NOT NULL,
    table_name  TEXT,
    row_id      TEXT,
    resident_id TEXT
);
