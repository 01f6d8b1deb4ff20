# findings_bench.tcl - what the data findings of migrate_diff_ops and
# migrate_autogenerate cost on a large table (ext/findings.c).
#
#   make bench          (bench.tcl runs this file at its end)
#   tclsh bench/findings_bench.tcl
#
# A table of R = 1,000,000 rows, t(id INTEGER PRIMARY KEY, a TEXT, b
# INTEGER, c TEXT) with an index on c, and four model changes, each timed as
# "SELECT warning FROM migrate_diff_ops(model)" (the probes run) against
# "SELECT op FROM migrate_diff_ops(model)" (the same diff, no probe); the
# difference is the probe.  Its limit is the same question asked by hand in
# SQL, timed too (the raw probe):
#   new:    a new NOT NULL column without a default: the table has rows
#           (raw: SELECT count(*) FROM t)
#   early:  a NOT NULL on a with a NULL in the first row (raw: count of the
#           NULLs, which must read every row)
#   none:   a NOT NULL on b, which has no NULL (raw: SELECT 1 ... LIMIT 1,
#           which must read every row to say "none")
#   index:  a NOT NULL on c, which has no NULL and an index (raw: the same
#           seek)
# Target: each probe within 1.5x of its raw query plus 2 ms, and the "new"
# and "index" probes in milliseconds.  Median of BENCH_ROUNDS (default 5).

package require sqlite3

set benchdir [file dirname [file normalize [info script]]]
source [file join $benchdir common.tcl]
set rootdir [file dirname $benchdir]
set extpath [file join $rootdir dist migrate]
set tmpdir  [file join $benchdir tmp findings]
set rounds  [env_or BENCH_ROUNDS 5]
set R       1000000
set summary {}

file delete -force $tmpdir
file mkdir $tmpdir
cd $tmpdir

sqlite3 db f.db
db enable_load_extension 1
db eval { SELECT load_extension($::extpath) }
db eval {
  PRAGMA journal_mode=WAL;
  CREATE TABLE t(id INTEGER PRIMARY KEY, a TEXT, b INTEGER, c TEXT);
  BEGIN;
}
db eval {
  WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i < CAST($::R AS INTEGER))
  INSERT INTO t SELECT i, CASE WHEN i = 1 THEN NULL ELSE 'a' || i END, i,
                     'c' || i FROM n;
}
db eval { CREATE INDEX ix_c ON t(c); COMMIT; }
say "findings: a table of $R rows written"

set cols {id INTEGER PRIMARY KEY, a TEXT, b INTEGER, c TEXT}
set idx {CREATE INDEX ix_c ON t(c);}
set cases [list \
  new   "CREATE TABLE t($cols, d TEXT NOT NULL);$idx" \
        {SELECT count(*) FROM t} \
  early [string map {{a TEXT} {a TEXT NOT NULL}} "CREATE TABLE t($cols);$idx"] \
        {SELECT count(*) FROM t WHERE a IS NULL} \
  none  [string map {{b INTEGER} {b INTEGER NOT NULL}} "CREATE TABLE t($cols);$idx"] \
        {SELECT 1 FROM t WHERE b IS NULL LIMIT 1} \
  index [string map {{c TEXT} {c TEXT NOT NULL}} "CREATE TABLE t($cols);$idx"] \
        {SELECT 1 FROM t WHERE c IS NULL LIMIT 1} \
]
foreach {name model raw} $cases {
  set tW {}; set tO {}; set tR {}
  db eval { SELECT warning FROM migrate_diff_ops($model) }
  for {set r 0} {$r < $rounds} {incr r} {
    lappend tW [ms { set w [db eval { SELECT warning FROM migrate_diff_ops($model) }] }]
    lappend tO [ms { db eval { SELECT op FROM migrate_diff_ops($model) } }]
    lappend tR [ms { db eval $raw }]
  }
  set probe [expr {[median $tW] - [median $tO]}]
  set mR [median $tR]
  set ok [expr {$probe <= 1.5 * $mR + 2.0}]
  note [format "findings %-5s %d rows: probe %.1f ms (diff alone %.1f ms),\
    raw query %.1f ms, ratio %.2f (target <= 1.5 + 2 ms) %s" $name $R \
    $probe [median $tO] $mR [expr {$mR > 0 ? $probe / $mR : 0}] \
    [expr {$ok ? "ok" : "MISSED"}]]
  say "  warning: [string range [lindex $w 0] 0 90]"
}
db close

puts ""
puts "summary (findings)"
foreach line $summary { puts "  $line" }
