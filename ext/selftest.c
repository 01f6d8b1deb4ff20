/*
** selftest.c - migrate_test([model [, options_json]]): the script directory
** checked the way a CI job would, on a scratch in-memory database, never on
** the caller's database or files.
**
** The heads are counted first (one, or options' "heads").  Then every
** revision, parents first, is upgraded once what it stands on is (its
** parents and depends_on), then its downgrade section is run, and its
** upgrade section again, each in a savepoint: the schema after its
** downgrade must equal, by meaning (diff.c), the one before its upgrade.
** With a model, the schema at heads must match it.  An
** upgrade that fails ends the walk (what builds on it cannot be tried);
** the other failures are listed and the walk goes on.  The runner
** (runner.c) runs each step, so a failure names the revision, its file,
** the statement and SQLite's message, as migrate_upgrade does.
*/
#include "migrate.h"
#include <string.h>

typedef struct TestCtx TestCtx;
struct TestCtx {
  Migrate m;                 /* the scratch connection, the caller's settings */
  MigrateGraph *g;
  sqlite3_str *pOut;         /* the failures, a line each */
  int nFail;
  int bNoMem;                /* a step ran out of memory: that is the error */
};

/* One failure line: "  <id> (<file>): <zWhat>", or "  <zWhat>" where
** it names the revision itself (the runner's messages). */
static void testFail(TestCtx *x, const MigrateRev *r, const char *zWhat){
  x->nFail++;
  if( r ){
    sqlite3_str_appendf(x->pOut, "\n  %s (%s): %s", r->zId, r->zPath, zWhat);
  }else{
    sqlite3_str_appendf(x->pOut, "\n  %s", zWhat);
  }
}

/* Move the scratch database to zTarget (eDir): SQLITE_OK, or an error
** whose message goes to *pzErr. */
static int testRun(TestCtx *x, const char *zFunc, const char *zTarget,
                   int eDir, char **pzErr){
  char *zRes = 0;
  int rc = migrateRun(&x->m, zFunc, zTarget, eDir, &zRes, pzErr);
  sqlite3_free(zRes);
  if( rc==SQLITE_NOMEM ) x->bNoMem = 1;
  return rc;
}

/* Append the operations of d to s: " op object, op object". */
static void testAppendOps(sqlite3_str *s, const MigrateDiff *d){
  int i;
  for(i=0; i<d->nOp; i++){
    sqlite3_str_appendf(s, "%s %s %s", i ? "," : "", d->aOp[i].zOp,
                        d->aOp[i].zObject);
  }
}

/* How schema pA differs from pB, as " op object, ...", into *pz (NULL if it
** does not). */
static int testDiffer(MigrateSchema *pA, MigrateSchema *pB, char **pz){
  MigrateDiff d;
  char *zErr = 0;
  int rc = migrateDiff(pA, pB, 0, 0, 0, 0, &d, &zErr);
  *pz = 0;
  if( rc==SQLITE_OK && d.nOp>0 ){
    sqlite3_str *s = sqlite3_str_new(0);
    testAppendOps(s, &d);
    *pz = migrateStrFinish(s);
    if( *pz==0 ) rc = SQLITE_NOMEM;
  }
  sqlite3_free(zErr);
  migrateDiffClear(&d);
  return rc;
}

/* The scratch database's schema. */
static int testSchema(TestCtx *x, MigrateSchema **pp){
  char *zErr = 0;
  int rc = migrateSchemaRead(x->m.db, migrateVersionTable(&x->m), pp, &zErr);
  sqlite3_free(zErr);
  return rc;
}

/* Bring the scratch database up to what revision r stands on: each
** parent and depends_on (and so their ancestors). */
static int testPrepare(TestCtx *x, const MigrateRev *r){
  char *zErr = 0;
  int k;
  for(k=0; k<r->nPar+r->nDepIdx; k++){
    int j = k<r->nPar ? r->aPar[k] : r->aDepIdx[k-r->nPar];
    if( testRun(x, "upgrade", x->g->aRev[j]->zId, MIGRATE_UP, &zErr) ){
      testFail(x, 0, zErr);
      sqlite3_free(zErr);
      return SQLITE_DONE;
    }
  }
  return SQLITE_OK;
}

/* Run one section of r (eDir) inside a savepoint, undone if it fails:
** 1 and *pzErr the runner's message then. */
static int testSection(TestCtx *x, const char *zFunc, MigrateRev *r,
                       int eDir, char **pzErr){
  int rc = sqlite3_exec(x->m.db, "SAVEPOINT migrate_test", 0, 0, 0);
  if( rc==SQLITE_OK ) rc = migrateRunSection(&x->m, zFunc, r, eDir, pzErr);
  if( rc==SQLITE_NOMEM ) x->bNoMem = 1;
  if( rc!=SQLITE_OK ){
    sqlite3_exec(x->m.db, "ROLLBACK TO migrate_test", 0, 0, 0);
  }
  sqlite3_exec(x->m.db, "RELEASE migrate_test", 0, 0, 0);
  return rc!=SQLITE_OK;
}

/* Its downgrade, compared with the schema before its upgrade (pBefore),
** then its upgrade again.  *pbStop when that fails. */
static int testDownUp(TestCtx *x, MigrateRev *r, MigrateSchema *pBefore,
                      int *pbStop){
  MigrateSchema *pAfter = 0;
  char *zErr = 0, *zDiff = 0;
  int rc = SQLITE_OK;
  if( testSection(x, "downgrade", r, MIGRATE_DOWN, &zErr) ){
    testFail(x, 0, zErr);                   /* r stays applied: go on */
  }else{
    rc = testSchema(x, &pAfter);
    if( rc==SQLITE_OK ) rc = testDiffer(pAfter, pBefore, &zDiff);
    if( zDiff ){
      char *z = sqlite3_mprintf("its downgrade does not undo its upgrade: "
                                "to be as before, the schema needs%s", zDiff);
      testFail(x, r, z);
      sqlite3_free(z);
    }
    if( rc==SQLITE_OK && testSection(x, "upgrade after downgrade", r,
                                     MIGRATE_UP, &zErr) ){
      testFail(x, 0, zErr);
      *pbStop = 1;
    }
  }
  sqlite3_free(zErr);
  sqlite3_free(zDiff);
  migrateSchemaFree(pAfter);
  return rc;
}

/*
** Revision r: upgraded from what it stands on, its downgrade section run,
** the schema compared, its upgrade section run again.  *pbStop is set
** when an upgrade failed, so that what builds on r is not tried.
*/
static int testOne(TestCtx *x, MigrateRev *r, int *pbStop){
  MigrateSchema *pBefore = 0;
  char *zErr = 0;
  int rc = testPrepare(x, r);
  if( rc==SQLITE_DONE ){ *pbStop = 1; return SQLITE_OK; }
  if( rc==SQLITE_OK ) rc = testSchema(x, &pBefore);
  if( rc==SQLITE_OK && testRun(x, "upgrade", r->zId, MIGRATE_UP, &zErr) ){
    testFail(x, 0, zErr);
    *pbStop = 1;
  }else if( rc==SQLITE_OK ){
    rc = testDownUp(x, r, pBefore, pbStop);
  }
  sqlite3_free(zErr);
  migrateSchemaFree(pBefore);
  return rc;
}

/* The heads: as many as expected (nWant), or a failure line. */
static int testHeads(TestCtx *x, int nWant){
  char *zList, *z;
  if( x->g->nHead==nWant || x->g->nRev==0 ) return SQLITE_OK;
  zList = migrateIdList(x->g, x->g->aHead, x->g->nHead, ", ");
  if( zList==0 && x->g->nHead>0 ) return SQLITE_NOMEM;
  z = sqlite3_mprintf("%d head%s (%s) where %d %s expected%s",
      x->g->nHead, x->g->nHead==1 ? "" : "s", zList ? zList : "",
      nWant, nWant==1 ? "is" : "are",
      x->g->nHead>nWant ? ": merge them (migrate_merge) or say "
      "{\"heads\": N}" : "");
  sqlite3_free(zList);
  if( z==0 ) return SQLITE_NOMEM;
  testFail(x, 0, z);
  sqlite3_free(z);
  return SQLITE_OK;
}

/* Every revision, parents first, then the model against the schema at
** head. */
static int testWalk(TestCtx *x, sqlite3_value *pModel){
  int n = 0, i, rc = SQLITE_OK, bStop = 0;
  u8 *aAll = migrateGraphMarks(x->g);
  int *aOrd = 0;
  if( aAll==0 ) return SQLITE_NOMEM;
  memset(aAll, 1, x->g->nRev+1);
  aOrd = migrateTopo(x->g, aAll, &n);             /* parents first */
  sqlite3_free(aAll);
  if( aOrd==0 ) return SQLITE_NOMEM;
  for(i=0; rc==SQLITE_OK && !bStop && i<n; i++){
    rc = testOne(x, x->g->aRev[aOrd[i]], &bStop);
  }
  if( rc==SQLITE_OK && bStop && i<n ){
    sqlite3_str_appendf(x->pOut, "\n  (%d revision%s after it not tried)",
                        n-i, n-i==1 ? "" : "s");
  }
  sqlite3_free(aOrd);
  if( rc==SQLITE_OK && !bStop && pModel ){
    MigrateDiff d;
    char *zErr = 0;
    if( testRun(x, "upgrade", "heads", MIGRATE_UP, &zErr) ){
      testFail(x, 0, zErr);
      sqlite3_free(zErr);
      return SQLITE_OK;
    }
    rc = migrateModelDiff(&x->m, "migrate_test", pModel, 0, 0, 0, &d, 0,
                          0, &zErr);
    if( rc==SQLITE_OK && d.nOp>0 ){
      sqlite3_str *s = sqlite3_str_new(0);
      sqlite3_str_appendf(s, "the schema at head differs from the model in "
                          "%d operation%s:", d.nOp, d.nOp>1 ? "s" : "");
      testAppendOps(s, &d);
      zErr = migrateStrFinish(s);
      if( zErr ) testFail(x, 0, zErr);
      else rc = SQLITE_NOMEM;
    }else if( rc!=SQLITE_OK && rc!=SQLITE_NOMEM ){
      testFail(x, 0, zErr ? zErr : "the model cannot be read");
      rc = SQLITE_OK;
    }
    sqlite3_free(zErr);
    migrateDiffClear(&d);
  }
  return rc;
}

/*
** migrate_test(): *pzErr is NULL when every check passes, else the list
** of failures (SQLITE_ERROR).
*/
int migrateSelfTest(Migrate *pCaller, sqlite3_value *pModel,
                    sqlite3_value *pOpts, char **pzErr){
  TestCtx x;
  MigrateOpts opt;
  int rc;
  memset(&x, 0, sizeof(x));
  rc = migrateOptsParse("migrate_test", pOpts, OPT_HEADS, &opt, pzErr);
  if( rc ) return rc;
  rc = migrateGraphOpen(pCaller, &x.g, pzErr);
  if( rc==SQLITE_OK ){
    rc = sqlite3_open_v2(":memory:", &x.m.db,
                         SQLITE_OPEN_READWRITE|SQLITE_OPEN_CREATE, 0);
  }
  if( rc==SQLITE_OK ){
    x.m.zScriptLocation = x.g->zDir;
    x.m.pGraph = x.g;                    /* read once, for every step */
    x.m.zVersionTable = pCaller->zVersionTable;
    x.pOut = sqlite3_str_new(0);
    rc = testHeads(&x, opt.nHeads ? opt.nHeads : 1);
  }
  if( rc==SQLITE_OK ) rc = testWalk(&x, pModel);
  if( rc==SQLITE_OK && x.bNoMem ) rc = SQLITE_NOMEM;
  if( rc==SQLITE_OK && x.nFail ){
    char *zList = migrateStrFinish(x.pOut);
    x.pOut = 0;
    *pzErr = zList ? sqlite3_mprintf("migrate_test: %d problem%s in %s:%s",
                                     x.nFail, x.nFail==1 ? "" : "s",
                                     x.g->zDir, zList) : 0;
    sqlite3_free(zList);
    rc = *pzErr ? SQLITE_ERROR : SQLITE_NOMEM;
  }
  if( x.pOut ) sqlite3_free(sqlite3_str_finish(x.pOut));
  if( x.m.db ) sqlite3_close(x.m.db);
  migrateGraphFree(x.g);
  migrateOptsClear(&opt);
  return rc;
}
