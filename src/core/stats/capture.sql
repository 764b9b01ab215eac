-- The capture query of docs/stats-snapshot.md, with $1 = source and $2 = the schemas to keep
-- (an empty array keeps all). tst_snapshotcapture checks that the two stay the same query.
SELECT json_build_object(
    'format', 'migreview-stats-snapshot',
    'version', 2,
    'captured_at', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
    'source', $1::text,
    'server', json_build_object(
        'version', split_part(current_setting('server_version'), ' ', 1),
        'version_num', current_setting('server_version_num')::integer,
        'block_size', current_setting('block_size')::integer,
        'settings', (SELECT json_object_agg(name, current_setting(name))
                       FROM unnest(ARRAY['maintenance_work_mem', 'max_parallel_maintenance_workers',
                                         'work_mem', 'lock_timeout', 'statement_timeout']) AS name),
        'calibration', NULL),
    'tables', coalesce((
        SELECT json_agg(json_build_object(
            'schema', n.nspname,
            'name', c.relname,
            'rows', CASE WHEN c.reltuples < 0 THEN NULL ELSE c.reltuples::bigint END,
            'pages', c.relpages,
            'live_rows', s.n_live_tup,
            'last_analyze', to_char(greatest(s.last_analyze, s.last_autoanalyze) AT TIME ZONE 'UTC',
                                    'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
            'table_bytes', pg_relation_size(c.oid),
            'index_bytes', pg_indexes_size(c.oid),
            'toast_bytes', CASE WHEN c.reltoastrelid = 0 THEN 0
                                ELSE pg_total_relation_size(c.reltoastrelid) END,
            'total_bytes', pg_total_relation_size(c.oid),
            'dead_rows', s.n_dead_tup,
            'seq_scans', s.seq_scan,
            'index_scans', coalesce(s.idx_scan, 0),
            'inserts', s.n_tup_ins,
            'updates', s.n_tup_upd,
            'deletes', s.n_tup_del,
            'writes_per_second', round(((s.n_tup_ins + s.n_tup_upd + s.n_tup_del)
                / greatest(extract(epoch FROM now() - coalesce(
                      (SELECT stats_reset FROM pg_stat_database WHERE datname = current_database()),
                      pg_postmaster_start_time())), 1))::numeric, 1),
            'columns', (
                SELECT json_agg(json_build_object(
                    'name', a.attname,
                    'type', format_type(a.atttypid, a.atttypmod),
                    'not_null', a.attnotnull,
                    'default', pg_get_expr(d.adbin, d.adrelid),
                    'null_fraction', st.null_frac,
                    'distinct', st.n_distinct,
                    'avg_width', st.avg_width,
                    'most_common_values', st.most_common_vals::text::text[],
                    'most_common_freqs', st.most_common_freqs,
                    'histogram_bounds', st.histogram_bounds::text::text[]) ORDER BY a.attnum)
                FROM pg_attribute a
                LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
                LEFT JOIN pg_stats st ON st.schemaname = n.nspname AND st.tablename = c.relname
                                     AND st.attname = a.attname AND NOT st.inherited
                WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped),
            'indexes', coalesce((
                SELECT json_agg(json_build_object(
                    'name', ic.relname,
                    'columns', (SELECT json_agg(CASE WHEN k.attnum > 0
                                                     THEN (SELECT attname FROM pg_attribute
                                                            WHERE attrelid = c.oid AND attnum = k.attnum)
                                                     ELSE pg_get_indexdef(i.indexrelid, k.pos::integer, true) END
                                                ORDER BY k.pos)
                                  FROM unnest(i.indkey[0:i.indnkeyatts - 1]) WITH ORDINALITY AS k(attnum, pos)),
                    'unique', i.indisunique,
                    'primary', i.indisprimary,
                    'valid', i.indisvalid,
                    'definition', pg_get_indexdef(i.indexrelid),
                    'bytes', pg_relation_size(i.indexrelid)) ORDER BY ic.relname)
                FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid
                WHERE i.indrelid = c.oid), '[]'::json),
            'constraints', coalesce((
                SELECT json_agg(json_build_object(
                    'name', co.conname,
                    'kind', CASE co.contype WHEN 'p' THEN 'primary key' WHEN 'u' THEN 'unique'
                                            WHEN 'f' THEN 'foreign key' WHEN 'c' THEN 'check'
                                            WHEN 'x' THEN 'exclusion' ELSE co.contype::text END,
                    'definition', pg_get_constraintdef(co.oid),
                    'validated', co.convalidated) ORDER BY co.conname)
                FROM pg_constraint co
                WHERE co.conrelid = c.oid AND co.contype IN ('p', 'u', 'f', 'c', 'x')), '[]'::json)
        ) ORDER BY n.nspname, c.relname)
        FROM pg_class c
        JOIN pg_namespace n ON n.oid = c.relnamespace
        LEFT JOIN pg_stat_user_tables s ON s.relid = c.oid
        WHERE c.relkind IN ('r', 'p')
          AND n.nspname NOT IN ('pg_catalog', 'information_schema')
          AND n.nspname NOT LIKE 'pg\_toast%'
          AND n.nspname NOT LIKE 'pg\_temp\_%'
          AND (cardinality($2::text[]) = 0 OR n.nspname = ANY ($2::text[]))), '[]'::json))
