-- 0006: incidents, from a risk-flagged check-in or on their own; open until a manager
-- acknowledges and closes them.
CREATE TABLE incidents (
    id              TEXT PRIMARY KEY,
    site_id         TEXT NOT NULL,
    resident_id     TEXT NOT NULL REFERENCES residents(id),
    kind            TEXT NOT NULL,
    occurred_at     TEXT NOT NULL,
    description     TEXT NOT NULL,
    recorded_by     TEXT NOT NULL,
    actions         TEXT,
    notified        TEXT NOT NULL DEFAULT '[]',
    notified_at     TEXT,
    checkin_id      TEXT,
    last_seen_at    TEXT,
    last_seen_place TEXT,
    appearance      TEXT,
    acknowledged_by TEXT,
    acknowledged_at TEXT,
    closed_by       TEXT,
    closed_at       TEXT,
    outcome         TEXT,
    deleted         INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX incidents_resident ON incidents (resident_id);
