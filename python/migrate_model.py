#!/usr/bin/env python3
"""Print the DDL model of a SQLAlchemy MetaData, for the migrate extension.

    python3 python/migrate_model.py MODULE:ATTR [-o FILE]

MODULE is imported from the working directory (it is put first on
sys.path, as Alembic's env.py setup does); ATTR is a dotted name in it,
such as SQLModel.metadata or Base.metadata, naming a MetaData or an object
with a .metadata (a declarative base, SQLModel, a registry).

The output is SQLAlchemy's own SQLite DDL: CREATE TABLE for every table of
the MetaData in dependency order, then the table's CREATE INDEX statements,
each statement ending in ";". It is a model for migrate_autogenerate(),
migrate_diff() and migrate_check().

Rename hints: a column or a table whose info holds {"renamed_from": "old"}
(Column(..., info=...), Table(..., info=...), or __table_args__ =
{"info": {...}} on a declarative or SQLModel class) gets the comment
"-- renamed_from: old" at the end of its line, which the extension reads as
the former name.

Standard library and SQLAlchemy (1.4 or 2.x) only. Errors are one line on
stderr, exit status 2.
"""

import argparse
import importlib
import os
import re
import sys
import traceback

PROG = "migrate_model.py"


class ModelError(Exception):
    """A problem to report on one line, with exit status 2."""


def fail(msg):
    raise ModelError(msg)


def import_module(name):
    """Import NAME the way Alembic's env.py would find it: from the
    working directory first."""
    cwd = os.getcwd()
    # sys.path[0] is this script's directory; the project is the cwd.
    if sys.path and os.path.abspath(sys.path[0] or ".") == os.path.dirname(
            os.path.abspath(__file__)):
        sys.path[0] = cwd
    else:
        sys.path.insert(0, cwd)
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as e:
        # The module itself (or a package on its path) is not there.
        if e.name and (name == e.name or name.startswith(e.name + ".")):
            fail("cannot import module '%s': no module named '%s' (looked in %s)"
                 % (name, e.name, cwd))
        fail("importing module '%s' failed: %s%s" % (name, one_line(e), where(e)))
    except Exception as e:  # anything the module's own code raises
        fail("importing module '%s' failed: %s%s" % (name, one_line(e), where(e)))


def one_line(e):
    text = "%s: %s" % (type(e).__name__, e)
    return " ".join(text.split())


def where(e):
    """' (at FILE:LINE)' of the innermost frame of E's traceback."""
    tb = traceback.extract_tb(e.__traceback__)
    if not tb:
        return ""
    # the innermost frame in the project (under the working directory),
    # else the innermost one
    cwd = os.path.join(os.getcwd(), "")
    frame = tb[-1]
    for f in reversed(tb):
        if os.path.abspath(f.filename).startswith(cwd):
            frame = f
            break
    return " (at %s:%d)" % (frame.filename, frame.lineno)


def find_metadata(spec):
    import sqlalchemy

    if spec.count(":") != 1:
        fail("expected MODULE:ATTR, such as app.models:SQLModel.metadata, not '%s'"
             % spec)
    modname, attr = spec.split(":")
    if not modname or not attr:
        fail("expected MODULE:ATTR, such as app.models:SQLModel.metadata, not '%s'"
             % spec)
    obj = import_module(modname)
    done = []
    for part in attr.split("."):
        if not hasattr(obj, part):
            fail("%s has no attribute '%s' (looking for %s)"
                 % ("module '%s'" % modname if not done
                    else "%s:%s" % (modname, ".".join(done)), part, spec))
        obj = getattr(obj, part)
        done.append(part)
    if isinstance(obj, sqlalchemy.MetaData):
        return obj
    md = getattr(obj, "metadata", None)
    if isinstance(md, sqlalchemy.MetaData):
        return md
    fail("%s is %s, not a SQLAlchemy MetaData nor something with a .metadata"
         % (spec, "the class " + obj.__name__ if isinstance(obj, type)
            else "a " + type(obj).__name__))


def hint(info, what):
    """The renamed_from of an info dict, checked, or None."""
    old = (info or {}).get("renamed_from")
    if old is None:
        return None
    if not isinstance(old, str) or not old.strip():
        fail("%s: info['renamed_from'] must be a non-empty string, not %r"
             % (what, old))
    if "\n" in old or "\r" in old:
        fail("%s: info['renamed_from'] must be on one line: %r" % (what, old))
    old = old.strip()
    if re.match(r"^[A-Za-z_][A-Za-z0-9_]*$", old):
        return old
    return '"%s"' % old.replace('"', '""')


def table_ddl(table, dialect):
    """CREATE TABLE of TABLE, with its rename hints, without the ';'."""
    from sqlalchemy.schema import CreateColumn, CreateTable

    what = "table '%s'" % table.name
    try:
        text = str(CreateTable(table).compile(dialect=dialect)).strip()
    except Exception as e:
        fail("cannot render %s for SQLite: %s" % (what, one_line(e)))

    # The column definitions, one per line: "\t<column>, " or, for the last
    # line before ")", "\t<column>". Each is found in order after the
    # previous one, so a text that repeats elsewhere is never taken.
    pos = text.find("\n")
    if pos < 0:
        fail("cannot place rename hints in %s: no line break after CREATE TABLE"
             % what)
    edits = []  # (offset, comment)
    for col in table.columns:
        old = hint(col.info, "column '%s.%s'" % (table.name, col.name))
        if old is None:
            continue
        spec = str(CreateColumn(col).compile(dialect=dialect))
        at = text.find("\n\t" + spec, pos)
        if at < 0:
            fail("cannot place the rename hint of column '%s.%s': its definition "
                 "is not a line of the CREATE TABLE" % (table.name, col.name))
        end = at + 2 + len(spec)
        if text.startswith(",", end):
            end += 1
        # the end of the line the definition ends on
        eol = text.find("\n", end)
        if eol < 0 or text[end:eol].strip() != "":
            fail("cannot place the rename hint of column '%s.%s': its line "
                 "does not end with its definition" % (table.name, col.name))
        edits.append((end, " -- renamed_from: " + old))
        pos = end
    old = hint(table.info, what)
    if old is not None:
        edits.append((text.find("\n"), " -- renamed_from: " + old))
    for at, comment in sorted(edits, reverse=True):
        # drop the blank the DDL compiler leaves after the comma
        head = text[:at]
        tail = text[at:]
        while tail[:1] in (" ", "\t"):
            tail = tail[1:]
        text = head + comment + tail
    return text


def render(metadata):
    from sqlalchemy.dialects import sqlite
    from sqlalchemy.schema import CreateIndex

    dialect = sqlite.dialect()
    out = []
    for table in metadata.sorted_tables:
        if table.schema not in (None, "main"):
            print("%s: note: table %s.%s is left out (the model is of the main "
                  "database)" % (PROG, table.schema, table.name), file=sys.stderr)
            continue
        out.append(table_ddl(table, dialect) + ";\n")
        for index in sorted(table.indexes, key=lambda i: str(i.name or "")):
            try:
                sql = str(CreateIndex(index).compile(dialect=dialect)).strip()
            except Exception as e:
                fail("cannot render index '%s' of table '%s' for SQLite: %s"
                     % (index.name, table.name, one_line(e)))
            out.append(sql + ";\n")
    if not out:
        fail("the MetaData has no tables")
    return "".join(out)


def main(argv):
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Print the SQLite DDL model of a SQLAlchemy MetaData "
                    "for the migrate extension.")
    parser.add_argument("target", metavar="MODULE:ATTR",
                        help="e.g. app.models:SQLModel.metadata")
    parser.add_argument("-o", dest="output", metavar="FILE",
                        help="write the model to FILE instead of standard output")
    args = parser.parse_args(argv)
    try:
        try:
            import sqlalchemy  # noqa: F401
        except ImportError as e:
            fail("cannot import sqlalchemy: %s" % one_line(e))
        text = render(find_metadata(args.target))
        if args.output:
            try:
                with open(args.output, "w", encoding="utf-8") as f:
                    f.write(text)
            except OSError as e:
                fail("cannot write '%s': %s" % (args.output, e.strerror or e))
        else:
            sys.stdout.write(text)
            sys.stdout.flush()
    except ModelError as e:
        print("%s: %s" % (PROG, e), file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
