# crash_worker.tcl - the process that test/crash.test kills.
#
#   tclsh crash_worker.tcl EXT DBFILE SCRIPTDIR JOURNAL SYNC CACHE WALCKPT \
#                          TPM FUNC TARGET
#
# Opens DBFILE, sets PRAGMA journal_mode=JOURNAL, synchronous=SYNC,
# cache_size=CACHE, wal_autocheckpoint=WALCKPT and foreign_keys=ON (the
# runner must switch enforcement off itself), loads the extension EXT,
# sets script_location to SCRIPTDIR and transaction_per_migration to TPM,
# prints "ready" and then runs SELECT FUNC(TARGET) at once, FUNC being
# migrate_upgrade or migrate_downgrade.  If it is not killed first, it
# prints one more line: "ok <result> <microseconds the call took>" or
# "error <message>".
package require sqlite3
lassign $argv ext dbfile dir journal sync cache walckpt tpm func target
if {$func ni {migrate_upgrade migrate_downgrade}} {
  puts [list error "bad FUNC $func"]
  exit 1
}

if {[catch {
  sqlite3 db $dbfile
  db eval "PRAGMA journal_mode=$journal"
  db eval "PRAGMA synchronous=$sync"
  db eval "PRAGMA cache_size=$cache"
  db eval "PRAGMA wal_autocheckpoint=$walckpt"
  db eval { PRAGMA foreign_keys=ON }
  db enable_load_extension 1
  db eval { SELECT load_extension($ext) }
  db eval { SELECT migrate_config('script_location', $dir) }
  db eval { SELECT migrate_config('transaction_per_migration', $tpm) }
} msg]} {
  puts [list error "setup: $msg"]
  exit 1
}
puts ready
flush stdout

set t0 [clock microseconds]
if {[catch { db onecolumn "SELECT ${func}(\$target)" } res]} {
  puts [list error $res]
  exit 1
}
set us [expr {[clock microseconds] - $t0}]
db close
puts [list ok $res $us]
