CREATE TABLE with_bom (id bigint);
SELEC 1;
