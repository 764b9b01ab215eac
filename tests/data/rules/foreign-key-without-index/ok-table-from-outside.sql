-- legacy_orders was not created by these migrations: its indexes are not known.
ALTER TABLE legacy_orders ADD CONSTRAINT legacy_orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;
