-- 0014: safeguarding records a children's home keeps (issue 27). A missing-from-care
-- episode runs from the report to the return interview.
ALTER TABLE incidents ADD COLUMN police_reference TEXT;
ALTER TABLE incidents ADD COLUMN returned_at TEXT;
ALTER TABLE incidents ADD COLUMN return_how TEXT;
ALTER TABLE incidents ADD COLUMN whereabouts TEXT;
ALTER TABLE incidents ADD COLUMN return_injuries TEXT;
ALTER TABLE incidents ADD COLUMN return_recorded_by TEXT;
ALTER TABLE incidents ADD COLUMN interview_at TEXT;
ALTER TABLE incidents ADD COLUMN interview_by TEXT;
ALTER TABLE incidents ADD COLUMN interview_summary TEXT;
ALTER TABLE incidents ADD COLUMN interview_recorded_by TEXT;
