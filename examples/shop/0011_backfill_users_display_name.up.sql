-- Step 2 of 3 of replacing users.full_name by users.display_name:
-- copy the existing names over, 100 000 ids per transaction.
-- Rows written since 0010 already have display_name set by the application.

BEGIN;
UPDATE users SET display_name = full_name WHERE id BETWEEN 1 AND 100000 AND display_name IS NULL;
COMMIT;

BEGIN;
UPDATE users SET display_name = full_name WHERE id BETWEEN 100001 AND 200000 AND display_name IS NULL;
COMMIT;

BEGIN;
UPDATE users SET display_name = full_name WHERE id BETWEEN 200001 AND 300000 AND display_name IS NULL;
COMMIT;

BEGIN;
UPDATE users SET display_name = full_name WHERE id BETWEEN 300001 AND 400000 AND display_name IS NULL;
COMMIT;

BEGIN;
UPDATE users SET display_name = full_name WHERE id BETWEEN 400001 AND 500000 AND display_name IS NULL;
COMMIT;

BEGIN;
UPDATE users SET display_name = full_name WHERE id BETWEEN 500001 AND 600000 AND display_name IS NULL;
COMMIT;

BEGIN;
UPDATE users SET display_name = full_name WHERE id BETWEEN 600001 AND 700000 AND display_name IS NULL;
COMMIT;

BEGIN;
UPDATE users SET display_name = full_name WHERE id BETWEEN 700001 AND 800000 AND display_name IS NULL;
COMMIT;

BEGIN;
UPDATE users SET display_name = full_name WHERE id BETWEEN 800001 AND 900000 AND display_name IS NULL;
COMMIT;

BEGIN;
UPDATE users SET display_name = full_name WHERE id BETWEEN 900001 AND 1000000 AND display_name IS NULL;
COMMIT;

BEGIN;
UPDATE users SET display_name = full_name WHERE id BETWEEN 1000001 AND 1100000 AND display_name IS NULL;
COMMIT;

BEGIN;
UPDATE users SET display_name = full_name WHERE id BETWEEN 1100001 AND 1200000 AND display_name IS NULL;
COMMIT;

BEGIN;
UPDATE users SET display_name = full_name WHERE id BETWEEN 1200001 AND 1300000 AND display_name IS NULL;
COMMIT;

BEGIN;
UPDATE users SET display_name = full_name WHERE id BETWEEN 1300001 AND 1400000 AND display_name IS NULL;
COMMIT;

BEGIN;
UPDATE users SET display_name = full_name WHERE id BETWEEN 1400001 AND 1500000 AND display_name IS NULL;
COMMIT;

BEGIN;
UPDATE users SET display_name = full_name WHERE id BETWEEN 1500001 AND 1600000 AND display_name IS NULL;
COMMIT;

BEGIN;
UPDATE users SET display_name = full_name WHERE id BETWEEN 1600001 AND 1700000 AND display_name IS NULL;
COMMIT;

BEGIN;
UPDATE users SET display_name = full_name WHERE id BETWEEN 1700001 AND 1800000 AND display_name IS NULL;
COMMIT;

BEGIN;
UPDATE users SET display_name = full_name WHERE id BETWEEN 1800001 AND 1900000 AND display_name IS NULL;
COMMIT;

BEGIN;
UPDATE users SET display_name = full_name WHERE id BETWEEN 1900001 AND 2000000 AND display_name IS NULL;
COMMIT;

BEGIN;
UPDATE users SET display_name = full_name WHERE id BETWEEN 2000001 AND 2100000 AND display_name IS NULL;
COMMIT;

BEGIN;
UPDATE users SET display_name = full_name WHERE id BETWEEN 2100001 AND 2200000 AND display_name IS NULL;
COMMIT;

BEGIN;
UPDATE users SET display_name = full_name WHERE id BETWEEN 2200001 AND 2300000 AND display_name IS NULL;
COMMIT;

BEGIN;
UPDATE users SET display_name = full_name WHERE id BETWEEN 2300001 AND 2400000 AND display_name IS NULL;
COMMIT;

BEGIN;
UPDATE users SET display_name = full_name WHERE id BETWEEN 2400001 AND 2500000 AND display_name IS NULL;
COMMIT;

BEGIN;
UPDATE users SET display_name = full_name WHERE id BETWEEN 2500001 AND 2600000 AND display_name IS NULL;
COMMIT;

BEGIN;
UPDATE users SET display_name = full_name WHERE id BETWEEN 2600001 AND 2700000 AND display_name IS NULL;
COMMIT;

BEGIN;
UPDATE users SET display_name = full_name WHERE id BETWEEN 2700001 AND 2800000 AND display_name IS NULL;
COMMIT;

BEGIN;
UPDATE users SET display_name = full_name WHERE id BETWEEN 2800001 AND 2900000 AND display_name IS NULL;
COMMIT;

BEGIN;
UPDATE users SET display_name = full_name WHERE id BETWEEN 2900001 AND 3000000 AND display_name IS NULL;
COMMIT;

BEGIN;
UPDATE users SET display_name = full_name WHERE id BETWEEN 3000001 AND 3100000 AND display_name IS NULL;
COMMIT;

BEGIN;
UPDATE users SET display_name = full_name WHERE id BETWEEN 3100001 AND 3200000 AND display_name IS NULL;
COMMIT;

BEGIN;
UPDATE users SET display_name = full_name WHERE id BETWEEN 3200001 AND 3300000 AND display_name IS NULL;
COMMIT;

BEGIN;
UPDATE users SET display_name = full_name WHERE id BETWEEN 3300001 AND 3400000 AND display_name IS NULL;
COMMIT;

BEGIN;
UPDATE users SET display_name = full_name WHERE id BETWEEN 3400001 AND 3500000 AND display_name IS NULL;
COMMIT;

BEGIN;
UPDATE users SET display_name = full_name WHERE id BETWEEN 3500001 AND 3600000 AND display_name IS NULL;
COMMIT;

BEGIN;
UPDATE users SET display_name = full_name WHERE id BETWEEN 3600001 AND 3700000 AND display_name IS NULL;
COMMIT;

BEGIN;
UPDATE users SET display_name = full_name WHERE id BETWEEN 3700001 AND 3800000 AND display_name IS NULL;
COMMIT;

BEGIN;
UPDATE users SET display_name = full_name WHERE id BETWEEN 3800001 AND 3900000 AND display_name IS NULL;
COMMIT;

BEGIN;
UPDATE users SET display_name = full_name WHERE id BETWEEN 3900001 AND 4000000 AND display_name IS NULL;
COMMIT;

BEGIN;
UPDATE users SET display_name = full_name WHERE id BETWEEN 4000001 AND 4100000 AND display_name IS NULL;
COMMIT;

BEGIN;
UPDATE users SET display_name = full_name WHERE id BETWEEN 4100001 AND 4200000 AND display_name IS NULL;
COMMIT;

BEGIN;
UPDATE users SET display_name = full_name WHERE id BETWEEN 4200001 AND 4300000 AND display_name IS NULL;
COMMIT;

BEGIN;
UPDATE users SET display_name = full_name WHERE id BETWEEN 4300001 AND 4400000 AND display_name IS NULL;
COMMIT;

BEGIN;
UPDATE users SET display_name = full_name WHERE id BETWEEN 4400001 AND 4500000 AND display_name IS NULL;
COMMIT;

BEGIN;
UPDATE users SET display_name = full_name WHERE id BETWEEN 4500001 AND 4600000 AND display_name IS NULL;
COMMIT;

BEGIN;
UPDATE users SET display_name = full_name WHERE id BETWEEN 4600001 AND 4700000 AND display_name IS NULL;
COMMIT;

BEGIN;
UPDATE users SET display_name = full_name WHERE id BETWEEN 4700001 AND 4800000 AND display_name IS NULL;
COMMIT;

BEGIN;
UPDATE users SET display_name = full_name WHERE id BETWEEN 4800001 AND 4900000 AND display_name IS NULL;
COMMIT;

BEGIN;
UPDATE users SET display_name = full_name WHERE id BETWEEN 4900001 AND 5000000 AND display_name IS NULL;
COMMIT;

-- accounts created after the batches above were planned
BEGIN;
UPDATE users SET display_name = full_name WHERE id > 5000000 AND display_name IS NULL;
COMMIT;
