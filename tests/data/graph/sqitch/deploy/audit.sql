CREATE TABLE audit (id bigint PRIMARY KEY, report_id bigint);
