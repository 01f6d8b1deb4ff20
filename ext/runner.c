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
** join_transaction=0 it refuses to run there); as foreign keys cannot be
** switched off there, it refuses to run if they are on.
**
** A section runs statement by statement with SQLite's own parser; an error
** names the revision, its file, the statement and SQLite's message.
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
      if( runIsTxnControl(sqlite3_sql(pStmt)) ){
        zMsg = sqlite3_mprintf("transaction control statements are not "
            "allowed in a revision (the runner owns the transaction)");
        rc = SQLITE_ERROR;
      }else{
        while( (rc = sqlite3_step(pStmt))==SQLITE_ROW ){}
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
      int nStmt = migrateStmtLength(zStart);
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
    rc = runSection(m, zFunc, g->aRev[p->iRev], p->eDir, pzErr);
  }
  if( rc==SQLITE_OK ){
    rc = migrateVersionOps(m, g, p, 0, pzErr);
    if( rc!=SQLITE_OK && rc!=SQLITE_NOMEM && *pzErr ){
      char *z = *pzErr;
      *pzErr = sqlite3_mprintf("%s: %s", zFunc, z);
      sqlite3_free(z);
    }
  }
  if( rc==SQLITE_OK ){
    if( p->eDir==MIGRATE_STAMP ){
      for(i=0; rc==SQLITE_OK && i<g->nRev; i++){
        if( aBefore[i]!=aAfter[i] ){
          MigrateRev *r = g->aRev[i];
          rc = migrateLogRow(m, r->zId, "stamp", aAfter[i] ? r->zSum : 0, -1, pzErr);
        }
      }
    }else{
      MigrateRev *r = g->aRev[p->iRev];
      rc = migrateLogRow(m, r->zId, p->eDir==MIGRATE_UP ? "upgrade" : "downgrade",
                  p->eDir==MIGRATE_UP ? r->zSum : 0, runNowMs()-t0, pzErr);
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
    *pzErr = sqlite3_mprintf("%s: a transaction is open on this connection "
        "and join_transaction is 0: commit it (or roll it back) first, or "
        "set migrate_config('join_transaction', 1) to run inside it",
        zFunc);
    rc = SQLITE_ERROR;
    goto done;
  }else if( sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_FKEY, -1, &bFkIn)
             ==SQLITE_OK && bFkIn ){
    *pzErr = sqlite3_mprintf("%s: PRAGMA foreign_keys is ON inside the "
        "caller's transaction, where SQLite cannot switch it off; set it "
        "OFF before BEGIN, or call %s outside the transaction",
        zFunc, zFunc);
    rc = SQLITE_ERROR;
    goto done;
  }
  rc = runTxnBegin(m, zFunc, bOwn, &txn, pzErr);
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
      rc = migrateVersionCheck(m, g, plan.aTo, plan.nTo, pzErr);
    }
    if( rc==SQLITE_OK && plan.nStep>0 ){
      char *zTo = migrateIdList(g, plan.aTo, plan.nTo, ",");
      char *zAfter = zTo ? sqlite3_mprintf("moving to %s", plan.nTo ? zTo
                                          : "base") : 0;
      rc = zAfter ? runFkCheck(m, zFunc, zAfter, pzErr) : SQLITE_NOMEM;
      sqlite3_free(zTo);
      sqlite3_free(zAfter);
    }
    if( rc==SQLITE_OK ){
      bInTxn = 0;
      rc = runTxnEnd(m, zFunc, bOwn, 1, &txn, pzErr);
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
      rc = runTxnEnd(m, zFunc, bOwn, 1, &txn, pzErr);
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
      rc = migrateVersionCheck(m, g, aExp, nExp, pzErr);
      sqlite3_free(aExp);
      if( rc ) break;
    }
    zAfter = sqlite3_mprintf("revision %s (%s)", g->aRev[pStep->iRev]->zId,
                            g->aRev[pStep->iRev]->zPath);
    rc = zAfter ? runFkCheck(m, zFunc, zAfter, pzErr) : SQLITE_NOMEM;
    sqlite3_free(zAfter);
    if( rc ) break;
    bInTxn = 0;
    rc = runTxnEnd(m, zFunc, bOwn, 1, &txn, pzErr);
    if( rc ) break;
    rc = runTxnBegin(m, zFunc, bOwn, &txn, pzErr);
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
  if( bInTxn ) runTxnEnd(m, zFunc, bOwn, 0, &txn, pzErr);
  if( txn.bStuck ) migrateMarkStuck(m);
  m->pTxn = 0;
  if( bFk ) sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_FKEY, 1, 0);
  sqlite3_db_config(db, SQLITE_DBCONFIG_LEGACY_ALTER_TABLE, -1, &bLegacyNow);
  if( bLegacyNow!=bLegacy ){
    sqlite3_db_config(db, SQLITE_DBCONFIG_LEGACY_ALTER_TABLE, bLegacy, 0);
  }
  if( rc!=SQLITE_OK ){
    sqlite3_free(*pzResult);
    *pzResult = 0;
    *pzErr = migrateErrPrefix(zFunc, *pzErr);
  }
  sqlite3_free(aFinal);
  sqlite3_free(aCur);
  migratePlanClear(&plan);
  migrateGraphFree(g);
  return rc;
}
