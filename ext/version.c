/*
** version.c - the database's side of the revision graph: the version
** table, migrate_log, the current revisions, and the offline script.
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
** migrate_sql() renders the statements of a plan as text, without running
** them, opening with PRAGMA foreign_keys=OFF as the runner does.
*/
#include "migrate.h"
#include <string.h>
#include <stdlib.h>
#include <errno.h>
#include <sys/stat.h>
#include <unistd.h>

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

static int versionCmpWord(const void *a, const void *b){
  return strcmp((const char*)a, *(const char*const*)b);
}

/*
** The table name as Alembic writes it: bare, unless it is a reserved word,
** holds an upper-case letter or a character outside [a-z0-9_$], or starts
** with a digit or '$'; then in double quotes.
*/
static char *versionTableName(const char *z){
  int i, bPlain = !((z[0]>='0' && z[0]<='9') || z[0]=='$');
  for(i=0; z[i] && bPlain; i++){
    char c = z[i];
    if( !((c>='a'&&c<='z')||(c>='0'&&c<='9')||c=='_'||c=='$') ) bPlain = 0;
  }
  if( bPlain && bsearch(z, azReserved, sizeof(azReserved)/sizeof(azReserved[0]),
                        sizeof(azReserved[0]), versionCmpWord) ){
    bPlain = 0;
  }
  if( i==0 ) bPlain = 0;
  return bPlain ? sqlite3_mprintf("%s", z) : sqlite3_mprintf("\"%w\"", z);
}

/* The CREATE TABLE of the version table, as Alembic makes it. */
static char *versionTableDdl(Migrate *m){
  const char *zTab = migrateVersionTable(m);
  char *zName = versionTableName(zTab);
  char *zPkc = sqlite3_mprintf("%s_pkc", zTab);
  char *zPkcName = zPkc ? versionTableName(zPkc) : 0;
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

/* sqlite3_exec(), SQLite's message in *pzErr if it fails. */
static int versionExec(sqlite3 *db, const char *zSql, char **pzErr){
  char *zMsg = 0;
  int rc = sqlite3_exec(db, zSql, 0, 0, &zMsg);
  if( rc!=SQLITE_OK ){
    if( rc==SQLITE_NOMEM ){
      sqlite3_free(zMsg);
    }else{
      *pzErr = zMsg ? zMsg : sqlite3_mprintf("%s", sqlite3_errstr(rc));
    }
  }
  return rc;
}

/* Create the version table and migrate_log when they are missing. */
int migrateEnsureTables(Migrate *m, char **pzErr){
  char *zDdl = versionTableDdl(m);
  int rc;
  if( zDdl==0 ) return SQLITE_NOMEM;
  rc = versionExec(m->db, zDdl, pzErr);
  sqlite3_free(zDdl);
  if( rc==SQLITE_OK ) rc = versionExec(m->db, zLogDdl, pzErr);
  return rc;
}

static int versionCmpInt(const void *a, const void *b){
  return *(const int*)a - *(const int*)b;
}

/*
** The revision graph of the connection's script directory.  A directory
** that is not there is an error that says where its name came from.
*/
int migrateGraphOpen(Migrate *m, MigrateGraph **ppG, char **pzErr){
  const char *zDir;
  struct stat st;
  if( m->pGraph ){ *ppG = m->pGraph; return SQLITE_OK; }
  zDir = migrateScriptDir(m);
  if( stat(zDir, &st)!=0 && errno==ENOENT ){
    *ppG = 0;
    *pzErr = sqlite3_mprintf("script directory '%s' (%s) does not exist "
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
  rc = migrateTableExists(m->db, zTab);
  if( rc==MIGRATE_EXISTS_NOMEM ) return SQLITE_NOMEM;
  if( rc==0 ) return SQLITE_OK;
  zSql = sqlite3_mprintf("SELECT version_num FROM main.\"%w\"", zTab);
  if( zSql==0 ) return SQLITE_NOMEM;
  rc = sqlite3_prepare_v2(m->db, zSql, -1, &pStmt, 0);
  sqlite3_free(zSql);
  while( rc==SQLITE_OK && sqlite3_step(pStmt)==SQLITE_ROW ){
    const char *zId = (const char*)sqlite3_column_text(pStmt, 0);
    int i = zId ? migrateGraphFind(g, zId) : -1;
    if( i<0 ){
      *pzErr = sqlite3_mprintf("version table %s holds revision '%s', which "
          "is not in the script directory %s", zTab, zId ? zId : "NULL",
          g->zDir);
      rc = SQLITE_ERROR;
      break;
    }
    rc = migrateIntPush(&aCur, &nCur, i);
  }
  if( rc==SQLITE_OK ) rc = sqlite3_finalize(pStmt);
  else sqlite3_finalize(pStmt);
  if( rc!=SQLITE_OK ){
    if( rc!=SQLITE_NOMEM && *pzErr==0 ){
      *pzErr = sqlite3_mprintf("%s", sqlite3_errmsg(m->db));
    }
    sqlite3_free(aCur);
    return rc;
  }
  if( nCur>1 ){
    int i, j = 1;
    qsort(aCur, nCur, sizeof(int), versionCmpInt);
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
  rc = migrateTableExists(m->db, zTab);
  if( rc==MIGRATE_EXISTS_NOMEM ) return SQLITE_NOMEM;
  if( rc==0 ) return SQLITE_OK;
  zSql = sqlite3_mprintf("SELECT DISTINCT version_num FROM main.\"%w\" "
                         "ORDER BY 1", zTab);
  if( zSql==0 ) return SQLITE_NOMEM;
  rc = sqlite3_prepare_v2(m->db, zSql, -1, &pStmt, 0);
  sqlite3_free(zSql);
  if( rc!=SQLITE_OK ){
    *pzErr = sqlite3_mprintf("%s", sqlite3_errmsg(m->db));
    return rc;
  }
  s = sqlite3_str_new(0);
  while( sqlite3_step(pStmt)==SQLITE_ROW ){
    sqlite3_str_appendf(s, "%s%s", n++ ? "," : "",
                        (const char*)sqlite3_column_text(pStmt, 0));
  }
  rc = sqlite3_finalize(pStmt);
  if( rc!=SQLITE_OK ){
    *pzErr = sqlite3_mprintf("%s", sqlite3_errmsg(m->db));
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
** Load the graph of the script directory, and the version rows.  The
** database snapshot is taken first, then the files are read: a revision
** that another connection wrote and applied before the snapshot has its
** file by then.
*/
int migrateLoadState(Migrate *m, MigrateGraph **ppG, int **paCur,
                     int *pnCur, char **pzErr){
  MigrateTxn t;
  int rc = paCur ? migrateReadBegin(m->db, &t) : SQLITE_OK;
  *ppG = 0;
  if( rc ){
    if( rc!=SQLITE_NOMEM ){
      *pzErr = sqlite3_mprintf("%s", sqlite3_errmsg(m->db));
    }
    return rc;
  }
  rc = migrateGraphOpen(m, ppG, pzErr);
  if( rc==SQLITE_OK && paCur ){
    rc = migrateReadCurrent(m, *ppG, paCur, pnCur, pzErr);
    if( rc ){ migrateGraphFree(*ppG); *ppG = 0; }
  }
  if( paCur ) migrateReadEnd(&t);
  return rc;
}

/*
** For each revision, the checksum and time of its last application
** recorded in migrate_log (NULL where there is none, or where its last
** entry is a downgrade).  Arrays of g->nRev strings, owned by the caller;
** if paMs is not NULL, also how long that application took, in ms (-1
** where none is recorded: a stamp, or no application).
*/
int migrateLastSums(Migrate *m, MigrateGraph *g, char ***pazSum,
                    char ***pazWhen, double **paMs, char **pzErr){
  char **azSum = sqlite3_malloc64(sizeof(char*)*(g->nRev+1));
  char **azWhen = sqlite3_malloc64(sizeof(char*)*(g->nRev+1));
  double *aMs = paMs ? sqlite3_malloc64(sizeof(double)*(g->nRev+1)) : 0;
  sqlite3_stmt *pStmt = 0;
  int rc = SQLITE_OK, i;
  *pazSum = 0; *pazWhen = 0;
  if( azSum==0 || azWhen==0 || (paMs && aMs==0) ){
    sqlite3_free(azSum); sqlite3_free(azWhen); sqlite3_free(aMs);
    return SQLITE_NOMEM;
  }
  memset(azSum, 0, sizeof(char*)*(g->nRev+1));
  memset(azWhen, 0, sizeof(char*)*(g->nRev+1));
  for(i=0; aMs && i<g->nRev; i++) aMs[i] = -1.0;
  rc = migrateTableExists(m->db, "migrate_log");
  if( rc==MIGRATE_EXISTS_NOMEM ){
    rc = SQLITE_NOMEM;
  }else if( rc ){
    rc = sqlite3_prepare_v2(m->db, "SELECT revision, direction, checksum, "
        "applied_at, elapsed_ms FROM main.migrate_log ORDER BY id", -1,
        &pStmt, 0);
    while( rc==SQLITE_OK && sqlite3_step(pStmt)==SQLITE_ROW ){
      const char *zRev = (const char*)sqlite3_column_text(pStmt, 0);
      const char *zDir = (const char*)sqlite3_column_text(pStmt, 1);
      const char *zSum = (const char*)sqlite3_column_text(pStmt, 2);
      const char *zWhen = (const char*)sqlite3_column_text(pStmt, 3);
      i = zRev ? migrateGraphFind(g, zRev) : -1;
      if( i<0 ) continue;
      sqlite3_free(azSum[i]); azSum[i] = 0;
      sqlite3_free(azWhen[i]); azWhen[i] = 0;
      if( aMs ){
        aMs[i] = sqlite3_column_type(pStmt, 4)==SQLITE_NULL || !zSum || !zDir
              || strcmp(zDir, "upgrade")!=0
              ? -1.0 : sqlite3_column_double(pStmt, 4);
      }
      if( zSum && zDir && strcmp(zDir, "downgrade")!=0 ){
        azSum[i] = migrateStrndup(zSum, sqlite3_column_bytes(pStmt, 2));
        azWhen[i] = migrateStrndup(zWhen ? zWhen : "",
                                   sqlite3_column_bytes(pStmt, 3));
        if( azSum[i]==0 || azWhen[i]==0 ) rc = SQLITE_NOMEM;
      }
    }
    if( rc==SQLITE_OK ) rc = sqlite3_finalize(pStmt);
    else sqlite3_finalize(pStmt);
    if( rc!=SQLITE_OK && rc!=SQLITE_NOMEM ){
      *pzErr = sqlite3_mprintf("%s", sqlite3_errmsg(m->db));
    }
  }
  if( rc!=SQLITE_OK ){
    migrateFreeList(azSum, g->nRev);
    migrateFreeList(azWhen, g->nRev);
    sqlite3_free(aMs);
    return rc;
  }
  *pazSum = azSum;
  *pazWhen = azWhen;
  if( paMs ) *paMs = aMs;
  return SQLITE_OK;
}

/* "Running upgrade a -> b, message", as Alembic logs it. */
char *migrateStepTitle(MigrateGraph *g, const MigrateStep *p){
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
int migrateVersionOps(Migrate *m, MigrateGraph *g, const MigrateStep *p,
                      sqlite3_str *pOut, char **pzErr){
  char *zTab = versionTableName(migrateVersionTable(m));
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
      rc = versionExec(m->db, zSql, pzErr);
      if( rc==SQLITE_OK && bCheck && sqlite3_changes(m->db)!=1 ){
        *pzErr = sqlite3_mprintf("version table %s did not hold the expected "
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
int migrateVersionCheck(Migrate *m, MigrateGraph *g, const int *aExp,
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
      *pzErr = sqlite3_mprintf("version table %s holds '%s' where the run "
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
  char *zTitle = migrateStepTitle(g, p);
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
  if( migrateVersionOps(m, g, p, s, &zErr) ){
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

/* Insert one migrate_log row. */
int migrateLogRow(Migrate *m, const char *zRev, const char *zDir,
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
    *pzErr = sqlite3_mprintf("cannot write migrate_log: %s",
                            sqlite3_errmsg(m->db));
  }
  return rc;
}

/*
** migrate_init: the version table and migrate_log, then the script
** directory zDir (made with its parents), then, when the directory was
** given or set, its record in the database; then the commit.  A failure
** of any leaves none of them (a directory made here goes again).  On
** dqlite, only inside the client's transaction (conn.c).
*/
int migrateInitDb(Migrate *m, const char *zDir, char **pzErr){
  int bOwn = sqlite3_get_autocommit(m->db);
  struct stat st;
  int bHadDir = stat(zDir, &st)==0;
  MigrateTxn t;
  int rc = migrateDqliteRefuse(m, pzErr);
  if( rc ) return rc;
  rc = bOwn ? migrateTxnBegin(m->db, "BEGIN IMMEDIATE", "ROLLBACK", 0, &t)
            : migrateTxnBegin(m->db, "SAVEPOINT migrate_init",
                              "ROLLBACK TO migrate_init",
                              "RELEASE migrate_init", &t);
  if( rc!=SQLITE_OK ){
    if( rc!=SQLITE_NOMEM ){
      *pzErr = sqlite3_mprintf("%s", sqlite3_errmsg(m->db));
    }
    return rc;
  }
  rc = migrateEnsureTables(m, pzErr);
  if( rc==SQLITE_OK ) rc = migrateMakeDirs(zDir, pzErr);
  if( rc==SQLITE_OK && m->zScriptLocation ){
    rc = migrateDirRecord(m, zDir, pzErr);
    if( rc!=SQLITE_OK && !bHadDir ) rmdir(zDir);
  }
  if( rc!=SQLITE_OK ){
    migrateTxnEnd(m->db, &t, 0);
    return rc;
  }
  rc = migrateTxnEnd(m->db, &t, bOwn ? "COMMIT" : "RELEASE migrate_init");
  if( rc!=SQLITE_OK && rc!=SQLITE_NOMEM ){
    *pzErr = sqlite3_mprintf("cannot commit: %s", sqlite3_errstr(rc));
  }
  /* a COMMIT may fail after the commit itself (unlocking): the directory
  ** goes only if the tables did */
  if( rc!=SQLITE_OK && !bHadDir
   && migrateTableExists(m->db, migrateVersionTable(m))!=1 ){
    rmdir(zDir);
  }
  return rc;
}

/*
** migrate_sql: the script of the move to zTarget, from the revisions zFrom
** (comma-separated) or, if zFrom is NULL, from the current ones.  '' when
** there is nothing to do.
*/
int migrateScript(Migrate *m, const char *zTarget, const char *zFrom,
                  char **pzOut, char **pzErr){
  MigrateGraph *g = 0;
  MigratePlan plan;
  int *aCur = 0, nCur = 0, rc;
  memset(&plan, 0, sizeof(plan));
  *pzOut = 0;
  rc = migrateLoadState(m, &g, zFrom ? 0 : &aCur, &nCur, pzErr);
  if( rc==SQLITE_OK && zFrom ){
    rc = migrateParseState(g, zFrom, &aCur, &nCur, pzErr);
  }
  if( rc==SQLITE_OK ){
    rc = migratePlan(g, aCur, nCur, zTarget, MIGRATE_AUTO, &plan, pzErr);
  }
  if( rc==SQLITE_OK ){
    *pzOut = plan.nStep==0 ? sqlite3_mprintf("") : migratePlanSql(m, g, &plan,
                                 plan.eDir==MIGRATE_UP && plan.nFrom==0);
    if( *pzOut==0 ) rc = SQLITE_NOMEM;
  }
  migratePlanClear(&plan);
  sqlite3_free(aCur);
  migrateGraphFree(g);
  return rc;
}

/*
** migrate_verify: the graph loads (it is checked as it is built), and no
** applied revision's upgrade section differs from the checksum migrate_log
** recorded when it was applied.  Each problem is a line of *pzErr.
*/
int migrateVerify(Migrate *m, char **pzErr){
  MigrateGraph *g = 0;
  int *aCur = 0, nCur = 0, rc, i, nProblem = 0;
  char **azSum = 0, **azWhen = 0;
  u8 *aA = 0;
  rc = migrateLoadState(m, &g, &aCur, &nCur, pzErr);
  if( rc==SQLITE_OK ) rc = migrateLastSums(m, g, &azSum, &azWhen, 0, pzErr);
  if( rc==SQLITE_OK ){
    aA = sqlite3_malloc64(g->nRev+1);
    if( aA==0 ) rc = SQLITE_NOMEM;
  }
  if( rc==SQLITE_OK ){
    memset(aA, 0, g->nRev+1);
    for(i=0; i<nCur; i++) aA[aCur[i]] = 1;
    rc = migrateAncestors(g, aA);
  }
  if( rc==SQLITE_OK ){
    sqlite3_str *s = sqlite3_str_new(0);
    for(i=0; i<g->nRev; i++){
      MigrateRev *p = g->aRev[i];
      if( aA[i] && azSum[i] && strcmp(azSum[i], migrateRevSum(p))!=0 ){
        sqlite3_str_appendf(s, "%s%s: revision %s was modified after it was "
            "applied at %s", nProblem++ ? "\n" : "", p->zPath, p->zId,
            azWhen[i]);
      }
    }
    *pzErr = migrateStrFinish(s);
    if( nProblem ) rc = SQLITE_ERROR;
    else{ sqlite3_free(*pzErr); *pzErr = 0; }
  }
  if( azSum ) migrateFreeList(azSum, g->nRev);
  if( azWhen ) migrateFreeList(azWhen, g->nRev);
  sqlite3_free(aA);
  sqlite3_free(aCur);
  migrateGraphFree(g);
  return rc;
}
