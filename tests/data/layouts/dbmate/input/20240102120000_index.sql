-- migrate:up transaction:false
CREATE INDEX CONCURRENTLY i ON a (id);
-- migrate:down transaction:false
DROP INDEX CONCURRENTLY i;
