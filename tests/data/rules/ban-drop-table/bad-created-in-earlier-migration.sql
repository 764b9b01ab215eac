-- test: previous=previous-create-events.sql
DROP TABLE events;
