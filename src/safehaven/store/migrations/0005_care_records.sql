-- 0005: what a house needs to record its whole care pathway by hand (forms and CLI).
-- New columns only, each with a default, so rows written by older laptops still sync.
ALTER TABLE residents ADD COLUMN interpreter_language TEXT;
ALTER TABLE residents ADD COLUMN dietary_needs TEXT;

ALTER TABLE stage_changes ADD COLUMN destination TEXT;

ALTER TABLE needs ADD COLUMN close_note TEXT;

ALTER TABLE therapy_plans ADD COLUMN place TEXT;
ALTER TABLE therapy_plans ADD COLUMN goals TEXT;
ALTER TABLE therapy_plans ADD COLUMN closed_on TEXT;
ALTER TABLE therapy_plans ADD COLUMN close_reason TEXT;

ALTER TABLE referrals ADD COLUMN contact_person TEXT;
ALTER TABLE referrals ADD COLUMN accompanied_by TEXT;
ALTER TABLE referrals ADD COLUMN received_by TEXT;
ALTER TABLE referrals ADD COLUMN handoff_on TEXT;

ALTER TABLE consents ADD COLUMN given_by TEXT;
ALTER TABLE consents ADD COLUMN shared_with TEXT;
ALTER TABLE consents ADD COLUMN revoke_reason TEXT;

ALTER TABLE trusted_adults ADD COLUMN vetting_methods TEXT NOT NULL DEFAULT '[]';

ALTER TABLE follow_ups ADD COLUMN contacted TEXT;
ALTER TABLE follow_ups ADD COLUMN wellbeing TEXT;
ALTER TABLE follow_ups ADD COLUMN occupation TEXT;
ALTER TABLE follow_ups ADD COLUMN risk_indicators TEXT NOT NULL DEFAULT '[]';
