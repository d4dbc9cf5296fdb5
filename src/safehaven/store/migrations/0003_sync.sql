-- 0003: what sync needs on each device.
-- Device public keys travel with the roster; secrets never leave this (encrypted) database.
ALTER TABLE devices ADD COLUMN public_key TEXT;

CREATE TABLE site_keys (            -- symmetric site keys, by version; local secret
    site_id    TEXT NOT NULL,
    version    INTEGER NOT NULL,
    key        BLOB NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (site_id, version)
);

CREATE TABLE device_secrets (       -- this device's Ed25519 signing key; local secret
    device_id   TEXT PRIMARY KEY,
    signing_key BLOB NOT NULL
);

-- A concurrent edit of the same field: the value that lost, kept for a manager to confirm
-- or reverse. Nothing is silently lost.
CREATE TABLE conflicts (
    id           TEXT PRIMARY KEY,
    table_name   TEXT NOT NULL,
    row_id       TEXT NOT NULL,
    field        TEXT NOT NULL,
    kept_value   TEXT,
    kept_hlc     INTEGER NOT NULL,
    lost_value   TEXT,
    lost_hlc     INTEGER NOT NULL,
    lost_device  TEXT NOT NULL,
    detected_at  TEXT NOT NULL,
    resolution   TEXT              -- NULL until a manager confirms ('kept') or reverses it
);
CREATE INDEX conflicts_open ON conflicts (resolution, table_name, row_id);

-- Field changes that arrived before the row they change (possible with bundles).
CREATE TABLE pending_changes (
    id         INTEGER PRIMARY KEY,
    table_name TEXT NOT NULL,
    row_id     TEXT NOT NULL,
    entry      TEXT NOT NULL,       -- the change-log entry as JSON
    changeset  TEXT NOT NULL
);
CREATE INDEX pending_changes_row ON pending_changes (table_name, row_id);

-- Change sets that could not be applied (bad signature, unknown key, bad schema), kept with
-- the reason so that one bad change set never blocks the others.
CREATE TABLE quarantine (
    changeset_id TEXT PRIMARY KEY,
    device_id    TEXT,
    reason       TEXT NOT NULL,
    envelope     BLOB NOT NULL,
    received_at  TEXT NOT NULL
);

ALTER TABLE change_sets ADD COLUMN origin TEXT NOT NULL DEFAULT 'local';
ALTER TABLE change_sets ADD COLUMN envelope BLOB;  -- a received change set as it came, to pass on

CREATE TABLE sync_server (          -- where this device syncs; the token is a secret
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    url          TEXT NOT NULL,
    device_token TEXT NOT NULL,
    epoch        TEXT NOT NULL,
    cursor       INTEGER NOT NULL DEFAULT 0,
    last_sync    TEXT,
    last_error   TEXT
);
