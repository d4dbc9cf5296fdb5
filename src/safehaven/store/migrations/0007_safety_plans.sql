-- 0007: a safety plan per resident, made with the young person and reviewed by a date.
CREATE TABLE safety_plans (
    id                 TEXT PRIMARY KEY,
    site_id            TEXT NOT NULL,
    resident_id        TEXT NOT NULL REFERENCES residents(id),
    reviewed_on        TEXT NOT NULL,
    review_due         TEXT NOT NULL,
    warning_signs      TEXT,
    coping             TEXT,
    safe_people_places TEXT,
    avoid              TEXT,
    contacts           TEXT,
    updated_by         TEXT,
    deleted            INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX safety_plans_resident ON safety_plans (resident_id);
