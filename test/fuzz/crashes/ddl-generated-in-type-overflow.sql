
  CREATE TABLE t(iINT, b INT,
                 s INT GENERATED A);
