CREATE TABLE tcrlf (id bigint);
CREATE INDEX orders_crlf ON orders (x);
