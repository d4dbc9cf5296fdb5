-- Placeholder for another branch's 0020 (the lead drops this file at merge).
SELECT 1;
