-- 0022: destroying a child's records (issue 30, item 5). `destructions` is synced and
-- append-only (request, approve or decline, one receipt per laptop): it is the tombstone,
-- naming the child by id only, and it has no foreign key to `residents`, whose row goes.
CREATE TABLE destructions (
    id             TEXT PRIMARY KEY,
    site_id        TEXT NOT NULL,
    destruction_id TEXT NOT NULL,
    resident_id    TEXT NOT NULL,
    action         TEXT NOT NULL,
    at             TEXT NOT NULL,
    staff_id       TEXT NOT NULL,
    device_id      TEXT,
    reason         TEXT,
    closed_on      TEXT,
    changesets     TEXT
);
CREATE INDEX destructions_request ON destructions (destruction_id, id);

-- This laptop's own list (never synced) of what was destroyed: change sets (by id, with
-- their laptop and number, so a chain that ran through one is not taken for a gap) and
-- rows (so a late change to one is refused). A change set listed here is never applied
-- or kept again, whoever brings it; `on_server` says the server was told to drop it.
CREATE TABLE destroyed (
    id             TEXT PRIMARY KEY,
    kind           TEXT NOT NULL,      -- 'changeset' or 'row' or 'resident'
    destruction_id TEXT NOT NULL,
    device_id      TEXT,
    device_seq     INTEGER,
    on_server      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX destroyed_seq ON destroyed (device_id, device_seq) WHERE kind = 'changeset';
