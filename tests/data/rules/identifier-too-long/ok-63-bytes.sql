-- exactly 63 bytes: kept as written
CREATE TABLE a_table_with_a_name_that_is_exactly_sixty_three_bytes_long_xyzw (id bigint);
