#!/usr/bin/env python3
"""Convert an Alembic script directory into revision files of the migrate
extension.

    python3 python/alembic_import.py ALEMBIC_SCRIPT_DIR OUT_DIR

ALEMBIC_SCRIPT_DIR is the directory that holds env.py and versions/ (what
alembic.ini's script_location names). OUT_DIR must not exist, or be an
empty directory; it receives one file <revision>_<slug>.sql per Alembic
revision, with the same id, down_revision (a merge's parents in their
order), branch_labels, depends_on, message (the first paragraph of the
docstring, as "alembic history" shows it) and create_date (the docstring's
"Create Date:" line).

Each revision's SQL is captured, not guessed: the revisions run, parents
first, against a scratch SQLite database built up revision by revision,
through Alembic's own Operations and MigrationContext (so batch mode,
op.execute data migrations and op.bulk_insert run as they would on a real
database), and every statement sent to the database is recorded at the
DBAPI level (SQLAlchemy's, and what a revision runs itself on the raw
connection), its bound values written as SQLite literals that SQLite
itself checks to mean the very same values. The downgrade runs on a copy
of the scratch database taken right after the upgrade. Reflection that
SQLAlchemy does for batch mode (PRAGMA table_info and the like, reads of
sqlite_master) is not part of a revision and is left out; so is Alembic's
alembic_version bookkeeping, which is never issued here.

What cannot be captured faithfully is converted with comment lines
"-- alembic_import: NOT CAPTURED FAITHFULLY: ..." at the top of the section
concerned, and listed in the report printed at the end:
  - a statement that returned rows to the Python code (a SELECT other than
    SQLAlchemy's own reflection, an INSERT ... RETURNING): what the code did
    with them depends on the data, and the scratch database holds only what
    the revisions inserted (a change that returned rows is kept);
  - a downgrade() that raises (an irreversible revision): the section is a
    statement that fails, naming the revision, so that it is never a
    silent no-op;
  - transaction control statements (COMMIT, ...), which the extension's
    runner refuses: they are left out;
  - a value with no exact SQLite literal: its statement is left out.

Errors (a missing directory, no env.py or versions/, a revision that does
not compile or import, an upgrade() that fails, an id the extension cannot
keep) are one message on stderr naming the file, exit status 2, and
OUT_DIR is left as it was: the files are written to a temporary directory
beside it, which is renamed to OUT_DIR only when every revision converted.

Standard library, SQLAlchemy and Alembic only (Debian's python3-alembic
1.8 works).
"""

import math
import os
import re
import shutil
import sqlite3
import sys
import tempfile
import traceback
import warnings

PROG = "alembic_import.py"
MARK = "-- alembic_import: NOT CAPTURED FAITHFULLY: "


class ConvertError(Exception):
    """A problem to report on stderr, with exit status 2."""


def fail(msg):
    raise ConvertError(msg)


def one_line(e):
    text = "%s: %s" % (type(e).__name__, e)
    return " ".join(text.split())


def where(e, src, full=False):
    """' (at FILE:LINE)' of the innermost frame of E's traceback that lies
    in the script directory SRC (FILE relative to it, or with FULL, SRC/FILE),
    else in the working directory (the project), else ''."""
    tb = traceback.extract_tb(e.__traceback__)
    if not tb:
        return ""
    under = os.path.join(os.path.abspath(src), "")
    cwd = os.path.join(os.getcwd(), "")
    for f in reversed(tb):
        path = os.path.abspath(f.filename)
        if path.startswith(under):
            rel = os.path.relpath(path, under)
            return " (at %s:%d)" % (os.path.join(src, rel) if full else rel,
                                    f.lineno)
    for f in reversed(tb):
        path = os.path.abspath(f.filename)
        if path.startswith(cwd):
            return " (at %s:%d)" % (os.path.relpath(path, cwd), f.lineno)
    return ""


# ------------------------------------------------------------------------
# SQL text: placeholders, literals, statement ends.

def scan_sql(sql):
    """Yield (kind, start, end) for the pieces of SQL text SQL: kind is
    'quoted' (a string literal or quoted identifier), 'comment', 'param'
    (a placeholder: ?, ?NNN, :name, @name, $name) or 'other'."""
    i, n = 0, len(sql)
    while i < n:
        c = sql[i]
        if c in "'\"`":
            j = i + 1
            while j < n:
                if sql[j] == c:
                    if j + 1 < n and sql[j + 1] == c:
                        j += 2
                        continue
                    break
                j += 1
            yield ("quoted", i, min(j + 1, n))
            i = j + 1
        elif c == "[":
            j = sql.find("]", i)
            j = n if j < 0 else j + 1
            yield ("quoted", i, j)
            i = j
        elif sql.startswith("--", i):
            j = sql.find("\n", i)
            j = n if j < 0 else j
            yield ("comment", i, j)
            i = j
        elif sql.startswith("/*", i):
            j = sql.find("*/", i + 2)
            j = n if j < 0 else j + 2
            yield ("comment", i, j)
            i = j
        elif c == "?":
            j = i + 1
            while j < n and sql[j].isdigit():
                j += 1
            yield ("param", i, j)
            i = j
        elif c in ":@$" and i + 1 < n and (sql[i + 1].isalpha() or sql[i + 1] == "_"):
            j = i + 1
            while j < n and (sql[j].isalnum() or sql[j] == "_"):
                j += 1
            yield ("param", i, j)
            i = j
        else:
            j = i + 1
            while j < n and sql[j] not in "'\"`[-/?:@$":
                j += 1
            yield ("other", i, j)
            i = j


MARKER_LINE = re.compile(r"^--[ \t]*migrate:(upgrade|downgrade)\s*$", re.M)


def exact_float(value):
    """An expression of exact operations for a finite double: its 53-bit
    integer significand (exact as a REAL) times or divided by powers of two
    (exact, each no larger than 2**32), for the doubles whose shortest
    decimal SQLite does not read back to the same bits (some 0.5% of all,
    near the ends of the exponent range)."""
    m, e = math.frexp(value)
    m, e = int(m * (1 << 53)), e - 53
    out = ["%d.0" % m]
    while e:
        step = min(abs(e), 32)
        out.append("%s %d.0" % ("*" if e > 0 else "/", 1 << step))
        e += -step if e > 0 else step
    return "(%s)" % " ".join(out)


class Literals:
    """SQLite literals for bound values, each checked by SQLite itself to
    stand for the same value (same type, same bytes, same number)."""

    def __init__(self):
        self.db = sqlite3.connect(":memory:")

    def render(self, value):
        # What SQLite receives for a value of another type (a datetime, a
        # Decimal...) is what Python's sqlite3 binds: take that.
        if not isinstance(value, (type(None), int, float, str, bytes,
                                  bytearray, memoryview)):
            value = self.db.execute("SELECT ?", (value,)).fetchone()[0]
        for lit in self.candidates(value):
            same = self.db.execute(
                "SELECT (%s) IS ?1 AND typeof(%s) = typeof(?1)" % (lit, lit),
                (value,)).fetchone()[0]
            if same:
                return lit
        raise ValueError("the value %r has no exact SQLite literal" % (value,))

    @staticmethod
    def candidates(value):
        """The literals that may stand for VALUE, in order of preference."""
        if value is None:
            return ["NULL"]
        if isinstance(value, bool):
            return ["1" if value else "0"]
        if isinstance(value, int):
            return [str(value)]
        if isinstance(value, float):
            if value != value:
                return ["NULL"]  # SQLite binds NaN as NULL
            if value in (float("inf"), float("-inf")):
                return ["9e999" if value > 0 else "-9e999"]
            return [repr(value), exact_float(value)]
        if isinstance(value, str):
            if ("\x00" in value or "\r" in value
                    or MARKER_LINE.search(value)):
                return ["CAST(X'%s' AS TEXT)" % value.encode("utf-8").hex().upper()]
            return ["'%s'" % value.replace("'", "''")]
        return ["X'%s'" % bytes(value).hex().upper()]

    def substitute(self, sql, params):
        """SQL with its placeholders replaced by the literals of PARAMS (a
        sequence for ?/?NNN, a mapping for :name)."""
        if params is None or (not isinstance(params, dict) and len(params) == 0):
            return sql
        out = []
        nth = 0
        last = 0
        for kind, a, b in scan_sql(sql):
            if kind != "param":
                continue
            tok = sql[a:b]
            if isinstance(params, dict):
                key = tok[1:]
                if tok[0] == "?" or key not in params:
                    raise ValueError("placeholder %s has no value" % tok)
                value = params[key]
            else:
                if tok == "?":
                    nth += 1
                    idx = nth
                elif tok[0] == "?":
                    idx = int(tok[1:])
                    nth = max(nth, idx)
                else:
                    raise ValueError("named placeholder %s with positional values" % tok)
                if idx < 1 or idx > len(params):
                    raise ValueError("placeholder %s has no value" % tok)
                value = params[idx - 1]
            out.append(sql[last:a])
            out.append(self.render(value))
            last = b
        out.append(sql[last:])
        if not isinstance(params, dict) and nth != len(params):
            raise ValueError("%d values for %d placeholders" % (len(params), nth))
        return "".join(out)


def end_statement(sql):
    """SQL, stripped, ending in ';' (on a line of its own after a trailing
    line comment)."""
    sql = sql.strip()
    if sqlite3.complete_statement(sql):
        return sql
    if sqlite3.complete_statement(sql + ";"):
        return sql + ";"
    return sql + "\n;"


def guard_markers(sql):
    """SQL with no line that the extension would read as a section marker
    ("-- migrate:upgrade" or "-- migrate:downgrade" on a line of its own):
    such a comment gets a blank before it, such a string literal is written
    as its UTF-8 bytes cast to TEXT. Raises ValueError if the line is in a
    quoted identifier."""
    if not MARKER_LINE.search(sql):
        return sql
    out = []
    for kind, a, b in scan_sql(sql):
        piece = sql[a:b]
        at_line_start = a == 0 or sql[a - 1] == "\n"
        if kind == "comment" and at_line_start and MARKER_LINE.match(piece):
            piece = " " + piece
        elif kind == "quoted" and MARKER_LINE.search(piece):
            if piece[0] != "'" or len(piece) < 2 or piece[-1] != "'":
                raise ValueError("a quoted name holds a line that reads as a "
                                 "section marker")
            text = piece[1:-1].replace("''", "'")
            piece = "CAST(X'%s' AS TEXT)" % text.encode("utf-8").hex().upper()
        out.append(piece)
    return "".join(out)


def excerpt(sql, n=100):
    text = " ".join(sql.split())
    return text if len(text) <= n else text[:n - 3] + "..."


REFLECT_PRAGMA = re.compile(
    r"^\s*PRAGMA\s+(?:[\w\"]+\.)?\"?(table_info|table_xinfo|index_list|"
    r"index_info|index_xinfo|foreign_key_list|database_list|collation_list|"
    r"table_list)\b", re.I)
FROM_TARGET = re.compile(r"\b(?:FROM|JOIN)\s+([^\s(),;]+)", re.I)
SYSTEM_TABLES = {"sqlite_master", "sqlite_temp_master", "sqlite_schema",
                 "sqlite_temp_schema"}
READ_ONLY = re.compile(r"^\s*(SELECT|VALUES|PRAGMA|EXPLAIN)\b", re.I)
TXN_CONTROL = re.compile(r"^\s*(BEGIN|COMMIT|END|ROLLBACK|SAVEPOINT|RELEASE)\b", re.I)


def is_reflection(sql):
    """Is SQL a read of the schema (what SQLAlchemy's inspector issues)?"""
    if REFLECT_PRAGMA.match(sql):
        return True
    targets = FROM_TARGET.findall(sql)
    if not targets or not re.match(r"^\s*SELECT\b", sql, re.I):
        return False
    for t in targets:
        name = t.split(".")[-1].strip('"`[]').lower()
        if name not in SYSTEM_TABLES:
            return False
    return True


# ------------------------------------------------------------------------
# Capture: every statement sent to the database while a section runs.
#
# The scratch database is opened by SQLAlchemy through Python's sqlite3
# with a connection class of our own, whose cursors record what they run:
# SQLAlchemy's statements and the ones a revision sends around it on the
# raw DBAPI connection (op.get_bind().connection) alike.

RECORDER = None


class RecordingCursor(sqlite3.Cursor):
    def execute(self, sql, parameters=()):
        super().execute(sql, parameters)
        if RECORDER is not None:
            RECORDER.record(self, sql, [parameters])
        return self

    def executemany(self, sql, seq_of_parameters):
        rows = list(seq_of_parameters)
        super().executemany(sql, rows)
        if RECORDER is not None:
            RECORDER.record(self, sql, rows)
        return self

    def executescript(self, script):
        super().executescript(script)
        if RECORDER is not None:
            RECORDER.record_script(script)
        return self


class RecordingConnection(sqlite3.Connection):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # a scratch database: no need to wait for the disk
        super().execute("PRAGMA synchronous = OFF")
        super().execute("PRAGMA journal_mode = MEMORY")

    def cursor(self, factory=RecordingCursor):
        return super().cursor(factory)

    def execute(self, sql, parameters=()):
        return self.cursor().execute(sql, parameters)

    def executemany(self, sql, seq_of_parameters):
        return self.cursor().executemany(sql, seq_of_parameters)

    def executescript(self, script):
        return self.cursor().executescript(script)


def split_script(script):
    """The statements of SQL text SCRIPT, as SQLite would run them."""
    out, cur = [], ""
    for line in script.splitlines(keepends=True):
        cur += line
        if sqlite3.complete_statement(cur):
            out.append(cur)
            cur = ""
    if cur.strip():
        out.append(cur)
    return out


class Recorder:
    def __init__(self):
        self.active = False
        self.literals = Literals()
        self.reset()

    def reset(self):
        self.statements = []  # SQL text, ready for the file
        self.problems = []    # what could not be captured, one line each

    def keep(self, sql):
        """Keep statement SQL (no placeholders left); False if it is
        reflection or transaction control."""
        if REFLECT_PRAGMA.match(sql):
            return False
        if TXN_CONTROL.match(sql):
            self.problems.append(
                "it ran %s, which is left out (the extension's runner owns "
                "the transaction)" % excerpt(sql, 40))
            return False
        return True

    def record(self, cursor, sql, rows):
        if not self.active:
            return
        if cursor.description is not None:
            if is_reflection(sql):
                return
            self.problems.append(
                "it read rows in Python (%s): what it did with them "
                "depends on the data; the SQL captured from it was made "
                "from the rows of the scratch database, not from yours"
                % excerpt(sql))
            if READ_ONLY.match(sql):
                return
            # INSERT/UPDATE/DELETE ... RETURNING: a change, kept
        if not self.keep(sql):
            return
        for params in rows:
            try:
                text = self.literals.substitute(sql, params)
            except ValueError as e:
                self.problems.append(
                    "a statement's values cannot be written exactly (%s): %s"
                    % (e, excerpt(sql)))
                continue
            self.add(text)

    def record_script(self, script):
        if not self.active:
            return
        for sql in split_script(script):
            if self.keep(sql.strip()):
                self.add(sql)

    def add(self, sql):
        try:
            self.statements.append(guard_markers(end_statement(sql)))
        except ValueError as e:
            self.problems.append("a statement cannot be written in a revision "
                                 "file (%s), and is left out: %s"
                                 % (e, excerpt(sql)))


# ------------------------------------------------------------------------
# The Alembic side.

def slug(message):
    out = []
    for c in message:
        c = c.lower()
        if len(out) >= 40:
            break
        if ("a" <= c <= "z") or ("0" <= c <= "9"):
            out.append(c)
        elif out and out[-1] != "_":
            out.append("_")
    return "".join(out).rstrip("_")


ID_OK = re.compile(r"^[A-Za-z0-9_]{1,32}$")
LABEL_OK = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")
CREATE_DATE = re.compile(r"^\s*Create Date:[ \t]*(.*?)\s*$", re.M)


def as_list(value):
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return list(value)


def check_dirs(src, out):
    if not os.path.isdir(src):
        fail("no such directory: %s" % src)
    if not os.path.isfile(os.path.join(src, "env.py")):
        fail("%s is not an Alembic script directory: it has no env.py" % src)
    if not os.path.isdir(os.path.join(src, "versions")):
        fail("%s is not an Alembic script directory: it has no versions "
             "directory" % src)
    if os.path.lexists(out):
        if not os.path.isdir(out) or os.path.islink(out):
            fail("%s exists and is not a directory" % out)
        if os.listdir(out):
            fail("%s exists and is not empty (the converted revisions go "
                 "into a new or empty directory)" % out)


def compile_all(versions):
    """Compile every revision file first, so that a syntax error is named
    with its file and line before Alembic runs anything."""
    for name in sorted(os.listdir(versions)):
        path = os.path.join(versions, name)
        if not name.endswith(".py") or not os.path.isfile(path):
            continue
        try:
            with open(path, "rb") as f:
                compile(f.read(), path, "exec")
        except SyntaxError as e:
            fail("%s:%s: syntax error: %s" % (path, e.lineno, e.msg))
        except (OSError, ValueError) as e:
            fail("cannot read %s: %s" % (path, one_line(e)))


def missing(sd, src, name):
    """Fail naming the revision whose down_revision or depends_on is NAME,
    which does not exist."""
    for s in sorted(sd._load_revisions(), key=lambda s: s.path):
        path = os.path.join(src, os.path.relpath(s.path, src))
        if name in as_list(s.down_revision):
            fail("down_revision '%s' of revision %s (%s) is not a revision"
                 % (name, s.revision, path))
        if name in as_list(s.dependencies):
            fail("depends_on '%s' of revision %s (%s) is neither a revision "
                 "nor a branch label" % (name, s.revision, path))


def load_scripts(src):
    from alembic.script import ScriptDirectory

    versions = os.path.join(src, "versions")
    compile_all(versions)
    sd = None
    try:
        with warnings.catch_warnings():
            # Alembic only warns about these, and keeps one of two files
            # with the same id: here they are errors.
            warnings.filterwarnings(
                "error", message=r"Revision \S+ (is present more than once"
                                 r"|referenced from .* is not present)")
            sd = ScriptDirectory(src)
            scripts = list(sd.walk_revisions("base", "heads"))
    except UserWarning as e:
        m = re.match(r"Revision (\S+) is present more than once", str(e))
        if m:
            files = sorted(os.path.join(src, os.path.relpath(s.path, src))
                           for s in sd._load_revisions()
                           if s.revision == m.group(1))
            fail("revision id '%s' is in more than one file: %s"
                 % (m.group(1), ", ".join(files)))
        m = re.match(r"Revision (\S+) referenced from", str(e))
        if m:
            missing(sd, src, m.group(1))
        fail("cannot read the Alembic revisions of %s: %s" % (src, e))
    except KeyError as e:
        if sd is not None:
            missing(sd, src, e.args[0])
        fail("cannot read the Alembic revisions of %s: %s%s"
             % (src, one_line(e), where(e, src, True)))
    except Exception as e:
        fail("cannot read the Alembic revisions of %s: %s%s"
             % (src, one_line(e), where(e, src, True)))
    if not scripts:
        fail("%s has no revisions" % versions)
    return sd, scripts


class Rev:
    """One Alembic revision, as it will be written."""

    def __init__(self, sd, script, src):
        self.script = script
        self.id = script.revision
        self.src = src
        self.file = os.path.relpath(script.path, src)
        self.down = as_list(script.down_revision)
        self.labels = list(script._orig_branch_labels)
        self.depends = []
        for dep in as_list(script.dependencies):
            # a revision id or a label stays; a prefix of an id becomes it
            if dep not in sd.revision_map._revision_map:
                try:
                    dep = sd.revision_map.get_revision(dep).revision
                except Exception:
                    pass
            self.depends.append(dep)
        self.message = " ".join(script.doc.split())
        m = CREATE_DATE.search(script.longdoc)
        self.date = m.group(1) if m else ""
        self.up = []
        self.downsql = []
        self.problems = []  # (section, text)
        self.down_failed = None

    def check(self, ids, labels):
        what = "revision '%s' (%s)" % (self.id, os.path.join(self.src, self.file))
        if not ID_OK.match(self.id) or self.id in ("head", "heads", "base"):
            fail("%s: the id cannot be kept: the extension's ids are 1 to 32 "
                 "letters, digits and _, and not head, heads or base" % what)
        for label in self.labels:
            if not LABEL_OK.match(label):
                fail("%s: branch label '%s' cannot be kept: the extension's "
                     "labels are 1 to 64 letters, digits, _, - and ." % (what, label))
            if label in ids:
                fail("%s: branch label '%s' is also a revision id" % (what, label))
        for dep in self.depends:
            if dep not in ids and dep not in labels:
                fail("%s: depends_on '%s' is neither a revision nor a branch "
                     "label" % (what, dep))

    def parents(self, sd):
        out = list(self.down)
        for dep in self.depends:
            try:
                out.append(sd.revision_map.get_revision(dep).revision)
            except Exception:
                pass
        return out

    def render(self):
        head = [("revision", self.id), ("down_revision", ", ".join(self.down)),
                ("branch_labels", ", ".join(self.labels)),
                ("depends_on", ", ".join(self.depends)),
                ("message", self.message), ("create_date", self.date)]
        lines = [("-- %s: %s" % kv).rstrip() for kv in head]
        lines += ["", "-- migrate:upgrade"]
        lines += self.section("upgrade", self.up)
        lines += ["", "-- migrate:downgrade"]
        lines += self.section("downgrade", self.downsql)
        return "\n".join(lines) + "\n"

    def section(self, name, statements):
        out = []
        mine = [p for s, p in self.problems if s == name]
        for p in mine:
            out.append(MARK + "%s() of %s: %s" % (name, self.file, p))
        if mine:
            out.append("-- alembic_import: review this section by hand "
                       "before relying on it")
        out += statements
        return out


def topo_order(sd, revs):
    """The revisions, each after its parents and what it depends on; among
    those ready at once, by id."""
    by_id = {r.id: r for r in revs}
    need = {r.id: set(p for p in r.parents(sd) if p in by_id) for r in revs}
    done, order = set(), []
    while len(order) < len(revs):
        ready = sorted(i for i in need if i not in done and need[i] <= done)
        if not ready:
            fail("revisions %s form a cycle" % ", ".join(
                sorted(i for i in need if i not in done)))
        for i in ready[:1]:
            done.add(i)
            order.append(by_id[i])
    return order


def run_section(engine, rec, cfg, sd, rev, fn_name):
    """Run upgrade() or downgrade() of REV on ENGINE's database; return
    the exception it raised, or None."""
    from alembic.operations import Operations
    from alembic.runtime.environment import EnvironmentContext

    fn = getattr(rev.script.module, fn_name, None)
    if fn is None:
        return AttributeError("the revision has no %s() function" % fn_name)
    rec.reset()
    with engine.connect() as conn:
        env = EnvironmentContext(cfg, sd)
        with env:
            env.configure(connection=conn)
            ctx = env.get_context()
            with Operations.context(ctx):
                trans = conn.begin()
                rec.active = True
                try:
                    fn()
                except Exception as e:
                    rec.active = False
                    try:
                        trans.rollback()
                    except Exception:
                        pass  # the scratch database is thrown away anyway
                    return e
                finally:
                    rec.active = False
                trans.commit()
    return None


def scratch_engine(path):
    import sqlalchemy as sa
    from sqlalchemy.pool import NullPool

    return sa.create_engine("sqlite:///" + path, poolclass=NullPool,
                            connect_args={"factory": RecordingConnection})


def capture(src, sd, order):
    global RECORDER
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", src)
    rec = RECORDER = Recorder()
    with tempfile.TemporaryDirectory(prefix="alembic_import-") as tmp:
        main = os.path.join(tmp, "scratch.db")
        copy = os.path.join(tmp, "down.db")
        engine = scratch_engine(main)
        for rev in order:
            err = run_section(engine, rec, cfg, sd, rev, "upgrade")
            if err is not None:
                fail("upgrade() of revision '%s' (%s) failed on the scratch "
                     "database: %s%s" % (rev.id, os.path.join(src, rev.file),
                                         one_line(err), where(err, src, True)))
            rev.up = rec.statements
            rev.problems += [("upgrade", p) for p in rec.problems]
            shutil.copyfile(main, copy)
            eng2 = scratch_engine(copy)
            err = run_section(eng2, rec, cfg, sd, rev, "downgrade")
            eng2.dispose()
            os.unlink(copy)
            if err is not None:
                msg = "it raised %s%s" % (one_line(err), where(err, src))
                rev.problems.append(("downgrade", msg + ": the section is a "
                                     "statement that fails, so that it never "
                                     "silently does nothing"))
                rev.downsql = ["SELECT alembic_import_not_captured(%s);"
                               % rec.literals.render(
                                   "revision %s: downgrade() %s"
                                   % (rev.id, msg[3:]))]
            else:
                rev.downsql = rec.statements
                rev.problems += [("downgrade", p) for p in rec.problems]
        engine.dispose()


def write_out(out, revs):
    """Write every file into a new directory beside OUT, then rename it to
    OUT: OUT gets all of them or none."""
    parent = os.path.dirname(os.path.abspath(out))
    if not os.path.isdir(parent):
        fail("cannot create %s: no directory %s" % (out, parent))
    try:
        tmp = tempfile.mkdtemp(prefix=".alembic_import-", dir=parent)
    except OSError as e:
        fail("cannot create a directory in %s: %s" % (parent, e.strerror or e))
    try:
        names = {}
        for rev in revs:
            s = slug(rev.message)
            name = "%s_%s.sql" % (rev.id, s) if s else "%s.sql" % rev.id
            names[rev.id] = name
            with open(os.path.join(tmp, name), "w", encoding="utf-8",
                      newline="\n") as f:
                f.write(rev.render())
        os.chmod(tmp, 0o777 & ~current_umask())
        if os.path.isdir(out):
            os.rmdir(out)  # empty, as checked
        os.rename(tmp, out)
    except OSError as e:
        shutil.rmtree(tmp, ignore_errors=True)
        fail("cannot write %s: %s" % (out, e.strerror or e))
    return names


def current_umask():
    mask = os.umask(0)
    os.umask(mask)
    return mask


def report(src, out, revs, names):
    n = len(revs)
    lines = ["%d revision%s converted from %s to %s"
             % (n, "" if n == 1 else "s", src, out)]
    bad = [r for r in revs if r.problems]
    if not bad:
        lines.append("every revision captured faithfully")
    else:
        lines.append("%d revision%s not captured faithfully (marked "
                     "'-- alembic_import: NOT CAPTURED FAITHFULLY' in %s):"
                     % (len(bad), "" if len(bad) == 1 else "s",
                        "its file" if len(bad) == 1 else "their files"))
        for r in sorted(bad, key=lambda r: r.id):
            for section, p in r.problems:
                lines.append("  %s (%s -> %s): %s: %s"
                             % (r.id, r.file, names[r.id], section, p))
    return "\n".join(lines) + "\n"


def convert(src, out):
    check_dirs(src, out)
    try:
        import alembic  # noqa: F401
        import sqlalchemy  # noqa: F401
    except ImportError as e:
        fail("cannot import Alembic: %s (apt-get install python3-alembic)"
             % one_line(e))
    # Revision files import the project as Alembic's env.py would find it
    # (alembic.ini's default prepend_sys_path = .): from the working
    # directory.
    sys.path.insert(0, os.getcwd())
    sd, scripts = load_scripts(src)
    revs = [Rev(sd, s, src) for s in scripts]
    ids = {r.id for r in revs}
    labels = {label for r in revs for label in r.labels}
    for r in revs:
        r.check(ids, labels)
    order = topo_order(sd, revs)
    capture(src, sd, order)
    names = write_out(out, order)
    return report(src, out, order, names)


def main(argv):
    if len(argv) != 2 or argv[0].startswith("-"):
        sys.stderr.write("usage: %s ALEMBIC_SCRIPT_DIR OUT_DIR\n" % PROG)
        return 2
    try:
        text = convert(argv[0], argv[1])
    except ConvertError as e:
        print("%s: %s" % (PROG, e), file=sys.stderr)
        return 2
    sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
