/*
** runner.c - running a plan against the database: transactions, the
** version table, migrate_log, and the offline SQL script.
**
** The version table is Alembic's, to the byte:
**
**     CREATE TABLE alembic_version (
**     	version_num VARCHAR(32) NOT NULL,
**     	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
**     )
**
** holding one row per current head, changed by the same INSERT, UPDATE and
** DELETE statements Alembic issues, so that a database Alembic manages can
** be taken over in place and Alembic reads what this extension writes.
** migrate_log keeps one row per revision applied, reverted or stamped, with
** the SHA-256 of the upgrade section and the time the step took.
**
** One call is one transaction.  In autocommit mode the runner switches
** PRAGMA foreign_keys off (it is a no-op inside a transaction), takes the
** write lock with BEGIN IMMEDIATE before it reads the version table (so a
** concurrent upgrader waits, as busy_timeout allows, and then sees what the
** first one did), runs every step, runs PRAGMA foreign_key_check, and
** commits; any failure rolls back everything.  With
** transaction_per_migration each revision commits on its own, the version
** table being read again before each one.  Inside a transaction the caller
** opened, the runner works in a SAVEPOINT and never commits (nothing is
** saved until the caller commits: with verbose it says so, and with
** join_transaction=0 it refuses to run there); as foreign keys cannot be
** switched off there, it refuses to run if they are on.
**
** migrate_sql() renders the same statements as text, without running them,
** opening with PRAGMA foreign_keys=OFF as the runner does.
*/
#include "migrate.h"
#include <errno.h>
#include <sys/stat.h>
#include <string.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

/* Does main.zTab exist? */
int migrateTableExists(sqlite3 *db, const char *zTab){
  sqlite3_stmt *pStmt = 0;
  int bExists = -1;        /* when the schema cannot be read, say "maybe":
                           ** the caller's read of the table then reports
                           ** the error, instead of taking it as absent */
  if( sqlite3_prepare_v2(db, "SELECT 1 FROM main.sqlite_schema "
        "WHERE type='table' AND name=?", -1, &pStmt, 0)==SQLITE_OK ){
    int rc;
    sqlite3_bind_text(pStmt, 1, zTab, -1, SQLITE_STATIC);
    rc = sqlite3_step(pStmt);
    if( rc==SQLITE_ROW ) bExists = 1;
    else if( rc==SQLITE_DONE ) bExists = 0;
  }
  sqlite3_finalize(pStmt);
  return bExists;
}

/*
** The words SQLAlchemy's SQLite dialect quotes (its reserved words), so
** that the version-table statements match what Alembic writes, byte for
** byte.  Sorted, for bsearch().
*/
static const char *const azReserved[] = {
  "add", "after", "all", "alter", "analyze", "and", "as", "asc", "attach",
  "autoincrement", "before", "begin", "between", "by", "cascade", "case",
  "cast", "check", "collate", "column", "commit", "conflict", "constraint",
  "create", "cross", "current_date", "current_time", "current_timestamp",
  "database", "default", "deferrable", "deferred", "delete", "desc",
  "detach", "distinct", "drop", "each", "else", "end", "escape", "except",
  "exclusive", "exists", "explain", "fail", "false", "for", "foreign",
  "from", "full", "glob", "group", "having", "if", "ignore", "immediate",
  "in", "index", "indexed", "initially", "inner", "insert", "instead",
  "intersect", "into", "is", "isnull", "join", "key", "left", "like",
  "limit", "match", "natural", "not", "notnull", "null", "of", "offset",
  "on", "or", "order", "outer", "plan", "pragma", "primary", "query",
  "raise", "references", "reindex", "rename", "replace", "restrict", "right",
  "rollback", "row", "select", "set", "table", "temp", "temporary", "then",
  "to", "transaction", "trigger", "true", "union", "unique", "update",
  "using", "vacuum", "values", "view", "virtual", "when", "where"
};

static int cmpWord(const void *a, const void *b){
  return strcmp((const char*)a, *(const char*const*)b);
}

/*
** The table name as Alembic writes it: bare, unless it is a reserved word,
** holds an upper-case letter or a character outside [a-z0-9_$], or starts
** with a digit or '$'; then in double quotes.
*/
static char *tableName(const char *z){
  int i, bPlain = !((z[0]>='0' && z[0]<='9') || z[0]=='$');
  for(i=0; z[i] && bPlain; i++){
    char c = z[i];
    if( !((c>='a'&&c<='z')||(c>='0'&&c<='9')||c=='_'||c=='$') ) bPlain = 0;
  }
  if( bPlain && bsearch(z, azReserved, sizeof(azReserved)/sizeof(azReserved[0]),
                        sizeof(azReserved[0]), cmpWord) ){
    bPlain = 0;
  }
  if( i==0 ) bPlain = 0;
  return bPlain ? sqlite3_mprintf("%s", z) : sqlite3_mprintf("\"%w\"", z);
}

static char *versionTableDdl(Migrate *m){
  const char *zTab = migrateVersionTable(m);
  char *zName = tableName(zTab);
  char *zPkc = sqlite3_mprintf("%s_pkc", zTab);
  char *zPkcName = zPkc ? tableName(zPkc) : 0;
  char *z = 0;
  if( zName && zPkcName ){
    z = sqlite3_mprintf("CREATE TABLE IF NOT EXISTS %s (\n"
        "\tversion_num VARCHAR(32) NOT NULL, \n"
        "\tCONSTRAINT %s PRIMARY KEY (version_num)\n)", zName, zPkcName);
  }
  sqlite3_free(zName);
  sqlite3_free(zPkc);
  sqlite3_free(zPkcName);
  return z;
}

static const char zLogDdl[] =
  "CREATE TABLE IF NOT EXISTS migrate_log (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  revision VARCHAR(32) NOT NULL,\n"
  "  direction TEXT NOT NULL,\n"
  "  applied_at TEXT NOT NULL,\n"
  "  checksum TEXT,\n"
  "  elapsed_ms REAL\n"
  ")";

static int execSql(sqlite3 *db, const char *zSql, char **pzErr){
  char *zMsg = 0;
  int rc = sqlite3_exec(db, zSql, 0, 0, &zMsg);
  if( rc!=SQLITE_OK ){
    if( rc==SQLITE_NOMEM ){
      sqlite3_free(zMsg);
    }else{
      *pzErr = zMsg ? zMsg : migrateMprintf("%s", sqlite3_errstr(rc));
    }
  }
  return rc;
}

/* Create the version table and migrate_log when they are missing. */
int migrateEnsureTables(Migrate *m, char **pzErr){
  char *zDdl = versionTableDdl(m);
  int rc;
  if( zDdl==0 ) return SQLITE_NOMEM;
  rc = execSql(m->db, zDdl, pzErr);
  sqlite3_free(zDdl);
  if( rc==SQLITE_OK ) rc = execSql(m->db, zLogDdl, pzErr);
  return rc;
}

static int cmpInt(const void *a, const void *b){
  return *(const int*)a - *(const int*)b;
}

/*
** The revision graph of the connection's script directory.  A directory
** that is not there is an error that says where its name came from.
*/
int migrateGraphOpen(Migrate *m, MigrateGraph **ppG, char **pzErr){
  const char *zDir = migrateScriptDir(m);
  struct stat st;
  if( stat(zDir, &st)!=0 && errno==ENOENT ){
    *ppG = 0;
    *pzErr = migrateMprintf("script directory '%s' (%s) does not exist "
                            "(create it with migrate_init())", zDir,
                            m->zDirFrom);
    return SQLITE_ERROR;
  }
  return migrateGraphLoad(zDir, ppG, pzErr);
}

/*
** The version rows, as graph indexes in id order.  A missing version table
** is base.  A row naming no known revision is an error.
*/
int migrateReadCurrent(Migrate *m, MigrateGraph *g, int **paCur, int *pnCur,
                       char **pzErr){
  const char *zTab = migrateVersionTable(m);
  sqlite3_stmt *pStmt = 0;
  int *aCur = 0, nCur = 0, rc;
  char *zSql;
  *paCur = 0; *pnCur = 0;
  if( !migrateTableExists(m->db, zTab) ) return SQLITE_OK;
  zSql = sqlite3_mprintf("SELECT version_num FROM main.\"%w\"", zTab);
  if( zSql==0 ) return SQLITE_NOMEM;
  rc = sqlite3_prepare_v2(m->db, zSql, -1, &pStmt, 0);
  sqlite3_free(zSql);
  while( rc==SQLITE_OK && sqlite3_step(pStmt)==SQLITE_ROW ){
    const char *zId = (const char*)sqlite3_column_text(pStmt, 0);
    int i = zId ? migrateGraphFind(g, zId) : -1;
    int *aNew;
    if( i<0 ){
      *pzErr = migrateMprintf("version table %s holds revision '%s', which "
          "is not in the script directory %s", zTab, zId ? zId : "NULL",
          g->zDir);
      rc = SQLITE_ERROR;
      break;
    }
    aNew = sqlite3_realloc64(aCur, sizeof(int)*(nCur+1));
    if( aNew==0 ){ rc = SQLITE_NOMEM; break; }
    aCur = aNew;
    aCur[nCur++] = i;
  }
  if( rc==SQLITE_OK ) rc = sqlite3_finalize(pStmt);
  else sqlite3_finalize(pStmt);
  if( rc!=SQLITE_OK ){
    if( rc!=SQLITE_NOMEM && *pzErr==0 ){
      *pzErr = migrateMprintf("%s", sqlite3_errmsg(m->db));
    }
    sqlite3_free(aCur);
    return rc;
  }
  if( nCur>1 ){
    int i, j = 1;
    qsort(aCur, nCur, sizeof(int), cmpInt);
    for(i=1; i<nCur; i++) if( aCur[i]!=aCur[j-1] ) aCur[j++] = aCur[i];
    nCur = j;
  }
  *paCur = aCur;
  *pnCur = nCur;
  return SQLITE_OK;
}

/* migrate_current(): the version rows, sorted, comma-separated, or NULL. */
int migrateCurrentText(Migrate *m, char **pzResult, char **pzErr){
  const char *zTab = migrateVersionTable(m);
  char *zSql;
  sqlite3_stmt *pStmt = 0;
  sqlite3_str *s;
  int rc, n = 0;
  *pzResult = 0;
  if( !migrateTableExists(m->db, zTab) ) return SQLITE_OK;
  zSql = sqlite3_mprintf("SELECT DISTINCT version_num FROM main.\"%w\" "
                         "ORDER BY 1", zTab);
  if( zSql==0 ) return SQLITE_NOMEM;
  rc = sqlite3_prepare_v2(m->db, zSql, -1, &pStmt, 0);
  sqlite3_free(zSql);
  if( rc!=SQLITE_OK ){
    *pzErr = migrateMprintf("%s", sqlite3_errmsg(m->db));
    return rc;
  }
  s = sqlite3_str_new(0);
  while( sqlite3_step(pStmt)==SQLITE_ROW ){
    sqlite3_str_appendf(s, "%s%s", n++ ? "," : "",
                        (const char*)sqlite3_column_text(pStmt, 0));
  }
  rc = sqlite3_finalize(pStmt);
  if( rc!=SQLITE_OK ){
    *pzErr = migrateMprintf("%s", sqlite3_errmsg(m->db));
    sqlite3_free(migrateStrFinish(s));
    return rc;
  }
  if( n==0 ){
    sqlite3_free(migrateStrFinish(s));
    return SQLITE_OK;
  }
  *pzResult = migrateStrFinish(s);
  return *pzResult ? SQLITE_OK : SQLITE_NOMEM;
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
*/
int migrateReadBegin(Migrate *m, MigrateTxn *p){
  memset(p, 0, sizeof(*p));
  if( !sqlite3_get_autocommit(m->db) ) return SQLITE_OK;
  return migrateTxnBegin(m->db, "BEGIN; SELECT 1 FROM main.sqlite_schema "
                         "LIMIT 1", "ROLLBACK", 0, p);
}
void migrateReadEnd(Migrate *m, MigrateTxn *p){
  migrateTxnEnd(m->db, p, 0);          /* a read transaction: roll back */
}

/*
** Load the graph of the script directory, and the version rows.  The
** database snapshot is taken first, then the files are read: a revision
** that another connection wrote and applied before the snapshot has its
** file by then.
*/
int migrateLoadState(Migrate *m, MigrateGraph **ppG, int **paCur,
                     int *pnCur, char **pzErr){
  MigrateTxn t;
  int rc = paCur ? migrateReadBegin(m, &t) : SQLITE_OK;
  *ppG = 0;
  if( rc ){
    if( rc!=SQLITE_NOMEM ){
      *pzErr = migrateMprintf("%s", sqlite3_errmsg(m->db));
    }
    return rc;
  }
  rc = migrateGraphOpen(m, ppG, pzErr);
  if( rc==SQLITE_OK && paCur ){
    rc = migrateReadCurrent(m, *ppG, paCur, pnCur, pzErr);
    if( rc ){ migrateGraphFree(*ppG); *ppG = 0; }
  }
  if( paCur ) migrateReadEnd(m, &t);
  return rc;
}

/*
** For each revision, the checksum and time of its last application
** recorded in migrate_log (NULL where there is none, or where its last
** entry is a downgrade).  Arrays of g->nRev strings, owned by the caller.
*/
int migrateLastSums(Migrate *m, MigrateGraph *g, char ***pazSum,
                    char ***pazWhen, char **pzErr){
  char **azSum = sqlite3_malloc64(sizeof(char*)*(g->nRev+1));
  char **azWhen = sqlite3_malloc64(sizeof(char*)*(g->nRev+1));
  sqlite3_stmt *pStmt = 0;
  int rc = SQLITE_OK;
  *pazSum = 0; *pazWhen = 0;
  if( azSum==0 || azWhen==0 ){
    sqlite3_free(azSum); sqlite3_free(azWhen);
    return SQLITE_NOMEM;
  }
  memset(azSum, 0, sizeof(char*)*(g->nRev+1));
  memset(azWhen, 0, sizeof(char*)*(g->nRev+1));
  if( migrateTableExists(m->db, "migrate_log") ){
    rc = sqlite3_prepare_v2(m->db, "SELECT revision, direction, checksum, "
        "applied_at FROM main.migrate_log ORDER BY id", -1, &pStmt, 0);
    while( rc==SQLITE_OK && sqlite3_step(pStmt)==SQLITE_ROW ){
      const char *zRev = (const char*)sqlite3_column_text(pStmt, 0);
      const char *zDir = (const char*)sqlite3_column_text(pStmt, 1);
      const char *zSum = (const char*)sqlite3_column_text(pStmt, 2);
      const char *zWhen = (const char*)sqlite3_column_text(pStmt, 3);
      int i = zRev ? migrateGraphFind(g, zRev) : -1;
      if( i<0 ) continue;
      sqlite3_free(azSum[i]); azSum[i] = 0;
      sqlite3_free(azWhen[i]); azWhen[i] = 0;
      if( zSum && zDir && strcmp(zDir, "downgrade")!=0 ){
        azSum[i] = sqlite3_mprintf("%s", zSum);
        azWhen[i] = sqlite3_mprintf("%s", zWhen ? zWhen : "");
        if( azSum[i]==0 || azWhen[i]==0 ) rc = SQLITE_NOMEM;
      }
    }
    if( rc==SQLITE_OK ) rc = sqlite3_finalize(pStmt);
    else sqlite3_finalize(pStmt);
    if( rc!=SQLITE_OK && rc!=SQLITE_NOMEM ){
      *pzErr = migrateMprintf("%s", sqlite3_errmsg(m->db));
    }
  }
  if( rc!=SQLITE_OK ){
    migrateFreeList(azSum, g->nRev);
    migrateFreeList(azWhen, g->nRev);
    return rc;
  }
  *pazSum = azSum;
  *pazWhen = azWhen;
  return SQLITE_OK;
}

/* "Running upgrade a -> b, message", as Alembic logs it. */
static char *stepTitle(MigrateGraph *g, const MigrateStep *p){
  sqlite3_str *s = sqlite3_str_new(0);
  int k;
  if( p->eDir==MIGRATE_STAMP ){
    sqlite3_str_appendall(s, "Running stamp_revision ");
    for(k=0; k<p->nDel; k++){
      sqlite3_str_appendf(s, "%s%s", k?", ":"", g->aRev[p->aDel[k]]->zId);
    }
    sqlite3_str_appendall(s, " -> ");
    for(k=0; k<p->nIns; k++){
      sqlite3_str_appendf(s, "%s%s", k?", ":"", g->aRev[p->aIns[k]]->zId);
    }
  }else{
    MigrateRev *r = g->aRev[p->iRev];
    sqlite3_str_appendf(s, "Running %s ", p->eDir==MIGRATE_UP ? "upgrade"
                                                              : "downgrade");
    if( p->eDir!=MIGRATE_UP ) sqlite3_str_appendf(s, "%s -> ", r->zId);
    for(k=0; k<r->nNorm; k++){
      sqlite3_str_appendf(s, "%s%s", k ? ", " : "", g->aRev[r->aNorm[k]]->zId);
    }
    if( p->eDir==MIGRATE_UP ) sqlite3_str_appendf(s, " -> %s", r->zId);
    if( r->zMessage[0] ) sqlite3_str_appendf(s, ", %s", r->zMessage);
  }
  return migrateStrFinish(s);
}

/*
** The version-table statements of one step, as Alembic issues them: an
** INSERT for a new branch, an UPDATE when one head moves, DELETE and
** UPDATE for a merge, UPDATE and INSERT for an unmerge, a DELETE when a
** branch goes.  Rendered into pOut, or, if pOut is NULL, executed; an
** UPDATE or DELETE that matches no row is then an error.
*/
static int versionOps(Migrate *m, MigrateGraph *g, const MigrateStep *p,
                      sqlite3_str *pOut, char **pzErr){
  char *zTab = tableName(migrateVersionTable(m));
  int nDel = p->nDel, nIns = p->nIns, k, rc = SQLITE_OK;
  int iUpdFrom = -1, iUpdTo = -1;
  if( zTab==0 ) return SQLITE_NOMEM;
  if( nDel>0 && nIns>0 ){
    iUpdFrom = p->aDel[0];
    iUpdTo = p->aIns[0];
  }
  for(k=0; rc==SQLITE_OK && k<nDel+1+nIns; k++){
    char *zSql = 0;
    int bCheck = 1;
    if( k<nDel ){
      if( p->aDel[k]==iUpdFrom ) continue;
      zSql = sqlite3_mprintf("DELETE FROM %s WHERE %s.version_num = %Q",
                             zTab, zTab, g->aRev[p->aDel[k]]->zId);
    }else if( k==nDel ){
      if( iUpdFrom<0 ) continue;
      zSql = sqlite3_mprintf("UPDATE %s SET version_num=%Q WHERE "
          "%s.version_num = %Q", zTab, g->aRev[iUpdTo]->zId, zTab,
          g->aRev[iUpdFrom]->zId);
    }else{
      int j = p->aIns[k-nDel-1];
      if( j==iUpdTo ) continue;
      zSql = sqlite3_mprintf("INSERT INTO %s (version_num) VALUES (%Q)",
                             zTab, g->aRev[j]->zId);
      bCheck = 0;
    }
    if( zSql==0 ){ rc = SQLITE_NOMEM; break; }
    if( pOut ){
      sqlite3_str_appendf(pOut, "%s;\n", zSql);
    }else{
      rc = execSql(m->db, zSql, pzErr);
      if( rc==SQLITE_OK && bCheck && sqlite3_changes(m->db)!=1 ){
        *pzErr = migrateMprintf("version table %s did not hold the expected "
            "row (another connection changed it?): %s",
            migrateVersionTable(m), zSql);
        rc = SQLITE_ERROR;
      }
    }
    sqlite3_free(zSql);
  }
  sqlite3_free(zTab);
  return rc;
}

/*
** Before a commit: the version table must hold exactly the nExp revisions
** of aExp (duplicates and order aside).  A trigger on the version table,
** or a revision's SQL, that changed it makes the call fail, so that no
** call reports one revision while the table records another.
*/
static int versionCheck(Migrate *m, MigrateGraph *g, const int *aExp,
                        int nExp, char **pzErr){
  int *aCur = 0, nCur = 0, rc, i, k, bSame;
  rc = migrateReadCurrent(m, g, &aCur, &nCur, pzErr);
  if( rc ) return rc;
  bSame = nCur==nExp;
  for(i=0; bSame && i<nExp; i++){
    for(k=0; k<nCur && aCur[k]!=aExp[i]; k++){}
    bSame = k<nCur;
  }
  if( !bSame ){
    char *zHas = migrateIdList(g, aCur, nCur, ",");
    char *zExp = migrateIdList(g, aExp, nExp, ",");
    if( zHas && zExp ){
      *pzErr = migrateMprintf("version table %s holds '%s' where the run "
          "left '%s' (a trigger or the SQL of a revision changed it)",
          migrateVersionTable(m), zHas, zExp);
      rc = SQLITE_ERROR;
    }else{
      rc = SQLITE_NOMEM;
    }
    sqlite3_free(zHas);
    sqlite3_free(zExp);
  }
  sqlite3_free(aCur);
  return rc;
}

/* The text of one step: its title, its section and its version rows. */
char *migrateStepSql(Migrate *m, MigrateGraph *g, const MigrateStep *p){
  sqlite3_str *s = sqlite3_str_new(0);
  char *zTitle = stepTitle(g, p);
  char *zErr = 0;
  if( zTitle==0 ){
    sqlite3_free(migrateStrFinish(s));
    return 0;
  }
  sqlite3_str_appendf(s, "-- %s\n", zTitle);
  if( p->eDir!=MIGRATE_STAMP ){
    MigrateRev *r = g->aRev[p->iRev];
    const char *zBody = p->eDir==MIGRATE_UP ? r->zUp : r->zDownSql;
    /* closed, so that a comment left open at its end cannot swallow the
    ** version-table statements */
    if( zBody[0] ) migrateAppendClosed(s, zBody, 0);
  }
  sqlite3_free(zTitle);
  if( versionOps(m, g, p, s, &zErr) ){
    sqlite3_free(zErr);
    sqlite3_free(migrateStrFinish(s));
    return 0;
  }
  return migrateStrFinish(s);
}

/* The whole offline script of a plan. */
char *migratePlanSql(Migrate *m, MigrateGraph *g, const MigratePlan *p,
                     int bCreate){
  sqlite3_str *s = sqlite3_str_new(0);
  int i;
  /* as migrate_upgrade runs: a table rebuild must not fire ON DELETE
  ** actions (the PRAGMA does nothing inside a transaction, so it comes
  ** first) */
  sqlite3_str_appendall(s, "PRAGMA foreign_keys=OFF;\nBEGIN;\n\n");
  if( bCreate ){
    char *zDdl = versionTableDdl(m);
    sqlite3_str_appendf(s, "%s;\n\n", zDdl);
    sqlite3_free(zDdl);
  }
  for(i=0; i<p->nStep; i++){
    char *z = migrateStepSql(m, g, &p->aStep[i]);
    if( z==0 ){
      sqlite3_free(migrateStrFinish(s));
      return 0;
    }
    sqlite3_str_appendf(s, "%s\n", z);
    sqlite3_free(z);
  }
  sqlite3_str_appendall(s, "COMMIT;\n");
  return migrateStrFinish(s);
}

static double nowMs(void){
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec*1000.0 + ts.tv_nsec/1.0e6;
}

/* Is the first word of zSql one of azWord (NULL-terminated, any case)? */
static int firstWordIn(const char *zSql, const char *const *azWord){
  int e, n, i;
  zSql = migrateSkipSpace(zSql);
  n = migrateToken(zSql, &e);
  for(i=0; e==TK_WORD && azWord[i]; i++){
    if( (int)strlen(azWord[i])==n && sqlite3_strnicmp(azWord[i], zSql, n)==0 ){
      return 1;
    }
  }
  return 0;
}

/* Does zSql start with CREATE, DROP, ALTER or PRAGMA (each of which may
** expire every prepared statement)? */
static int isSchemaChange(const char *zSql){
  static const char *const az[] = { "CREATE", "DROP", "ALTER", "PRAGMA", 0 };
  return firstWordIn(zSql, az);
}

/* Is the first keyword of zSql a transaction-control statement? */
static int isTxnControl(const char *zSql){
  static const char *const az[] = { "BEGIN", "COMMIT", "END", "ROLLBACK", 0 };
  return firstWordIn(zSql, az);
}

/*
** Run the SQL text of one section, statement by statement.  On error, the
** message names the revision, its file, the statement and what failed.
*/
static int runSection(Migrate *m, const char *zFunc, MigrateRev *r,
                      int eDir, char **pzErr){
  const char *zSql = eDir==MIGRATE_UP ? r->zUp : r->zDownSql;
  int rc = SQLITE_OK, iStmt = 0;
  while( rc==SQLITE_OK && zSql[0] ){
    sqlite3_stmt *pStmt = 0;
    const char *zTail = 0;
    const char *zStart = zSql;
    char *zMsg = 0;
    rc = sqlite3_prepare_v2(m->db, zSql, -1, &pStmt, &zTail);
    if( rc==SQLITE_OK && pStmt==0 ){            /* comment or space only */
      zSql = zTail;
      continue;
    }
    iStmt++;
    while( zStart<zTail && (zStart[0]==' ' || zStart[0]=='\n'
                         || zStart[0]=='\t' || zStart[0]=='\r') ) zStart++;
    if( rc==SQLITE_OK ){
      if( isTxnControl(sqlite3_sql(pStmt)) ){
        zMsg = migrateMprintf("transaction control statements are not "
            "allowed in a revision (the runner owns the transaction)");
        rc = SQLITE_ERROR;
      }else{
        while( (rc = sqlite3_step(pStmt))==SQLITE_ROW ){}
        if( rc==SQLITE_DONE ) rc = SQLITE_OK;
        rc = sqlite3_reset(pStmt);      /* the statement's own error code */
        if( rc==SQLITE_OK && m->pTxn && isSchemaChange(sqlite3_sql(pStmt)) ){
          rc = migrateTxnRefresh(m->db, m->pTxn);
        }
        if( rc==SQLITE_OK && sqlite3_get_autocommit(m->db) ){
          /* INSERT OR ROLLBACK, or the like, ended the transaction */
          zMsg = migrateMprintf("%s%sthe statement ended the transaction "
              "(ON CONFLICT ROLLBACK?); everything the call did is undone",
              rc ? sqlite3_errmsg(m->db) : "", rc ? ": " : "");
          rc = SQLITE_ERROR;
        }
      }
    }
    if( rc!=SQLITE_OK && rc!=SQLITE_NOMEM && zMsg==0 ){
      const char *zE = sqlite3_errmsg(m->db);
      if( strstr(zE, "database table is locked") ){
        zMsg = migrateMprintf("%s (call %s in a statement of its own, "
            "such as SELECT %s(...); not in a query that reads a table)",
            zE, zFunc, zFunc);
      }else{
        zMsg = migrateMprintf("%s", zE);
      }
    }
    sqlite3_finalize(pStmt);
    if( rc!=SQLITE_OK && rc!=SQLITE_NOMEM ){
      int nStmt = migrateStmtLength(zStart);
      while( nStmt>0 && (zStart[nStmt-1]==' ' || zStart[nStmt-1]=='\n'
                      || zStart[nStmt-1]=='\r') ) nStmt--;
      *pzErr = migrateMprintf("%s: revision %s (%s) failed in its %s "
          "section at statement %d (%.*s%s): %s", zFunc, r->zId, r->zPath,
          eDir==MIGRATE_UP ? "upgrade" : "downgrade", iStmt,
          migrateExcerptLen(zStart, nStmt, 200), zStart,
          nStmt>200 ? "..." : "",
          zMsg ? zMsg : "");
    }
    sqlite3_free(zMsg);
    zSql = zTail ? zTail : "";
  }
  return rc;
}

/* Insert one migrate_log row. */
static int logRow(Migrate *m, const char *zRev, const char *zDir,
                  const char *zSum, double ms, char **pzErr){
  sqlite3_stmt *pStmt = 0;
  int rc = sqlite3_prepare_v2(m->db, "INSERT INTO main.migrate_log(revision,"
      " direction, applied_at, checksum, elapsed_ms) VALUES(?1, ?2, "
      "strftime('%Y-%m-%d %H:%M:%f','now'), ?3, ?4)", -1, &pStmt, 0);
  if( rc==SQLITE_OK ){
    sqlite3_bind_text(pStmt, 1, zRev, -1, SQLITE_STATIC);
    sqlite3_bind_text(pStmt, 2, zDir, -1, SQLITE_STATIC);
    if( zSum ) sqlite3_bind_text(pStmt, 3, zSum, -1, SQLITE_STATIC);
    if( ms>=0 ) sqlite3_bind_double(pStmt, 4, ms);
    sqlite3_step(pStmt);
    rc = sqlite3_finalize(pStmt);
  }
  if( rc!=SQLITE_OK && rc!=SQLITE_NOMEM ){
    *pzErr = migrateMprintf("cannot write migrate_log: %s",
                            sqlite3_errmsg(m->db));
  }
  return rc;
}

/* Run one step: its section, its version rows, its log rows. */
static int runStep(Migrate *m, const char *zFunc, MigrateGraph *g,
                   const MigrateStep *p, const u8 *aBefore,
                   const u8 *aAfter, char **pzErr){
  double t0 = nowMs();
  int rc = SQLITE_OK, i;
  if( m->bVerbose ){
    char *zTitle = stepTitle(g, p);
    if( zTitle ) fprintf(stderr, "INFO  [migrate] %s\n", zTitle);
    sqlite3_free(zTitle);
  }
  if( p->eDir!=MIGRATE_STAMP ){
    rc = runSection(m, zFunc, g->aRev[p->iRev], p->eDir, pzErr);
  }
  if( rc==SQLITE_OK ){
    rc = versionOps(m, g, p, 0, pzErr);
    if( rc!=SQLITE_OK && rc!=SQLITE_NOMEM && *pzErr ){
      char *z = *pzErr;
      *pzErr = migrateMprintf("%s: %s", zFunc, z);
      sqlite3_free(z);
    }
  }
  if( rc==SQLITE_OK ){
    if( p->eDir==MIGRATE_STAMP ){
      for(i=0; rc==SQLITE_OK && i<g->nRev; i++){
        if( aBefore[i]!=aAfter[i] ){
          MigrateRev *r = g->aRev[i];
          rc = logRow(m, r->zId, "stamp", aAfter[i] ? r->zSum : 0, -1, pzErr);
        }
      }
    }else{
      MigrateRev *r = g->aRev[p->iRev];
      rc = logRow(m, r->zId, p->eDir==MIGRATE_UP ? "upgrade" : "downgrade",
                  p->eDir==MIGRATE_UP ? r->zSum : 0, nowMs()-t0, pzErr);
    }
  }
  return rc;
}

/* The child columns of foreign key iFk of table zTab: "a" or "a", "b". */
static char *fkColumns(sqlite3 *db, const char *zTab, int iFk){
  sqlite3_stmt *pStmt = 0;
  sqlite3_str *s = sqlite3_str_new(0);
  int n = 0;
  if( sqlite3_prepare_v2(db, "SELECT \"from\" FROM pragma_foreign_key_list(?1)"
        " WHERE id=?2 ORDER BY seq", -1, &pStmt, 0)==SQLITE_OK ){
    sqlite3_bind_text(pStmt, 1, zTab, -1, SQLITE_STATIC);
    sqlite3_bind_int(pStmt, 2, iFk);
    while( sqlite3_step(pStmt)==SQLITE_ROW ){
      sqlite3_str_appendf(s, "%s\"%w\"", n++ ? ", " : "",
                          (const char*)sqlite3_column_text(pStmt, 0));
    }
  }
  sqlite3_finalize(pStmt);
  return migrateStrFinish(s);
}

/* PRAGMA foreign_key_check: any row is an error. */
static int fkCheck(Migrate *m, const char *zFunc, const char *zAfter,
                   char **pzErr){
  sqlite3_stmt *pStmt = 0;
  sqlite3_str *s = 0;
  int n = 0;
  int rc = sqlite3_prepare_v2(m->db, "PRAGMA main.foreign_key_check", -1,
                              &pStmt, 0);
  while( rc==SQLITE_OK && sqlite3_step(pStmt)==SQLITE_ROW ){
    if( n==0 ) s = sqlite3_str_new(0);
    if( n<5 ){
      const char *zTab = (const char*)sqlite3_column_text(pStmt, 0);
      char *zCols = fkColumns(m->db, zTab, sqlite3_column_int(pStmt, 3));
      sqlite3_str_appendf(s, "%srow %lld of table \"%w\" has no parent row "
          "in \"%w\" (column %s)", n ? "; " : "",
          sqlite3_column_int64(pStmt, 1), zTab,
          (const char*)sqlite3_column_text(pStmt, 2), zCols ? zCols : "?");
      sqlite3_free(zCols);
    }
    n++;
  }
  if( rc==SQLITE_OK ) rc = sqlite3_finalize(pStmt);
  else sqlite3_finalize(pStmt);
  if( rc!=SQLITE_OK ){
    if( rc!=SQLITE_NOMEM ){
      *pzErr = migrateMprintf("%s: %s", zFunc, sqlite3_errmsg(m->db));
    }
    sqlite3_free(migrateStrFinish(s));
    return rc;
  }
  if( n>0 ){
    char *z = migrateStrFinish(s);
    *pzErr = migrateMprintf("%s: foreign key check failed after %s: %s%s",
        zFunc, zAfter, z ? z : "", n>5 ? "; ..." : "");
    sqlite3_free(z);
    return SQLITE_ERROR;
  }
  return SQLITE_OK;
}

/* Start the call's transaction: BEGIN IMMEDIATE, or a SAVEPOINT. */
static int txnBegin(Migrate *m, const char *zFunc, int bOwn, MigrateTxn *pT,
                    char **pzErr){
  int rc = bOwn ? migrateTxnBegin(m->db, "BEGIN IMMEDIATE", "ROLLBACK", 0, pT)
                : migrateTxnBegin(m->db, "SAVEPOINT migrate_run",
                                  "ROLLBACK TO migrate_run",
                                  "RELEASE migrate_run", pT);
  if( rc!=SQLITE_OK && rc!=SQLITE_NOMEM ){
    if( (rc&0xff)==SQLITE_BUSY ){
      *pzErr = migrateMprintf("%s: database is locked (another connection "
          "is writing; set PRAGMA busy_timeout to wait for it)", zFunc);
    }else{
      *pzErr = migrateMprintf("%s: %s", zFunc, sqlite3_errmsg(m->db));
    }
  }
  return rc;
}

static int txnEnd(Migrate *m, const char *zFunc, int bOwn, int bCommit,
                  MigrateTxn *pT, char **pzErr){
  int rc = migrateTxnEnd(m->db, pT, bCommit ? (bOwn ? "COMMIT"
                                                    : "RELEASE migrate_run")
                                            : 0);
  if( rc!=SQLITE_OK && rc!=SQLITE_NOMEM && *pzErr==0 ){
    /* sqlite3_errmsg() now tells of the ROLLBACK that followed */
    *pzErr = migrateMprintf("%s: cannot commit: %s", zFunc,
                            sqlite3_errstr(rc));
  }
  return rc;
}

/*
** A run whose transaction could not be rolled back (memory ran out, and
** the ROLLBACK had to be prepared again) leaves it open with half its work
** done.  Nothing of it may ever be committed: commit and rollback hooks
** are installed on the connection (they replace the application's own, if
** any), and the next COMMIT is turned into a ROLLBACK.  The next call of
** any migrate function rolls it back first (guard() in migrate.c).
*/
static int stuckCommit(void *p){
  Migrate *m = (Migrate*)p;
  if( m->bStuck ){
    m->bStuck = 0;
    return 1;                        /* the COMMIT becomes a ROLLBACK */
  }
  return 0;
}
static void stuckRollback(void *p){
  ((Migrate*)p)->bStuck = 0;
}
static void markStuck(Migrate *m){
  m->bStuck = 1;
  if( !m->bHooks ){
    sqlite3_commit_hook(m->db, stuckCommit, m);
    sqlite3_rollback_hook(m->db, stuckRollback, m);
    m->bHooks = 1;
  }
}

/* Prefix a bare error message with the function's name. */
static void prefixErr(const char *zFunc, char **pzErr){
  if( *pzErr && strncmp(*pzErr, zFunc, strlen(zFunc))!=0 ){
    char *z = migrateMprintf("%s: %s", zFunc, *pzErr);
    sqlite3_free(*pzErr);
    *pzErr = z;
  }
}

/*
** migrate_upgrade, migrate_downgrade and migrate_stamp.  On success,
** *pzResult is the current revisions after the move (NULL at base).
*/
int migrateRun(Migrate *m, const char *zFunc, const char *zTarget, int eDir,
               char **pzResult, char **pzErr){
  sqlite3 *db = m->db;
  MigrateGraph *g = 0;
  MigratePlan plan;
  int *aCur = 0, nCur = 0;
  int bOwn = sqlite3_get_autocommit(db);
  int bFk = 0, bInTxn = 0, rc, i, bLegacy = 0, bLegacyNow = 0;
  MigrateTxn txn;
  int bFkIn = 0;
  memset(&txn, 0, sizeof(txn));
  u8 *aFinal = 0;

  memset(&plan, 0, sizeof(plan));
  *pzResult = 0;
  /* a table rebuild sets legacy_alter_table; a failure must not leave it */
  sqlite3_db_config(db, SQLITE_DBCONFIG_LEGACY_ALTER_TABLE, -1, &bLegacy);
  /* revisions are written for the modern RENAME, which carries renames into
  ** views, triggers and foreign keys */
  if( bLegacy ) sqlite3_db_config(db, SQLITE_DBCONFIG_LEGACY_ALTER_TABLE, 0, 0);
  if( bOwn ){
    /* sqlite3_db_config() allocates nothing: it works, and so does the
    ** restore below, when memory has run out */
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_FKEY, -1, &bFk);
    if( bFk ) sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_FKEY, 0, 0);
  }else if( m->bNoJoin ){
    *pzErr = migrateMprintf("%s: a transaction is open on this connection "
        "and join_transaction is 0: commit it (or roll it back) first, or "
        "set migrate_config('join_transaction', 1) to run inside it",
        zFunc);
    rc = SQLITE_ERROR;
    goto done;
  }else if( sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_FKEY, -1, &bFkIn)
             ==SQLITE_OK && bFkIn ){
    *pzErr = migrateMprintf("%s: PRAGMA foreign_keys is ON inside the "
        "caller's transaction, where SQLite cannot switch it off; set it "
        "OFF before BEGIN, or call %s outside the transaction",
        zFunc, zFunc);
    rc = SQLITE_ERROR;
    goto done;
  }
  rc = txnBegin(m, zFunc, bOwn, &txn, pzErr);
  if( rc ) goto done;
  bInTxn = 1;
  m->pTxn = &txn;
  if( !bOwn && m->bVerbose ){
    fprintf(stderr, "INFO  [migrate] %s joins the transaction the caller "
            "opened: nothing is saved until the caller commits it\n", zFunc);
  }
  /* the files are read under the lock: every revision that the version
  ** table can name by now has its file */
  rc = migrateGraphOpen(m, &g, pzErr);
  if( rc ) goto done;
  rc = migrateEnsureTables(m, pzErr);
  if( rc==SQLITE_OK ) rc = migrateTxnRefresh(db, &txn);
  if( rc==SQLITE_OK ) rc = migrateReadCurrent(m, g, &aCur, &nCur, pzErr);
  if( rc==SQLITE_OK ){
    rc = migratePlan(g, aCur, nCur, zTarget, eDir, &plan, pzErr);
  }
  if( rc ) goto done;

  if( !m->bTxnPerMigration || eDir==MIGRATE_STAMP || plan.nStep<=1 ){
    u8 *aBefore = sqlite3_malloc64(g->nRev+1);
    if( aBefore==0 ){ rc = SQLITE_NOMEM; goto done; }
    memset(aBefore, 0, g->nRev+1);
    for(i=0; i<nCur; i++) aBefore[aCur[i]] = 1;
    rc = migrateAncestors(g, aBefore);
    for(i=0; rc==SQLITE_OK && i<plan.nStep; i++){
      rc = runStep(m, zFunc, g, &plan.aStep[i], aBefore, plan.aApplied,
                   pzErr);
    }
    sqlite3_free(aBefore);
    if( rc==SQLITE_OK && plan.nStep>0 ){
      rc = versionCheck(m, g, plan.aTo, plan.nTo, pzErr);
    }
    if( rc==SQLITE_OK && plan.nStep>0 ){
      char *zTo = migrateIdList(g, plan.aTo, plan.nTo, ",");
      char *zAfter = zTo ? migrateMprintf("moving to %s", plan.nTo ? zTo
                                          : "base") : 0;
      rc = zAfter ? fkCheck(m, zFunc, zAfter, pzErr) : SQLITE_NOMEM;
      sqlite3_free(zTo);
      sqlite3_free(zAfter);
    }
    if( rc==SQLITE_OK ){
      bInTxn = 0;
      rc = txnEnd(m, zFunc, bOwn, 1, &txn, pzErr);
    }
    if( rc==SQLITE_OK && plan.nTo>0 ){
      *pzResult = migrateIdList(g, plan.aTo, plan.nTo, ",");
      if( *pzResult==0 ) rc = SQLITE_NOMEM;
    }
    goto done;
  }

  /* transaction_per_migration: one revision per transaction.  Each round
  ** re-reads the version rows and plans toward the same applied set. */
  aFinal = plan.aApplied;
  plan.aApplied = 0;
  for(;;){
    MigrateStep *pStep;
    char *zAfter;
    if( plan.nStep==0 ){
      bInTxn = 0;
      rc = txnEnd(m, zFunc, bOwn, 1, &txn, pzErr);
      if( rc==SQLITE_OK && plan.nTo>0 ){
        *pzResult = migrateIdList(g, plan.aTo, plan.nTo, ",");
        if( *pzResult==0 ) rc = SQLITE_NOMEM;
      }
      break;
    }
    pStep = &plan.aStep[0];
    rc = runStep(m, zFunc, g, pStep, 0, 0, pzErr);
    if( rc ) break;
    {
      /* the rows before, less those the step removed, and those it added */
      int *aExp = sqlite3_malloc64(sizeof(int)*(nCur+pStep->nIns+1));
      int nExp = 0, j, q;
      if( aExp==0 ){ rc = SQLITE_NOMEM; break; }
      for(j=0; j<nCur; j++){
        for(q=0; q<pStep->nDel && pStep->aDel[q]!=aCur[j]; q++){}
        if( q>=pStep->nDel ) aExp[nExp++] = aCur[j];
      }
      for(j=0; j<pStep->nIns; j++) aExp[nExp++] = pStep->aIns[j];
      rc = versionCheck(m, g, aExp, nExp, pzErr);
      sqlite3_free(aExp);
      if( rc ) break;
    }
    zAfter = migrateMprintf("revision %s (%s)", g->aRev[pStep->iRev]->zId,
                            g->aRev[pStep->iRev]->zPath);
    rc = zAfter ? fkCheck(m, zFunc, zAfter, pzErr) : SQLITE_NOMEM;
    sqlite3_free(zAfter);
    if( rc ) break;
    bInTxn = 0;
    rc = txnEnd(m, zFunc, bOwn, 1, &txn, pzErr);
    if( rc ) break;
    rc = txnBegin(m, zFunc, bOwn, &txn, pzErr);
    if( rc ) break;
    bInTxn = 1;
    sqlite3_free(aCur); aCur = 0;
    migratePlanClear(&plan);
    /* the files again, under this round's lock; the applied set that the
    ** call aims at is carried over by revision id */
    {
      MigrateGraph *g2 = 0;
      u8 *aF2;
      int k;
      rc = migrateGraphOpen(m, &g2, pzErr);
      if( rc ) break;
      aF2 = sqlite3_malloc64(g2->nRev+1);
      if( aF2==0 ){ migrateGraphFree(g2); rc = SQLITE_NOMEM; break; }
      memset(aF2, 0, g2->nRev+1);
      for(k=0; k<g->nRev; k++){
        int j = aFinal[k] ? migrateGraphFind(g2, g->aRev[k]->zId) : -1;
        if( j>=0 ) aF2[j] = 1;
      }
      sqlite3_free(aFinal);
      aFinal = aF2;
      migrateGraphFree(g);
      g = g2;
    }
    rc = migrateReadCurrent(m, g, &aCur, &nCur, pzErr);
    if( rc==SQLITE_OK ){
      rc = migratePlanToward(g, aCur, nCur, aFinal, eDir, &plan);
    }
    if( rc ) break;
  }

done:
  if( bInTxn ) txnEnd(m, zFunc, bOwn, 0, &txn, pzErr);
  if( txn.bStuck ) markStuck(m);
  m->pTxn = 0;
  if( bFk ) sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_FKEY, 1, 0);
  sqlite3_db_config(db, SQLITE_DBCONFIG_LEGACY_ALTER_TABLE, -1, &bLegacyNow);
  if( bLegacyNow!=bLegacy ){
    sqlite3_db_config(db, SQLITE_DBCONFIG_LEGACY_ALTER_TABLE, bLegacy, 0);
  }
  if( rc!=SQLITE_OK ){
    sqlite3_free(*pzResult);
    *pzResult = 0;
    prefixErr(zFunc, pzErr);
  }
  sqlite3_free(aFinal);
  sqlite3_free(aCur);
  migratePlanClear(&plan);
  migrateGraphFree(g);
  return rc;
}
