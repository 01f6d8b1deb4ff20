# alembic_literals.py - the literals of python/alembic_import.py, end to
# end, for test/alembic_import.test (section 6).
#
#   python3 alembic_literals.py write DIR   writes DIR/v1_values.sql: a
#       revision whose upgrade inserts N seeded values (random doubles from
#       every exponent, integers up to 64 bits, texts with quotes, newlines,
#       NUL, CR, non-ASCII and lines that read as section markers, blobs),
#       each INSERT rendered by alembic_import.Literals from "?".
#   python3 alembic_literals.py check DB    reads table v of DB (which the
#       extension upgraded with that revision) and compares every value with
#       the seeded one: same type, same bits; prints "N values exact" or
#       the first that differs.
import os
import random
import sqlite3
import struct
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "..", "..", "python"))
import alembic_import  # noqa: E402

N = 3000


def values():
    rnd = random.Random(20261204)
    out = [None, 0, -1, 2**63 - 1, -2**63, 0.0, -0.0, 1e300, 5e-324,
           float("inf"), float("-inf"), 0.1, "", "'", "''", "a\n-- migrate:upgrade\nb",
           "x\x00y", "\r\n", "\u00fc\U0001F600", b"", b"\x00", bytes(range(256)),
           "  -- migrate:downgrade", "?", ":name", "/*", "--"]
    alphabet = ["a", "'", '"', "\n", "\r", "\t", "\x00", "?", "-", ";", "\u00e9",
                "\u4e2d", "\U0001F600", " ", "\\", "/", "*"]
    while len(out) < N:
        kind = rnd.randrange(5)
        if kind == 0:
            bits = rnd.getrandbits(64)
            v = struct.unpack("<d", struct.pack("<Q", bits))[0]
            if v == v:
                out.append(v)
        elif kind == 1:
            out.append(rnd.randrange(-2**63, 2**63))
        elif kind == 2:
            out.append("".join(rnd.choice(alphabet)
                               for _ in range(rnd.randrange(12))))
        elif kind == 3:
            out.append(bytes(rnd.getrandbits(8) for _ in range(rnd.randrange(9))))
        else:
            out.append(rnd.uniform(-1e6, 1e6))
    return out


def same(a, b):
    if type(a) is not type(b):
        return False
    if isinstance(a, float):
        return struct.pack("<d", a) == struct.pack("<d", b) or (a == 0 and b == 0)
    return a == b


def main(argv):
    lit = alembic_import.Literals()
    if argv[0] == "write":
        stmts = [alembic_import.end_statement(
                    lit.substitute("INSERT INTO v (i, x) VALUES (?, ?)", (i, v)))
                 for i, v in enumerate(values())]
        with open(os.path.join(argv[1], "v1_values.sql"), "w",
                  encoding="utf-8", newline="\n") as f:
            f.write("-- revision: v1\n-- down_revision:\n\n-- migrate:upgrade\n"
                    "CREATE TABLE v (i INTEGER PRIMARY KEY, x);\n")
            f.write("\n".join(stmts))
            f.write("\n\n-- migrate:downgrade\nDROP TABLE v;\n")
        return 0
    db = sqlite3.connect(argv[1])
    got = dict(db.execute("SELECT i, x FROM v"))
    want = values()
    for i, v in enumerate(want):
        g = got.get(i, "missing")
        if isinstance(v, float) and v in (float("inf"), float("-inf")):
            ok = g == v
        else:
            ok = same(v, g)
        if not ok:
            print("value %d: wrote %r, read %r" % (i, v, g))
            return 1
    print("%d values exact" % len(want))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
