# alembic_cmd.py - run Alembic (Debian's python3-alembic) for
# test/alembic.test.
#
#   python3 alembic_cmd.py SCRIPT_DIR DB [--version-table T] COMMAND [ARG]
#
# SCRIPT_DIR is an Alembic script directory holding env.py (a copy of
# alembic_env.py) and versions/*.py; DB is the SQLite database file.
# COMMAND is:
#   heads-now       print Alembic's current heads of DB as read by
#                   MigrationContext.get_current_heads(): sorted, joined
#                   with ",", an empty line at base
#   current         Alembic's own "alembic current" output
#   upgrade REV     alembic upgrade REV
#   downgrade REV   alembic downgrade REV
#   stamp REV       alembic stamp REV
# Any failure ends the process with a traceback on stderr and exit code 1.
import sys

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, pool


def main(argv):
    script_dir, db = argv[0], argv[1]
    rest = argv[2:]
    version_table = "alembic_version"
    if rest[:1] == ["--version-table"]:
        version_table = rest[1]
        rest = rest[2:]
    cmd, args = rest[0], rest[1:]
    url = "sqlite:///" + db
    if cmd == "heads-now":
        engine = create_engine(url, poolclass=pool.NullPool)
        with engine.connect() as conn:
            ctx = MigrationContext.configure(
                conn, opts={"version_table": version_table})
            print(",".join(sorted(ctx.get_current_heads())))
        return 0
    cfg = Config()
    cfg.set_main_option("script_location", script_dir)
    cfg.set_main_option("sqlalchemy.url", url)
    cfg.attributes["version_table"] = version_table
    if cmd == "current":
        command.current(cfg)
    elif cmd in ("upgrade", "downgrade", "stamp"):
        getattr(command, cmd)(cfg, *args)
    else:
        sys.stderr.write("unknown command %r\n" % cmd)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
