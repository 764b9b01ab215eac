CREATE DOMAIN amount AS numeric(15, 5);
CREATE DOMAIN label AS text DEFAULT '' COLLATE "C";
