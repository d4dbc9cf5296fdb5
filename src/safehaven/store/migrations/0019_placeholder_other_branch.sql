-- Placeholder for another branch's 0019 (the lead drops this file at merge).
SELECT 1;
