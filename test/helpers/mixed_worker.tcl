# mixed_worker.tcl - one process of the mixed workloads of
# test/concurrency.test; the same calls as one thread of test/c/threads.c.
#
#   tclsh mixed_worker.tcl EXT DBFILE GOFILE MODE NOPS SEED W NCHAIN ?TPM?
#
# Opens DBFILE with PRAGMA busy_timeout set, loads the extension EXT,
# creates TEMP TABLE me(w, call) holding its worker number W and the
# number of the call it is making (the revisions of the test copy both into
# their events table), waits until GOFILE exists, and makes NOPS calls
# chosen at random, seeded by SEED and W.  MODE is "run" (a fixed chain
# r01..rNCHAIN: upgrade head, +1 and to a revision, downgrade -1 and to a
# revision or base, stamp, reads) or "gen" (upgrade heads, +1, downgrade
# -1, autogenerate of a new table ag_W_C with "include" naming only it, a
# merge after an autogenerate that found several heads, reads).  Each call first
# sets transaction_per_migration to TPM (0, 1, or r: at random per call,
# the default).  Output, in the format of threads.c, fields separated by
# tabs (a tab, newline or backslash in a field written \t, \n, \\):
#
#   op W CALL KIND TARGET TPM ok|error RESULT-OR-MESSAGE ?MODEL?
#   thread W calls N ok N error N up N down N stamp N gen N merge N read N
package require sqlite3
lassign $argv ext dbfile gofile mode nops seed w nchain tpmarg
if {$tpmarg eq ""} { set tpmarg r }

proc field {s} { string map [list \\ \\\\ \t \\t \n \\n] $s }
proc rnd {n} { expr {int(rand() * $n)} }

if {[catch {
  sqlite3 db $dbfile
  db eval { PRAGMA busy_timeout=60000 }
  db enable_load_extension 1
  db eval { SELECT load_extension($ext) }
  db eval { CREATE TEMP TABLE me(w INTEGER, call INTEGER) }
  db eval { INSERT INTO temp.me VALUES($w, 0) }
} msg]} {
  puts stderr "worker $w: setup: $msg"
  exit 1
}
expr {srand(($seed * 7919 + $w) % 2147483647)}

# The barrier.  No timing is asserted; the limit only keeps a lost worker
# from hanging the suite.
set deadline [expr {[clock milliseconds] + 120000}]
while {![file exists $gofile] && [clock milliseconds] < $deadline} {
  after 1
}

set runKinds {up_head up_head up_1 up_1 up_1 up_1 down_1 down_1 down_1
              down_1 up_rev down_rev stamp stamp read}
set genKinds {up_heads up_heads up_heads up_1 up_1 down_1 down_1 down_1
              gen gen gen read}
array set n {calls 0 ok 0 error 0 up 0 down 0 stamp 0 gen 0 merge 0 read 0}
set mergeNext 0
for {set i 1} {$i <= $nops} {incr i} {
  if {$mergeNext} {
    set kind merge
    set mergeNext 0
  } elseif {$mode eq "gen"} {
    set kind [lindex $genKinds [rnd [llength $genKinds]]]
  } else {
    set kind [lindex $runKinds [rnd [llength $runKinds]]]
  }
  set tpm [expr {$tpmarg eq "r" ? [rnd 2] : $tpmarg}]
  set target ""
  set model ""
  set rc [catch {
    db eval { UPDATE temp.me SET call=$i }
    db eval { SELECT migrate_config('transaction_per_migration', $tpm) }
    switch -- $kind {
      up_head - up_heads {
        set target [string range $kind 3 end]
        db onecolumn { SELECT migrate_upgrade($target) }
      }
      up_1 {
        set target +1
        db onecolumn { SELECT migrate_upgrade($target) }
      }
      down_1 {
        set target -1
        db onecolumn { SELECT migrate_downgrade($target) }
      }
      up_rev {
        set target [format r%02d [expr {1 + [rnd $nchain]}]]
        db onecolumn { SELECT migrate_upgrade($target) }
      }
      down_rev {
        set target [format r%02d [expr {1 + [rnd $nchain]}]]
        if {[rnd 4] == 0} { set target base }
        db onecolumn { SELECT migrate_downgrade($target) }
      }
      stamp {
        # (lindex, not expr, so that +1 stays text and binds as text)
        set k [rnd 6]
        set target [format r%02d [expr {1 + [rnd $nchain]}]]
        if {$k < 4} { set target [lindex {head base +1 -1} $k] }
        db onecolumn { SELECT migrate_stamp($target) }
      }
      read {
        db onecolumn { SELECT count(*) FROM migrate_history }
        db onecolumn { SELECT length(migrate_schema()) }
        db onecolumn { SELECT migrate_current() }
      }
      gen {
        set tab ag_${w}_$i
        set target g${w}_$i
        set model [db onecolumn {
          SELECT json_object('tables', json_array(json_object('name', $tab,
            'columns', json_array(json_object('name', 'x', 'type', 'TEXT')))))
        }]
        set msg "gen $w $i"
        db onecolumn {
          SELECT migrate_autogenerate($msg, $model, json_object('rev_id',
            $target, 'include', json_array($tab)))
        }
      }
      merge {
        set target m${w}_$i
        set msg "merge $w $i"
        db onecolumn {
          SELECT migrate_merge($msg, NULL, json_object('rev_id', $target))
        }
      }
    }
  } res]
  incr n(calls)
  if {$rc} {
    incr n(error)
    if {$kind eq "gen" && [string match *multiple*heads*are*present* $res]} {
      set mergeNext 1
    }
  } else {
    incr n(ok)
    switch -glob -- $kind {
      up* { incr n(up) }
      down* { incr n(down) }
      default { incr n($kind) }
    }
  }
  set line [list op $w $i $kind $target $tpm [expr {$rc ? "error" : "ok"}] \
              $res]
  if {$model ne ""} { lappend line $model }
  puts [join [lmap f $line { field $f }] \t]
}
puts [join [list thread $w calls $n(calls) ok $n(ok) error $n(error) \
              up $n(up) down $n(down) stamp $n(stamp) gen $n(gen) \
              merge $n(merge) read $n(read)] \t]
db close
