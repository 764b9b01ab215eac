-- test: transaction=wrapped
ALTER TABLE billing.invoice RENAME TO invoices;
