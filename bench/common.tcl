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

# Revision i of a chain: a 12-digit hex id (a bijection of i, so ids are
# distinct and look like the extension's), its parent, and its SQL.
proc rev_id {i} {
  if {$i == 0} { return "" }
  format %012x [expr {($i * 2654435761) % (1 << 48)}]
}
proc rev_up {i} {
  return "CREATE TABLE t$i (id INTEGER PRIMARY KEY, name TEXT NOT NULL,\
    qty INTEGER DEFAULT 0, created TEXT);\nCREATE INDEX ix_t${i}_name ON\
    t$i (name);"
}
proc rev_down {i} { return "DROP INDEX ix_t${i}_name;\nDROP TABLE t$i;" }

# A linear chain of n migrate revision files in dir, written directly.
proc gen_chain {dir n} {
  file mkdir $dir
  for {set i 1} {$i <= $n} {incr i} {
    set id [rev_id $i]
    write_file [file join $dir ${id}_create_t$i.sql] [join [list \
      "-- revision: $id" \
      "-- down_revision: [rev_id [expr {$i-1}]]" \
      "-- branch_labels:" \
      "-- depends_on:" \
      "-- message: create t$i" \
      "-- create_date: 2026-01-01 00:00:00" \
      "" \
      "-- migrate:upgrade" \
      [rev_up $i] \
      "" \
      "-- migrate:downgrade" \
      [rev_down $i] \
      ""] \n]
  }
}

# An Alembic project in dir (alembic.ini, env.py, versions/) of the same
# chain of n revisions, each op.execute() of the same SQL.
proc alembic_project {dir n} {
  file mkdir [file join $dir versions]
  write_file [file join $dir alembic.ini] [join {
    "[alembic]"
    "script_location = ."
    "sqlalchemy.url = sqlite:///alembic.db"
    ""
  } \n]
  write_file [file join $dir env.py] [join {
    "from alembic import context"
    "from sqlalchemy import engine_from_config, pool"
    ""
    "config = context.config"
    "engine = engine_from_config("
    "    config.get_section(config.config_ini_section),"
    "    prefix='sqlalchemy.', poolclass=pool.NullPool)"
    "with engine.connect() as connection:"
    "    context.configure(connection=connection)"
    "    with context.begin_transaction():"
    "        context.run_migrations()"
    ""
  } \n]
  for {set i 1} {$i <= $n} {incr i} {
    set id [rev_id $i]
    set down [rev_id [expr {$i-1}]]
    set downrepr [expr {$down eq "" ? "None" : "'$down'"}]
    set up {}
    foreach stmt [split [string trimright [rev_up $i] {;}] \;] {
      append up "    op.execute(\"\"\"[string trim $stmt]\"\"\")\n"
    }
    set dn {}
    foreach stmt [split [string trimright [rev_down $i] {;}] \;] {
      append dn "    op.execute(\"\"\"[string trim $stmt]\"\"\")\n"
    }
    write_file [file join $dir versions ${id}_create_t$i.py] [join [list \
      "\"\"\"create t$i\"\"\"" \
      "from alembic import op" \
      "" \
      "revision = '$id'" \
      "down_revision = $downrepr" \
      "branch_labels = None" \
      "depends_on = None" \
      "" \
      "" \
      "def upgrade():" \
      $up \
      "def downgrade():" \
      $dn] \n]
  }
}
