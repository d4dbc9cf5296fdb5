-- Sync state that code decides on, kept as columns rather than as text to parse.
--
-- quarantine.kind: why a change set was set aside, as a kind (store/refusal.py); `reason`
-- stays the words people read. Rows set aside before this version get their kind from
-- the words that version wrote, once, here.
ALTER TABLE quarantine ADD COLUMN kind TEXT NOT NULL DEFAULT 'unknown';
UPDATE quarantine SET kind = 'waiting'
    WHERE reason = 'waits for an earlier change set from the same laptop';
UPDATE quarantine SET kind = 'unknown_device'
    WHERE reason = 'from a device this house does not know';
UPDATE quarantine SET kind = 'missing_site_key'
    WHERE reason LIKE 'encrypted with a site key%';
UPDATE quarantine SET kind = 'clock_ahead'
    WHERE reason = 'written with a clock ahead of this laptop''s';
UPDATE quarantine SET kind = 'unknown_signer'
    WHERE reason = 'signed by a staff member this laptop does not know yet';
UPDATE quarantine SET kind = 'not_author'
    WHERE reason = 'not signed with its author''s key as this laptop knows it';
UPDATE quarantine SET kind = 'not_holder'
    WHERE reason LIKE 'grants the restricted key to someone%';
CREATE INDEX quarantine_kind ON quarantine (kind);

-- pending_changes: a change waiting for the row it needs, as columns (it was a JSON list
-- read back by position). `table_name`/`row_id` stay the row it waits for.
ALTER TABLE pending_changes ADD COLUMN kind TEXT NOT NULL DEFAULT 'row';  -- row or field
ALTER TABLE pending_changes ADD COLUMN target_table TEXT;
ALTER TABLE pending_changes ADD COLUMN target_id TEXT;
ALTER TABLE pending_changes ADD COLUMN field TEXT;
ALTER TABLE pending_changes ADD COLUMN value TEXT;
ALTER TABLE pending_changes ADD COLUMN hlc INTEGER;
ALTER TABLE pending_changes ADD COLUMN base_hlc INTEGER;
ALTER TABLE pending_changes ADD COLUMN device_id TEXT;
ALTER TABLE pending_changes ADD COLUMN local_id INTEGER;
UPDATE pending_changes SET kind = 'row', target_table = json_extract(entry, '$[1]'),
    target_id = json_extract(entry, '$[2]'), field = '*', value = json_extract(entry, '$[3]'),
    hlc = json_extract(entry, '$[4]'), base_hlc = json_extract(entry, '$[5]'),
    device_id = json_extract(entry, '$[6]'), local_id = json_extract(entry, '$[7]')
    WHERE json_extract(entry, '$[0]') = 'row';
UPDATE pending_changes SET kind = 'field', target_table = json_extract(entry, '$[1]'),
    target_id = json_extract(entry, '$[2]'), field = json_extract(entry, '$[3]'),
    value = json_extract(entry, '$[4]'), hlc = json_extract(entry, '$[5]'),
    base_hlc = json_extract(entry, '$[6]'), device_id = json_extract(entry, '$[7]'),
    local_id = json_extract(entry, '$[8]')
    WHERE json_extract(entry, '$[0]') = 'field';
