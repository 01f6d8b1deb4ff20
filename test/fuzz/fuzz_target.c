/*
** fuzz_target.c - libFuzzer target for the target grammar (docs/targets.md)
** and the planner (ext/graph.c): migratePlan(), migrateResolveOne() and
** migrateParseState().
**
** Two revision graphs are built once, from fixed revision texts parsed
** with migrateRevParse() and linked with migrateGraphBuild() (no files):
**
**   G1, the graph of docs/targets.md:
**     a1 -- b1 --+-- s1 (shop) -- s2
**                +-- x1 (audit)
**
**   G2, with two roots, shared prefixes, a dependency across branches, a
**   merge, a dependency on a label and a lone third root:
**     r1 (one) -- abc1 -- abc2 ------------+-- m1 (merged) --+-- t1
**     r2 (two) -- abd3 (depends_on abc1) --+                 +-- t2
**                                                  (t2 depends_on two)
**     x9
**
** An input is a target (text up to the first NUL byte, at most 200
** bytes).  For each graph, from a set of current states (base, each
** revision alone, the heads, pairs of heads, and one state whose rows are
** not minimal), migratePlan() is run in each direction (up, down, stamp,
** auto); migrateResolveOne() and migrateParseState() get the input too,
** and a state that parses is planned from as well.  Errors are fine.
** For every plan that succeeds, these must hold (else abort):
**
**   P1  the version rows go from aFrom (= the current rows) to aTo by the
**       steps: a row deleted is there, a row inserted is not;
**   P2  up: each step applies a revision not applied yet, whose parents and
**       dependencies are applied; down: each step reverts an applied
**       revision none of whose children or dependents is still applied;
**       the applied set at the end is aApplied;
**   P3  aTo, with all its ancestors, is aApplied: the version table says
**       what is applied;
**   P4  when the rows were minimal before (no row an ancestor of
**       another), they are minimal after;
**   P5  a state from migrateParseState() is minimal.
**
**   dist/fuzz/fuzz_target -dict=test/fuzz/target.dict \
**       dist/fuzz/corpus/target test/fuzz/corpus/target
**   dist/fuzz/fuzz_target FILE...        run the given inputs once
*/
#include "migrate.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

typedef struct FRev { const char *zId, *zDown, *zLabel, *zDep; } FRev;

static const FRev aG1[] = {
  { "a1", "", 0, 0 },
  { "b1", "a1", 0, 0 },
  { "s1", "b1", "shop", 0 },
  { "s2", "s1", 0, 0 },
  { "x1", "b1", "audit", 0 },
  { 0, 0, 0, 0 }
};
static const FRev aG2[] = {
  { "r1", "", "one", 0 },
  { "r2", "", "two", 0 },
  { "abc1", "r1", 0, 0 },
  { "abc2", "abc1", 0, 0 },
  { "abd3", "r2", 0, "abc1" },
  { "m1", "abc2, abd3", "merged", 0 },
  { "t1", "m1", 0, 0 },
  { "t2", "m1", 0, "two" },
  { "x9", "", 0, 0 },
  { 0, 0, 0, 0 }
};

#define MAX_STATE 64
typedef struct State { int a[8]; int n; int bMinimal; } State;

static MigrateGraph *aGraph[2];
static long nPlan, nPlanOk, nParseOk;       /* printed at exit */

static void atExit(void){
  fprintf(stderr, "fuzz_target: plans %ld, checked (succeeded) %ld; states "
          "parsed %ld\n", nPlan, nPlanOk, nParseOk);
}
static State aState[2][MAX_STATE];
static int nState[2];

static void fail(const char *zWhat, MigrateGraph *g, const char *zTarget,
                 const int *aCur, int nCur, int eDir){
  int i;
  fprintf(stderr, "FUZZ CHECK FAILED: %s\n  graph of %s, target '%s', "
          "direction %d, current:", zWhat, g->aRev[0]->zId, zTarget, eDir);
  for(i=0; i<nCur; i++) fprintf(stderr, " %s", g->aRev[aCur[i]]->zId);
  fprintf(stderr, "\n");
  abort();
}

static MigrateGraph *buildGraph(const FRev *a){
  MigrateGraph *g = sqlite3_malloc64(sizeof(*g));
  char *zErr = 0;
  int i;
  if( g==0 ) abort();
  memset(g, 0, sizeof(*g));
  g->zDir = sqlite3_mprintf("migrations");
  g->aRev = sqlite3_malloc64(sizeof(MigrateRev*)*16);
  for(i=0; a[i].zId; i++){
    char *zText = sqlite3_mprintf(
        "-- revision: %s\n-- down_revision: %s\n-- branch_labels: %s\n"
        "-- depends_on: %s\n-- message: m\n\n-- migrate:upgrade\n"
        "-- migrate:downgrade\n", a[i].zId, a[i].zDown,
        a[i].zLabel ? a[i].zLabel : "", a[i].zDep ? a[i].zDep : "");
    char *zPath = sqlite3_mprintf("migrations/%s.sql", a[i].zId);
    if( migrateRevParse(zPath, zText, strlen(zText), &g->aRev[g->nRev],
                        &zErr)!=SQLITE_OK ){
      fprintf(stderr, "fixed revision: %s\n", zErr);
      abort();
    }
    g->nRev++;
    sqlite3_free(zText);
    sqlite3_free(zPath);
  }
  if( migrateGraphBuild(g, &zErr)!=SQLITE_OK ){
    fprintf(stderr, "fixed graph: %s\n", zErr);
    abort();
  }
  return g;
}

/* aM |= every ancestor of the members of aM (parents and dependencies). */
static void closure(MigrateGraph *g, u8 *aM){
  int bMore = 1, i, k;
  while( bMore ){
    bMore = 0;
    for(i=0; i<g->nRev; i++){
      MigrateRev *p = g->aRev[i];
      if( !aM[i] ) continue;
      for(k=0; k<p->nPar; k++){
        if( !aM[p->aPar[k]] ){ aM[p->aPar[k]] = 1; bMore = 1; }
      }
      for(k=0; k<p->nDepIdx; k++){
        if( !aM[p->aDepIdx[k]] ){ aM[p->aDepIdx[k]] = 1; bMore = 1; }
      }
    }
  }
}

/* Is no member of a[0..n) an ancestor of another (and no duplicate)? */
static int isMinimal(MigrateGraph *g, const int *a, int n){
  int i, j;
  u8 aM[64];
  for(i=0; i<n; i++){
    memset(aM, 0, sizeof(aM));
    aM[a[i]] = 1;
    closure(g, aM);
    for(j=0; j<n; j++){
      if( j!=i && aM[a[j]] ) return 0;
    }
  }
  return 1;
}

static void checkPlan(MigrateGraph *g, const char *zTarget, const int *aCur,
                      int nCur, int bMinimal, int eDir,
                      const MigratePlan *p){
  u8 aRow[64], aApp[64], aTo[64];
  int i, k, s;
  memset(aRow, 0, sizeof(aRow));
  memset(aApp, 0, sizeof(aApp));
  memset(aTo, 0, sizeof(aTo));
  if( p->nFrom!=nCur ) fail("P1: aFrom is not the current rows", g, zTarget,
                            aCur, nCur, eDir);
  for(i=0; i<nCur; i++){
    if( p->aFrom[i]!=aCur[i] ){
      fail("P1: aFrom is not the current rows", g, zTarget, aCur, nCur, eDir);
    }
    aRow[aCur[i]] = 1;
    aApp[aCur[i]] = 1;
  }
  closure(g, aApp);
  if( p->eDir!=MIGRATE_UP && p->eDir!=MIGRATE_DOWN && p->eDir!=MIGRATE_STAMP ){
    fail("the plan has no direction", g, zTarget, aCur, nCur, eDir);
  }
  if( eDir!=MIGRATE_AUTO && p->eDir!=eDir ){
    fail("the plan goes the other way", g, zTarget, aCur, nCur, eDir);
  }
  for(s=0; s<p->nStep; s++){
    const MigrateStep *pS = &p->aStep[s];
    if( pS->eDir!=p->eDir ){
      fail("a step goes the other way", g, zTarget, aCur, nCur, eDir);
    }
    for(k=0; k<pS->nDel; k++){
      if( pS->aDel[k]<0 || pS->aDel[k]>=g->nRev || !aRow[pS->aDel[k]] ){
        fail("P1: a step deletes a row that is not there", g, zTarget,
             aCur, nCur, eDir);
      }
      aRow[pS->aDel[k]] = 0;
    }
    for(k=0; k<pS->nIns; k++){
      if( pS->aIns[k]<0 || pS->aIns[k]>=g->nRev || aRow[pS->aIns[k]] ){
        fail("P1: a step inserts a row that is there", g, zTarget,
             aCur, nCur, eDir);
      }
      aRow[pS->aIns[k]] = 1;
    }
    if( pS->eDir==MIGRATE_STAMP ){
      if( pS->iRev!=-1 || p->nStep!=1 ){
        fail("a stamp is one step that runs nothing", g, zTarget, aCur,
             nCur, eDir);
      }
      continue;
    }
    if( pS->iRev<0 || pS->iRev>=g->nRev ){
      fail("a step runs no revision", g, zTarget, aCur, nCur, eDir);
    }else{
      MigrateRev *q = g->aRev[pS->iRev];
      if( pS->eDir==MIGRATE_UP ){
        if( aApp[pS->iRev] ){
          fail("P2: an upgrade applies a revision twice", g, zTarget, aCur,
               nCur, eDir);
        }
        for(k=0; k<q->nPar; k++) if( !aApp[q->aPar[k]] ){
          fail("P2: a revision is applied before its parent", g, zTarget,
               aCur, nCur, eDir);
        }
        for(k=0; k<q->nDepIdx; k++) if( !aApp[q->aDepIdx[k]] ){
          fail("P2: a revision is applied before its dependency", g,
               zTarget, aCur, nCur, eDir);
        }
        aApp[pS->iRev] = 1;
      }else{
        if( !aApp[pS->iRev] ){
          fail("P2: a downgrade reverts a revision not applied", g, zTarget,
               aCur, nCur, eDir);
        }
        for(k=0; k<q->nKid; k++) if( aApp[q->aKid[k]] ){
          fail("P2: a revision is reverted before its child", g, zTarget,
               aCur, nCur, eDir);
        }
        for(k=0; k<q->nDKid; k++) if( aApp[q->aDKid[k]] ){
          fail("P2: a revision is reverted before its dependent", g,
               zTarget, aCur, nCur, eDir);
        }
        aApp[pS->iRev] = 0;
      }
    }
  }
  for(i=0; i<p->nTo; i++){
    if( p->aTo[i]<0 || p->aTo[i]>=g->nRev ){
      fail("P1: aTo out of range", g, zTarget, aCur, nCur, eDir);
    }
    aTo[p->aTo[i]] = 1;
  }
  if( memcmp(aTo, aRow, g->nRev)!=0 ){
    fail("P1: the steps do not lead to aTo", g, zTarget, aCur, nCur, eDir);
  }
  if( p->eDir!=MIGRATE_STAMP && memcmp(aApp, p->aApplied, g->nRev)!=0 ){
    fail("P2: the steps do not lead to aApplied", g, zTarget, aCur, nCur,
         eDir);
  }
  closure(g, aTo);
  if( memcmp(aTo, p->aApplied, g->nRev)!=0 ){
    fail("P3: the rows after do not say what is applied", g, zTarget, aCur,
         nCur, eDir);
  }
  if( bMinimal && !isMinimal(g, p->aTo, p->nTo) ){
    fail("P4: the rows after are not minimal", g, zTarget, aCur, nCur, eDir);
  }
}

static void planAll(MigrateGraph *g, const char *zTarget, const int *aCur,
                    int nCur, int bMinimal){
  static const int aDir[] = {
    MIGRATE_UP, MIGRATE_DOWN, MIGRATE_STAMP, MIGRATE_AUTO
  };
  int d;
  for(d=0; d<4; d++){
    MigratePlan plan;
    char *zErr = 0;
    int rc = migratePlan(g, aCur, nCur, zTarget, aDir[d], &plan, &zErr);
    nPlan++;
    if( rc==SQLITE_OK ){
      nPlanOk++;
      if( zErr ) fail("a plan that succeeds sets an error", g, zTarget,
                      aCur, nCur, aDir[d]);
      checkPlan(g, zTarget, aCur, nCur, bMinimal, aDir[d], &plan);
    }else if( rc==SQLITE_ERROR && zErr==0 ){
      fail("an error without a message", g, zTarget, aCur, nCur, aDir[d]);
    }
    migratePlanClear(&plan);
    sqlite3_free(zErr);
  }
}

static void addState(int iG, const int *a, int n){
  State *p = &aState[iG][nState[iG]++];
  if( n>0 ) memcpy(p->a, a, sizeof(int)*n);
  p->n = n;
  p->bMinimal = isMinimal(aGraph[iG], a, n);
}

int LLVMFuzzerInitialize(int *pArgc, char ***pArgv){
  int iG, i, j;
  (void)pArgc; (void)pArgv;
  atexit(atExit);
  aGraph[0] = buildGraph(aG1);
  aGraph[1] = buildGraph(aG2);
  for(iG=0; iG<2; iG++){
    MigrateGraph *g = aGraph[iG];
    int a[2];
    addState(iG, 0, 0);
    for(i=0; i<g->nRev; i++) addState(iG, &i, 1);
    addState(iG, g->aHead, g->nHead);
    for(i=0; i<g->nHead; i++){
      for(j=i+1; j<g->nHead; j++){
        a[0] = g->aHead[i]; a[1] = g->aHead[j];
        addState(iG, a, 2);
      }
    }
    /* rows that are not minimal: a revision and its parent */
    a[0] = g->aRev[g->nRev-1]->nPar ? g->aRev[g->nRev-1]->aPar[0] : 0;
    a[1] = g->nRev-1;
    if( a[0]>a[1] ){ int t = a[0]; a[0] = a[1]; a[1] = t; }
    if( a[0]!=a[1] ) addState(iG, a, 2);
  }
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData){
  char zTarget[201];
  int iG, i;
  if( nData>200 ) nData = 200;
  if( nData>0 ) memcpy(zTarget, aData, nData);
  zTarget[nData] = 0;
  for(iG=0; iG<2; iG++){
    MigrateGraph *g = aGraph[iG];
    int iRev = -1, *aCur = 0, nCur = 0;
    char *zErr = 0;
    int rc = migrateResolveOne(g, zTarget, &iRev, &zErr);
    if( rc==SQLITE_OK && (iRev<0 || iRev>=g->nRev || zErr) ){
      fail("migrateResolveOne", g, zTarget, 0, 0, 0);
    }
    sqlite3_free(zErr);
    zErr = 0;
    for(i=0; i<nState[iG]; i++){
      planAll(g, zTarget, aState[iG][i].a, aState[iG][i].n,
              aState[iG][i].bMinimal);
    }
    rc = migrateParseState(g, zTarget, &aCur, &nCur, &zErr);
    if( rc==SQLITE_OK ){
      nParseOk++;
      for(i=0; i<nCur; i++){
        if( aCur[i]<0 || aCur[i]>=g->nRev ){
          fail("migrateParseState: out of range", g, zTarget, 0, 0, 0);
        }
      }
      if( !isMinimal(g, aCur, nCur) ){
        fail("P5: migrateParseState gives rows that are not minimal", g,
             zTarget, aCur, nCur, 0);
      }
      planAll(g, "heads", aCur, nCur, 1);
      planAll(g, "base", aCur, nCur, 1);
      planAll(g, "-1", aCur, nCur, 1);
    }
    sqlite3_free(aCur);
    sqlite3_free(zErr);
  }
  return 0;
}
