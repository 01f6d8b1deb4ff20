# startup_bench.tcl - start-up at head: what an application pays when it
# calls migrate_upgrade('head') every time it starts and the database is
# already at head, printed as ratios.
#
#   make bench          (bench.tcl runs this file at its end)
#   tclsh bench/startup_bench.tcl   (after make and make dist/bench/readfiles.so)
#
# Nothing here asserts a timing; every figure is printed with its target,
# and a summary closes the run.  Everything is generated under
# bench/tmp/startup/.
#
#  (a) in one process: a chain of N revisions (bench.tcl's: each a CREATE
#      TABLE and a CREATE INDEX), N = 10, 100, 1,000 and 10,000, and a
#      database file stamped at head (so migrate_log holds a checksum for
#      every revision).  On one connection, each of
#        SELECT migrate_upgrade('head')      (the no-op)
#        SELECT migrate_current()
#        SELECT * FROM migrate_history      (every row, every column)
#        SELECT migrate_verify()
#      against the limit, SELECT bench_readfiles(dir) (bench/readfiles.c:
#      list the directory, then open, read and close every *.sql file in
#      it, with the same system calls as migrate's reader and nothing
#      else).  Times are the CPU time of the thread (user and system,
#      clock_gettime(CLOCK_THREAD_CPUTIME_ID), through bench_cpu_ns() of
#      the same helper; wall-clock time where there is no such clock), so
#      that other processes on a busy machine do not count.
#      Each round times all five, in a rotating order; a sample
#      repeats its statement enough times to last about 5 ms and is divided
#      by the repeats; the medians of BENCH_STARTUP_ROUNDS rounds are
#      compared (and, in parentheses, the best runs: on a busy machine
#      other processes only ever add time).  The history target, < 100 ms
#      at 10,000 revisions, is absolute: compare it with the limit's time on
#      the same run.  Target: upgrade/limit <= 1.5 from 100 revisions up (at 10
#      the fixed cost of a transaction, the CREATE TABLE IF NOT EXISTS of
#      the version table and migrate_log, and reading the version table,
#      outweighs ten small files).  migrate_current() reads no file, so it
#      is far below the limit; history and verify also hash every upgrade
#      section (SHA-256), which the no-op does not.
#  (b) whole process against Alembic (Debian's python3-alembic), at 100
#      and 1,000 revisions, both stamped at head: "python3 -m alembic
#      upgrade head", "current" and "history" against the sqlite3 shell
#      loading the extension and running migrate_upgrade('head'),
#      migrate_current() and SELECT * FROM migrate_history.  Medians of
#      BENCH_ALEMBIC_ROUNDS runs.  Skipped when alembic is not importable.
#
# Environment: MIGRATE_EXT (another build of the extension, as for the
# tests: to compare two), BENCH_STARTUP_ROUNDS (default 9), BENCH_STARTUP_SIZES
# (default "10 100 1000 10000"), BENCH_ALEMBIC_ROUNDS (default 3;
# 0 skips (b)).

package require sqlite3

set benchdir [file dirname [file normalize [info script]]]
source [file join $benchdir common.tcl]
set rootdir  [file dirname $benchdir]
set extpath  [file normalize [env_or MIGRATE_EXT [file join $rootdir dist migrate]]]
set limpath  [file join $rootdir dist bench readfiles]
set tmpdir   [file join $benchdir tmp startup]
set python   /usr/bin/python3
set rounds   [env_or BENCH_STARTUP_ROUNDS 9]
set sizes    [env_or BENCH_STARTUP_SIZES {10 100 1000 10000}]
set arounds  [env_or BENCH_ALEMBIC_ROUNDS 3]
set summary {}

file delete -force $tmpdir
file mkdir $tmpdir
cd $tmpdir

proc verdict {ok} { expr {$ok ? "ok" : "MISSED"} }

# Milliseconds per run of SQL statement sql on db, over k runs.  Every
# row is stepped and every column fetched into a list, as an application
# would (no Tcl variable is set per column: that would time Tcl).
proc per_call {sql k} {
  set t0 [now_ns]
  for {set i 0} {$i < $k} {incr i} { db eval $sql }
  expr {([now_ns] - $t0) / 1e6 / $k}
}

# The CPU time this thread has used, in nanoseconds: bench_cpu_ns() of
# bench/readfiles.c (CLOCK_THREAD_CPUTIME_ID: user and system time, not
# the time spent waiting for a CPU, which on a busy machine can be most of
# the wall-clock time); the wall-clock time where there is no such clock.
proc now_ns {} {
  if {$::useCpu} { return [db one {SELECT bench_cpu_ns()}] }
  expr {[clock microseconds] * 1000}
}

set ops {
  limit   {SELECT bench_readfiles($::dir)}
  upgrade {SELECT migrate_upgrade('head')}
  current {SELECT migrate_current()}
  history {SELECT * FROM migrate_history}
  verify  {SELECT migrate_verify()}
}

# ------------------------------------------------------- (a) in one process
set useCpu 0
foreach n $sizes {
  set dir [file join $tmpdir chain$n]
  gen_chain $dir $n
  foreach f [glob -nocomplain s$n.db*] { file delete $f }
  sqlite3 db s$n.db
  db enable_load_extension 1
  db eval {SELECT load_extension($::extpath)}
  db eval {SELECT load_extension($::limpath)}
  db eval {SELECT migrate_config('script_location', $::dir)}
  db eval {SELECT migrate_stamp('head')}
  if {$n == [lindex $sizes 0]} {
    set useCpu [expr {![catch {db one {SELECT bench_cpu_ns()}}]}]
    say "(a) times are [expr {$useCpu ? {CPU time (CLOCK_THREAD_CPUTIME_ID)}
                                       : {wall-clock time}}]"
  }
  # Check what each returns, and warm the cache; then the repeats that make
  # a sample last about 5 ms.
  if {[set got [db one {SELECT migrate_upgrade('head')}]] ne [rev_id $n]} {
    error "(a) migrate_upgrade('head') returned '$got'"
  }
  if {[db one {SELECT migrate_verify()}] ne "ok"} { error "(a) verify" }
  if {[db one {SELECT count(*) FROM migrate_history WHERE applied AND
               NOT modified}] != $n} { error "(a) history" }
  array unset k
  array unset t
  foreach {op sql} $ops {
    set once [per_call $sql 1]
    set k($op) [expr {max(1, int(ceil(5.0 / max($once, 0.001))))}]
    set t($op) {}
  }
  set names [dict keys $ops]
  for {set r 0} {$r < $rounds} {incr r} {
    set order [concat [lrange $names $r end] [lrange $names 0 [expr {$r-1}]]]
    foreach op $order {
      lappend t($op) [per_call [dict get $ops $op] $k($op)]
    }
  }
  db close
  set lim [median $t(limit)]
  set limBest [tcl::mathfunc::min {*}$t(limit)]
  say [format "(a) %5d revisions: limit runs (ms): %s" $n \
    [lmap x $t(limit) {format %.3f $x}]]
  foreach op {upgrade current history verify} {
    set m [median $t($op)]
    set best [tcl::mathfunc::min {*}$t($op)]
    say [format "(a) %5d revisions: %s runs (ms): %s" $n $op \
      [lmap x $t($op) {format %.3f $x}]]
    set line [format "start-up %5d revisions, %-7s %8.3f ms, limit %8.3f ms,\
      ratio %5.2f (best runs %4.2f)" $n $op $m $lim [expr {$m/$lim}] \
      [expr {$best/$limBest}]]
    if {$op eq "upgrade" && $n >= 100} {
      append line " (target <= 1.5) [verdict [expr {$m/$lim <= 1.5}]]"
    }
    if {$op eq "history" && $n == 10000} {
      append line " (target < 100 ms) [verdict [expr {$m < 100}]]"
    }
    note $line
  }
}

# ---------------------------------------------------- (b) against Alembic
if {$arounds < 1} {
  note "start-up against alembic: skipped (BENCH_ALEMBIC_ROUNDS=0)"
} elseif {[catch {exec $python -c {import alembic} 2>@1}]} {
  note "start-up against alembic: skipped (alembic is not importable)"
} elseif {[catch {exec sqlite3 -version}]} {
  note "start-up against alembic: skipped (no sqlite3 shell)"
} else {
  set aver [exec $python -c {import alembic; print(alembic.__version__)}]
  set cmds {
    upgrade {upgrade head} {SELECT migrate_upgrade('head')}
    current {current}      {SELECT migrate_current()}
    history {history}      {SELECT * FROM migrate_history}
  }
  foreach n {100 1000} {
    set adir [file join $tmpdir alembic$n]
    alembic_project $adir $n
    cd $adir
    exec $python -m alembic -c alembic.ini stamp head 2>@1
    cd $tmpdir
    set mdb [file join $tmpdir w$n.db]
    foreach f [glob -nocomplain $mdb*] { file delete $f }
    set env(MIGRATE_SCRIPT_LOCATION) [file join $tmpdir chain$n]
    if {![file isdirectory $env(MIGRATE_SCRIPT_LOCATION)]} {
      gen_chain $env(MIGRATE_SCRIPT_LOCATION) $n
    }
    exec sqlite3 $mdb ".load $extpath" "SELECT migrate_stamp('head')"
    foreach {op acmd mcmd} $cmds {
      set tA {}
      set tM {}
      for {set r 0} {$r < $arounds} {incr r} {
        cd $adir
        lappend tA [ms { set outA [exec $python -m alembic -c alembic.ini \
                                     {*}$acmd 2>@1] }]
        cd $tmpdir
        lappend tM [ms { set outM [exec sqlite3 $mdb ".load $extpath" \
                                     $mcmd] }]
      }
      if {$op ne "history" && [string first [rev_id $n] $outM] < 0} {
        error "(b) migrate $op: $outM"
      }
      set mA [median $tA]
      set mM [median $tM]
      say [format "(b) %4d revisions %s: alembic runs (ms) %s, migrate runs\
        (ms) %s" $n $op [lmap x $tA {format %.0f $x}] \
        [lmap x $tM {format %.1f $x}]]
      note [format "start-up %4d revisions, whole process, %-7s alembic %s\
        %6.0f ms, migrate %5.1f ms, ratio %5.1fx" $n $op $aver $mA $mM \
        [expr {$mA/$mM}]]
    }
    unset env(MIGRATE_SCRIPT_LOCATION)
  }
}

puts ""
puts "summary (startup_bench)"
foreach line $summary { puts "  $line" }
