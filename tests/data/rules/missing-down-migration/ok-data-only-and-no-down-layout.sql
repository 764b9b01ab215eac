-- test: layout=golang-migrate
INSERT INTO settings (name, value) VALUES ('theme', 'dark');
