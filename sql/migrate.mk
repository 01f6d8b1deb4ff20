# migrate.mk - the familiar migration targets, for a project that includes
# this file from its Makefile:
#
#   MIGRATE_DB    = app.db                 # the database file (required)
#   MIGRATE_DIR   = migrations             # the script directory
#   MIGRATE_EXT   = path/to/dist/migrate   # the extension, as for .load
#   MIGRATE_MODEL = python3 path/to/python/migrate_model.py app.models:SQLModel.metadata
#   include path/to/sql/migrate.mk
#
#   make migrate-create MSG="add user email"  autogenerate a revision from the
#                                 output of $(MIGRATE_MODEL); without a model,
#                                 an empty revision to fill in
#   make migrate-upgrade          upgrade to head            (REV=... for another target)
#   make migrate-rollback         downgrade one step (-1)    (REV=base, REV=<id>...)
#   make migrate-status           the current revision, "(head)" when it is the head
#   make migrate-history          the revisions, newest first
#   make migrate-check            fails (exit 1) when the database differs from the model
#   make migrate-sql              the SQL script from the current revision to head
#                                 (REV=... for another target, FROM=... for another start)
#   make migrate-test             migrate_test() on the script directory (with the model)
#
# Optional: MIGRATE_SQLITE, the sqlite3 shell to run (default sqlite3);
# MIGRATE_EXT defaults to dist/migrate of the repository this file is in.
# MIGRATE_DIR and MIGRATE_DB are relative to the directory make runs in.
#
# MSG, REV and FROM are taken as typed (make's $(value ...)): quotes,
# apostrophes, $, backslashes, backticks, newlines and non-ASCII text reach
# the database as they are. Values go to the sqlite3 shell through the
# environment and are bound as parameters (hex-encoded on the way, so that
# no value is ever part of the SQL text). MSG is not exported to the
# environment of other recipes (make would expand it there).
#
# Output follows Alembic's: "INFO  [migrate] ..." lines on stderr, the path
# of a generated file on stdout, errors as "FAILED: <message>" on stderr with
# exit status 1.

MIGRATE_MK_ROOT := $(abspath $(dir $(lastword $(MAKEFILE_LIST)))..)

MIGRATE_DB     ?=
MIGRATE_DIR    ?= migrations
MIGRATE_EXT    ?= $(MIGRATE_MK_ROOT)/dist/migrate
MIGRATE_MODEL  ?=
MIGRATE_SQLITE ?= sqlite3

MIGRATE_TARGETS := migrate-create migrate-upgrade migrate-rollback \
  migrate-status migrate-history migrate-check migrate-sql migrate-test

.PHONY: $(MIGRATE_TARGETS)

# make would expand $(...) in MSG when it exports it; it is read with
# $(value MSG) instead.
unexport MSG

$(MIGRATE_TARGETS): export MIGRATE_MK_DB = $(MIGRATE_DB)
$(MIGRATE_TARGETS): export MIGRATE_MK_DIR = $(MIGRATE_DIR)
$(MIGRATE_TARGETS): export MIGRATE_MK_EXT = $(MIGRATE_EXT)
$(MIGRATE_TARGETS): export MIGRATE_MK_SQLITE = $(MIGRATE_SQLITE)
$(MIGRATE_TARGETS): export MIGRATE_MK_MODEL = $(MIGRATE_MODEL)
$(MIGRATE_TARGETS): export MIGRATE_MK_MSG = $(value MSG)
$(MIGRATE_TARGETS): export MIGRATE_MK_REV = $(value REV)
$(MIGRATE_TARGETS): export MIGRATE_MK_FROM = $(value FROM)

# The shell functions every target starts with.
#   migrate_fail MSG        "FAILED: MSG" on stderr, exit 1
#   migrate_run SQL [NAME VALUE]...
#                           runs SQL in the sqlite3 shell on $MIGRATE_MK_DB
#                           with the extension loaded, script_location set,
#                           verbose on and each VALUE bound as :NAME (a BLOB:
#                           the SQL reads it as CAST(:NAME AS TEXT)); rows go
#                           to $t/out; the extension's INFO lines and errors
#                           to stderr; returns sqlite3's exit status
#   migrate_model           runs $(MIGRATE_MODEL) into $t/model.sql
# $t is a temporary directory, removed on exit.
define MIGRATE_SH
migrate_fail() { printf 'FAILED: %s\n' "$$1" >&2; exit 1; }; \
migrate_hex() { printf '%s' "$$1" | od -An -v -tx1 | tr -d ' \n'; }; \
migrate_param() { printf ".parameter set :%s X'%s'\n" "$$1" "$$(migrate_hex "$$2")"; }; \
migrate_run() { \
  migrate_sql=$$1; shift; \
  { printf '.bail on\n.output /dev/null\n.timeout 5000\n'; \
    migrate_param ext "$$MIGRATE_MK_EXT"; \
    migrate_param dir "$$MIGRATE_MK_DIR"; \
    while [ $$# -ge 2 ]; do migrate_param "$$1" "$$2"; shift 2; done; \
    printf '%s\n' "SELECT load_extension(CAST(:ext AS TEXT));" \
      "SELECT migrate_config('script_location', CAST(:dir AS TEXT));" \
      "SELECT migrate_config('verbose', 1);" \
      '.output stdout' '.mode list' '.headers off' '.nullvalue ""' \
      "$$migrate_sql"; \
  } > "$$t/in.sql"; \
  "$$MIGRATE_MK_SQLITE" -batch -init /dev/null "$$MIGRATE_MK_DB" \
    < "$$t/in.sql" > "$$t/out" 2> "$$t/err"; \
  migrate_rc=$$?; \
  migrate_load=$$(sed -n '/^SELECT load_extension(/{=;q;}' "$$t/in.sql"); \
  awk -v load="$$migrate_load" '$(MIGRATE_AWK_ERR)' "$$t/err" >&2; \
  return $$migrate_rc; \
}; \
migrate_model() { \
  [ -n "$$MIGRATE_MK_MODEL" ] || return 1; \
  $(if $(strip $(MIGRATE_MODEL)),( $(MIGRATE_MODEL) ),false) > "$$t/model.sql" \
    || migrate_fail "the model command failed (exit $$?): $$MIGRATE_MK_MODEL"; \
  [ -s "$$t/model.sql" ] \
    || migrate_fail "the model command printed nothing: $$MIGRATE_MK_MODEL"; \
}; \
[ -n "$$MIGRATE_MK_DB" ] \
  || migrate_fail 'set MIGRATE_DB to the database file (in the Makefile that includes migrate.mk, or on the command line)'; \
command -v "$$MIGRATE_MK_SQLITE" > /dev/null \
  || migrate_fail "$$MIGRATE_MK_SQLITE not found (install sqlite3, or set MIGRATE_SQLITE)"; \
t=$$(mktemp -d "$${TMPDIR:-/tmp}/migrate.XXXXXX") || exit 1; \
trap 'rm -rf "$$t"' EXIT
endef

# sqlite3's error lines ("Runtime error near line 9: MSG", "Parse error near
# line 9: MSG" followed by the statement and a caret, or "Error: near line
# 9: MSG" in older shells) become "FAILED: MSG", without the " (19)" of
# SQLite's error code that the shell puts after MSG ("FAILED: cannot load
# MIGRATE_EXT: MSG" when the line is the load_extension() one, line number
# $$load); other lines pass. Lines are printed one behind, so that the last
# one can be trimmed.
MIGRATE_AWK_ERR = function out(l) { if (have) print prev; prev = l; have = 1 } \
  function fail(re) { n = $$0; sub(/^[^0-9]*/, "", n); sub(/:.*/, "", n); \
    sub(re, n == load ? "FAILED: cannot load MIGRATE_EXT: " : "FAILED: "); out($$0); failed = 1 } \
  skip { next } \
  /^Parse error near line [0-9]+: / { fail("^Parse error near line [0-9]+: "); skip = 1; next } \
  /^Runtime error near line [0-9]+: / { fail("^Runtime error near line [0-9]+: "); next } \
  /^Error: near line [0-9]+: / { fail("^Error: near line [0-9]+: "); next } \
  { out($$0) } \
  END { if (have) { if (failed) sub(/ \([0-9]+\)$$/, "", prev); print prev } }

# The rows h of migrate_history, materialized (column n: their order), and
# kids: the number of children of each revision that has any.
MIGRATE_SQL_HIST = WITH h AS MATERIALIZED (SELECT row_number() OVER () AS n, * FROM migrate_history), \
  kids AS (SELECT p.revision AS rev, count(*) AS k FROM h AS p JOIN h AS c \
           ON instr(',' || replace(c.down_revision, ' ', '') || ',', ',' || p.revision || ',') > 0 \
           GROUP BY p.revision)
# The tree indicators Alembic prints after a revision: (head),
# (branchpoint), (mergepoint).
MIGRATE_SQL_MARKS = CASE WHEN h.is_head THEN ' (head)' ELSE '' END \
  || CASE WHEN coalesce(kids.k, 0) > 1 THEN ' (branchpoint)' ELSE '' END \
  || CASE WHEN instr(coalesce(h.down_revision, ''), ',') > 0 THEN ' (mergepoint)' ELSE '' END

migrate-create:
	@$(MIGRATE_SH); \
	[ -n "$$MIGRATE_MK_MSG" ] \
	  || migrate_fail 'migrate-create needs a message: make migrate-create MSG="add user email"'; \
	migrate_run "SELECT migrate_init(CAST(:dir AS TEXT));" || exit 1; \
	if migrate_model; then \
	  migrate_run "SELECT coalesce(migrate_autogenerate(CAST(:msg AS TEXT), readfile(CAST(:model AS TEXT))), '');" \
	    msg "$$MIGRATE_MK_MSG" model "$$t/model.sql" || exit 1; \
	  id=$$(cat "$$t/out"); \
	  if [ -z "$$id" ]; then echo 'No changes in schema detected.'; exit 0; fi; \
	else \
	  migrate_run "SELECT migrate_revision(CAST(:msg AS TEXT));" msg "$$MIGRATE_MK_MSG" || exit 1; \
	  id=$$(cat "$$t/out"); \
	fi; \
	migrate_run "SELECT path FROM migrate_history WHERE revision = CAST(:id AS TEXT);" id "$$id" || exit 1; \
	path=$$(cat "$$t/out"); \
	case $$path in /*) ;; *) path=$$PWD/$$path ;; esac; \
	if [ -s "$$t/model.sql" ]; then \
	  migrate_run "SELECT 'INFO  [migrate] Detected ' || op || ' ' || object \
	    || CASE WHEN destructive THEN ' (destructive)' ELSE '' END \
	    FROM migrate_diff_ops(readfile(CAST(:model AS TEXT))) ORDER BY seq;" \
	    model "$$t/model.sql" || exit 1; \
	  cat "$$t/out" >&2; \
	fi; \
	printf '  Generating %s ...  done\n' "$$path"

migrate-upgrade:
	@$(MIGRATE_SH); \
	migrate_run "SELECT migrate_upgrade(CAST(:rev AS TEXT));" rev "$${MIGRATE_MK_REV:-head}"

migrate-rollback:
	@$(MIGRATE_SH); \
	migrate_run "SELECT migrate_downgrade(CAST(:rev AS TEXT));" rev "$${MIGRATE_MK_REV:--1}"

migrate-status:
	@$(MIGRATE_SH); \
	migrate_run "$(MIGRATE_SQL_HIST) SELECT h.revision || $(MIGRATE_SQL_MARKS) \
	  FROM h LEFT JOIN kids ON kids.rev = h.revision WHERE h.is_current ORDER BY h.revision;" || exit 1; \
	cat "$$t/out"

migrate-history:
	@$(MIGRATE_SH); \
	migrate_run "$(MIGRATE_SQL_HIST) SELECT \
	  coalesce(replace(replace(h.down_revision, ' ', ''), ',', ', '), '<base>') \
	  || CASE WHEN h.depends_on <> '' THEN ' (' || replace(replace(h.depends_on, ' ', ''), ',', ', ') || ')' ELSE '' END \
	  || ' -> ' || h.revision \
	  || CASE WHEN h.branch_labels <> '' THEN ' (' || replace(replace(h.branch_labels, ' ', ''), ',', ', ') || ')' ELSE '' END \
	  || $(MIGRATE_SQL_MARKS) || ', ' || h.message \
	  FROM h LEFT JOIN kids ON kids.rev = h.revision ORDER BY h.n;" || exit 1; \
	cat "$$t/out"

migrate-check:
	@$(MIGRATE_SH); \
	migrate_model \
	  || migrate_fail 'migrate-check needs MIGRATE_MODEL, a command that prints the model'; \
	migrate_run "SELECT 'the database is not at head (current: ' || coalesce(migrate_current(), 'base') \
	  || '; head: ' || (SELECT group_concat(revision, ',') FROM (SELECT revision FROM migrate_history WHERE is_head ORDER BY 1)) \
	  || '): run make migrate-upgrade first' \
	  WHERE EXISTS (SELECT 1 FROM migrate_history WHERE is_head AND NOT is_current);" || exit 1; \
	[ ! -s "$$t/out" ] || migrate_fail "$$(cat "$$t/out")"; \
	migrate_run "SELECT migrate_check(readfile(CAST(:model AS TEXT)));" model "$$t/model.sql" || exit 1; \
	echo 'No new upgrade operations detected.'

migrate-sql:
	@$(MIGRATE_SH); \
	if [ -n "$$MIGRATE_MK_FROM" ]; then from=$$MIGRATE_MK_FROM; sqlfrom='CAST(:from AS TEXT)'; else from=; sqlfrom=NULL; fi; \
	migrate_run "SELECT writefile(CAST(:file AS TEXT), migrate_sql(CAST(:rev AS TEXT), $$sqlfrom));" \
	  file "$$t/script.sql" rev "$${MIGRATE_MK_REV:-head}" from "$$from" || exit 1; \
	cat "$$t/script.sql"

migrate-test:
	@$(MIGRATE_SH); \
	if migrate_model; then \
	  migrate_run "SELECT migrate_test(readfile(CAST(:model AS TEXT)));" model "$$t/model.sql" || exit 1; \
	else \
	  migrate_run "SELECT migrate_test();" || exit 1; \
	fi; \
	cat "$$t/out"
