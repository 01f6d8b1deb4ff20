#!/bin/sh
# demo.sh - run sql/demo.sql in a fresh temporary directory through the
# sqlite3 shell, with dist/migrate loaded.  Used by `make demo`.
set -e
root=$(cd "$(dirname "$0")/.." && pwd)
dir=$(mktemp -d "${TMPDIR:-/tmp}/migrate-demo.XXXXXX")
trap 'rm -rf "$dir"' EXIT
cd "$dir"
echo "demo project in $dir"
sqlite3 -bail -cmd ".load $root/dist/migrate" demo.db < "$root/sql/demo.sql"
echo "== the files written"
ls migrations
echo "== $(ls migrations | head -1)"
cat "migrations/$(ls migrations | head -1)"
