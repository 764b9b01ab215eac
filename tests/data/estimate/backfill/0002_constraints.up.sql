BEGIN;
ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id);
ALTER TABLE orders ALTER COLUMN status SET NOT NULL;
ALTER TABLE orders ALTER COLUMN channel TYPE varchar(20);
COMMIT;
CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);
ALTER TABLE invoices ADD COLUMN paid_at timestamptz NOT NULL DEFAULT clock_timestamp();
CREATE TABLE refunds (id bigint PRIMARY KEY, order_id bigint NOT NULL);
CREATE INDEX refunds_order_id_idx ON refunds (order_id);
