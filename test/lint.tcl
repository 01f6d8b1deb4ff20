# lint.tcl - the architecture of ext/, checked (make lint runs it).
#
#   tclsh test/lint.tcl [EXTDIR]
#
# The sections of ext/migrate.h ("Interface to code in X.c"), in order,
# are the layers of the extension, lowest first; migrate.c, the entry
# point, is the top.  This script fails (exit 1, one line per problem) when
#
#   - a file calls a function that a file of a later section defines (a
#     call that goes up), or a file has no section;
#   - a static name (function or variable) is defined in two files, so
#     that "cat ext/*.c" would not compile as one unit;
#   - a function is longer than 120 lines.
#
# It ends with "lint: N files, N functions, N problems".

set extdir [expr {[llength $argv] ? [lindex $argv 0]
                  : [file join [file dirname [info script]] .. ext]}]
set maxLines 120

proc read_text {path} {
  set fd [open $path r]
  set t [read $fd]
  close $fd
  return $t
}

# The text without comments and string or character literals, with the
# line breaks kept, so that line numbers still hold.
proc strip {t} {
  set out {}
  set n [string length $t]
  for {set i 0} {$i < $n} {incr i} {
    set c [string index $t $i]
    set d [string index $t [expr {$i+1}]]
    if {$c eq "/" && $d eq "*"} {
      set j [string first "*/" $t [expr {$i+2}]]
      if {$j < 0} { set j $n }
      append out [regsub -all {[^\n]} [string range $t $i [expr {$j+1}]] " "]
      set i [expr {$j+1}]
    } elseif {$c eq "/" && $d eq "/"} {
      set j [string first "\n" $t $i]
      if {$j < 0} { set j $n }
      set i [expr {$j-1}]
    } elseif {$c eq "\"" || $c eq "'"} {
      set j [expr {$i+1}]
      while {$j < $n && [string index $t $j] ne $c} {
        if {[string index $t $j] eq "\\"} { incr j }
        incr j
      }
      append out $c$c
      set i $j
    } else {
      append out $c
    }
  }
  return $out
}

# The layers: the files of migrate.h's sections, in order.
set order {}
foreach {- f} [regexp -all -inline {Interface to code in (\w+\.c)} \
                 [read_text [file join $extdir migrate.h]]] {
  lappend order $f
}
lappend order migrate.c

set problems {}
set files [lsort [glob -tails -directory $extdir *.c]]
array set owner {}
array set statics {}
set nFunc 0
foreach f $files {
  if {[lsearch $order $f] < 0} {
    lappend problems "$f: no section 'Interface to code in $f' in migrate.h"
  }
  set text($f) [strip [read_text [file join $extdir $f]]]
  set lines [split $text($f) \n]
  set start 0
  set name {}
  set ln 0
  foreach line $lines {
    incr ln
    # a definition: a line at column 0, not a declaration, with a "("
    if {[regexp {^(static\s+)?[A-Za-z_][\w\s\*]*?\y(\w+)\s*\(} $line -> st nm]
        && ![regexp {;\s*$} $line] && ![regexp {^(typedef|struct|return)} $line]} {
      set name $nm
      set start $ln
      set isStatic [expr {$st ne ""}]
      if {$isStatic} { lappend statics($nm) $f } else { set owner($nm) $f }
    } elseif {[regexp {^static\s.*?\y(\w+)\s*(\[|=)} $line -> nm]} {
      lappend statics($nm) $f
    }
    if {$line eq "\}" && $start} {
      incr nFunc
      set len [expr {$ln - $start + 1}]
      if {$len > $maxLines} {
        lappend problems "$f:$start: $name is $len lines (at most $maxLines)"
      }
      set start 0
    }
  }
}
foreach nm [array names statics] {
  set in [lsort -unique $statics($nm)]
  if {[llength $in] > 1 || [info exists owner($nm)]} {
    lappend problems "static $nm is defined in [join $in {, }]\
      [expr {[info exists owner($nm)] ? "and is public in $owner($nm)" : ""}]"
  }
}
foreach f $files {
  set me [lsearch $order $f]
  foreach {- nm} [regexp -all -inline {\m(migrate\w+)\s*\(} $text($f)] {
    if {![info exists owner($nm)] || $owner($nm) eq $f} continue
    set them [lsearch $order $owner($nm)]
    if {$them > $me} {
      lappend problems "$f calls $nm of $owner($nm), a file above it"
    }
  }
}
set problems [lsort -unique $problems]
foreach p $problems { puts $p }
puts "lint: [llength $files] files, $nFunc functions,\
  [llength $problems] problems"
exit [expr {[llength $problems] > 0}]
