-- test: direction=down
DROP TABLE events;
