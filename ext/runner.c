/*
** runner.c - running a plan against the database.
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
** join_transaction=0 it refuses to run there); foreign keys are switched
** off there too, with sqlite3_db_config() (the PRAGMA does nothing inside
** a transaction).  On dqlite, which replicates what a client's request
** commits, it runs only inside the client's transaction.
**
** A section runs statement by statement with SQLite's own parser; an error
** names the revision, its file, the statement and SQLite's message.
**
** With verbose, a statement that runs longer than a second says how far it
** is, twice a second at most, through SQLite's progress handler (which
** therefore replaces the application's while a verbose run lasts): the
** rows a rebuild has copied of the old table's count, or the rows a full
** scan has read; and a step that took a second or more says how long
** (every step does with verbose 2).
*/
#include "migrate.h"
#include <string.h>
#include <stdio.h>
#include <time.h>

static double runNowMs(void){
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec*1000.0 + ts.tv_nsec/1.0e6;
}

/* Does zSql start with CREATE, DROP, ALTER or PRAGMA (each of which may
** expire every prepared statement)? */
static int runIsSchemaChange(const char *zSql){
  static const char *const az[] = { "CREATE", "DROP", "ALTER", "PRAGMA", 0 };
  return migrateFirstWordIn(zSql, az);
}

/* Is the first keyword of zSql a transaction-control statement? */
static int runIsTxnControl(const char *zSql){
  static const char *const az[] = { "BEGIN", "COMMIT", "END", "ROLLBACK", 0 };
  return migrateFirstWordIn(zSql, az);
}

/* A statement running, for the progress lines of verbose. */
typedef struct RunProgress RunProgress;
struct RunProgress {
  sqlite3_stmt *pStmt;
  double t0, tLast;          /* when it started, and the last line */
  sqlite3_int64 nTotal;      /* the rows a rebuild copies, or -1 */
  int iStmt;
};

/* The progress handler: a line, when the statement has run a second and
** the last line is half a second old. */
static int runProgress(void *pArg){
  RunProgress *x = (RunProgress*)pArg;
  double t = runNowMs();
  if( t - x->t0 >= 1000.0 && t - x->tLast >= 500.0 ){
    sqlite3_int64 n = sqlite3_stmt_status(x->pStmt,
                                          SQLITE_STMTSTATUS_FULLSCAN_STEP, 0);
    if( x->nTotal>0 ){
      fprintf(stderr, "INFO  [migrate]   statement %d: %lld of %lld rows "
              "copied (%d%%), %.1f s\n", x->iStmt, n, x->nTotal,
              (int)(n*100/x->nTotal), (t - x->t0)/1000.0);
    }else{
      fprintf(stderr, "INFO  [migrate]   statement %d: %lld rows read, "
              "%.1f s\n", x->iStmt, n, (t - x->t0)/1000.0);
    }
    x->tLast = t;
  }
  return 0;
}

/* The rows of the old table a rebuild's copy (INSERT ... SELECT ... FROM
** "t__migrate_old") reads, or -1 for any other statement. */
static sqlite3_int64 runCopyTotal(sqlite3 *db, sqlite3_stmt *pStmt){
  static const char *const az[] = { "INSERT", 0 };
  const char *zSql = sqlite3_sql(pStmt), *z, *zFrom = 0;
  sqlite3_stmt *pCount = 0;
  sqlite3_int64 n = -1;
  char *zName, *zQ;
  if( zSql==0 || !migrateFirstWordIn(zSql, az) ) return -1;
  for(z=zSql; (z = strstr(z, " FROM \""))!=0; z++) zFrom = z + 6;
  if( zFrom==0 || strstr(zFrom, "__migrate_old")==0 ) return -1;
  zName = migrateStrndup(zFrom, migrateStmtLength(zFrom));
  if( zName==0 ) return -1;
  zQ = sqlite3_mprintf("SELECT count(*) FROM %s", zName);
  if( zQ && sqlite3_prepare_v2(db, zQ, -1, &pCount, 0)==SQLITE_OK
   && sqlite3_step(pCount)==SQLITE_ROW ){
    n = sqlite3_column_int64(pCount, 0);
  }
  sqlite3_finalize(pCount);
  sqlite3_free(zQ);
  sqlite3_free(zName);
  return n;
}

/*
** Run the SQL text of one section, statement by statement.  On error, the
** message names the revision, its file, the statement and what failed.
*/
int migrateRunSection(Migrate *m, const char *zFunc, MigrateRev *r,
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
    while( zStart<zTail && migrateIsSpace(zStart[0]) ) zStart++;
    if( rc==SQLITE_OK ){
      if( runIsTxnControl(sqlite3_sql(pStmt)) ){
        zMsg = sqlite3_mprintf("transaction control statements are not "
            "allowed in a revision (the runner owns the transaction)");
        rc = SQLITE_ERROR;
      }else{
        RunProgress prog;
        if( m->bVerbose ){
          prog.pStmt = pStmt;
          prog.t0 = prog.tLast = runNowMs();
          prog.nTotal = runCopyTotal(m->db, pStmt);
          prog.iStmt = iStmt;
          sqlite3_progress_handler(m->db, 1000, runProgress, &prog);
        }
        while( (rc = sqlite3_step(pStmt))==SQLITE_ROW ){}
        if( m->bVerbose ) sqlite3_progress_handler(m->db, 0, 0, 0);
        if( rc==SQLITE_DONE ) rc = SQLITE_OK;
        rc = sqlite3_reset(pStmt);      /* the statement's own error code */
        if( rc==SQLITE_OK && m->pTxn && runIsSchemaChange(sqlite3_sql(pStmt)) ){
          rc = migrateTxnRefresh(m->db, m->pTxn);
        }
        if( rc==SQLITE_OK && sqlite3_get_autocommit(m->db) ){
          /* INSERT OR ROLLBACK, or the like, ended the transaction */
          zMsg = sqlite3_mprintf("%s%sthe statement ended the transaction "
              "(ON CONFLICT ROLLBACK?); everything the call did is undone",
              rc ? sqlite3_errmsg(m->db) : "", rc ? ": " : "");
          rc = SQLITE_ERROR;
        }
      }
    }
    if( rc!=SQLITE_OK && rc!=SQLITE_NOMEM && zMsg==0 ){
      const char *zE = sqlite3_errmsg(m->db);
      if( strstr(zE, "database table is locked") ){
        zMsg = sqlite3_mprintf("%s (call %s in a statement of its own, "
            "such as SELECT %s(...); not in a query that reads a table)",
            zE, zFunc, zFunc);
      }else{
        zMsg = sqlite3_mprintf("%s", zE);
      }
    }
    sqlite3_finalize(pStmt);
    if( rc!=SQLITE_OK && rc!=SQLITE_NOMEM ){
      int nStmt;
      /* the statement itself, without the comments before it */
      const char *zAfter = migrateSkipSpace(zStart);
      if( *zAfter && (zTail==0 || zAfter<zTail) ) zStart = zAfter;
      nStmt = migrateStmtLength(zStart);
      while( nStmt>0 && (zStart[nStmt-1]==' ' || zStart[nStmt-1]=='\n'
                      || zStart[nStmt-1]=='\r') ) nStmt--;
      *pzErr = sqlite3_mprintf("%s: revision %s (%s) failed in its %s "
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

/* Run one step: its section, its version rows, its log rows. */
static int runStep(Migrate *m, const char *zFunc, MigrateGraph *g,
                   const MigrateStep *p, const u8 *aBefore,
                   const u8 *aAfter, char **pzErr){
  double t0 = runNowMs();
  int rc = SQLITE_OK, i;
  if( m->bVerbose ){
    char *zTitle = migrateStepTitle(g, p);
    if( zTitle ) fprintf(stderr, "INFO  [migrate] %s\n", zTitle);
    sqlite3_free(zTitle);
  }
  if( p->eDir!=MIGRATE_STAMP ){
    rc = migrateRunSection(m, zFunc, g->aRev[p->iRev], p->eDir, pzErr);
    if( rc==SQLITE_OK && m->bVerbose
     && (m->bVerbose>=2 || runNowMs()-t0>=1000.0) ){
      fprintf(stderr, "INFO  [migrate]   %s %s took %.3f s\n",
              p->eDir==MIGRATE_UP ? "upgrade" : "downgrade",
              g->aRev[p->iRev]->zId, (runNowMs()-t0)/1000.0);
    }
  }
  if( rc==SQLITE_OK ){
    rc = migrateVersionOps(m, g, p, 0, pzErr);
    if( rc!=SQLITE_OK && rc!=SQLITE_NOMEM ){
      *pzErr = migrateErrPrefix(zFunc, *pzErr);
    }
  }
  if( rc==SQLITE_OK ){
    if( p->eDir==MIGRATE_STAMP ){
      for(i=0; rc==SQLITE_OK && i<g->nRev; i++){
        if( aBefore[i]!=aAfter[i] ){
          MigrateRev *r = g->aRev[i];
          rc = migrateLogRow(m, r->zId, "stamp", aAfter[i] ? migrateRevSum(r) : 0, -1,
                             pzErr);
        }
      }
    }else{
      MigrateRev *r = g->aRev[p->iRev];
      rc = migrateLogRow(m, r->zId,
                         p->eDir==MIGRATE_UP ? "upgrade" : "downgrade",
                  p->eDir==MIGRATE_UP ? migrateRevSum(r) : 0, runNowMs()-t0, pzErr);
    }
  }
  return rc;
}

/* The child columns of foreign key iFk of table zTab: "a" or "a", "b". */
static char *runFkColumns(sqlite3 *db, const char *zTab, int iFk){
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
static int runFkCheck(Migrate *m, const char *zFunc, const char *zAfter,
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
      char *zCols = runFkColumns(m->db, zTab, sqlite3_column_int(pStmt, 3));
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
      *pzErr = sqlite3_mprintf("%s: %s", zFunc, sqlite3_errmsg(m->db));
    }
    sqlite3_free(migrateStrFinish(s));
    return rc;
  }
  if( n>0 ){
    char *z = migrateStrFinish(s);
    *pzErr = sqlite3_mprintf("%s: foreign key check failed after %s: %s%s",
        zFunc, zAfter, z ? z : "", n>5 ? "; ..." : "");
    sqlite3_free(z);
    return SQLITE_ERROR;
  }
  return SQLITE_OK;
}

/* Start the call's transaction: BEGIN IMMEDIATE, or a SAVEPOINT. */
static int runTxnBegin(Migrate *m, const char *zFunc, int bOwn, MigrateTxn *pT,
                    char **pzErr){
  int rc = bOwn ? migrateTxnBegin(m->db, "BEGIN IMMEDIATE", "ROLLBACK", 0, pT)
                : migrateTxnBegin(m->db, "SAVEPOINT migrate_run",
                                  "ROLLBACK TO migrate_run",
                                  "RELEASE migrate_run", pT);
  if( rc!=SQLITE_OK && rc!=SQLITE_NOMEM ){
    if( (rc&0xff)==SQLITE_BUSY ){
      *pzErr = sqlite3_mprintf("%s: database is locked (another connection "
          "is writing; set PRAGMA busy_timeout to wait for it)", zFunc);
    }else{
      *pzErr = sqlite3_mprintf("%s: %s", zFunc, sqlite3_errmsg(m->db));
    }
  }
  return rc;
}

/* Commit (or release) or roll back the run's transaction or savepoint;
** an error is zFunc's. */
static int runTxnEnd(Migrate *m, const char *zFunc, int bOwn, int bCommit,
                     MigrateTxn *pT, char **pzErr){
  int rc = migrateTxnEnd(m->db, pT, bCommit ? (bOwn ? "COMMIT"
                                                    : "RELEASE migrate_run")
                                            : 0);
  if( rc!=SQLITE_OK && rc!=SQLITE_NOMEM && *pzErr==0 ){
    /* sqlite3_errmsg() now tells of the ROLLBACK that followed */
    *pzErr = sqlite3_mprintf("%s: cannot commit: %s", zFunc,
                            sqlite3_errstr(rc));
  }
  return rc;
}

/* The state of one upgrade, downgrade or stamp. */
typedef struct RunCtx RunCtx;
struct RunCtx {
  Migrate *m;
  const char *zFunc;         /* the SQL function, for messages */
  int eDir;                  /* MIGRATE_UP, _DOWN or _STAMP */
  int bOwn;                  /* the run owns its transactions */
  MigrateGraph *g;
  MigratePlan plan;
  int *aCur; int nCur;       /* the version rows, as graph indexes */
  u8 *aFinal;                /* transaction_per_migration: the aim */
  MigrateTxn txn;
  int bInTxn;                /* txn is open */
  int bFk, bLegacy;          /* connection settings to give back */
  char **pzErr;
};

/*
** The connection as a run needs it: legacy_alter_table off (revisions are
** written for the modern RENAME, which carries renames into views,
** triggers and foreign keys), foreign keys off.  Inside the caller's
** transaction join_transaction must allow the run; there PRAGMA
** foreign_keys does nothing, but sqlite3_db_config() switches enforcement
** all the same (the check before the end covers what ran without it).
** On dqlite it runs only inside the client's transaction (conn.c says
** why).
*/
static int runSettings(RunCtx *x){
  sqlite3 *db = x->m->db;
  const char *zFunc = x->zFunc;
  int rc;
  /* sqlite3_db_config() allocates nothing: it works, and so does the
  ** restore in runRestore(), when memory has run out */
  sqlite3_db_config(db, SQLITE_DBCONFIG_LEGACY_ALTER_TABLE, -1, &x->bLegacy);
  if( x->bLegacy ) sqlite3_db_config(db, SQLITE_DBCONFIG_LEGACY_ALTER_TABLE,
                                     0, 0);
  if( !x->bOwn && x->m->bNoJoin ){
    *x->pzErr = sqlite3_mprintf("%s: a transaction is open on this "
        "connection and join_transaction is 0: commit it (or roll it back) "
        "first, or set migrate_config('join_transaction', 1) to run inside "
        "it", zFunc);
    return SQLITE_ERROR;
  }
  rc = migrateDqliteRefuse(x->m, x->pzErr);
  if( rc ) return rc;
  sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_FKEY, -1, &x->bFk);
  if( x->bFk ) sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_FKEY, 0, 0);
  return SQLITE_OK;
}

/* The transaction, then, under its lock, the files, the version rows and
** the plan (so every revision the version table names has its file). */
static int runOpen(RunCtx *x, const char *zTarget){
  Migrate *m = x->m;
  int rc = runTxnBegin(m, x->zFunc, x->bOwn, &x->txn, x->pzErr);
  if( rc ) return rc;
  x->bInTxn = 1;
  m->pTxn = &x->txn;
  if( !x->bOwn && m->bVerbose ){
    fprintf(stderr, "INFO  [migrate] %s joins the transaction the caller "
            "opened: nothing is saved until the caller commits it\n",
            x->zFunc);
  }
  rc = migrateGraphOpen(m, &x->g, x->pzErr);
  if( rc==SQLITE_OK ) rc = migrateEnsureTables(m, x->pzErr);
  if( rc==SQLITE_OK ) rc = migrateTxnRefresh(m->db, &x->txn);
  if( rc==SQLITE_OK ){
    rc = migrateReadCurrent(m, x->g, &x->aCur, &x->nCur, x->pzErr);
  }
  if( rc==SQLITE_OK ){
    rc = migratePlan(x->g, x->aCur, x->nCur, zTarget, x->eDir, &x->plan,
                     x->pzErr);
  }
  return rc;
}

/* Commit (or release) the run's transaction; on success *pzResult is
** where the plan ends. */
static int runCommit(RunCtx *x, char **pzResult){
  int rc;
  x->bInTxn = 0;
  rc = runTxnEnd(x->m, x->zFunc, x->bOwn, 1, &x->txn, x->pzErr);
  if( rc==SQLITE_OK && x->plan.nTo>0 ){
    *pzResult = migrateIdList(x->g, x->plan.aTo, x->plan.nTo, ",");
    if( *pzResult==0 ) rc = SQLITE_NOMEM;
  }
  return rc;
}

/* Every step in one transaction, then the version rows and the foreign
** keys checked, then the commit. */
static int runAll(RunCtx *x, char **pzResult){
  MigrateGraph *g = x->g;
  MigratePlan *pPlan = &x->plan;
  u8 *aBefore = migrateGraphMarks(g);
  int rc = SQLITE_OK, i;
  if( aBefore==0 ) return SQLITE_NOMEM;
  for(i=0; i<x->nCur; i++) aBefore[x->aCur[i]] = 1;
  rc = migrateAncestors(g, aBefore);
  for(i=0; rc==SQLITE_OK && i<pPlan->nStep; i++){
    rc = runStep(x->m, x->zFunc, g, &pPlan->aStep[i], aBefore,
                 pPlan->aApplied, x->pzErr);
  }
  sqlite3_free(aBefore);
  if( rc==SQLITE_OK && pPlan->nStep>0 ){
    rc = migrateVersionCheck(x->m, g, pPlan->aTo, pPlan->nTo, x->pzErr);
  }
  if( rc==SQLITE_OK && pPlan->nStep>0 ){
    char *zTo = migrateIdList(g, pPlan->aTo, pPlan->nTo, ",");
    char *zAfter = zTo ? sqlite3_mprintf("moving to %s", pPlan->nTo ? zTo
                                         : "base") : 0;
    rc = zAfter ? runFkCheck(x->m, x->zFunc, zAfter, x->pzErr) : SQLITE_NOMEM;
    sqlite3_free(zTo);
    sqlite3_free(zAfter);
  }
  if( rc==SQLITE_OK ) rc = runCommit(x, pzResult);
  return rc;
}

/* The first step of the plan, checked: the version rows it leaves (those
** before, less those it removed, and those it added) and foreign keys. */
static int runFirstStep(RunCtx *x){
  MigrateStep *pStep = &x->plan.aStep[0];
  MigrateRev *r = x->g->aRev[pStep->iRev];
  int *aExp = 0, nExp = 0, j, q, rc;
  char *zAfter;
  rc = runStep(x->m, x->zFunc, x->g, pStep, 0, 0, x->pzErr);
  for(j=0; rc==SQLITE_OK && j<x->nCur; j++){
    for(q=0; q<pStep->nDel && pStep->aDel[q]!=x->aCur[j]; q++){}
    if( q>=pStep->nDel ) rc = migrateIntPush(&aExp, &nExp, x->aCur[j]);
  }
  for(j=0; rc==SQLITE_OK && j<pStep->nIns; j++){
    rc = migrateIntPush(&aExp, &nExp, pStep->aIns[j]);
  }
  if( rc==SQLITE_OK ) rc = migrateVersionCheck(x->m, x->g, aExp, nExp,
                                               x->pzErr);
  sqlite3_free(aExp);
  if( rc ) return rc;
  zAfter = sqlite3_mprintf("revision %s (%s)", r->zId, r->zPath);
  rc = zAfter ? runFkCheck(x->m, x->zFunc, zAfter, x->pzErr) : SQLITE_NOMEM;
  sqlite3_free(zAfter);
  return rc;
}

/* The files again, under this round's lock; the applied set that the
** call aims at is carried over by revision id. */
static int runReload(RunCtx *x){
  MigrateGraph *g2 = 0;
  u8 *aF2;
  int k, rc = migrateGraphOpen(x->m, &g2, x->pzErr);
  if( rc ) return rc;
  aF2 = migrateGraphMarks(g2);
  if( aF2==0 ){ migrateGraphFree(g2); return SQLITE_NOMEM; }
  for(k=0; k<x->g->nRev; k++){
    int j = x->aFinal[k] ? migrateGraphFind(g2, x->g->aRev[k]->zId) : -1;
    if( j>=0 ) aF2[j] = 1;
  }
  sqlite3_free(x->aFinal);
  x->aFinal = aF2;
  if( x->g!=x->m->pGraph ) migrateGraphFree(x->g);
  x->g = g2;
  return SQLITE_OK;
}

/*
** transaction_per_migration: one revision per transaction.  Each round
** reads the files and the version rows again and plans toward the same
** applied set.
*/
static int runEach(RunCtx *x, char **pzResult){
  int rc = SQLITE_OK;
  x->aFinal = x->plan.aApplied;
  x->plan.aApplied = 0;
  while( x->plan.nStep>0 ){
    rc = runFirstStep(x);
    if( rc==SQLITE_OK ){
      x->bInTxn = 0;
      rc = runTxnEnd(x->m, x->zFunc, x->bOwn, 1, &x->txn, x->pzErr);
    }
    if( rc==SQLITE_OK ){
      rc = runTxnBegin(x->m, x->zFunc, x->bOwn, &x->txn, x->pzErr);
    }
    if( rc ) return rc;
    x->bInTxn = 1;
    sqlite3_free(x->aCur); x->aCur = 0;
    migratePlanClear(&x->plan);
    rc = runReload(x);
    if( rc==SQLITE_OK ){
      rc = migrateReadCurrent(x->m, x->g, &x->aCur, &x->nCur, x->pzErr);
    }
    if( rc==SQLITE_OK ){
      rc = migratePlanToward(x->g, x->aCur, x->nCur, x->aFinal, x->eDir,
                             &x->plan);
    }
    if( rc ) return rc;
  }
  return runCommit(x, pzResult);
}

/* End what the run left open and give the connection its settings back. */
static void runRestore(RunCtx *x){
  sqlite3 *db = x->m->db;
  int bLegacyNow = 0;
  if( x->bInTxn ) runTxnEnd(x->m, x->zFunc, x->bOwn, 0, &x->txn, x->pzErr);
  if( x->txn.bStuck ) migrateMarkStuck(x->m);
  x->m->pTxn = 0;
  if( x->bFk ) sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_FKEY, 1, 0);
  sqlite3_db_config(db, SQLITE_DBCONFIG_LEGACY_ALTER_TABLE, -1, &bLegacyNow);
  if( bLegacyNow!=x->bLegacy ){
    sqlite3_db_config(db, SQLITE_DBCONFIG_LEGACY_ALTER_TABLE, x->bLegacy, 0);
  }
  sqlite3_free(x->aFinal);
  sqlite3_free(x->aCur);
  migratePlanClear(&x->plan);
  if( x->g!=x->m->pGraph ) migrateGraphFree(x->g);
}

/*
** migrate_upgrade, migrate_downgrade and migrate_stamp.  On success,
** *pzResult is the current revisions after the move (NULL at base).
*/
int migrateRun(Migrate *m, const char *zFunc, const char *zTarget, int eDir,
               char **pzResult, char **pzErr){
  RunCtx x;
  int rc;
  memset(&x, 0, sizeof(x));
  x.m = m;
  x.zFunc = zFunc;
  x.eDir = eDir;
  x.bOwn = sqlite3_get_autocommit(m->db);
  x.pzErr = pzErr;
  *pzResult = 0;
  rc = runSettings(&x);
  if( rc==SQLITE_OK ) rc = runOpen(&x, zTarget);
  if( rc==SQLITE_OK ){
    if( !m->bTxnPerMigration || eDir==MIGRATE_STAMP || x.plan.nStep<=1 ){
      rc = runAll(&x, pzResult);
    }else{
      rc = runEach(&x, pzResult);
    }
  }
  runRestore(&x);
  if( rc!=SQLITE_OK ){
    sqlite3_free(*pzResult);
    *pzResult = 0;
    *pzErr = migrateErrPrefix(zFunc, *pzErr);
  }
  return rc;
}
