/*
** conn.c - what belongs to one connection: its settings and its
** transactions.
**
** Settings (migrate_config) live in struct Migrate, the user data of every
** function: script_location, version_table, transaction_per_migration,
** join_transaction and verbose.  The script directory is the setting, else
** $MIGRATE_SCRIPT_LOCATION, else the directory migrate_init(dir) recorded
** in the database (table migrate_settings, relative to the database file's
** directory), else "migrations"; m->zDirFrom says which, for errors.
**
** Transactions are begun and ended through statements prepared before
** they start (MigrateTxn), so that the undo works when memory has run out.
** A transaction whose undo still cannot run is "stuck": commit and rollback
** hooks then make sure that nothing of it is ever committed, and the next
** call of any function rolls it back first.
**
** migrateDqliteVfs() tells whether the database lives in dqlite (Raft-
** replicated SQLite; it registers its own VFS, named "dqlite-N"), and
** migrateDqliteRefuse() refuses there a write in autocommit mode: dqlite
** replicates a transaction when the client request that committed it
** ends, so a call must leave the commit to the client's COMMIT.
**
** Every call that fails, whatever the SQLite version, ends here
** (migrateCallBegin() and migrateCallFailed(), from guard() and the error
** report of migrate.c): a call that began in autocommit mode and failed
** with a transaction open opened it, and it is rolled back.  SQLite 3.37
** and 3.38 leave one open when memory runs out inside DDL run in
** autocommit mode, out of reach of the undo statements above.
*/
#include "migrate.h"
#include <string.h>
#include <stdlib.h>
#include <errno.h>

/* The directory of the main database file, or NULL: in memory or temp,
** or out of memory (*pRc is then SQLITE_NOMEM). */
static char *connDbDir(sqlite3 *db, int *pRc){
  const char *zFile = sqlite3_db_filename(db, "main");
  const char *zSlash = zFile ? strrchr(zFile, '/') : 0;
  char *z;
  if( zSlash==0 ) return 0;
  z = sqlite3_mprintf("%.*s", zSlash==zFile ? 1 : (int)(zSlash-zFile), zFile);
  if( z==0 ) *pRc = SQLITE_NOMEM;
  return z;
}

/* The directory recorded by migrate_init(dir), resolved, or NULL. */
static char *connDirFromDb(sqlite3 *db){
  sqlite3_stmt *pStmt = 0;
  char *zOut = 0;
  if( sqlite3_prepare_v2(db, "SELECT value FROM main.migrate_settings "
                         "WHERE key='script_location'", -1, &pStmt, 0)
      ==SQLITE_OK && sqlite3_step(pStmt)==SQLITE_ROW ){
    const char *z = (const char*)sqlite3_column_text(pStmt, 0);
    int rc = SQLITE_OK;
    char *zBase = z && z[0]!='/' ? connDbDir(db, &rc) : 0;
    if( z && z[0] && rc==SQLITE_OK ){
      zOut = zBase ? sqlite3_mprintf("%s/%s", zBase, z)
                   : sqlite3_mprintf("%s", z);
    }
    sqlite3_free(zBase);
  }
  sqlite3_finalize(pStmt);
  return zOut;
}

/* Is zDir the directory the database records (a commit that reported a
** failure may have been done)? */
int migrateDirRecorded(Migrate *m, const char *zDir){
  char *zRec = connDirFromDb(m->db);
  char *zA = zRec ? realpath(zRec, 0) : 0;
  char *zB = zA ? realpath(zDir, 0) : 0;
  int b = zA && zB && strcmp(zA, zB)==0;
  free(zA);
  free(zB);
  sqlite3_free(zRec);
  return b;
}

/*
** Record zDir, which exists, in the database for later connections: in
** table migrate_settings, relative to the database file's directory when
** it lies inside it, else absolute.  Nothing for a database without a file.
*/
int migrateDirRecord(Migrate *m, const char *zDir, char **pzErr){
  int rc = SQLITE_OK;
  char *zBase = connDbDir(m->db, &rc), *zAbs = 0, *zReal = 0, *zSql;
  const char *zRel;
  size_t n;
  if( zBase==0 ) return rc;
  zAbs = realpath(zDir, 0);
  zReal = realpath(zBase, 0);
  if( zAbs==0 || zReal==0 ){
    *pzErr = sqlite3_mprintf("cannot resolve the script directory %s: %s",
                            zDir, strerror(errno));
    rc = SQLITE_ERROR;
  }else{
    n = strlen(zReal);
    zRel = zAbs;
    if( strcmp(zAbs, zReal)==0 ) zRel = ".";
    else if( strncmp(zAbs, zReal, n)==0 && zAbs[n]=='/' ) zRel = &zAbs[n+1];
    else if( n==1 && zAbs[0]=='/' ) zRel = &zAbs[1];
    zSql = sqlite3_mprintf(
        "CREATE TABLE IF NOT EXISTS main.migrate_settings(key TEXT PRIMARY "
        "KEY NOT NULL, value TEXT) WITHOUT ROWID;"
        "INSERT OR REPLACE INTO main.migrate_settings VALUES"
        "('script_location', %Q);", zRel);
    if( zSql==0 ) rc = SQLITE_NOMEM;
    else rc = sqlite3_exec(m->db, zSql, 0, 0, 0);
    sqlite3_free(zSql);
    if( rc!=SQLITE_OK && rc!=SQLITE_NOMEM ){
      *pzErr = sqlite3_mprintf("cannot record the script directory: %s",
                              sqlite3_errmsg(m->db));
    }
  }
  free(zAbs);
  free(zReal);
  sqlite3_free(zBase);
  return rc;
}

/*
** The script directory, in this order: migrate_config('script_location'),
** $MIGRATE_SCRIPT_LOCATION, the directory that migrate_init(dir) recorded
** in the database (table migrate_settings; a relative one is relative to
** the database file's directory), "migrations".  m->zDirFrom says which,
** for error messages.
*/
const char *migrateScriptDir(Migrate *m){
  const char *z;
  if( m->zScriptLocation ){
    m->zDirFrom = "set by migrate_config('script_location')";
    return m->zScriptLocation;
  }
  z = getenv("MIGRATE_SCRIPT_LOCATION");
  if( z && z[0] ){
    m->zDirFrom = "set by $MIGRATE_SCRIPT_LOCATION";
    return z;
  }
  sqlite3_free(m->zDirDb);
  m->zDirDb = connDirFromDb(m->db);
  if( m->zDirDb ){
    m->zDirFrom = "recorded in the database by migrate_init()";
    return m->zDirDb;
  }
  m->zDirFrom = "the default";
  return "migrations";
}

/* The version table's name: set by migrate_config, or Alembic's. */
const char *migrateVersionTable(Migrate *m){
  return m->zVersionTable ? m->zVersionTable : "alembic_version";
}

/* Does main.zTab exist?  1 yes, 0 no, MIGRATE_EXISTS_NOMEM when memory
** ran out (a failed step may have rolled the transaction back: the caller
** must fail with SQLITE_NOMEM, not read on), -1 when the schema cannot be
** read otherwise. */
int migrateTableExists(sqlite3 *db, const char *zTab){
  sqlite3_stmt *pStmt = 0;
  int bExists = -1;        /* when the schema cannot be read, say "maybe":
                           ** the caller's read of the table then reports
                           ** the error, instead of taking it as absent */
  int rc = sqlite3_prepare_v2(db, "SELECT 1 FROM main.sqlite_schema "
                              "WHERE type='table' AND name=?", -1, &pStmt, 0);
  if( rc==SQLITE_OK ){
    sqlite3_bind_text(pStmt, 1, zTab, -1, SQLITE_STATIC);
    rc = sqlite3_step(pStmt);
    if( rc==SQLITE_ROW ) bExists = 1;
    else if( rc==SQLITE_DONE ) bExists = 0;
  }
  if( sqlite3_finalize(pStmt)==SQLITE_NOMEM || (rc&0xff)==SQLITE_NOMEM ){
    bExists = MIGRATE_EXISTS_NOMEM;
  }
  return bExists;
}

/* The name of the main database's VFS when it is dqlite's, else NULL. */
const char *migrateDqliteVfs(sqlite3 *db){
  sqlite3_vfs *pVfs = 0;
  if( sqlite3_file_control(db, "main", SQLITE_FCNTL_VFS_POINTER, &pVfs)
      ==SQLITE_OK && pVfs && pVfs->zName
   && strncmp(pVfs->zName, "dqlite", 6)==0 ){
    return pVfs->zName;
  }
  return 0;
}

/*
** On dqlite, a call that writes is refused in autocommit mode, where it
** would commit inside the client's statement: dqlite replicates that
** commit only when the statement came as an EXEC (which then reports
** "another row available" for the function's result), never when it came
** as a query (success is reported, the pages stay on the leader, and the
** leader aborts at its next write); a second commit inside one statement
** (transaction_per_migration) aborts the leader at once.  Inside the
** client's BEGIN ... COMMIT the call commits nothing, and the client's
** COMMIT replicates it.
*/
int migrateDqliteRefuse(Migrate *m, char **pzErr){
  const char *zVfs = migrateDqliteVfs(m->db);
  if( zVfs==0 || !sqlite3_get_autocommit(m->db) ) return SQLITE_OK;
  if( m->bTxnPerMigration ){
    *pzErr = sqlite3_mprintf("transaction_per_migration cannot run on "
        "dqlite (VFS %s): a second COMMIT inside one statement aborts the "
        "node; set migrate_config('transaction_per_migration', 0) and run "
        "the call inside the client's BEGIN ... COMMIT", zVfs);
  }else{
    *pzErr = sqlite3_mprintf("on dqlite (VFS %s), run the call inside the "
        "client's BEGIN ... COMMIT (as dqlite's shell runs each line): "
        "what one statement commits on its own is not replicated when it "
        "is sent as a query", zVfs);
  }
  return *pzErr ? SQLITE_ERROR : SQLITE_NOMEM;
}

/*
** Transactions that end even when memory has run out.  Once an allocation
** fails inside SQLite during a call, the connection refuses to prepare
** anything more until the calling statement ends, so a ROLLBACK run with
** sqlite3_exec() then would fail and leave the transaction open (for the
** application to commit, half done).  The statements that undo a
** transaction are therefore prepared before it starts, and stepped to end
** it; a statement already prepared still runs.
**
** migrateTxnBegin(db, zBegin, zUndo1, zUndo2, &t): prepare zUndo1 and
** zUndo2 (either may be NULL), then run zBegin.  migrateTxnEnd(db, &t,
** zCommit): run zCommit (NULL: none) and, if that fails or there is no
** zCommit, step the undo statements; always frees them.
*/
int migrateTxnBegin(sqlite3 *db, const char *zBegin, const char *zUndo1,
                    const char *zUndo2, MigrateTxn *p){
  int rc = SQLITE_OK;
  memset(p, 0, sizeof(*p));
  if( zUndo1 ) rc = sqlite3_prepare_v2(db, zUndo1, -1, &p->pUndo1, 0);
  if( rc==SQLITE_OK && zUndo2 ){
    rc = sqlite3_prepare_v2(db, zUndo2, -1, &p->pUndo2, 0);
  }
  if( rc==SQLITE_OK ){
    rc = sqlite3_exec(db, zBegin, 0, 0, 0);
    p->bOpen = 1;                    /* even a failed BEGIN; ... may be */
    if( rc ) migrateTxnEnd(db, p, 0);
  }else{
    sqlite3_finalize(p->pUndo1);
    sqlite3_finalize(p->pUndo2);
    memset(p, 0, sizeof(*p));
  }
  return rc;
}

/*
** End what migrateTxnBegin() opened: run zCommit (COMMIT or RELEASE), or
** roll back when zCommit is NULL or fails.  A rollback that cannot run
** marks the transaction stuck (p->bStuck).
*/
int migrateTxnEnd(sqlite3 *db, MigrateTxn *p, const char *zCommit){
  int rc = SQLITE_OK;
  p->bStuck = 0;
  if( p->bOpen && zCommit ) rc = sqlite3_exec(db, zCommit, 0, 0, 0);
  if( p->bOpen && (zCommit==0 || rc!=SQLITE_OK) ){
    /* ROLLBACK of a transaction that an error already ended fails
    ** harmlessly; one that memory running out keeps from running (it must
    ** be prepared again, and nothing can be) leaves it open: bStuck */
    int rc1 = p->pUndo1 ? sqlite3_step(p->pUndo1) : SQLITE_DONE;
    int rc2 = p->pUndo2 ? sqlite3_step(p->pUndo2) : SQLITE_DONE;
    if( (rc1==SQLITE_NOMEM || rc2==SQLITE_NOMEM)
     && (p->pUndo2 || !sqlite3_get_autocommit(db)) ){
      p->bStuck = 1;
    }
  }
  sqlite3_finalize(p->pUndo1);
  sqlite3_finalize(p->pUndo2);
  p->pUndo1 = p->pUndo2 = 0;
  p->bOpen = 0;
  return rc;
}

/*
** Prepare the undo statements of an open transaction again.  A schema
** change expires every prepared statement, and an expired one must be
** prepared again before it runs, which memory running out would prevent;
** so the runner calls this after each statement that changes the schema.
*/
int migrateTxnRefresh(sqlite3 *db, MigrateTxn *p){
  int i, rc = SQLITE_OK;
  for(i=0; i<2 && rc==SQLITE_OK; i++){
    sqlite3_stmt **pp = i ? &p->pUndo2 : &p->pUndo1;
    sqlite3_stmt *pNew = 0;
    if( *pp==0 ) continue;
    rc = sqlite3_prepare_v2(db, sqlite3_sql(*pp), -1, &pNew, 0);
    if( rc==SQLITE_OK ){
      sqlite3_finalize(*pp);
      *pp = pNew;
    }
  }
  return rc;
}

/*
** Start a read transaction (a snapshot) if the connection has none; true
** if it did, and migrateReadEnd() must end it.
**
** It is held by a statement stepped to its one row and left there, not by
** BEGIN: in autocommit mode, every statement of the connection reads the
** snapshot of the read transaction that a pending statement holds, and
** finalizing the statement ends it, even when memory has run out.  (After
** an allocation inside SQLite fails during a call, SQLite 3.37 and 3.38
** refuse to step any statement, a prepared ROLLBACK included, until the
** calling statement ends: a BEGIN would stay open.)
*/
int migrateReadBegin(sqlite3 *db, MigrateTxn *p){
  int rc;
  memset(p, 0, sizeof(*p));
  if( !sqlite3_get_autocommit(db) ) return SQLITE_OK;
  rc = sqlite3_prepare_v2(db, "SELECT count(*) FROM main.sqlite_schema", -1,
                          &p->pRead, 0);
  if( rc==SQLITE_OK ){
    if( sqlite3_step(p->pRead)==SQLITE_ROW ){
      rc = SQLITE_OK;
    }else{
      rc = sqlite3_reset(p->pRead);
      if( rc==SQLITE_OK ) rc = SQLITE_ERROR;     /* no row: cannot be */
    }
  }
  if( rc!=SQLITE_OK ){
    sqlite3_finalize(p->pRead);
    p->pRead = 0;
  }
  return rc;
}

/* End a read transaction of migrateReadBegin(). */
void migrateReadEnd(MigrateTxn *p){
  sqlite3_finalize(p->pRead);
  p->pRead = 0;
}

/*
** A run whose transaction could not be rolled back (memory ran out, and
** the ROLLBACK had to be prepared again) leaves it open with half its work
** done.  Nothing of it may ever be committed: commit and rollback hooks
** are installed on the connection (they replace the application's own, if
** any), and the next COMMIT is turned into a ROLLBACK.  The next call of
** any migrate function rolls it back first (guard() in migrate.c).
*/
static int connStuckCommit(void *p){
  Migrate *m = (Migrate*)p;
  if( m->bStuck ){
    m->bStuck = 0;
    return 1;                        /* the COMMIT becomes a ROLLBACK */
  }
  return 0;
}

static void connStuckRollback(void *p){
  ((Migrate*)p)->bStuck = 0;
}

/* Refuse every call until the caller ends its transaction (the hooks
** clear the mark at its COMMIT or ROLLBACK). */
void migrateMarkStuck(Migrate *m){
  m->bStuck = 1;
  if( !m->bHooks ){
    sqlite3_commit_hook(m->db, connStuckCommit, m);
    sqlite3_rollback_hook(m->db, connStuckRollback, m);
    m->bHooks = 1;
  }
}

/* A call starts: note whether the caller has a transaction open. */
void migrateCallBegin(Migrate *m){
  m->bCallAuto = sqlite3_get_autocommit(m->db);
}

/*
** A call failed.  If it began in autocommit mode (the caller had no
** transaction) and a transaction is open now, the call left it: roll it
** back.  When even that cannot run (memory ran out inside the calling
** statement), the connection is marked stuck: no COMMIT can make the
** transaction durable, and the next call rolls it back.  A transaction of
** the caller's is never touched.
*/
void migrateCallFailed(Migrate *m){
  if( m->bCallAuto && !m->zRunning && !sqlite3_get_autocommit(m->db) ){
    if( sqlite3_exec(m->db, "ROLLBACK", 0, 0, 0)!=SQLITE_OK
     && !sqlite3_get_autocommit(m->db) ){
      migrateMarkStuck(m);
    }
  }
}
