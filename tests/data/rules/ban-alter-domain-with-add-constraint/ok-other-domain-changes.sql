ALTER DOMAIN positive_amount SET DEFAULT 1;
ALTER DOMAIN positive_amount DROP CONSTRAINT positive_amount_check;
ALTER DOMAIN positive_amount RENAME TO amount;
ALTER TABLE orders ADD CONSTRAINT orders_amount_positive CHECK (amount > 0) NOT VALID;
