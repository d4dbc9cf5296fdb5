-- 0017: a child's life beyond therapy (issue 31): the trafficking profile and the
-- identification decisions, the legal case and its hearings, school and training, the
-- young person's goals, wishes and complaints, case reviews, and house-wide settings.
-- Restricted fields hold `rk1:` ciphertext (store/restricted.py); columns are the fields of
-- domain/life.py.
CREATE TABLE trafficking_profiles (
    id                     TEXT PRIMARY KEY,
    site_id                TEXT NOT NULL,
    resident_id            TEXT NOT NULL REFERENCES residents(id),
    updated_by             TEXT NOT NULL,
    updated_on             TEXT NOT NULL,
    exploitation           TEXT,
    country_of_origin      TEXT,
    citizenship            TEXT,
    exploitation_countries TEXT,
    exploitation_period    TEXT,
    identified_how         TEXT,
    identified_by          TEXT,
    immigration_status     TEXT,
    guardian               TEXT,
    guardian_contact       TEXT,
    deleted                INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX trafficking_profiles_resident ON trafficking_profiles (resident_id);
CREATE TABLE identification_decisions (
    id           TEXT PRIMARY KEY,
    site_id      TEXT NOT NULL,
    resident_id  TEXT NOT NULL REFERENCES residents(id),
    kind         TEXT NOT NULL,
    outcome      TEXT NOT NULL,
    recorded_by  TEXT NOT NULL,
    applied_on   TEXT,
    decided_on   TEXT,
    reference    TEXT,
    note         TEXT,
    deleted      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX identification_decisions_resident ON identification_decisions (resident_id);
CREATE TABLE legal_cases (
    id                TEXT PRIMARY KEY,
    site_id           TEXT NOT NULL,
    resident_id       TEXT NOT NULL REFERENCES residents(id),
    kind              TEXT NOT NULL,
    opened_on         TEXT NOT NULL,
    recorded_by       TEXT NOT NULL,
    status            TEXT NOT NULL DEFAULT 'open',
    reference         TEXT,
    lawyer            TEXT,
    special_measures  TEXT,
    outcome           TEXT,
    notes             TEXT,
    closed_on         TEXT,
    deleted           INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX legal_cases_resident ON legal_cases (resident_id);
CREATE TABLE hearings (
    id              TEXT PRIMARY KEY,
    site_id         TEXT NOT NULL,
    resident_id     TEXT NOT NULL REFERENCES residents(id),
    case_id         TEXT NOT NULL,
    at              TEXT NOT NULL,
    kind            TEXT NOT NULL,
    place           TEXT NOT NULL,
    recorded_by     TEXT NOT NULL,
    duration_min    INTEGER NOT NULL DEFAULT 120,
    accompanied_by  TEXT,
    transport       TEXT,
    status          TEXT NOT NULL DEFAULT 'scheduled',
    note            TEXT,
    deleted         INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX hearings_at ON hearings (at);
CREATE INDEX hearings_resident ON hearings (resident_id, at);
CREATE TABLE education_placements (
    id                  TEXT PRIMARY KEY,
    site_id             TEXT NOT NULL,
    resident_id         TEXT NOT NULL REFERENCES residents(id),
    kind                TEXT NOT NULL,
    provider            TEXT NOT NULL,
    start_date          TEXT NOT NULL,
    recorded_by         TEXT NOT NULL,
    course              TEXT,
    provider_contact    TEXT,
    designated_teacher  TEXT,
    end_date            TEXT,
    deleted             INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX education_placements_resident ON education_placements (resident_id);
CREATE TABLE school_weeks (
    id            TEXT PRIMARY KEY,
    site_id       TEXT NOT NULL,
    resident_id   TEXT NOT NULL REFERENCES residents(id),
    placement_id  TEXT NOT NULL,
    week_start    TEXT NOT NULL,
    expected      INTEGER NOT NULL,
    attended      INTEGER NOT NULL,
    recorded_by   TEXT NOT NULL,
    note          TEXT,
    deleted       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX school_weeks_week ON school_weeks (week_start);
CREATE INDEX school_weeks_resident ON school_weeks (resident_id);
CREATE TABLE school_events (
    id            TEXT PRIMARY KEY,
    site_id       TEXT NOT NULL,
    resident_id   TEXT NOT NULL REFERENCES residents(id),
    placement_id  TEXT NOT NULL,
    kind          TEXT NOT NULL,
    happened_on   TEXT NOT NULL,
    detail        TEXT NOT NULL,
    staff_id      TEXT NOT NULL,
    days          INTEGER,
    amends_id     TEXT,
    amend_reason  TEXT
);
CREATE INDEX school_events_resident ON school_events (resident_id, happened_on);
CREATE INDEX school_events_amends ON school_events (amends_id);
CREATE TABLE child_goals (
    id           TEXT PRIMARY KEY,
    site_id      TEXT NOT NULL,
    resident_id  TEXT NOT NULL REFERENCES residents(id),
    words        TEXT NOT NULL,
    set_on       TEXT NOT NULL,
    recorded_by  TEXT NOT NULL,
    plan_id      TEXT,
    status       TEXT NOT NULL DEFAULT 'working-on',
    reviewed_on  TEXT,
    progress     TEXT,
    deleted      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX child_goals_resident ON child_goals (resident_id);
CREATE TABLE wishes (
    id            TEXT PRIMARY KEY,
    site_id       TEXT NOT NULL,
    resident_id   TEXT NOT NULL REFERENCES residents(id),
    said_on       TEXT NOT NULL,
    words         TEXT NOT NULL,
    staff_id      TEXT NOT NULL,
    topic         TEXT,
    review_id     TEXT,
    amends_id     TEXT,
    amend_reason  TEXT
);
CREATE INDEX wishes_resident ON wishes (resident_id, said_on);
CREATE INDEX wishes_amends ON wishes (amends_id);
CREATE TABLE complaints (
    id               TEXT PRIMARY KEY,
    site_id          TEXT NOT NULL,
    resident_id      TEXT NOT NULL REFERENCES residents(id),
    made_on          TEXT NOT NULL,
    details          TEXT NOT NULL,
    received_by      TEXT NOT NULL,
    handling         TEXT,
    answer           TEXT,
    outcome          TEXT,
    answered_on      TEXT,
    answered_by      TEXT,
    child_satisfied  TEXT,
    deleted          INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX complaints_resident ON complaints (resident_id);
CREATE TABLE case_reviews (
    id               TEXT PRIMARY KEY,
    site_id          TEXT NOT NULL,
    resident_id      TEXT NOT NULL REFERENCES residents(id),
    held_on          TEXT NOT NULL,
    chaired_by       TEXT NOT NULL,
    participants     TEXT NOT NULL,
    decisions        TEXT NOT NULL,
    child_took_part  INTEGER NOT NULL DEFAULT 1,
    next_review      TEXT,
    deleted          INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX case_reviews_resident ON case_reviews (resident_id, held_on);
CREATE TABLE house_settings (
    id          TEXT PRIMARY KEY,
    site_id     TEXT NOT NULL,
    name        TEXT NOT NULL,
    value       TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    updated_on  TEXT NOT NULL
);
