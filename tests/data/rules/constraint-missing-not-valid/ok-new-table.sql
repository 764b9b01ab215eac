CREATE TABLE invoices (id bigint PRIMARY KEY, total numeric, user_id bigint);
ALTER TABLE invoices ADD CONSTRAINT invoices_total_check CHECK (total >= 0);
ALTER TABLE invoices ADD CONSTRAINT invoices_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id);
