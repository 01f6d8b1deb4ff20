# tester.tcl - the test harness, in the style of SQLite's own.
#
# A test file sources this, sets a testprefix, and numbers its cases:
#
#   source [file join [file dirname [info script]] tester.tcl]
#   set testprefix graph
#   reset_db
#   do_execsql_test 1.1 { SELECT migrate_current() } {{}}
#   do_catchsql_test 1.2 { SELECT migrate_upgrade('zz') } {1 {...}}
#   finish_test
#
# Each test file runs in a fresh working directory (test/tmp/<file>/) with
# a connection "db" on test.db that has the extension loaded.  The script
# directory of a test is ./migrations unless the test says otherwise.
#
#   do_test NAME SCRIPT EXPECTED        the script's result equals EXPECTED
#   do_execsql_test NAME SQL EXPECTED   db eval SQL equals the list EXPECTED
#   do_catchsql_test NAME SQL EXPECTED  {0 result} or {1 message}
#   do_catchsql_unchanged_test NAME SQL EXPECTED
#                                       as do_catchsql_test, and the database
#                                       and the script directory are the same
#                                       afterwards as before
#   reset_db                            new empty test.db, no ./migrations
#   state                               the database and ./migrations, dumped
#   finish_test                         prints "N passed, N failed"; exits
#
# Results are compared exactly, as strings.

package require sqlite3

set ::testdir [file dirname [file normalize [info script]]]
set ::rootdir [file dirname $::testdir]
set ::extpath [file join $::rootdir dist migrate]
# make test-asan runs the suite on another build of the extension
if {[info exists env(MIGRATE_EXT)] && $env(MIGRATE_EXT) ne ""} {
  set ::extpath [file normalize $env(MIGRATE_EXT)]
}
set ::nPass 0
set ::nFail 0
set ::failed {}
set ::testprefix ""

# Work in test/tmp/<name of the test file>/
if {![info exists ::workdir]} {
  set ::workdir [file join $::testdir tmp [file rootname [file tail $argv0]]]
}
file delete -force $::workdir
file mkdir $::workdir
cd $::workdir

proc load_ext {{handle db}} {
  $handle enable_load_extension 1
  $handle eval {SELECT load_extension($::extpath)}
}

# Open a new connection on FILE with the extension loaded.
proc open_db {handle {file test.db}} {
  sqlite3 $handle $file
  load_ext $handle
}

proc reset_db {{dir migrations}} {
  catch {db close}
  foreach f [glob -nocomplain test.db test.db-*] { file delete -force $f }
  file delete -force $dir
  open_db db test.db
}

# Is the SQLite under test version v or later?  For the few tests whose
# expected result depends on SQLite's version (make test-versions runs the
# suite on several); each says which versions expect what.
proc sqlite_at_least {v} {
  sqlite3 vdb :memory:
  set have [vdb one {SELECT sqlite_version()}]
  vdb close
  expr {[package vcompare $have $v] >= 0}
}

proc testname {name} {
  if {$::testprefix eq ""} { return $name }
  return "$::testprefix-$name"
}

proc report {name ok got expected} {
  if {$ok} {
    incr ::nPass
  } else {
    incr ::nFail
    lappend ::failed [testname $name]
    puts "! [testname $name] failed"
    puts "!   expected: \[$expected\]"
    puts "!   got:      \[$got\]"
  }
}

proc do_test {name script expected} {
  if {[catch {uplevel 1 $script} got]} {
    set got "ERROR: $got"
  }
  report $name [expr {$got eq $expected}] $got $expected
}

proc do_execsql_test {name sql {expected {}}} {
  if {[catch {uplevel 1 [list db eval $sql]} got]} {
    set got "ERROR: $got"
    report $name 0 $got $expected
    return
  }
  set exp [list {*}$expected]
  report $name [expr {$got eq $exp}] $got $exp
}

proc catchsql {sql {handle db}} {
  set rc [catch {uplevel 1 [list $handle eval $sql]} msg]
  list $rc $msg
}

proc do_catchsql_test {name sql expected} {
  set got [uplevel 1 [list catchsql $sql]]
  report $name [expr {$got eq $expected}] $got $expected
}

# As do_catchsql_test, and nothing changed: the database (schema and every
# row of every table) and the files of the script directory.
proc do_catchsql_unchanged_test {name sql expected {dir migrations}} {
  set before [state $dir]
  set got [uplevel 1 [list catchsql $sql]]
  set after [state $dir]
  if {$before ne $after} {
    report $name 0 "state changed: $after" "state unchanged: $before"
    return
  }
  report $name [expr {$got eq $expected}] $got $expected
}

# The database and the script directory as one text.
proc state {{dir migrations} {handle db}} {
  set out {}
  $handle eval {
    SELECT type, name, sql FROM sqlite_schema ORDER BY type, name
  } {
    lappend out [list $type $name $sql]
    if {$type eq "table" && ![string match sqlite_* $name]} {
      lappend out [$handle eval "SELECT * FROM \"[string map {\" \"\"} $name]\""]
    }
  }
  foreach f [lsort [glob -nocomplain -directory $dir *]] {
    lappend out [list $f [read_file $f]]
  }
  return $out
}

proc read_file {path} {
  set fd [open $path rb]
  set data [read $fd]
  close $fd
  return $data
}

proc write_file {path data} {
  file mkdir [file dirname $path]
  set fd [open $path wb]
  puts -nonewline $fd $data
  close $fd
}

# Write a revision file by hand.
proc write_rev {dir id down up downsql {extra {}}} {
  set text "-- revision: $id\n-- down_revision: $down\n"
  foreach {k v} $extra { append text "-- $k: $v\n" }
  append text "-- message: $id\n\n-- migrate:upgrade\n$up\n\n"
  append text "-- migrate:downgrade\n$downsql\n"
  write_file [file join $dir $id.sql] $text
}

# The files of a directory, by name.
proc dir_files {{dir migrations}} {
  set out {}
  foreach f [lsort [glob -nocomplain -tails -directory $dir *]] {
    lappend out $f
  }
  return $out
}

proc finish_test {} {
  catch {db close}
  puts "$::nPass passed, $::nFail failed"
  exit [expr {$::nFail > 0}]
}
