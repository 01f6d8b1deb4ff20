# alembic_pysqlite.py - load the extension into Python's sqlite3 module and
# run SQL, for test/alembic.test.
#
#   python3 alembic_pysqlite.py EXTENSION DB SQL...
#
# Opens DB, loads EXTENSION (conn.enable_load_extension(True);
# conn.load_extension(EXTENSION)), runs each SQL statement in turn in
# autocommit mode and prints each result row as its values joined by "|"
# (NULL printed as "{}").  An error prints "error: <message>" and ends the
# process with exit code 1.
import sqlite3
import sys


def main(argv):
    ext, db, stmts = argv[0], argv[1], argv[2:]
    conn = sqlite3.connect(db, isolation_level=None)
    try:
        conn.enable_load_extension(True)
        conn.load_extension(ext)
        conn.enable_load_extension(False)
        for sql in stmts:
            for row in conn.execute(sql):
                print("|".join("{}" if v is None else str(v) for v in row))
    except sqlite3.Error as e:
        print("error: %s" % e)
        return 1
    finally:
        conn.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
