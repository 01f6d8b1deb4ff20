# diff_bench.tcl - benchmarks of the declarative half: migrate_diff and a
# table rebuild, printed as figures and ratios.
#
#   make bench          (bench.tcl runs this file at its end)
#   tclsh bench/diff_bench.tcl
#
# Nothing here asserts a timing; every figure is printed with its target,
# and a summary closes the run.  Everything is generated under
# bench/tmp/diff/.
#
#  (a) diff: migrate_diff(model) of a model of N tables against a database
#      that matches it (the result must be ''), for N = 1,000, 2,500, 5,000
#      and 10,000.  Each table has an INTEGER PRIMARY KEY, a foreign key, a
#      NOT NULL column with a default, a column with a default and an index:
#        CREATE TABLE t<i> (id INTEGER NOT NULL PRIMARY KEY,
#          parent_id INTEGER REFERENCES t<i - i%10> (id),
#          name TEXT NOT NULL DEFAULT '', qty INTEGER DEFAULT 0);
#        CREATE INDEX ix_t<i>_name ON t<i> (name);
#      The model is JSON, as a user would keep it.  Median of BENCH_ROUNDS
#      calls after one warm-up call.  Targets: < 50 ms at 1,000 tables,
#      < 1 s at 10,000, and a flat cost per table (linear growth).
#  (b) rebuild: a table of R rows (R = 250,000 and 1,000,000) with two
#      indexes gets a CHECK constraint, which SQLite can only add by
#      rebuilding the table.  migrate_upgrade('head') of the revision that
#      migrate_autogenerate wrote, against the hand-written 12-step SQL of
#      SQLite's "Making Other Kinds Of Table Schema Changes" for the same
#      change, run raw (one "db eval" per statement) in one transaction.
#      Each run is a child process on a fresh copy of the same database;
#      after one warm-up run of each, the two alternate; medians are
#      compared.  The child reports the
#      time of the change alone and its peak resident memory (VmHWM of
#      /proc/self/status), so that peak memory can be seen not to grow with
#      the row count.  Target: migrate/raw <= 1.1.
#  (c) Alembic: compare_metadata() of Alembic (Debian's python3-alembic)
#      with compare_type=True, in-process, on the 1,000-table database of
#      (a) against a SQLAlchemy MetaData built for the same schema (the
#      database is reflected by compare_metadata itself), against
#      migrate_diff on the same database and model.  Only the comparison is
#      timed, not the start-up of either, nor the building of the MetaData
#      (migrate_diff, on the other hand, parses its JSON model every call).
#      Median of BENCH_ALEMBIC_ROUNDS calls after one warm-up call.
#      Aim: Alembic/migrate >= 20.  Skipped when alembic is not importable.
#
# Environment: BENCH_ROUNDS (default 5) for (a) and the migrate side of (c);
# BENCH_REBUILD_ROUNDS (default 5) and BENCH_REBUILD_ROWS (default
# "250000 1000000") for (b); BENCH_ALEMBIC_ROUNDS (default 3) for (c).

package require sqlite3

set benchdir [file dirname [file normalize [info script]]]
source [file join $benchdir common.tcl]
set rootdir  [file dirname $benchdir]
set extpath  [file join $rootdir dist migrate]
set tmpdir   [file join $benchdir tmp diff]
set python   /usr/bin/python3



# Resident memory figures of this process, in kB: VmRSS and VmHWM.
proc vm {key} {
  set fd [open /proc/self/status r]
  set data [read $fd]
  close $fd
  if {[regexp -line "^$key:\\s+(\\d+) kB" $data -> kb]} { return $kb }
  return 0
}

# The rebuild of (b), in its own process: argv is
#   child migrate|raw <database> <script directory>
# and the child prints "<ms> <VmHWM kB> <VmRSS kB before the change>".
if {[lindex $argv 0] eq "child"} {
  lassign $argv - mode dbfile dir
  sqlite3 db $dbfile
  db enable_load_extension 1
  db eval {SELECT load_extension($::extpath)}
  db eval {SELECT migrate_config('script_location', $dir)}
  set rss0 [vm VmRSS]
  if {$mode eq "migrate"} {
    set t [ms { set cur [db onecolumn {SELECT migrate_upgrade('head')}] }]
    if {$cur ne "r1"} { error "migrate_upgrade returned '$cur'" }
  } else {
    set raw {
      {PRAGMA foreign_keys=OFF}
      {BEGIN}
      {CREATE TABLE new_big (id INTEGER PRIMARY KEY, name TEXT NOT NULL,
         qty INTEGER NOT NULL DEFAULT 0, note TEXT, CHECK (qty >= 0))}
      {INSERT INTO new_big (id, name, qty, note)
         SELECT id, name, qty, note FROM big}
      {DROP TABLE big}
      {ALTER TABLE new_big RENAME TO big}
      {CREATE INDEX ix_big_name ON big (name)}
      {CREATE INDEX ix_big_qty ON big (qty)}
      {PRAGMA foreign_key_check}
      {COMMIT}
      {PRAGMA foreign_keys=ON}
    }
    set t [ms { foreach stmt $raw { db eval $stmt } }]
  }
  set hwm [vm VmHWM]
  # both leave the same table, with its rows, indexes and CHECK
  if {[db onecolumn {SELECT count(*) FROM big}] != [db onecolumn {
        SELECT max(id) FROM big}]} {
    error "rows lost"
  }
  set idx [db eval {SELECT name FROM sqlite_schema WHERE type = 'index'
                    AND tbl_name = 'big' ORDER BY name}]
  if {$idx ne {ix_big_name ix_big_qty}} { error "indexes: $idx" }
  if {[catch {db eval {UPDATE big SET qty = -1 WHERE id = 1}}] == 0} {
    error "the CHECK is not there"
  }
  db close
  puts "$t $hwm $rss0"
  exit 0
}

set rounds  [env_or BENCH_ROUNDS 5]
set rrounds [env_or BENCH_REBUILD_ROUNDS 5]
set rrows   [env_or BENCH_REBUILD_ROWS {250000 1000000}]
set arounds [env_or BENCH_ALEMBIC_ROUNDS 3]
set summary {}

file delete -force $tmpdir
file mkdir $tmpdir
cd $tmpdir



proc verdict {ok} { expr {$ok ? "ok" : "MISSED"} }

# Open file (a new one when fresh) with the extension loaded.
proc open_db {handle file {fresh 0}} {
  if {$fresh} {
    foreach f [glob -nocomplain $file $file-*] { file delete -force $f }
  }
  sqlite3 $handle $file
  $handle enable_load_extension 1
  $handle eval {SELECT load_extension($::extpath)}
}

say "\ndiff_bench: migrate [exec sqlite3 :memory: ".load $extpath" \
  "SELECT migrate_version()"], SQLite [sqlite3 -version]"

# ------------------------------------------------------------- (a) diff

# Database file g<n>.db with the n tables; returns their JSON model, and
# sets ::ddl(n) to their DDL.
proc gen_schema {n} {
  open_db db g$n.db 1
  set tables {}
  set ::ddl($n) {}
  db transaction {
    for {set i 0} {$i < $n} {incr i} {
      set p [expr {$i - $i % 10}]
      set stmts [list "CREATE TABLE t$i (id INTEGER NOT NULL PRIMARY KEY,\
        parent_id INTEGER REFERENCES t$p (id), name TEXT NOT NULL\
        DEFAULT '', qty INTEGER DEFAULT 0)" \
        "CREATE INDEX ix_t${i}_name ON t$i (name)"]
      foreach stmt $stmts {
        db eval $stmt
        append ::ddl($n) "$stmt;\n"
      }
      lappend tables [string map [list @I $i @P $p] {{"name": "t@I",
   "columns": [
     {"name": "id", "type": "INTEGER", "primary_key": true, "nullable": false},
     {"name": "parent_id", "type": "INTEGER"},
     {"name": "name", "type": "TEXT", "nullable": false, "default": "''"},
     {"name": "qty", "type": "INTEGER", "default": 0}],
   "foreign_keys": [
     {"columns": ["parent_id"], "ref_table": "t@P", "ref_columns": ["id"]}],
   "indexes": [{"name": "ix_t@I_name", "columns": ["name"]}]}}]
    }
  }
  db close
  return "{\"tables\": \[\n  [join $tables ",\n  "]\]}\n"
}

# Median milliseconds of migrate_diff(model) on database file, after one
# warm-up call; the result must be ''.
proc time_diff {file model n} {
  open_db db $file
  set r [db onecolumn {SELECT migrate_diff($model)}]
  if {$r ne ""} {
    error "migrate_diff of the matching $n-table model is not '':\
      [string range $r 0 400]"
  }
  set ts {}
  for {set k 0} {$k < $::rounds} {incr k} {
    lappend ts [ms { db onecolumn {SELECT migrate_diff($model)} }]
  }
  db close
  return $ts
}

set sizes {1000 2500 5000 10000}
set perTable {}
foreach n $sizes {
  set t [ms { set model($n) [gen_schema $n] }]
  write_file model$n.json $model($n)
  set ts [time_diff g$n.db $model($n) $n]
  set m [median $ts]
  set diffMs($n) $m
  lappend perTable [expr {$m * 1000.0 / $n}]
  say [format "(a) %5d tables (made in %.0f ms): runs %s ms" $n $t \
    [lmap x $ts {format %.1f $x}]]
  set line [format "migrate_diff %5d tables: %.1f ms, %.1f us per table" \
    $n $m [expr {$m * 1000.0 / $n}]]
  if {$n == 1000} {
    append line [format " (target < 50 ms) %s" [verdict [expr {$m < 50}]]]
  }
  if {$n == 10000} {
    append line [format " (target < 1 s) %s" [verdict [expr {$m < 1000}]]]
  }
  note $line
}
set lo [tcl::mathfunc::min {*}$perTable]
set hi [tcl::mathfunc::max {*}$perTable]
note [format "migrate_diff growth: cost per table varies %.2fx from 1,000 to\
  10,000 tables (1.00 = linear) %s" [expr {$hi/$lo}] \
  [verdict [expr {$hi/$lo < 1.5}]]]

# The same 1,000 tables as a DDL model, for scale.
set ts [time_diff g1000.db $ddl(1000) 1000]
note [format "  (the same 1,000 tables as a DDL model: %.1f ms)" [median $ts]]

# ---------------------------------------------------------- (b) rebuild

# Template database big<rows>.db: the table, its rows, its indexes, and the
# revision r1 (adding the CHECK) that migrate_autogenerate wrote in
# rev<rows>/.
proc gen_big {rows} {
  set dir [file join $::tmpdir rev$rows]
  file delete -force $dir
  open_db db big$rows.db 1
  db eval {PRAGMA journal_mode=DELETE}
  db eval {SELECT migrate_init($dir)}
  db transaction {
    db eval {
      CREATE TABLE big (id INTEGER PRIMARY KEY, name TEXT NOT NULL,
        qty INTEGER NOT NULL DEFAULT 0, note TEXT);
    }
    db eval {
      WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c
                              WHERE x < CAST($rows AS INTEGER))
      INSERT INTO big (id, name, qty, note)
        SELECT x, printf('name%07d', (x * 7919) % 1000003), x % 1000,
               'note ' || x FROM c;
    }
    db eval {
      CREATE INDEX ix_big_name ON big (name);
      CREATE INDEX ix_big_qty ON big (qty);
    }
  }
  set model {{"tables": [{"name": "big",
    "columns": [
      {"name": "id", "type": "INTEGER", "primary_key": true},
      {"name": "name", "type": "TEXT", "nullable": false},
      {"name": "qty", "type": "INTEGER", "nullable": false, "default": 0},
      {"name": "note", "type": "TEXT"}],
    "checks": ["qty >= 0"],
    "indexes": [{"name": "ix_big_name", "columns": ["name"]},
                {"name": "ix_big_qty", "columns": ["qty"]}]}]}}
  if {[db onecolumn {SELECT max(id) FROM big}] != $rows} {
    error "(b) the table was not filled"
  }
  set id [db onecolumn {
    SELECT migrate_autogenerate('add a check', $model, '{"rev_id":"r1"}')
  }]
  if {$id ne "r1"} { error "migrate_autogenerate returned '$id'" }
  set ops [db eval {SELECT op FROM migrate_diff_ops($model)}]
  if {$ops ne "rebuild_table"} { error "(b) expected one rebuild, got: $ops" }
  db close
  return $dir
}

proc run_child {mode rows dir} {
  foreach f [glob -nocomplain run.db run.db-*] { file delete -force $f }
  file copy -force big$rows.db run.db
  set out [exec [info nameofexecutable] [file join $::benchdir diff_bench.tcl] \
             child $mode [file join $::tmpdir run.db] $dir 2>@1]
  return [lrange [split [string trim $out]] end-2 end]
}

foreach rows $rrows {
  set t [ms { set dir [gen_big $rows] }]
  say [format "(b) %d rows, two indexes: made in %.0f ms,\
    [file size big$rows.db] bytes" $rows $t]
  foreach w {migrate raw} {
    set tm($w) {}; set hw($w) {}; set rs($w) {}
    run_child $w $rows $dir                ;# warm-up, not counted
  }
  for {set r 0} {$r < $rrounds} {incr r} {
    set order [expr {$r % 2 ? {migrate raw} : {raw migrate}}]
    foreach which $order {
      lassign [run_child $which $rows $dir] t hwm rss0
      lappend tm($which) $t
      lappend hw($which) $hwm
      lappend rs($which) $rss0
    }
  }
  foreach w {migrate raw} {
    say [format "(b) %-7s runs (ms): %s; peak RSS (MB): %s" $w \
      [lmap x $tm($w) {format %.0f $x}] \
      [lmap x $hw($w) {format %.1f [expr {$x / 1024.0}]}]]
    set peak($w,$rows) [tcl::mathfunc::max {*}$hw($w)]
    set base($w,$rows) [tcl::mathfunc::max {*}$rs($w)]
  }
  set mM [median $tm(migrate)]
  set mR [median $tm(raw)]
  note [format "rebuild %d rows (add a CHECK): migrate %.0f ms, raw 12-step\
    %.0f ms, ratio %.2f (target <= 1.1) %s" $rows $mM $mR [expr {$mM/$mR}] \
    [verdict [expr {$mM/$mR <= 1.1}]]]
  note [format "  peak RSS: migrate %.1f MB, raw %.1f MB (RSS before the\
    change: %.1f MB, %.1f MB)" [expr {$peak(migrate,$rows)/1024.0}] \
    [expr {$peak(raw,$rows)/1024.0}] [expr {$base(migrate,$rows)/1024.0}] \
    [expr {$base(raw,$rows)/1024.0}]]
  foreach f [glob -nocomplain run.db run.db-* big$rows.db] {
    file delete -force $f
  }
}
if {[llength $rrows] >= 2} {
  set r0 [lindex $rrows 0]
  set r1 [lindex $rrows end]
  set g [expr {double($peak(migrate,$r1)) / $peak(migrate,$r0)}]
  note [format "rebuild memory: migrate's peak RSS at %d rows is %.2fx that\
    at %d rows (1.00 = flat; raw: %.2fx) %s" $r1 $g $r0 \
    [expr {double($peak(raw,$r1)) / $peak(raw,$r0)}] \
    [verdict [expr {$g < 1.2}]]]
}

# ---------------------------------------------------------- (c) Alembic

set pyscript {
import sys, time
from sqlalchemy import (create_engine, MetaData, Table, Column, Integer,
                        Text, ForeignKey, Index, text)
from alembic.migration import MigrationContext
from alembic.autogenerate import compare_metadata

path, n, rounds = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
md = MetaData()
for i in range(n):
    Table("t%d" % i, md,
          Column("id", Integer, primary_key=True, nullable=False),
          Column("parent_id", Integer, ForeignKey("t%d.id" % (i - i % 10))),
          Column("name", Text, nullable=False, server_default=text("''")),
          Column("qty", Integer, server_default=text("0")),
          Index("ix_t%d_name" % i, "name"))
engine = create_engine("sqlite:///" + path)
times = []
with engine.connect() as conn:
    for k in range(rounds + 1):
        mc = MigrationContext.configure(conn, opts={"compare_type": True})
        t0 = time.perf_counter()
        diffs = compare_metadata(mc, md)
        t1 = time.perf_counter()
        if k:
            times.append((t1 - t0) * 1000.0)
print(len(diffs), " ".join("%.1f" % t for t in times))
}

if {[catch {exec $python -c {import alembic, sqlalchemy} 2>@1} err]} {
  note "alembic compare_metadata: skipped (alembic is not importable:\
    [lindex [split $err \n] end])"
} else {
  set aver [exec $python -c {import alembic; print(alembic.__version__)}]
  set saver [exec $python -c {import sqlalchemy; print(sqlalchemy.__version__)}]
  write_file compare.py $pyscript
  set out [exec $python compare.py [file join $tmpdir g1000.db] 1000 $arounds]
  set nd [lindex $out 0]
  set tAl [lrange $out 1 end]
  if {$nd != 0} { say "(c) note: compare_metadata reported $nd differences" }
  set tMg [time_diff g1000.db $model(1000) 1000]
  set mA [median $tAl]
  set mM [median $tMg]
  say [format "(c) alembic %s (SQLAlchemy %s) compare_metadata runs (ms): %s;\
    %s differences found" $aver $saver [lmap x $tAl {format %.0f $x}] $nd]
  say [format "(c) migrate_diff runs (ms): %s" [lmap x $tMg {format %.1f $x}]]
  note [format "alembic %s compare_metadata of 1,000 tables: %.0f ms,\
    migrate_diff %.1f ms, ratio %.1fx (aim >= 20x) %s" $aver $mA $mM \
    [expr {$mA/$mM}] [verdict [expr {$mA/$mM >= 20}]]]
}

puts ""
puts "summary (diff_bench)"
foreach line $summary { puts "  $line" }
