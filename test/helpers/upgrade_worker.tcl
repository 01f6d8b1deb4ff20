# upgrade_worker.tcl - one process of test/concurrency.test.
#
#   tclsh upgrade_worker.tcl EXT DBFILE GOFILE TPM TARGET ?FUNC?
#
# Waits until GOFILE exists (so that every worker starts at once), opens
# DBFILE with PRAGMA busy_timeout set, loads the extension EXT, sets
# transaction_per_migration to TPM, runs SELECT FUNC(TARGET), FUNC being
# migrate_upgrade (the default) or migrate_downgrade, and prints one line:
# "ok <result>" or "error <message>".
package require sqlite3
lassign $argv ext dbfile gofile tpm target func
if {$func eq ""} { set func migrate_upgrade }
if {$func ni {migrate_upgrade migrate_downgrade}} {
  puts [list error "bad FUNC $func"]
  exit 1
}

# The barrier.  No timing is asserted; the limit only keeps a lost worker
# from hanging the suite.
set deadline [expr {[clock milliseconds] + 120000}]
while {![file exists $gofile] && [clock milliseconds] < $deadline} {
  after 1
}

if {[catch {
  sqlite3 db $dbfile
  db eval { PRAGMA busy_timeout=120000 }
  db enable_load_extension 1
  db eval { SELECT load_extension($ext) }
  db eval { SELECT migrate_config('transaction_per_migration', $tpm) }
  set res [db onecolumn "SELECT ${func}(\$target)"]
  db close
} msg]} {
  puts [list error $msg]
} else {
  puts [list ok $res]
}
