#!/usr/bin/env bash
# versions.sh - the SQLite version matrix (make test-versions).
#
#   test/versions.sh [SQLITE=BETTER_SQLITE3 ...]
#
# For each pair, e.g. 3.37.0=7.4.6, fetch the npm package better-sqlite3 at
# that release (npm pack, as any npm package), take the SQLite amalgamation
# it ships (deps/sqlite3/sqlite3.c, or deps/sqlite3.tar.gz in older
# releases), check that it is the SQLite version named, and build it as
# dist/versions/SQLITE/libsqlite3.so.0 with the compile options of Debian's
# libsqlite3 that matter here (JSON1 where it is not built in, FTS3/4/5,
# R*Tree, DBSTAT, column metadata, loadable extensions, math functions,
# usleep for busy waits, ...).  Downloads and builds are kept under
# dist/versions (git-ignored) and reused.
#
# Then the whole suite (test/all.tcl) runs with LD_LIBRARY_PATH pointing at
# that directory: Debian's tclsh binding (libtclsqlite3.so), the sqlite3
# shell, Python's sqlite3 module and the C drivers of test/c all link
# libsqlite3.so.0 dynamically, so every one of them runs on the version
# built.  Debian's binding cannot load on SQLite before 3.38 and Debian's
# shell runs only on its own SQLite: where they do not, SQLite 3.34.0's
# binding and shell are built and used instead (compat below).  Before
# the suite, each of them is asked for sqlite_version() and
# must answer the version named, else the run fails: a matrix that silently
# ran the system SQLite would prove nothing.
#
# VERSIONS_BUILD_ONLY=1 builds and runs nothing.
#
# Prints one "SQLITE: N passed, N failed" line per version and exits
# non-zero when any version fails or cannot be built.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD
store=$root/dist/versions
mkdir -p "$store/npm"

# Debian 12's libsqlite3 compile options (PRAGMA compile_options), less
# SQLITE_ENABLE_UPDATE_DELETE_LIMIT, which needs a regenerated parser and
# so cannot be set on an amalgamation, plus SQLITE_ENABLE_JSON1, which
# 3.37 needs for the json functions (built in from 3.38, ignored there).
opts=(
  -DSQLITE_ENABLE_JSON1 -DSQLITE_ENABLE_COLUMN_METADATA
  -DSQLITE_ENABLE_DBSTAT_VTAB -DSQLITE_ENABLE_FTS3
  -DSQLITE_ENABLE_FTS3_PARENTHESIS -DSQLITE_ENABLE_FTS3_TOKENIZER
  -DSQLITE_ENABLE_FTS4 -DSQLITE_ENABLE_FTS5 -DSQLITE_ENABLE_MATH_FUNCTIONS
  -DSQLITE_ENABLE_PREUPDATE_HOOK -DSQLITE_ENABLE_RTREE -DSQLITE_ENABLE_SESSION
  -DSQLITE_ENABLE_STMTVTAB -DSQLITE_ENABLE_UNLOCK_NOTIFY
  -DSQLITE_ENABLE_LOAD_EXTENSION -DSQLITE_LIKE_DOESNT_MATCH_BLOBS
  -DSQLITE_SECURE_DELETE -DSQLITE_SOUNDEX
  -DSQLITE_OMIT_LOOKASIDE -DSQLITE_TEMP_STORE=1 -DSQLITE_THREADSAFE=1
  -DSQLITE_USE_URI -DSQLITE_MAX_SCHEMA_RETRY=25
  -DSQLITE_MAX_VARIABLE_NUMBER=250000 -DSQLITE_MAX_DEFAULT_PAGE_SIZE=32768
  -DSQLITE_DEFAULT_FILE_FORMAT=4 -DSQLITE_MAX_MMAP_SIZE=0x7fff0000
  -DHAVE_USLEEP=1 -DHAVE_FDATASYNC=1 -DHAVE_LOCALTIME_R=1 -DHAVE_GMTIME_R=1
  -DHAVE_ISNAN=1 -DHAVE_MALLOC_USABLE_SIZE=1
)

# build SQLITE BETTER: prints the library directory, or fails with a reason.
build() {
  local v=$1 b=$2 dir=$store/$1 tgz=$store/npm/better-sqlite3-$2.tgz
  if [ ! -f "$dir/libsqlite3.so.0" ]; then
    if [ ! -f "$tgz" ]; then
      command -v npm >/dev/null || {
        echo "$v: needs npm to fetch better-sqlite3 (Debian: apt-get install npm)" >&2
        return 1; }
      (cd "$store/npm" && npm pack --silent "better-sqlite3@$b" >/dev/null) || {
        echo "$v: npm pack better-sqlite3@$b failed" >&2; return 1; }
    fi
    rm -rf "$dir.tmp" && mkdir -p "$dir.tmp"
    if tar tzf "$tgz" | grep '^package/deps/sqlite3/sqlite3\.c$' >/dev/null; then
      tar xzf "$tgz" -C "$dir.tmp" --strip-components=3 \
        package/deps/sqlite3/sqlite3.c package/deps/sqlite3/sqlite3.h
    else
      tar xzf "$tgz" -O package/deps/sqlite3.tar.gz | tar xzf - -C "$dir.tmp"
    fi || { echo "$v: no amalgamation in $tgz" >&2; return 1; }
    local got
    got=$(sed -n 's/^#define SQLITE_VERSION  *"\(.*\)"$/\1/p' "$dir.tmp/sqlite3.h")
    if [ "$got" != "$v" ]; then
      echo "$v: better-sqlite3@$b ships SQLite $got, not $v" >&2; return 1
    fi
    echo "building SQLite $v (better-sqlite3@$b)" >&2
    ${CC:-cc} -O2 -fPIC -shared -w "${opts[@]}" -Wl,-soname,libsqlite3.so.0 \
      -o "$dir.tmp/libsqlite3.so.0" "$dir.tmp/sqlite3.c" -lm -lpthread -ldl \
      || { echo "$v: build failed" >&2; return 1; }
    rm -rf "$dir" && mv "$dir.tmp" "$dir"
  fi
  echo "$dir"
}

# compat: SQLite 3.34.0's Tcl binding (tea/generic/tclsqlite3.c) and shell
# (shell.c), from the sqlite-autoconf tarball that the npm package sqlite3
# 5.0.2 ships, built against the libsqlite3.so.0 of the loader's path.
# Debian's binding and shell come from 3.40.1 and call sqlite3_error_offset()
# (3.38), so they cannot load on an older SQLite; these call nothing newer
# than 3.34 and serve the versions where Debian's do not load.  Prints the
# directory (libtclsqlite3.so, pkgIndex.tcl, sqlite3).
compat() {
  local dir=$store/compat-3.34.0 tgz=$store/npm/sqlite3-5.0.2.tgz lib=$1
  if [ ! -f "$dir/sqlite3" ]; then
    if [ ! -f "$tgz" ]; then
      command -v npm >/dev/null || {
        echo "needs npm to fetch sqlite3@5.0.2 (Debian: apt-get install npm)" >&2
        return 1; }
      (cd "$store/npm" && npm pack --silent sqlite3@5.0.2 >/dev/null) || {
        echo "npm pack sqlite3@5.0.2 failed" >&2; return 1; }
    fi
    [ -f /usr/include/tcl/tcl.h ] || {
      echo "the Tcl binding needs tcl.h: apt-get install tcl-dev" >&2; return 1; }
    rm -rf "$dir.tmp" && mkdir -p "$dir.tmp"
    tar xzf "$tgz" -O package/deps/sqlite-autoconf-3340000.tar.gz |
      tar xzf - -C "$dir.tmp" --strip-components=1 \
        sqlite-autoconf-3340000/shell.c sqlite-autoconf-3340000/sqlite3.h \
        sqlite-autoconf-3340000/tea/generic/tclsqlite3.c || return 1
    echo "building SQLite 3.34.0's Tcl binding and shell" >&2
    ${CC:-cc} -O2 -fPIC -shared -w -DUSE_SYSTEM_SQLITE=1 -DUSE_TCL_STUBS \
      -DPACKAGE_VERSION='"3.34.0"' -I"$dir.tmp" -I/usr/include/tcl \
      -o "$dir.tmp/libtclsqlite3.so" "$dir.tmp/tea/generic/tclsqlite3.c" \
      "$lib/libsqlite3.so.0" -ltclstub8.6 &&
    ${CC:-cc} -O2 -w -DUSE_SYSTEM_SQLITE=1 -DSQLITE_ENABLE_JSON1 -I"$dir.tmp" \
      -o "$dir.tmp/sqlite3" "$dir.tmp/shell.c" "$lib/libsqlite3.so.0" -lm \
      || { echo "compat build failed" >&2; return 1; }
    # Sourced after Debian's index (auto_path is read from its end), it
    # replaces what Debian's offers, of whatever version.
    printf '%s\n' 'package forget sqlite3' \
      'package ifneeded sqlite3 3.34.0 [list load [file join $dir libtclsqlite3.so] Sqlite3]' \
      > "$dir.tmp/pkgIndex.tcl"
    rm -rf "$dir" && mv "$dir.tmp" "$dir"
  fi
  echo "$dir"
}

# The version that the Tcl binding, the sqlite3 shell and Python's sqlite3
# module report under the current environment.
tcl_version() {
  echo 'package require sqlite3; sqlite3 db :memory:
    puts [db one {SELECT sqlite_version()}]' | ${TCLSH:-tclsh} 2>&1
}
shell_version() { sqlite3 :memory: 'SELECT sqlite_version()' 2>&1 | head -1; }
python_version() {
  /usr/bin/python3 -c 'import sqlite3; print(sqlite3.sqlite_version)' 2>&1
}

# probe VERSION: every client of libsqlite3.so.0 that the suite uses must
# report VERSION under the current LD_LIBRARY_PATH.
probe() {
  local v=$1 got bad=0
  got=$(tcl_version)
  [ "$got" = "$v" ] || { echo "  tclsh's sqlite3 reports: $got" >&2; bad=1; }
  got=$(shell_version)
  [ "$got" = "$v" ] || { echo "  the sqlite3 shell reports: $got" >&2; bad=1; }
  got=$(python_version)
  [ "$got" = "$v" ] || { echo "  python3's sqlite3 reports: $got" >&2; bad=1; }
  for c in dist/test/*; do
    [ -x "$c" ] || continue
    got=$(ldd "$c" | sed -n 's/.*libsqlite3\.so\.0 => \([^ ]*\).*/\1/p')
    [ "$got" = "$LD_LIBRARY_PATH/libsqlite3.so.0" ] ||
      { echo "  $c loads $got" >&2; bad=1; }
  done
  return $bad
}

[ $# -gt 0 ] || set -- 3.37.0=7.4.6 3.45.1=9.4.5 3.54.1=13.2.0
status=0
summary=()
path0=$PATH
for pair in "$@"; do
  v=${pair%%=*} b=${pair#*=}
  dir=$(build "$v" "$b") || { status=1; summary+=("$v: not built"); continue; }
  [ -z "${VERSIONS_BUILD_ONLY:-}" ] || { summary+=("$v: built in $dir"); continue; }
  export LD_LIBRARY_PATH=$dir
  # Debian's Tcl binding loads from 3.38 on; Debian's shell refuses any
  # SQLite but its own: SQLite 3.34.0's serve where they do not.
  tcl="Debian's" shell="Debian's"
  if [ "$(tcl_version)" != "$v" ] || [ "$(shell_version)" != "$v" ]; then
    c=$(compat "$dir") || { status=1; summary+=("$v: no Tcl binding"); continue; }
    if [ "$(tcl_version)" != "$v" ]; then export TCLLIBPATH=$c; tcl="3.34.0's"; fi
    if [ "$(shell_version)" != "$v" ]; then PATH=$c:$PATH; shell="3.34.0's"; fi
  fi
  binding="$tcl Tcl binding, $shell shell"
  if ! probe "$v"; then
    status=1; summary+=("$v: the suite would not run on it")
    unset LD_LIBRARY_PATH TCLLIBPATH; PATH=$path0
    continue
  fi
  echo "== SQLite $v (better-sqlite3@$b; $binding)"
  t0=$(date +%s)
  ${TCLSH:-tclsh} test/all.tcl | tee "$store/$v.log"
  rc=${PIPESTATUS[0]}
  line=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$store/$v.log" | tail -1)
  [ -n "$line" ] || line="no result"
  summary+=("$v: $line ($(( $(date +%s) - t0 )) s)")
  [ "$rc" -eq 0 ] || status=1
  unset LD_LIBRARY_PATH TCLLIBPATH
  PATH=$path0
done
echo "== SQLite version matrix"
printf '%s\n' "${summary[@]}"
exit $status
