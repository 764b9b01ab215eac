CREATE TABLE widgets (id uuid PRIMARY KEY);
