-- Functions the migrations did not create and PostgreSQL 17 has not (an extension's, or a call no
-- built-in accepts) count as volatile, PostgreSQL's default for a function.
ALTER TABLE orders ADD COLUMN public_id uuid DEFAULT uuid();
ALTER TABLE orders ADD COLUMN seen_at timestamptz DEFAULT now(123);
