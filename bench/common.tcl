# common.tcl - the helpers both benchmark scripts use.

proc write_file {path data} {
  set fd [open $path wb]
  puts -nonewline $fd $data
  close $fd
}

proc median {l} {
  set l [lsort -real $l]
  set n [llength $l]
  if {$n % 2} { return [lindex $l [expr {$n/2}]] }
  expr {([lindex $l [expr {$n/2-1}]] + [lindex $l [expr {$n/2}]]) / 2.0}
}

# Wall-clock milliseconds of a script, run in the caller's frame.
proc ms {script} {
  set t0 [clock microseconds]
  uplevel 1 $script
  expr {([clock microseconds] - $t0) / 1000.0}
}

proc env_or {name default} {
  if {[info exists ::env($name)] && $::env($name) ne ""} {
    return $::env($name)
  }
  return $default
}

proc say {line} { puts $line; flush stdout }
proc note {line} { lappend ::summary $line; say $line }
