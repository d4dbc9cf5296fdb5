-- 0021: care records finished (issues 27 and 28).
-- Who is trained to give medicines (a manager sets it); each stock receipt's batch and
-- expiry date.
ALTER TABLE staff ADD COLUMN med_trained INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stock_entries ADD COLUMN batch TEXT;
ALTER TABLE stock_entries ADD COLUMN expires_on TEXT;
