CREATE TABLE events (id bigint PRIMARY KEY, kind text);
-- test: down=down-drop-events.sql
