/*
** plan.c - targets and plans: where a move goes, and the steps that take
** the database there.
**
** The database's position is its set of version rows (the "current
** heads"), and the applied revisions are those rows and all their
** ancestors.  Targets, as in Alembic:
**
**   head               the one head (several heads is an error)
**   heads              every head
**   base               nothing applied
**   <rev>              a full id, a unique prefix, or a branch label
**   <label>@head       the head of that branch
**   <label>@base       the start of that branch
**   <label>@<rev>      <rev>, named within a branch
**   +N, -N             N steps up or down from the current revision
**   <rev>+N, <rev>-N   N steps up or down from <rev>
**   <label>@+N, <label>@-N  the same, on the current revision of a branch
**
** A plan is computed, never guessed: an upgrade applies every ancestor of
** the target that is not applied yet, parents first; a downgrade reverts
** every applied descendant of the target's children (through
** down_revision) and whatever depends on those, children first, while a
** revision that depends on the target itself stays, as the target does
** (to base: every applied revision; relative moves and <label>@ targets
** stay within a lineage).  Each step also says which version rows it
** deletes and inserts, following Alembic's rules for branches and merges,
** so that the version table holds exactly the minimal set of heads of what
** is applied.  Where this differs from Alembic 1.8.1 on purpose, see
** "Differences from Alembic" in docs/targets.md; test/oracle.test compares
** the two on random graphs.
*/
#include "migrate.h"
#include <string.h>
#include <stdlib.h>

/* Members of aSet with no child in aSet (a child through down_revision,
** or, if bDeps, through depends_on), in id order. */
static int planTips(MigrateGraph *g, const u8 *aSet, int bDeps, int **pa,
                     int *pn){
  int i, k;
  *pa = 0; *pn = 0;
  for(i=0; i<g->nRev; i++){
    MigrateRev *p = g->aRev[i];
    int bTip = aSet[i];
    for(k=0; bTip && k<p->nKid; k++) if( aSet[p->aKid[k]] ) bTip = 0;
    for(k=0; bTip && bDeps && k<p->nDKid; k++){
      if( aSet[p->aDKid[k]] ) bTip = 0;
    }
    if( bTip && migrateIntPush(pa, pn, i) ) return SQLITE_NOMEM;
  }
  return SQLITE_OK;
}

/* Members of aSet with no child in aSet, in id order. */
static int planTipsOf(MigrateGraph *g, const u8 *aSet, int **pa, int *pn){
  return planTips(g, aSet, 1, pa, pn);
}

/*
** Walk nStep steps (up if positive) from revision iStart, or from base if
** iStart<0.  Upward steps only follow revisions marked in aLin, if given.
** The set reached is left in *paOut and *pnOut; *pbBase is set if it is
** base.
*/
static int planWalk(
  MigrateGraph *g, const char *zTarget, int iStart, int nStep,
  const u8 *aLin, int **paOut, int *pnOut, int *pbBase, char **pzErr
){
  int *aS = 0, nS = 0;
  int bBase = iStart<0;
  int nAbs = nStep<0 ? -nStep : nStep;
  int s, k, rc = SQLITE_OK;
  const char *zFrom;
  if( !bBase && migrateIntPush(&aS, &nS, iStart) ) return SQLITE_NOMEM;
  zFrom = bBase ? "base" : g->aRev[iStart]->zId;
  for(s=0; s<nAbs && rc==SQLITE_OK; s++){
    int *aC = 0, nC = 0;
    if( nS>1 ){
      char *z = migrateIdList(g, aS, nS, ", ");
      *pzErr = sqlite3_mprintf("relative target '%s' is ambiguous: after %d "
          "step(s) from '%s' the walk reaches several revisions (%s); name "
          "a revision instead", zTarget, s, zFrom, z);
      sqlite3_free(z);
      rc = SQLITE_ERROR;
      break;
    }
    if( nStep>0 ){
      if( bBase ){
        for(k=0; k<g->nRev && rc==SQLITE_OK; k++){
          if( g->aRev[k]->nPar==0 && (aLin==0 || aLin[k]) ){
            rc = migrateIntPush(&aC, &nC, k);
          }
        }
      }else{
        MigrateRev *p = g->aRev[aS[0]];
        for(k=0; k<p->nKid && rc==SQLITE_OK; k++){
          if( aLin==0 || aLin[p->aKid[k]] ) rc = migrateIntPush(&aC, &nC, p->aKid[k]);
        }
      }
      if( rc==SQLITE_OK && nC==0 ){
        *pzErr = sqlite3_mprintf("relative target '%s' cannot be reached: "
            "only %d step(s) up from '%s'", zTarget, s, zFrom);
        rc = SQLITE_ERROR;
      }else if( rc==SQLITE_OK && nC>1 ){
        char *z = migrateIdList(g, aC, nC, ", ");
        if( bBase ){
          *pzErr = sqlite3_mprintf("relative target '%s' is ambiguous: there "
              "are several roots (%s); use <branch>@+N", zTarget, z);
        }else{
          *pzErr = sqlite3_mprintf("relative target '%s' is ambiguous: "
              "revision %s has several children (%s); use <branch>@+N",
              zTarget, g->aRev[aS[0]]->zId, z);
        }
        sqlite3_free(z);
        rc = SQLITE_ERROR;
      }
    }else{
      if( bBase ){
        *pzErr = sqlite3_mprintf("relative target '%s' cannot be reached: "
            "only %d step(s) down from '%s'", zTarget, s, zFrom);
        rc = SQLITE_ERROR;
      }else{
        MigrateRev *p = g->aRev[aS[0]];
        for(k=0; k<p->nPar && rc==SQLITE_OK; k++){
          rc = migrateIntPush(&aC, &nC, p->aPar[k]);
        }
      }
    }
    if( rc==SQLITE_OK ){
      sqlite3_free(aS);
      aS = aC; nS = nC;
      bBase = (nC==0);
    }else{
      sqlite3_free(aC);
    }
  }
  if( rc!=SQLITE_OK ){
    sqlite3_free(aS);
    return rc;
  }
  *paOut = aS; *pnOut = nS; *pbBase = bBase;
  return SQLITE_OK;
}

void migratePlanClear(MigratePlan *p){
  int i;
  for(i=0; i<p->nStep; i++){
    sqlite3_free(p->aStep[i].aDel);
    sqlite3_free(p->aStep[i].aIns);
  }
  sqlite3_free(p->aStep);
  sqlite3_free(p->aFrom);
  sqlite3_free(p->aTo);
  sqlite3_free(p->aApplied);
  memset(p, 0, sizeof(*p));
}

/* Append revision iRev, run in direction eDir, to the plan. */
static int planAddStep(MigratePlan *pPlan, int iRev, int eDir){
  MigrateStep *aNew = migrateGrow(pPlan->aStep, pPlan->nStep,
                                  sizeof(MigrateStep));
  if( aNew==0 ) return SQLITE_NOMEM;
  pPlan->aStep = aNew;
  memset(&aNew[pPlan->nStep], 0, sizeof(MigrateStep));
  aNew[pPlan->nStep].iRev = iRev;
  aNew[pPlan->nStep].eDir = eDir;
  pPlan->nStep++;
  return SQLITE_OK;
}

/*
** Append to pPlan one step for each revision of aD, in order (parents
** first for an upgrade, children first for a downgrade), with the version
** rows each step deletes and inserts.  aA (applied) and aH (version rows)
** are updated as the steps go.
*/
static int planSteps(MigrateGraph *g, u8 *aA, u8 *aH, const u8 *aD,
                     int eDir, MigratePlan *pPlan){
  int nOrder = 0, k, rc = SQLITE_OK;
  int *aOrder = migrateTopo(g, aD, &nOrder);
  if( aOrder==0 ) return SQLITE_NOMEM;
  for(k=0; rc==SQLITE_OK && k<nOrder; k++){
    int j = eDir==MIGRATE_UP ? aOrder[k] : aOrder[nOrder-1-k];
    MigrateRev *p = g->aRev[j];
    MigrateStep *pStep;
    int m;
    rc = planAddStep(pPlan, j, eDir);
    if( rc ) break;
    pStep = &pPlan->aStep[pPlan->nStep-1];
    if( eDir==MIGRATE_UP ){
      /* the normalized down revisions that are rows give way to j */
      for(m=0; rc==SQLITE_OK && m<p->nNorm; m++){
        if( aH[p->aNorm[m]] ){
          aH[p->aNorm[m]] = 0;
          rc = migrateIntPush(&pStep->aDel, &pStep->nDel, p->aNorm[m]);
        }
      }
      if( rc==SQLITE_OK ) rc = migrateIntPush(&pStep->aIns, &pStep->nIns, j);
      aH[j] = 1;
      aA[j] = 1;
    }else{
      /* j goes; each normalized down revision left without an applied
      ** child becomes a row */
      aH[j] = 0;
      aA[j] = 0;
      if( rc==SQLITE_OK ) rc = migrateIntPush(&pStep->aDel, &pStep->nDel, j);
      for(m=0; rc==SQLITE_OK && m<p->nNorm; m++){
        MigrateRev *q = g->aRev[p->aNorm[m]];
        int c, bCovered = aH[p->aNorm[m]];
        for(c=0; !bCovered && c<q->nKid; c++) if( aA[q->aKid[c]] ) bCovered = 1;
        for(c=0; !bCovered && c<q->nDKid; c++) if( aA[q->aDKid[c]] ) bCovered = 1;
        if( !bCovered ){
          aH[p->aNorm[m]] = 1;
          rc = migrateIntPush(&pStep->aIns, &pStep->nIns, p->aNorm[m]);
        }
      }
    }
  }
  sqlite3_free(aOrder);
  return rc;
}

/* Record the version rows before and after, and hand over *paA. */
static int planFinish(MigrateGraph *g, const int *aCur, int nCur,
                      const u8 *aH, u8 **paA, MigratePlan *pPlan){
  int i, rc = SQLITE_OK;
  for(i=0; rc==SQLITE_OK && i<nCur; i++){
    rc = migrateIntPush(&pPlan->aFrom, &pPlan->nFrom, aCur[i]);
  }
  for(i=0; rc==SQLITE_OK && i<g->nRev; i++){
    if( aH[i] ) rc = migrateIntPush(&pPlan->aTo, &pPlan->nTo, i);
  }
  if( rc==SQLITE_OK ){
    pPlan->aApplied = *paA;
    *paA = 0;
  }
  return rc;
}

/*
** The plan that moves a database at version rows aCur to the applied set
** aFinal, by upgrades only or by downgrades only.  The runner uses it to
** carry on a move one revision at a time (transaction_per_migration),
** whatever other connections did in between.
*/
int migratePlanToward(MigrateGraph *g, const int *aCur, int nCur,
                      const u8 *aFinal, int eDir, MigratePlan *pPlan){
  u8 *aA = migrateGraphMarks(g);
  u8 *aH = migrateGraphMarks(g);
  u8 *aD = migrateGraphMarks(g);
  int i, rc = SQLITE_OK;
  memset(pPlan, 0, sizeof(*pPlan));
  pPlan->eDir = eDir;
  if( aA==0 || aH==0 || aD==0 ) rc = SQLITE_NOMEM;
  for(i=0; rc==SQLITE_OK && i<nCur; i++){ aA[aCur[i]] = 1; aH[aCur[i]] = 1; }
  if( rc==SQLITE_OK ) rc = migrateAncestors(g, aA);
  for(i=0; rc==SQLITE_OK && i<g->nRev; i++){
    aD[i] = eDir==MIGRATE_UP ? (aFinal[i] && !aA[i]) : (aA[i] && !aFinal[i]);
  }
  if( rc==SQLITE_OK ) rc = planSteps(g, aA, aH, aD, eDir, pPlan);
  if( rc==SQLITE_OK ) rc = planFinish(g, aCur, nCur, aH, &aA, pPlan);
  sqlite3_free(aA);
  sqlite3_free(aH);
  sqlite3_free(aD);
  if( rc ) migratePlanClear(pPlan);
  return rc;
}

/* Is the relative part of a target "[sym](+|-)digits"?  Sets *pzSym (a
** pointer into z, or 0 when empty), *pnSym and *pnRel. */
static int planParseRelative(const char *z, const char **pzSym, int *pnSym,
                         int *pnRel){
  int n = (int)strlen(z), e = n, i;
  long v = 0;
  while( e>0 && z[e-1]>='0' && z[e-1]<='9' ) e--;
  if( e==n || e==0 || (z[e-1]!='+' && z[e-1]!='-') || n-e>9 ) return 0;
  for(i=0; i<e-1; i++){
    char c = z[i];
    if( !((c>='a'&&c<='z')||(c>='A'&&c<='Z')||(c>='0'&&c<='9')||c=='_') ){
      return 0;
    }
  }
  for(i=e; i<n; i++) v = v*10 + (z[i]-'0');
  *pzSym = e>1 ? z : 0;
  *pnSym = e-1;
  *pnRel = (int)(z[e-1]=='-' ? -v : v);
  return 1;
}

/*
** A move being planned by migratePlan(): where the database is, what the
** target names, and what a downgrade may revert.
*/
typedef struct PlanMove PlanMove;
struct PlanMove {
  MigrateGraph *g;
  const char *zTarget;           /* the target, as given (for messages) */
  const int *aCur; int nCur;     /* the version rows now */
  int eDir;                      /* MIGRATE_UP, _DOWN, _STAMP or _AUTO */
  u8 *aA;                        /* applied now */
  u8 *aT;                        /* the target set */
  u8 *aScope;                    /* only these may be reverted (0: all) */
  int bBase;                     /* the target is base */
  int bDownward;                 /* a relative move down, or @base */
  int iLabel;                    /* the revision of <label>@..., or -1 */
  char *zLabel;                  /* <label>, or 0 */
};

/*
** Split "<label>@<rest>" off the target: set p->iLabel and p->zLabel, and
** *pzRest to what follows the "@" (the whole target if there is none).
*/
static int planMoveLabel(PlanMove *p, const char **pzRest, char **pzErr){
  const char *zAt = strchr(p->zTarget, '@');
  *pzRest = p->zTarget;
  if( zAt==0 ) return SQLITE_OK;
  p->zLabel = sqlite3_mprintf("%.*s", (int)(zAt-p->zTarget), p->zTarget);
  if( p->zLabel==0 ) return SQLITE_NOMEM;
  *pzRest = zAt+1;
  if( p->zLabel[0]==0 || zAt[1]==0 ){
    *pzErr = sqlite3_mprintf("invalid target '%s': expected <branch>@head, "
        "<branch>@base, <branch>@-N or <branch>@<revision>", p->zTarget);
    return SQLITE_ERROR;
  }
  return migrateResolveOne(p->g, p->zLabel, &p->iLabel, pzErr);
}

/*
** Resolve zRef as migrateResolveOne() does; but if aLin (a branch's
** lineage) is given, a prefix that matches a single revision of the
** branch names that one, whatever matches elsewhere.
*/
static int planResolveOn(MigrateGraph *g, const char *zRef, const u8 *aLin,
                          int *piRev, char **pzErr){
  int n = (int)strlen(zRef), i, iFound = -1, nFound = 0;
  if( aLin && strcmp(zRef, "head")!=0 && migrateGraphFind(g, zRef)<0
   && migrateFindLabel(g, zRef)<0 ){
    for(i=0; i<g->nRev; i++){
      if( aLin[i] && strncmp(g->aRev[i]->zId, zRef, n)==0 ){
        iFound = i;
        nFound++;
      }
    }
    if( nFound==1 ){ *piRev = iFound; return SQLITE_OK; }
  }
  return migrateResolveOne(g, zRef, piRev, pzErr);
}

/* The version rows on the lineage aLin (every row if aLin is 0). */
static int planRowsOn(PlanMove *p, const u8 *aLin, int **paC, int *pnC){
  int i, rc = SQLITE_OK;
  for(i=0; rc==SQLITE_OK && i<p->nCur; i++){
    if( aLin==0 || aLin[p->aCur[i]] ) rc = migrateIntPush(paC, pnC, p->aCur[i]);
  }
  return rc;
}

/*
** The current revisions of the branch aLin when no version row is on it
** (it is applied only as what other rows build on, e.g. through
** depends_on), as Alembic finds them.  Up (+N): the tips of what is
** applied on the branch.  Down (-N): those tips of all that is applied
** (a child through down_revision hides a revision) that are on the branch.
*/
static int planTipsOn(PlanMove *p, const u8 *aLin, int bUp, int **paC,
                       int *pnC){
  u8 *aOn = migrateGraphMarks(p->g);
  int *aT = 0, nT = 0, i, rc;
  if( aOn==0 ) return SQLITE_NOMEM;
  for(i=0; i<p->g->nRev; i++) aOn[i] = p->aA[i] && (!bUp || aLin[i]);
  rc = planTips(p->g, aOn, bUp, &aT, &nT);
  for(i=0; rc==SQLITE_OK && i<nT; i++){
    if( aLin[aT[i]] ) rc = migrateIntPush(paC, pnC, aT[i]);
  }
  sqlite3_free(aT);
  sqlite3_free(aOn);
  return rc;
}

/* The error for a relative target that finds several current revisions. */
static int planAmbiguousStart(PlanMove *p, const int *aC, int nC,
                               const char *zSign, char **pzErr){
  char *z = migrateIdList(p->g, aC, nC, ", ");
  *pzErr = sqlite3_mprintf("relative target '%s' is ambiguous: there are "
      "several current revisions (%s); use <branch>@%sN or <revision>%sN",
      p->zTarget, z, zSign, zSign);
  sqlite3_free(z);
  return SQLITE_ERROR;
}

/*
** Where "+N" or "<label>@+N" starts: the one current revision (of the
** branch aLin); -1 for base.
*/
static int planStartUp(PlanMove *p, const u8 *aLin, int *piStart,
                        char **pzErr){
  int *aC = 0, nC = 0, rc = SQLITE_OK;
  *piStart = -1;
  if( p->eDir==MIGRATE_DOWN ){
    *pzErr = sqlite3_mprintf("relative target '%s' moves up: use "
                            "migrate_upgrade", p->zTarget);
    return SQLITE_ERROR;
  }
  rc = planRowsOn(p, aLin, &aC, &nC);
  if( rc==SQLITE_OK && nC==0 && aLin ){
    rc = planTipsOn(p, aLin, 1, &aC, &nC);
  }
  if( rc==SQLITE_OK && nC>1 ) rc = planAmbiguousStart(p, aC, nC, "+", pzErr);
  if( rc==SQLITE_OK && nC==1 ) *piStart = aC[0];
  sqlite3_free(aC);
  return rc;
}

/*
** Where "-N" or "<label>@-N" starts: the one current revision (of the
** branch aLin).  The move reverts only on that revision's lineage.
*/
static int planStartDown(PlanMove *p, const u8 *aLin, int *piStart,
                          char **pzErr){
  int *aC = 0, nC = 0, rc = SQLITE_OK;
  if( p->eDir==MIGRATE_UP ){
    *pzErr = sqlite3_mprintf("relative target '%s' moves down: use "
                            "migrate_downgrade", p->zTarget);
    return SQLITE_ERROR;
  }
  rc = planRowsOn(p, aLin, &aC, &nC);
  if( rc==SQLITE_OK && nC==0 && aLin ){
    rc = planTipsOn(p, aLin, 0, &aC, &nC);
  }
  if( rc==SQLITE_OK && nC==0 ){
    *pzErr = aLin ?
      sqlite3_mprintf("relative target '%s' cannot be reached: nothing "
                     "on branch '%s' is applied", p->zTarget, p->zLabel) :
      sqlite3_mprintf("relative target '%s' cannot be reached: the "
                     "database is at base", p->zTarget);
    rc = SQLITE_ERROR;
  }
  if( rc==SQLITE_OK && nC>1 ) rc = planAmbiguousStart(p, aC, nC, "-", pzErr);
  if( rc==SQLITE_OK ){
    *piStart = aC[0];
    p->aScope = migrateGraphMarks(p->g);
    if( p->aScope==0 ) rc = SQLITE_NOMEM;
    else rc = migrateLineage(p->g, *piStart, p->aScope);
    p->bDownward = 1;
  }
  sqlite3_free(aC);
  return rc;
}

/*
** A relative target: [<label>@][<rev>](+|-)N.  With a label, the steps up
** follow the branch, and a walk down must start on it.
*/
static int planMoveRelative(PlanMove *p, const char *zSym, int nSym,
                             int nRel, char **pzErr){
  MigrateGraph *g = p->g;
  u8 *aLin = 0;
  int *aS = 0, nS = 0;
  int iStart = -1, i, rc = SQLITE_OK;
  if( p->iLabel>=0 ){
    aLin = migrateGraphMarks(g);
    if( aLin==0 ) return SQLITE_NOMEM;
    rc = migrateLineage(g, p->iLabel, aLin);
  }
  if( rc==SQLITE_OK && zSym ){
    char *z = sqlite3_mprintf("%.*s", nSym, zSym);
    if( z==0 ) rc = SQLITE_NOMEM;
    else rc = planResolveOn(g, z, aLin, &iStart, pzErr);
    sqlite3_free(z);
    if( rc==SQLITE_OK && aLin && nRel<0 && !aLin[iStart] ){
      *pzErr = sqlite3_mprintf("revision %s is not on branch '%s'",
                              g->aRev[iStart]->zId, p->zLabel);
      rc = SQLITE_ERROR;
    }
  }else if( rc==SQLITE_OK ){
    rc = nRel>=0 ? planStartUp(p, aLin, &iStart, pzErr)
                 : planStartDown(p, aLin, &iStart, pzErr);
  }
  if( rc==SQLITE_OK ){
    rc = planWalk(g, p->zTarget, iStart, nRel, aLin, &aS, &nS, &p->bBase,
                  pzErr);
  }
  if( rc==SQLITE_OK && zSym && p->iLabel>=0 && p->eDir!=MIGRATE_UP ){
    p->aScope = aLin; aLin = 0;
  }
  for(i=0; rc==SQLITE_OK && i<nS; i++) p->aT[aS[i]] = 1;
  if( rc==SQLITE_OK && p->eDir==MIGRATE_AUTO && zSym==0 ){
    p->eDir = nRel<0 ? MIGRATE_DOWN : MIGRATE_UP;
  }
  sqlite3_free(aLin);
  sqlite3_free(aS);
  return rc;
}

/*
** "base", or "<label>@base": then only the branch may be reverted: the
** labelled revision, its descendants, and its ancestors down to the
** nearest revision that is shared (a branch point, counting the
** revisions that depend on it, as Alembic does) or a merge.
*/
static int planMoveBase(PlanMove *p){
  MigrateGraph *g = p->g;
  int j = p->iLabel;
  p->bBase = 1;
  p->bDownward = 1;
  if( p->eDir==MIGRATE_AUTO ) p->eDir = MIGRATE_DOWN;
  if( j<0 ) return SQLITE_OK;
  p->aScope = migrateGraphMarks(g);
  if( p->aScope==0 ) return SQLITE_NOMEM;
  p->aScope[j] = 1;
  if( migrateReachable(g, p->aScope, 0, 0) ) return SQLITE_NOMEM;
  while( g->aRev[j]->nPar==1 ){
    MigrateRev *pPar = g->aRev[g->aRev[j]->aPar[0]];
    if( pPar->nKid+pPar->nDKid!=1 || pPar->nPar>1 ) break;
    j = g->aRev[j]->aPar[0];
    p->aScope[j] = 1;
  }
  return SQLITE_OK;
}

/* "head", "heads", "<label>@head" or "<label>@heads". */
static int planMoveHeads(PlanMove *p, const char *zRest, char **pzErr){
  MigrateGraph *g = p->g;
  int bOne = zRest[4]==0;        /* "head" */
  int *aC = 0, nC = 0, i, rc;
  if( p->iLabel<0 && bOne ){
    rc = migrateResolveOne(g, "head", &i, pzErr);
    if( rc==SQLITE_OK ) p->aT[i] = 1;
    return rc;
  }
  if( p->iLabel<0 ){
    for(i=0; i<g->nHead; i++) p->aT[g->aHead[i]] = 1;
    return SQLITE_OK;
  }
  rc = migrateBranchHeads(g, p->iLabel, &aC, &nC);
  if( rc==SQLITE_OK && nC>1 && bOne ){
    char *z = migrateIdList(g, aC, nC, ", ");
    *pzErr = sqlite3_mprintf("branch '%s' has several heads (%s): name "
                            "one of them", p->zLabel, z);
    sqlite3_free(z);
    rc = SQLITE_ERROR;
  }
  for(i=0; rc==SQLITE_OK && i<nC; i++) p->aT[aC[i]] = 1;
  sqlite3_free(aC);
  return rc;
}

/*
** A revision: an id, a prefix or a label, maybe as "<label>@<rev>"; then
** a prefix is looked up among the branch's revisions first, the revision
** must be on the branch, and a downgrade reverts only on the branch (as
** with <label>@<rev>-N).
*/
static int planMoveRev(PlanMove *p, const char *zRest, char **pzErr){
  MigrateGraph *g = p->g;
  u8 *aLin;
  int i, rc;
  if( p->iLabel<0 ){
    rc = migrateResolveOne(g, zRest, &i, pzErr);
    if( rc==SQLITE_OK ) p->aT[i] = 1;
    return rc;
  }
  aLin = migrateGraphMarks(g);
  if( aLin==0 ) return SQLITE_NOMEM;
  rc = migrateLineage(g, p->iLabel, aLin);
  if( rc==SQLITE_OK ) rc = planResolveOn(g, zRest, aLin, &i, pzErr);
  if( rc==SQLITE_OK && !aLin[i] ){
    *pzErr = sqlite3_mprintf("revision %s is not on branch '%s'",
                            g->aRev[i]->zId, p->zLabel);
    rc = SQLITE_ERROR;
  }
  if( rc==SQLITE_OK ){
    p->aT[i] = 1;
    if( p->eDir!=MIGRATE_UP ){ p->aScope = aLin; aLin = 0; }
  }
  sqlite3_free(aLin);
  return rc;
}

/* Resolve p->zTarget into p->aT (and p->bBase, p->aScope...). */
static int planMoveTarget(PlanMove *p, char **pzErr){
  const char *zRest = 0, *zSym = 0;
  int nSym = 0, nRel = 0, rc;
  if( p->zTarget==0 || p->zTarget[0]==0 ){
    *pzErr = sqlite3_mprintf("the target is empty: use head, heads, base, a "
                            "revision, +N or -N");
    return SQLITE_ERROR;
  }
  rc = planMoveLabel(p, &zRest, pzErr);
  if( rc ) return rc;
  if( planParseRelative(zRest, &zSym, &nSym, &nRel) ){
    return planMoveRelative(p, zSym, nSym, nRel, pzErr);
  }
  if( strcmp(zRest, "base")==0 ) return planMoveBase(p);
  if( strcmp(zRest, "heads")==0 || strcmp(zRest, "head")==0 ){
    return planMoveHeads(p, zRest, pzErr);
  }
  return planMoveRev(p, zRest, pzErr);
}

/*
** The revisions a downgrade to the target reverts, into aD: what builds
** on the target through down_revision (its children and their
** descendants) and whatever depends on those.  A revision that depends on
** the target itself stays applied, as the target does (as in Alembic).
** Within p->aScope if there is one; at base, everything applied.
*/
static int planRevertSet(PlanMove *p, u8 *aD, char **pzErr){
  MigrateGraph *g = p->g;
  int i, k;
  if( p->bBase ){
    for(i=0; i<g->nRev; i++) aD[i] = p->aA[i];
  }else{
    for(i=0; i<g->nRev; i++){
      if( p->aT[i] && !p->aA[i] ){
        char *z = migrateIdList(g, p->aCur, p->nCur, ", ");
        *pzErr = sqlite3_mprintf("cannot downgrade to '%s': revision %s is "
            "not applied (current: %s)", p->zTarget, g->aRev[i]->zId,
            p->nCur ? z : "base");
        sqlite3_free(z);
        return SQLITE_ERROR;
      }
      if( p->aT[i] ){
        MigrateRev *pRev = g->aRev[i];
        for(k=0; k<pRev->nKid; k++) aD[pRev->aKid[k]] = 1;
      }
    }
    if( migrateDescendants(g, aD) ) return SQLITE_NOMEM;
    for(i=0; i<g->nRev; i++) if( p->aT[i] ) aD[i] = 0;
  }
  for(i=0; i<g->nRev; i++){
    aD[i] = aD[i] && p->aA[i] && (p->aScope==0 || p->aScope[i]);
  }
  /* whatever depends on a reverted revision goes too */
  if( migrateDescendants(g, aD) ) return SQLITE_NOMEM;
  for(i=0; i<g->nRev; i++) aD[i] = aD[i] && p->aA[i];
  return SQLITE_OK;
}

/*
** The revisions an upgrade applies (UP), or a downgrade reverts (DOWN, or
** a stamp downward), into aD.
*/
static int planMoveSet(PlanMove *p, u8 *aD, char **pzErr){
  MigrateGraph *g = p->g;
  int i;
  if( p->eDir==MIGRATE_UP ){
    if( p->bBase ) return SQLITE_OK;
    memcpy(aD, p->aT, g->nRev);
    if( migrateAncestors(g, aD) ) return SQLITE_NOMEM;
    for(i=0; i<g->nRev; i++) if( p->aA[i] ) aD[i] = 0;
    return SQLITE_OK;
  }
  if( p->eDir==MIGRATE_DOWN || p->bBase || p->bDownward ){
    return planRevertSet(p, aD, pzErr);
  }
  return SQLITE_OK;
}

/*
** The applied set after a stamp, into aNew.  Downward (base, @base, -N):
** what is applied less aD.  Otherwise the target replaces every current
** revision on its lineage (an ancestor or a descendant of it); the other
** rows stay.
*/
static int planStampSet(PlanMove *p, const u8 *aD, u8 *aNew){
  MigrateGraph *g = p->g;
  u8 *aLin;
  int i, rc;
  if( p->bBase || p->bDownward ){
    for(i=0; i<g->nRev; i++) aNew[i] = p->aA[i] && !aD[i];
    return SQLITE_OK;
  }
  aLin = migrateGraphMarks(g);
  if( aLin==0 ) return SQLITE_NOMEM;
  memcpy(aLin, p->aT, g->nRev);
  memcpy(aNew, p->aT, g->nRev);
  rc = migrateAncestors(g, aLin);
  if( rc==SQLITE_OK ) rc = migrateDescendants(g, aNew);
  for(i=0; i<g->nRev; i++) aLin[i] |= aNew[i];
  memcpy(aNew, p->aT, g->nRev);
  for(i=0; i<p->nCur; i++) if( !aLin[p->aCur[i]] ) aNew[p->aCur[i]] = 1;
  if( rc==SQLITE_OK ) rc = migrateAncestors(g, aNew);
  sqlite3_free(aLin);
  return rc;
}

/*
** A stamp: one step (if anything changes) that deletes and inserts the
** version rows, from aH to the tips of aNew.  aH and p->aA become the new
** state.
*/
static int planStampStep(PlanMove *p, u8 *aH, const u8 *aNew,
                          MigratePlan *pPlan){
  MigrateGraph *g = p->g;
  int *aNewH = 0, nNewH = 0, i, rc;
  u8 *aNewHM = migrateGraphMarks(g);
  if( aNewHM==0 ) return SQLITE_NOMEM;
  rc = planTipsOf(g, aNew, &aNewH, &nNewH);
  for(i=0; rc==SQLITE_OK && i<nNewH; i++) aNewHM[aNewH[i]] = 1;
  for(i=0; rc==SQLITE_OK && i<g->nRev; i++){
    MigrateStep *pStep;
    if( aH[i]==aNewHM[i] ) continue;
    if( pPlan->nStep==0 ) rc = planAddStep(pPlan, -1, MIGRATE_STAMP);
    if( rc ) break;
    pStep = &pPlan->aStep[0];
    if( aH[i] ) rc = migrateIntPush(&pStep->aDel, &pStep->nDel, i);
    else rc = migrateIntPush(&pStep->aIns, &pStep->nIns, i);
  }
  if( rc==SQLITE_OK ){
    memcpy(aH, aNewHM, g->nRev);
    memcpy(p->aA, aNew, g->nRev);
  }
  sqlite3_free(aNewHM);
  sqlite3_free(aNewH);
  return rc;
}

/* The direction of a MIGRATE_AUTO move: up if the target needs anything
** that is not applied, else down. */
static int planAutoDir(PlanMove *p){
  int i;
  if( p->eDir!=MIGRATE_AUTO ) return p->eDir;
  if( !p->bBase ){
    for(i=0; i<p->g->nRev; i++){
      if( p->aT[i] && !p->aA[i] ) return MIGRATE_UP;
    }
  }
  return MIGRATE_DOWN;
}

/*
** Compute the plan that moves a database whose version rows are aCur to
** zTarget, in direction eDir (MIGRATE_UP, _DOWN, _STAMP or _AUTO).
*/
int migratePlan(
  MigrateGraph *g, const int *aCur, int nCur, const char *zTarget,
  int eDir, MigratePlan *pPlan, char **pzErr
){
  PlanMove m;
  u8 *aH = migrateGraphMarks(g);          /* version rows, as the plan goes */
  u8 *aD = migrateGraphMarks(g);          /* the set to revert, or to apply */
  u8 *aNew = 0;                  /* the applied set after a stamp */
  int rc = SQLITE_OK, i;

  memset(pPlan, 0, sizeof(*pPlan));
  memset(&m, 0, sizeof(m));
  m.g = g; m.zTarget = zTarget; m.aCur = aCur; m.nCur = nCur;
  m.eDir = eDir; m.iLabel = -1;
  m.aA = migrateGraphMarks(g);
  m.aT = migrateGraphMarks(g);
  if( m.aA==0 || m.aT==0 || aH==0 || aD==0 ){ rc = SQLITE_NOMEM; goto done; }
  for(i=0; i<nCur; i++){ m.aA[aCur[i]] = 1; aH[aCur[i]] = 1; }
  if( migrateAncestors(g, m.aA) ){ rc = SQLITE_NOMEM; goto done; }

  rc = planMoveTarget(&m, pzErr);
  if( rc ) goto done;
  m.eDir = planAutoDir(&m);
  pPlan->eDir = m.eDir;
  rc = planMoveSet(&m, aD, pzErr);
  if( rc ) goto done;
  if( m.eDir==MIGRATE_STAMP ){
    aNew = migrateGraphMarks(g);
    if( aNew==0 ){ rc = SQLITE_NOMEM; goto done; }
    rc = planStampSet(&m, aD, aNew);
    if( rc==SQLITE_OK ) rc = planStampStep(&m, aH, aNew, pPlan);
  }else{
    rc = planSteps(g, m.aA, aH, aD, m.eDir, pPlan);
  }
  if( rc==SQLITE_OK ) rc = planFinish(g, aCur, nCur, aH, &m.aA, pPlan);

done:
  sqlite3_free(m.aA);
  sqlite3_free(m.aT);
  sqlite3_free(m.aScope);
  sqlite3_free(m.zLabel);
  sqlite3_free(aH);
  sqlite3_free(aD);
  sqlite3_free(aNew);
  if( rc!=SQLITE_OK ) migratePlanClear(pPlan);
  return rc;
}

/*
** Parse a state "base" or "a,b" (references resolved as by
** migrateResolveOne) into a sorted minimal set of version rows.
*/
int migrateParseState(MigrateGraph *g, const char *zState, int **paCur,
                      int *pnCur, char **pzErr){
  char **az = 0;
  int n = 0, i, rc;
  u8 *aM;
  *paCur = 0; *pnCur = 0;
  if( strcmp(zState, "base")==0 ) return SQLITE_OK;
  aM = migrateGraphMarks(g);
  if( aM==0 ) return SQLITE_NOMEM;
  rc = migrateSplitList(zState, &az, &n);
  for(i=0; rc==SQLITE_OK && i<n; i++){
    int j;
    rc = migrateResolveOne(g, az[i], &j, pzErr);
    if( rc==SQLITE_OK ) aM[j] = 1;
  }
  migrateFreeList(az, n);
  if( rc==SQLITE_OK ) rc = migrateAncestors(g, aM);
  if( rc==SQLITE_OK ){
    rc = planTipsOf(g, aM, paCur, pnCur);
  }
  sqlite3_free(aM);
  return rc;
}
