-- 0020: care records finished (issues 27 and 28).
-- Who is trained to give medicines (a manager sets it); each stock receipt's batch and
-- expiry date; the public half of each restricted key, so a staff session seals a field
-- it cannot read back (a missing episode's whereabouts, a return interview).
ALTER TABLE staff ADD COLUMN med_trained INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stock_entries ADD COLUMN batch TEXT;
ALTER TABLE stock_entries ADD COLUMN expires_on TEXT;
ALTER TABLE restricted_grants ADD COLUMN public_key TEXT;
