-- 0014: health and medication (issue 28): a health profile per resident (allergies first;
-- `pregnancy` sealed under the restricted key), prescriptions, and the medication
-- administration record and the stock of each medicine (append-only: corrections are new
-- rows naming the old).
CREATE TABLE health_profiles (
    id             TEXT PRIMARY KEY,
    site_id        TEXT NOT NULL,
    resident_id    TEXT NOT NULL REFERENCES residents(id),
    allergies      TEXT NOT NULL DEFAULT '[]',
    reactions      TEXT,
    conditions     TEXT,
    gp_contact     TEXT,
    immunisations  TEXT,
    pregnancy      TEXT,
    updated_by     TEXT,
    updated_on     TEXT,
    deleted        INTEGER NOT NULL DEFAULT 0,
    height_cm      INTEGER,
    weight_kg      REAL,
    measured_on    TEXT
);
CREATE INDEX health_profiles_resident ON health_profiles (resident_id);
CREATE TABLE prescriptions (
    id                TEXT PRIMARY KEY,
    site_id           TEXT NOT NULL,
    resident_id       TEXT NOT NULL REFERENCES residents(id),
    medicine          TEXT NOT NULL,
    dose              TEXT NOT NULL,
    route             TEXT NOT NULL,
    start_date        TEXT NOT NULL,
    prescriber        TEXT NOT NULL,
    recorded_by       TEXT NOT NULL,
    form              TEXT,
    strength          TEXT,
    substances        TEXT NOT NULL DEFAULT '[]',
    times             TEXT NOT NULL DEFAULT '[]',
    as_needed         INTEGER NOT NULL DEFAULT 0,
    indication        TEXT,
    min_interval_min  INTEGER,
    max_per_day       INTEGER,
    end_date          TEXT,
    reason            TEXT,
    instructions      TEXT,
    controlled        INTEGER NOT NULL DEFAULT 0,
    units_per_dose    INTEGER,
    stopped_on        TEXT,
    stop_reason       TEXT,
    deleted           INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX prescriptions_resident ON prescriptions (resident_id);
CREATE TABLE dose_records (
    id               TEXT PRIMARY KEY,
    site_id          TEXT NOT NULL,
    resident_id      TEXT NOT NULL REFERENCES residents(id),
    prescription_id  TEXT NOT NULL REFERENCES prescriptions(id),
    outcome          TEXT NOT NULL,
    at               TEXT NOT NULL,
    given_by         TEXT NOT NULL,
    due_at           TEXT,
    dose_given       TEXT,
    witness          TEXT,
    reason           TEXT,
    note             TEXT,
    amends_id        TEXT REFERENCES dose_records(id),
    amend_reason     TEXT,
    effect           TEXT
);
CREATE INDEX dose_records_prescription ON dose_records (prescription_id, at);
CREATE INDEX dose_records_resident ON dose_records (resident_id, at);
CREATE INDEX dose_records_amends ON dose_records (amends_id) WHERE amends_id IS NOT NULL;
CREATE TABLE stock_entries (
    id               TEXT PRIMARY KEY,
    site_id          TEXT NOT NULL,
    resident_id      TEXT NOT NULL REFERENCES residents(id),
    prescription_id  TEXT NOT NULL REFERENCES prescriptions(id),
    kind             TEXT NOT NULL,
    quantity         INTEGER NOT NULL,
    at               TEXT NOT NULL,
    recorded_by      TEXT NOT NULL,
    witness          TEXT,
    note             TEXT,
    amends_id        TEXT REFERENCES stock_entries(id),
    amend_reason     TEXT
);
CREATE INDEX stock_entries_prescription ON stock_entries (prescription_id, at);
CREATE INDEX stock_entries_amends ON stock_entries (amends_id) WHERE amends_id IS NOT NULL;
