-- 0002: indexes for the screens (residents overview, Today, schedule, week figures).
-- The partial indexes let the residents overview answer from index pages alone.
CREATE INDEX check_ins_resident_date ON check_ins (resident_id, date);
CREATE INDEX check_ins_date ON check_ins (date);
CREATE INDEX check_ins_amends ON check_ins (amends_id) WHERE amends_id IS NOT NULL;
CREATE INDEX stage_changes_resident ON stage_changes (resident_id, changed_on);
CREATE INDEX needs_resident ON needs (resident_id, status, deleted);
CREATE INDEX therapy_plans_resident ON therapy_plans (resident_id);
CREATE INDEX therapy_sessions_resident ON therapy_sessions (resident_id, scheduled_at);
CREATE INDEX therapy_sessions_upcoming ON therapy_sessions (resident_id, scheduled_at)
    WHERE deleted = 0 AND status = 'scheduled';
CREATE INDEX therapy_sessions_time ON therapy_sessions (scheduled_at);
CREATE INDEX therapy_sessions_plan ON therapy_sessions (plan_id, status);
CREATE INDEX case_notes_resident ON case_notes (resident_id, written_at);
CREATE INDEX case_notes_amends ON case_notes (amends_id) WHERE amends_id IS NOT NULL;
CREATE INDEX consents_resident ON consents (resident_id);
CREATE INDEX follow_ups_due ON follow_ups (due_date);
CREATE INDEX audit_log_resident ON audit_log (resident_id, hlc);
CREATE INDEX change_sets_hlc ON change_sets (hlc);
