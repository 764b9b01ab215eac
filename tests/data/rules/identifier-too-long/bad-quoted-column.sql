-- test: transaction=wrapped
CREATE TABLE reports ("Total amount of all the invoices that were paid during the period" numeric);
