CREATE TABLE t(a DEFAULT 0x1e--; a comment after a hex number that ends in e
, b);
CREATE VIEW v AS SELECT a FROM t WHERE a > 0x1e--;
;
