-- 0008: each staff member's identity in the roster, and each change set signed by its author.
-- Public halves only: the private keys derive from the person's passphrase with these
-- parameters (salt and Argon2id settings, as JSON), so they are the same on every laptop.
ALTER TABLE staff ADD COLUMN sign_key TEXT;    -- Ed25519 public key, hex
ALTER TABLE staff ADD COLUMN box_key TEXT;     -- X25519 public key, hex
ALTER TABLE staff ADD COLUMN key_params TEXT;  -- {"salt": hex, "memory_kib": .., ...}
-- The author's signature over the change set as it travels (store/crypto.changeset_message).
ALTER TABLE change_sets ADD COLUMN staff_sig BLOB;

-- The house's restricted key, sealed to each clinician's and manager's identity. Legal
-- names and clinical note bodies are stored as "rk1:<key id>:<sealed>" under it.
CREATE TABLE restricted_grants (
    id         TEXT PRIMARY KEY,
    site_id    TEXT NOT NULL,
    key_id     TEXT NOT NULL,
    staff_id   TEXT NOT NULL,
    box_key    TEXT NOT NULL,
    sealed     TEXT NOT NULL,
    sender     TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX restricted_grants_staff ON restricted_grants (staff_id);

-- A change set refused after its laptop's signature checked out keeps its number: it was
-- received (refused, not lost), so the ones after it from that laptop do not wait for it.
ALTER TABLE quarantine ADD COLUMN device_seq INTEGER;
