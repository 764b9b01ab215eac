-- no-transaction
DROP INDEX CONCURRENTLY i;
