# all.tcl - run every test/*.test (or those named on the command line, or
# in $T) in its own tclsh, and end with the line "N passed, N failed".
# Exits non-zero on any failure, and counts a file that dies as a failure.

set testdir [file dirname [file normalize [info script]]]
set tclsh [info nameofexecutable]
set files [lsort [glob -directory $testdir *.test]]
set only $argv
if {[info exists env(T)] && $env(T) ne ""} { set only [split $env(T) " ,"] }
if {[llength $only]} {
  set keep {}
  foreach f $files {
    if {[lsearch $only [file rootname [file tail $f]]] >= 0} { lappend keep $f }
  }
  set files $keep
}

# TEST_WRAP: a command that each file's tclsh runs under (make
# test-valgrind sets it to valgrind); a report fails the file through the
# wrapper's exit status.
set wrap {}
if {[info exists env(TEST_WRAP)]} { set wrap $env(TEST_WRAP) }

set pass 0
set fail 0
set bad {}
foreach f $files {
  set name [file tail $f]
  set t0 [clock milliseconds]
  set rc [catch {exec {*}$wrap $tclsh $f 2>@1} out opts]
  set ms [expr {[clock milliseconds] - $t0}]
  set last ""
  foreach line [split $out \n] {
    if {[regexp {^(\d+) passed, (\d+) failed$} $line -> p q]} { set last [list $p $q] }
  }
  if {$last eq ""} {
    puts "$name: died\n$out"
    incr fail
    lappend bad $name
    continue
  }
  lassign $last p q
  incr pass $p
  incr fail $q
  if {$q > 0 || $rc} {
    if {$q == 0} { incr fail; set q 1 }
    foreach line [split $out \n] {
      if {![regexp {^\d+ passed, \d+ failed$} $line]} { puts "  $line" }
    }
    lappend bad $name
  }
  puts [format "%-24s %4d ok %3d failed %6d ms" $name $p $q $ms]
}
if {[llength $bad]} { puts "failing files: $bad" }
puts "$pass passed, $fail failed"
exit [expr {$fail > 0}]
