-- 0004: enrolment and key rotation.
-- Each device also has an X25519 key, so a new site key can be wrapped for it alone.
ALTER TABLE devices ADD COLUMN box_key TEXT;
ALTER TABLE device_secrets ADD COLUMN box_key BLOB;
-- This device seals its change set n with the newest key whose first_seq <= n: the change
-- set that rotates a key still goes out under the old one, everything after under the new.
ALTER TABLE site_keys ADD COLUMN first_seq INTEGER NOT NULL DEFAULT 0;

-- A site key wrapped for one device (synced like any record; only its recipient can open
-- it). Revoking a device makes a new site key and one grant per remaining device.
CREATE TABLE key_grants (
    id         TEXT PRIMARY KEY,
    site_id    TEXT NOT NULL,
    version    INTEGER NOT NULL,
    recipient  TEXT NOT NULL,
    sender     TEXT NOT NULL,
    sealed     TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX key_grants_recipient ON key_grants (recipient);

-- The roster a joining laptop received in its enrolment package, so that it can verify
-- the house's change sets before their device rows have arrived. Local; never synced.
CREATE TABLE roster_seed (
    device_id  TEXT PRIMARY KEY,
    public_key TEXT NOT NULL,
    box_key    TEXT,
    revoked    INTEGER NOT NULL DEFAULT 0
);

-- A change set's entries, read back to seal it and to derive its audit entries.
CREATE INDEX change_log_changeset ON change_log (changeset);
