CREATE TABLE t(id INTEGER PRIMARY KEY, a INT, b I
TN,                 CHECK (a > 0), CONSTRAINT b_pos CHECK (b > 0));
