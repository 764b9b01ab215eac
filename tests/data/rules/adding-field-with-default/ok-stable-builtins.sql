-- now(), lower() and a cast are stable or immutable built-ins: evaluated once, no rewrite.
ALTER TABLE orders ADD COLUMN created_at timestamptz NOT NULL DEFAULT now();
ALTER TABLE orders ADD COLUMN channel text DEFAULT lower('WEB');
ALTER TABLE orders ADD COLUMN placed_on date DEFAULT CURRENT_DATE;
