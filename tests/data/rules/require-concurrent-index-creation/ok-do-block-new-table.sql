-- The table is created in this migration, so it is empty: a plain CREATE INDEX is right.
CREATE TABLE audit_entries (id bigint PRIMARY KEY, user_id bigint);
DO $$
BEGIN
  CREATE INDEX audit_entries_user_id_idx ON audit_entries (user_id);
END
$$;
