# bench.tcl - benchmarks of the migrate extension, printed as ratios.
#
#   make bench          (or: tclsh bench/bench.tcl)
#
# Nothing here asserts a timing; every figure is printed, with its target,
# and a summary closes the run.  Everything is generated under bench/tmp/.
#
#  (a) upgrade: migrate_upgrade('head') over 1,000 revisions (each a CREATE
#      TABLE and a CREATE INDEX) against the same SQL and the same
#      version-table statements (Alembic's INSERT, then one UPDATE per step)
#      run as one raw script in one transaction, in the same process (one
#      "db eval" per statement: see raw_script).  The two alternate, on a
#      fresh database file each run; the medians are compared.
#      Target: migrate/raw <= 1.2.
#  (b) history: SELECT * FROM migrate_history over 2,500, 5,000 and 10,000
#      revisions (the database stamped at head, so the applied/modified
#      columns have real work to do), every row and column fetched into
#      one Tcl list.  Target: < 100 ms at 10,000, and a
#      flat cost per revision (linear growth).
#  (c) Alembic: the same 1,000 revisions as an Alembic project (Debian's
#      python3-alembic, op.execute of the same SQL), whole process against
#      whole process: "python3 -m alembic upgrade head" against
#      "sqlite3 db '.load dist/migrate' \"SELECT migrate_upgrade('head')\"".
#      Aim: Alembic/migrate >= 50.  The raw script run by the sqlite3 shell
#      is timed too: no runner can beat it, so alembic/raw bounds the ratio.
#      Skipped when alembic is not importable.
#
# Environment: BENCH_ROUNDS (default 5) sets the rounds of (a) and (b);
# BENCH_ALEMBIC_ROUNDS (default 3) those of (c).
#
# Then bench/startup_bench.tcl (start-up at head: the no-op upgrade,
# migrate_current, migrate_history and migrate_verify at 10 to 10,000
# revisions against reading the same files, and against Alembic),
# bench/diff_bench.tcl (migrate_diff, the rebuild, Alembic's
# compare_metadata) and bench/findings_bench.tcl (the data findings on a
# 1,000,000-row table) run, each with its own summary.

package require sqlite3

set benchdir [file dirname [file normalize [info script]]]
source [file join $benchdir common.tcl]
set rootdir  [file dirname $benchdir]
set extpath  [file join $rootdir dist migrate]
set tmpdir   [file join $benchdir tmp]
set python   /usr/bin/python3
set rounds   5
set arounds  3
if {[info exists env(BENCH_ROUNDS)]} { set rounds $env(BENCH_ROUNDS) }
if {[info exists env(BENCH_ALEMBIC_ROUNDS)]} {
  set arounds $env(BENCH_ALEMBIC_ROUNDS)
}
set summary {}

file delete -force $tmpdir
file mkdir $tmpdir
cd $tmpdir

# ----------------------------------------------------------------- helpers
# (rev_id, gen_chain and alembic_project are in common.tcl)

# The raw script of an upgrade from base to revision n, as a list of
# statements: what Alembic would run, in one transaction.  (It is run one
# statement per "db eval": tclsqlite's eval of one long multi-statement
# text costs time quadratic in its length, which is no fair baseline.)
proc raw_script {n} {
  set s [list BEGIN "CREATE TABLE alembic_version (\n\tversion_num\
    VARCHAR(32) NOT NULL, \n\tCONSTRAINT alembic_version_pkc PRIMARY KEY\
    (version_num)\n)"]
  for {set i 1} {$i <= $n} {incr i} {
    lappend s {*}[split [string trimright [rev_up $i] {;}] \;]
    if {$i == 1} {
      lappend s "INSERT INTO alembic_version (version_num) VALUES\
        ('[rev_id $i]')"
    } else {
      lappend s "UPDATE alembic_version SET version_num='[rev_id $i]' WHERE\
        alembic_version.version_num = '[rev_id [expr {$i-1}]]'"
    }
  }
  lappend s COMMIT
}

proc fresh_db {handle file} {
  foreach f [glob -nocomplain $file $file-*] { file delete -force $f }
  sqlite3 $handle $file
  $handle enable_load_extension 1
  $handle eval {SELECT load_extension($::extpath)}
}

# The schema a run leaves, without the extension's own log table.
proc schema_of {handle} {
  list [$handle eval {SELECT type, name, tbl_name, sql FROM sqlite_schema
                      WHERE name NOT LIKE 'migrate_log%' ORDER BY name}] \
       [$handle eval {SELECT version_num FROM alembic_version}]
}

say "migrate [exec sqlite3 :memory: ".load $extpath" \
  "SELECT migrate_version()"], SQLite [sqlite3 -version]"

# ------------------------------------------------ (a) upgrade against raw
set N 1000
set t [ms { gen_chain [file join $tmpdir up$N] $N }]
say [format "(a) wrote %d revision files in %.0f ms" $N $t]
set raw [raw_script $N]
set tMig {}
set tRaw {}
for {set r 0} {$r < $rounds} {incr r} {
  # Alternate which one runs first in each round.
  set order [expr {$r % 2 ? {migrate raw} : {raw migrate}}]
  foreach which $order {
    fresh_db db a.db
    if {$which eq "raw"} {
      lappend tRaw [ms { foreach stmt $raw { db eval $stmt } }]
    } else {
      db eval {SELECT migrate_config('script_location', $::tmpdir || '/up' || $::N)}
      lappend tMig [ms { set cur [db eval {SELECT migrate_upgrade('head')}] }]
      if {$cur ne [rev_id $N]} { error "migrate_upgrade returned '$cur'" }
    }
    set got($which) [schema_of db]
    db close
  }
  if {$got(raw) ne $got(migrate)} {
    error "(a) migrate and raw left different schemas"
  }
}
set mM [median $tMig]
set mR [median $tRaw]
say [format "(a) migrate runs (ms): %s" [lmap x $tMig {format %.1f $x}]]
say [format "(a) raw runs (ms):     %s" [lmap x $tRaw {format %.1f $x}]]
note [format "upgrade %d revisions: migrate %.1f ms, raw %.1f ms,\
  ratio %.2f (target <= 1.2) %s" $N $mM $mR [expr {$mM/$mR}] \
  [expr {$mM/$mR <= 1.2 ? "ok" : "MISSED"}]]

# ----------------------------------------------- (a2) migrate_test (CI)
# The self-test of the same 1,000 revisions: each up, down and up again on
# a scratch database, against one plain upgrade of them all (the limit is
# about three such runs, plus a schema read per step).
fresh_db db t.db
db eval {SELECT migrate_config('script_location', $::tmpdir || '/up' || $::N)}
set tTest {}
for {set r 0} {$r < [expr {min($rounds, 3)}]} {incr r} {
  lappend tTest [ms { set res [db one {SELECT migrate_test()}] }]
  if {$res ne "ok"} { error "migrate_test: $res" }
}
db close
set mT [median $tTest]
say [format "(a2) migrate_test runs (ms): %s" [lmap x $tTest {format %.0f $x}]]
note [format "migrate_test of %d revisions: %.0f ms, %.1fx one upgrade of\
  them (target: seconds) %s" $N $mT [expr {$mT/$mM}] \
  [expr {$mT < 10000 ? "ok" : "MISSED"}]]

# ------------------------------------------------------ (b) migrate_history
set sizes {2500 5000 10000}
set t [ms {
  foreach n $sizes { gen_chain [file join $tmpdir hist$n] $n }
}]
say [format "(b) wrote %d revision files in %.0f ms" \
  [expr [join $sizes +]] $t]
set perRev {}
foreach n $sizes {
  fresh_db db h$n.db
  db eval {SELECT migrate_config('script_location', $::tmpdir || '/hist' || $n)}
  db eval {SELECT migrate_stamp('head')}
  # Every row and column fetched into one list (a script run per row would
  # time Tcl setting a variable per column as well).
  db eval {SELECT * FROM migrate_history LIMIT 1} one {
    set ncol [llength $one(*)]
  }
  set ts {}
  for {set r 0} {$r < $rounds} {incr r} {
    lappend ts [ms { set res [db eval {SELECT * FROM migrate_history}] }]
    set rows [expr {[llength $res] / $ncol}]
    if {$rows != $n} { error "migrate_history gave $rows rows, not $n" }
  }
  set tc [median [lmap _ {1 2 3} {ms {
    db eval {SELECT count(*) FROM migrate_history}
  }}]]
  set applied [db eval {SELECT count(*) FROM migrate_history WHERE applied}]
  if {$applied != $n} { error "migrate_history: $applied applied, not $n" }
  db close
  set m [median $ts]
  lappend perRev [expr {$m * 1000.0 / $n}]
  set line [format "history %5d revisions: %.1f ms, %.2f us per revision\
    (count(*) alone %.1f ms)" $n $m [expr {$m * 1000.0 / $n}] $tc]
  if {$n == 10000} {
    append line [format " (target < 100 ms) %s" \
      [expr {$m < 100 ? "ok" : "MISSED"}]]
  }
  note $line
}
set lo [tcl::mathfunc::min {*}$perRev]
set hi [tcl::mathfunc::max {*}$perRev]
note [format "history growth: cost per revision varies %.2fx from 2,500 to\
  10,000 (1.00 = linear) %s" [expr {$hi/$lo}] \
  [expr {$hi/$lo < 1.5 ? "ok" : "MISSED"}]]

# ---------------------------------------------------- (c) against Alembic
if {[catch {exec $python -c {import alembic} 2>@1}]} {
  note "alembic: skipped (not installed)"
} elseif {[catch {exec sqlite3 -version}]} {
  note "alembic: skipped (no sqlite3 shell to run migrate in a process)"
} else {
  set adir [file join $tmpdir alembic$N]
  alembic_project $adir $N
  set aver [exec $python -c {import alembic; print(alembic.__version__)}]
  set tAl {}
  set tMp {}
  set tRw {}
  set rawfile [file join $tmpdir raw$N.sql]
  write_file $rawfile "[join $raw ";\n"];\n"
  set mdir [file join $tmpdir up$N]
  for {set r 0} {$r < $arounds} {incr r} {
    set order [expr {$r % 2 ? {migrate raw alembic} : {alembic raw migrate}}]
    foreach which $order {
      if {$which eq "alembic"} {
        cd $adir
        foreach f [glob -nocomplain alembic.db*] { file delete $f }
        lappend tAl [ms {
          exec $python -m alembic -c alembic.ini upgrade head 2>@1
        }]
        set cur [exec sqlite3 alembic.db "SELECT version_num FROM\
          alembic_version"]
      } elseif {$which eq "raw"} {
        cd $tmpdir
        foreach f [glob -nocomplain r.db*] { file delete $f }
        lappend tRw [ms { exec sqlite3 r.db < $rawfile }]
        set cur [exec sqlite3 r.db "SELECT version_num FROM alembic_version"]
      } else {
        cd $tmpdir
        foreach f [glob -nocomplain c.db*] { file delete $f }
        set env(MIGRATE_SCRIPT_LOCATION) $mdir
        lappend tMp [ms {
          set cur [exec sqlite3 c.db ".load $extpath" \
                     "SELECT migrate_upgrade('head')"]
        }]
        unset env(MIGRATE_SCRIPT_LOCATION)
      }
      if {$cur ne [rev_id $N]} { error "(c) $which ended at '$cur'" }
    }
  }
  cd $tmpdir
  set cnt [exec sqlite3 [file join $adir alembic.db] \
    "SELECT count(*) FROM sqlite_schema"]
  set cnt2 [exec sqlite3 c.db "SELECT count(*) FROM sqlite_schema\
    WHERE name NOT LIKE 'migrate_log%'"]
  if {$cnt != $cnt2} { error "(c) alembic made $cnt objects, migrate $cnt2" }
  # Process start-up alone, for scale.
  set tPy [median [lmap _ {1 2 3} {ms { exec $python -c {import alembic.config} }}]]
  set tSh [median [lmap _ {1 2 3} {ms { exec sqlite3 :memory: ".load $extpath" "SELECT 1" }}]]
  set mA [median $tAl]
  set mP [median $tMp]
  set mW [median $tRw]
  say [format "(c) alembic %s runs (ms): %s" $aver [lmap x $tAl {format %.0f $x}]]
  say [format "(c) migrate runs (ms):      %s" [lmap x $tMp {format %.1f $x}]]
  say [format "(c) raw script in sqlite3 (ms): %s" [lmap x $tRw {format %.1f $x}]]
  say [format "(c) start-up alone: python3 + import alembic %.0f ms,\
    sqlite3 + .load %.1f ms" $tPy $tSh]
  note [format "alembic %s upgrade %d revisions (whole process): alembic\
    %.0f ms, migrate %.1f ms, ratio %.1fx (aim >= 50x) %s" $aver $N \
    $mA $mP [expr {$mA/$mP}] [expr {$mA/$mP >= 50 ? "ok" : "MISSED"}]]
  note [format "  the same SQL as a raw script in the sqlite3 shell: %.1f ms,\
    so at best alembic/raw = %.1fx" $mW [expr {$mA/$mW}]]
}

puts ""
puts "summary"
foreach line $summary { puts "  $line" }
exec [info nameofexecutable] [file join $benchdir startup_bench.tcl] \
  >@ stdout 2>@ stderr
exec [info nameofexecutable] [file join $benchdir diff_bench.tcl] >@ stdout 2>@ stderr
exec [info nameofexecutable] [file join $benchdir findings_bench.tcl] >@ stdout 2>@ stderr
