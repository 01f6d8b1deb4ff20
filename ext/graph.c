/*
** graph.c - the revision graph: revisions, their parents, dependencies,
** children, heads and branch labels.
**
** The graph is built from the revision files of one script directory.  An
** edge runs from a revision to each of its down_revisions (its parents) and
** to each revision it depends_on.  A revision with no down_revision is a
** root; a revision that is no other revision's down_revision is a head
** (depends_on does not count, as in Alembic).  A branch label names the
** revision that declares it.  Duplicate ids, missing parents, self-loops,
** cycles and clashing labels make the graph invalid: every command that
** walks it fails with the list of problems, each naming its file.
**
** A revision is named by its full id, a unique prefix of one, or a branch
** label (migrateResolveOne); the walks below mark ancestors, descendants
** and a branch's lineage.  plan.c turns targets into plans on this graph.
*/
#include "migrate.h"
#include <string.h>
#include <stdlib.h>
#include <stdarg.h>

int migrateGraphFind(MigrateGraph *g, const char *zId){
  unsigned h;
  if( g->nHash==0 ) return -1;
  h = migrateNameHash(zId) & (unsigned)(g->nHash-1);
  while( g->aHash[h] ){
    int i = g->aHash[h]-1;
    if( strcmp(g->aRev[i]->zId, zId)==0 ) return i;
    h = (h+1) & (unsigned)(g->nHash-1);
  }
  return -1;
}

int migrateFindLabel(MigrateGraph *g, const char *z){
  int lo = 0, hi = g->nLabel-1;
  while( lo<=hi ){
    int mid = (lo+hi)/2;
    int c = strcmp(g->azLabel[mid], z);
    if( c==0 ) return g->aLabelRev[mid];
    if( c<0 ) lo = mid+1; else hi = mid-1;
  }
  return -1;
}

/* A new set of revisions, empty, or NULL. */
u8 *migrateGraphMarks(MigrateGraph *g){
  u8 *a = sqlite3_malloc64(g->nRev+1);
  if( a ) memset(a, 0, g->nRev+1);
  return a;
}

void migrateGraphFree(MigrateGraph *g){
  int i;
  if( g==0 ) return;
  for(i=0; i<g->nRev; i++) migrateRevFree(g->aRev[i]);
  sqlite3_free(g->aRev);
  sqlite3_free(g->aPool);          /* the revisions' index arrays */
  migrateChunkFree(g->pChunk);     /* the revisions read from files */
  sqlite3_free(g->aHash);
  sqlite3_free(g->aHead);
  sqlite3_free(g->azLabel);        /* the strings belong to the revisions */
  sqlite3_free(g->aLabelRev);
  sqlite3_free(g->zDir);
  sqlite3_free(g);
}

static int graphCmpRev(const void *a, const void *b){
  const MigrateRev *pA = *(MigrateRev*const*)a;
  const MigrateRev *pB = *(MigrateRev*const*)b;
  int c = strcmp(pA->zId, pB->zId);
  return c ? c : strcmp(pA->zPath, pB->zPath);
}

typedef struct LabelRef { const char *z; int iRev; } LabelRef;
static int graphCmpLabelRef(const void *a, const void *b){
  int c = strcmp(((const LabelRef*)a)->z, ((const LabelRef*)b)->z);
  if( c==0 ) c = ((const LabelRef*)a)->iRev - ((const LabelRef*)b)->iRev;
  return c;
}

/*
** Extend the marked set of revisions with everything reachable from it:
** parents (bDown) or children (!bDown), and, if bDeps, also through
** depends_on.
*/
int migrateReachable(MigrateGraph *g, u8 *aMark, int bDown, int bDeps){
  int *aQ = sqlite3_malloc64(sizeof(int)*(g->nRev+1));
  int nQ = 0, i, k;
  if( aQ==0 ) return SQLITE_NOMEM;
  for(i=0; i<g->nRev; i++) if( aMark[i] ) aQ[nQ++] = i;
  while( nQ>0 ){
    MigrateRev *p = g->aRev[aQ[--nQ]];
    int n1 = bDown ? p->nPar : p->nKid;
    int n2 = !bDeps ? 0 : bDown ? p->nDepIdx : p->nDKid;
    const int *a1 = bDown ? p->aPar : p->aKid;
    const int *a2 = bDown ? p->aDepIdx : p->aDKid;
    for(k=0; k<n1+n2; k++){
      int j = k<n1 ? a1[k] : a2[k-n1];
      if( !aMark[j] ){ aMark[j] = 1; aQ[nQ++] = j; }
    }
  }
  sqlite3_free(aQ);
  return SQLITE_OK;
}

/* Mark every ancestor (through down_revision and depends_on) of every
** marked revision. */
int migrateAncestors(MigrateGraph *g, u8 *aMark){
  return migrateReachable(g, aMark, 1, 1);
}

/* Mark every descendant of every marked revision. */
int migrateDescendants(MigrateGraph *g, u8 *aMark){
  return migrateReachable(g, aMark, 0, 1);
}

/*
** The lineage of revision i, as a branch label sees it: i, its ancestors
** and its descendants through down_revision only (a dependency does not
** make a revision part of a branch, as in Alembic).
*/
int migrateLineage(MigrateGraph *g, int i, u8 *aOut){
  u8 *aTmp = sqlite3_malloc64(g->nRev+1);
  int k;
  if( aTmp==0 ) return SQLITE_NOMEM;
  memset(aOut, 0, g->nRev);
  memset(aTmp, 0, g->nRev);
  aOut[i] = 1;
  aTmp[i] = 1;
  if( migrateReachable(g, aOut, 1, 0) || migrateReachable(g, aTmp, 0, 0) ){
    sqlite3_free(aTmp);
    return SQLITE_NOMEM;
  }
  for(k=0; k<g->nRev; k++) aOut[k] |= aTmp[k];
  sqlite3_free(aTmp);
  return SQLITE_OK;
}

/*
** The heads on the branch that starts at revision iLabel (its
** descendants through down_revision), in id order.
*/
int migrateBranchHeads(MigrateGraph *g, int iLabel, int **paHead,
                       int *pnHead){
  u8 *aM = sqlite3_malloc64(g->nRev+1);
  int i, rc;
  *paHead = 0; *pnHead = 0;
  if( aM==0 ) return SQLITE_NOMEM;
  memset(aM, 0, g->nRev+1);
  aM[iLabel] = 1;
  rc = migrateReachable(g, aM, 0, 0);
  for(i=0; rc==SQLITE_OK && i<g->nHead; i++){
    if( aM[g->aHead[i]] ) rc = migrateIntPush(paHead, pnHead, g->aHead[i]);
  }
  sqlite3_free(aM);
  if( rc ){ sqlite3_free(*paHead); *paHead = 0; *pnHead = 0; }
  return rc;
}

/*
** The members of aSet in an order where every revision comes after its
** parents in the set; branches are kept together.  Returns an array from
** sqlite3_malloc64() (NULL on OOM; *pn is the count).
*/
int *migrateTopo(MigrateGraph *g, const u8 *aSet, int *pn){
  int *aOut = sqlite3_malloc64(sizeof(int)*(g->nRev+1));
  int *aStack = sqlite3_malloc64(sizeof(int)*(g->nRev+1)*2);
  u8 *aSeen = migrateGraphMarks(g);
  int nOut = 0, i, k;
  *pn = 0;
  if( aOut==0 || aStack==0 || aSeen==0 ){
    sqlite3_free(aOut); sqlite3_free(aStack); sqlite3_free(aSeen);
    return 0;
  }
  for(i=0; i<g->nRev; i++){
    MigrateRev *p = g->aRev[i];
    int bTip = aSet[i] && !aSeen[i];
    for(k=0; bTip && k<p->nKid; k++) if( aSet[p->aKid[k]] ) bTip = 0;
    for(k=0; bTip && k<p->nDKid; k++) if( aSet[p->aDKid[k]] ) bTip = 0;
    if( bTip ){
      int nStack = 0;
      aStack[nStack++] = i; aStack[nStack++] = 0;
      aSeen[i] = 1;
      while( nStack>0 ){
        int j = aStack[nStack-2];
        int e = aStack[nStack-1];
        MigrateRev *q = g->aRev[j];
        int nEdge = q->nPar + q->nDepIdx;
        if( e<nEdge ){
          int par = e<q->nPar ? q->aPar[e] : q->aDepIdx[e-q->nPar];
          aStack[nStack-1] = e+1;
          if( aSet[par] && !aSeen[par] ){
            aSeen[par] = 1;
            aStack[nStack++] = par; aStack[nStack++] = 0;
          }
        }else{
          aOut[nOut++] = j;
          nStack -= 2;
        }
      }
    }
  }
  sqlite3_free(aStack);
  sqlite3_free(aSeen);
  *pn = nOut;
  return aOut;
}

/* "a, b, c" for the ids of a[0..n). */
char *migrateIdList(MigrateGraph *g, const int *a, int n, const char *zSep){
  sqlite3_str *s = sqlite3_str_new(0);
  int i;
  for(i=0; i<n; i++){
    sqlite3_str_appendf(s, "%s%s", i?zSep:"", g->aRev[a[i]]->zId);
  }
  return migrateStrFinish(s);
}

/* The problems that make a graph invalid, as found: one line each. */
typedef struct GraphProblems GraphProblems;
struct GraphProblems {
  sqlite3_str *pStr;
  int n;
};

/* Start the next problem's line (the caller may append to it). */
static void graphProblem(GraphProblems *pP, const char *zFmt, ...){
  va_list ap;
  if( pP->n++ ) sqlite3_str_appendchar(pP->pStr, 1, '\n');
  va_start(ap, zFmt);
  sqlite3_str_vappendf(pP->pStr, zFmt, ap);
  va_end(ap);
}

/* Sort the revisions by id (files named <id>_<slug>.sql, read in name
** order, mostly are) and index them; reserved and duplicate ids. */
static int graphBuildIndex(MigrateGraph *g, GraphProblems *pP){
  int i;
  for(i=1; i<g->nRev && graphCmpRev(&g->aRev[i-1], &g->aRev[i])<=0; i++){}
  if( i<g->nRev ) qsort(g->aRev, g->nRev, sizeof(MigrateRev*), graphCmpRev);
  for(g->nHash=16; g->nHash<g->nRev*2; g->nHash*=2){}
  g->aHash = sqlite3_malloc64(sizeof(int)*g->nHash);
  if( g->aHash==0 ) return SQLITE_NOMEM;
  memset(g->aHash, 0, sizeof(int)*g->nHash);
  for(i=0; i<g->nRev; i++){
    MigrateRev *p = g->aRev[i];
    unsigned h;
    if( migrateIdReserved(p->zId) ){
      graphProblem(pP, "%s: revision id '%s' is reserved", p->zPath, p->zId);
    }
    if( i>0 && strcmp(g->aRev[i-1]->zId, p->zId)==0 ){
      graphProblem(pP, "duplicate revision id '%s' in %s and %s", p->zId,
                   g->aRev[i-1]->zPath, p->zPath);
      continue;
    }
    h = migrateNameHash(p->zId) & (unsigned)(g->nHash-1);
    while( g->aHash[h] ) h = (h+1) & (unsigned)(g->nHash-1);
    g->aHash[h] = i+1;
  }
  return SQLITE_OK;
}

/* The branch labels, sorted: labels declared twice, or that are ids. */
static int graphBuildLabels(MigrateGraph *g, GraphProblems *pP){
  LabelRef *aL;
  int nL = 0, i, k;
  for(i=0; i<g->nRev; i++) nL += g->aRev[i]->nLabel;
  if( nL==0 ) return SQLITE_OK;
  aL = sqlite3_malloc64(sizeof(LabelRef)*nL);
  g->azLabel = sqlite3_malloc64(sizeof(char*)*nL);
  g->aLabelRev = sqlite3_malloc64(sizeof(int)*nL);
  if( aL==0 || g->azLabel==0 || g->aLabelRev==0 ){
    sqlite3_free(aL);
    return SQLITE_NOMEM;
  }
  nL = 0;
  for(i=0; i<g->nRev; i++){
    for(k=0; k<g->aRev[i]->nLabel; k++){
      aL[nL].z = g->aRev[i]->azLabel[k];
      aL[nL].iRev = i;
      nL++;
    }
  }
  qsort(aL, nL, sizeof(LabelRef), graphCmpLabelRef);
  for(i=0; i<nL; i++){
    int j = migrateGraphFind(g, aL[i].z);
    if( i>0 && strcmp(aL[i-1].z, aL[i].z)==0 ){
      graphProblem(pP, "branch label '%s' is declared by both %s and %s",
                   aL[i].z, g->aRev[aL[i-1].iRev]->zPath,
                   g->aRev[aL[i].iRev]->zPath);
      continue;
    }
    if( j>=0 ){
      graphProblem(pP, "%s: branch label '%s' is also the id of revision "
                   "%s (%s)", g->aRev[aL[i].iRev]->zPath, aL[i].z,
                   g->aRev[j]->zId, g->aRev[j]->zPath);
    }
    g->azLabel[g->nLabel] = (char*)aL[i].z;
    g->aLabelRev[g->nLabel] = aL[i].iRev;
    g->nLabel++;
  }
  sqlite3_free(aL);
  return SQLITE_OK;
}

/* Is v in a[0..n)? */
static int graphHas(const int *a, int n, int v){
  int i;
  for(i=0; i<n; i++) if( a[i]==v ) return 1;
  return 0;
}

/* Revision i's parents (down_revision) and their children. */
static int graphBuildParents(MigrateGraph *g, int i, GraphProblems *pP){
  MigrateRev *p = g->aRev[i];
  int k;
  for(k=0; k<p->nDown; k++){
    int j = migrateGraphFind(g, p->azDown[k]);
    if( j<0 ){
      graphProblem(pP, "%s: down_revision '%s' of revision %s does not "
                   "exist", p->zPath, p->azDown[k], p->zId);
      continue;
    }
    if( j==i ){
      graphProblem(pP, "%s: revision %s names itself as its down_revision",
                   p->zPath, p->zId);
      continue;
    }
    if( graphHas(p->aPar, p->nPar, j) ) continue;
    p->aPar[p->nPar++] = j;
    g->aRev[j]->nKid++;              /* graphBuildKids() lists them */
  }
  return SQLITE_OK;
}

/* Revision i's dependencies (depends_on) and their dependents. */
static int graphBuildDeps(MigrateGraph *g, int i, GraphProblems *pP){
  MigrateRev *p = g->aRev[i];
  int k;
  for(k=0; k<p->nDep; k++){
    int j = migrateGraphFind(g, p->azDep[k]);
    if( j<0 ) j = migrateFindLabel(g, p->azDep[k]);
    if( j<0 ){
      graphProblem(pP, "%s: depends_on '%s' of revision %s is neither a "
                   "revision nor a branch label", p->zPath, p->azDep[k],
                   p->zId);
      continue;
    }
    if( j==i ){
      graphProblem(pP, "%s: revision %s depends on itself", p->zPath,
                   p->zId);
      continue;
    }
    if( graphHas(p->aDepIdx, p->nDepIdx, j) ) continue;
    if( graphHas(p->aPar, p->nPar, j) ) continue;
    p->aDepIdx[p->nDepIdx++] = j;
    g->aRev[j]->nDKid++;             /* graphBuildKids() lists them */
  }
  return SQLITE_OK;
}

/*
** Every revision's index arrays, as slices of one pool (g->aPool): room
** for its parents and dependencies (aPar, aDepIdx: at most nDown and nDep)
** now, and, by graphBuildKids(), its children, dependents and normalized
** down revisions.  Each edge takes three ints in all.
*/
static int graphBuildPool(MigrateGraph *g){
  sqlite3_int64 nEdge = 0;
  int i, *a;
  for(i=0; i<g->nRev; i++) nEdge += g->aRev[i]->nDown + g->aRev[i]->nDep;
  g->aPool = a = sqlite3_malloc64(sizeof(int)*(3*nEdge+1));
  if( a==0 ) return SQLITE_NOMEM;
  for(i=0; i<g->nRev; i++){
    MigrateRev *p = g->aRev[i];
    p->aPar = a;       a += p->nDown;
    p->aDepIdx = a;    a += p->nDep;
  }
  return SQLITE_OK;
}

/* The children and dependents of each revision (in index order, counted
** by graphBuildParents() and graphBuildDeps()), and the room of its
** normalized down revisions, in the pool after the parents. */
static void graphBuildKids(MigrateGraph *g){
  int i, k;
  int *a = g->aPool;
  for(i=0; i<g->nRev; i++) a += g->aRev[i]->nDown + g->aRev[i]->nDep;
  for(i=0; i<g->nRev; i++){
    MigrateRev *p = g->aRev[i];
    p->aKid = a;   a += p->nKid;   p->nKid = 0;
    p->aDKid = a;  a += p->nDKid;  p->nDKid = 0;
    p->aNorm = a;  a += p->nPar + p->nDepIdx;
  }
  for(i=0; i<g->nRev; i++){
    MigrateRev *p = g->aRev[i];
    for(k=0; k<p->nPar; k++){
      MigrateRev *q = g->aRev[p->aPar[k]];
      q->aKid[q->nKid++] = i;
    }
    for(k=0; k<p->nDepIdx; k++){
      MigrateRev *q = g->aRev[p->aDepIdx[k]];
      q->aDKid[q->nDKid++] = i;
    }
  }
}

/*
** Name the cycle that the walk aPath[0..nPath) closed at revision cur
** (cur is aPath[s] for some s).
*/
static void graphCycleProblem(MigrateGraph *g, const int *aPath, int nPath,
                              int cur, GraphProblems *pP){
  int s = 0, m;
  while( aPath[s]!=cur ) s++;
  graphProblem(pP, "cycle in the revision graph: ");
  for(m=s; m<nPath; m++){
    sqlite3_str_appendf(pP->pStr, "%s -> ", g->aRev[aPath[m]]->zId);
  }
  sqlite3_str_appendf(pP->pStr, "%s (", g->aRev[cur]->zId);
  for(m=s; m<nPath; m++){
    sqlite3_str_appendf(pP->pStr, "%s%s", m>s?", ":"",
                        g->aRev[aPath[m]]->zPath);
  }
  sqlite3_str_appendf(pP->pStr, ")");
}

/*
** The revisions left over by Kahn's algorithm (aIn[i]>0) lie on cycles or
** above them: name one cycle per strongly connected remainder, by walking
** parents among them.  aState is 0 unvisited, 1 on the current path, 2
** finished.
*/
static int graphNameCycles(MigrateGraph *g, const int *aIn,
                           GraphProblems *pP){
  int *aPath = sqlite3_malloc64(sizeof(int)*(g->nRev+1));
  int *aState = sqlite3_malloc64(sizeof(int)*(g->nRev+1));
  int i, k;
  if( aPath==0 || aState==0 ){
    sqlite3_free(aPath); sqlite3_free(aState);
    return SQLITE_NOMEM;
  }
  memset(aState, 0, sizeof(int)*(g->nRev+1));
  for(i=0; i<g->nRev; i++){
    int nPath = 0, cur = i;
    if( aIn[i]==0 || aState[i] ) continue;
    while( aState[cur]==0 ){
      MigrateRev *p = g->aRev[cur];
      int nxt = -1;
      aState[cur] = 1;
      aPath[nPath++] = cur;
      for(k=0; nxt<0 && k<p->nPar; k++){
        if( aIn[p->aPar[k]] ) nxt = p->aPar[k];
      }
      for(k=0; nxt<0 && k<p->nDepIdx; k++){
        if( aIn[p->aDepIdx[k]] ) nxt = p->aDepIdx[k];
      }
      cur = nxt;
    }
    if( aState[cur]==1 ) graphCycleProblem(g, aPath, nPath, cur, pP);
    for(k=0; k<nPath; k++) aState[aPath[k]] = 2;
  }
  sqlite3_free(aPath);
  sqlite3_free(aState);
  return SQLITE_OK;
}

/* Cycles through down_revision and depends_on (Kahn's algorithm). */
static int graphBuildCycles(MigrateGraph *g, GraphProblems *pP){
  int *aIn = sqlite3_malloc64(sizeof(int)*(g->nRev+1));
  int *aQ = sqlite3_malloc64(sizeof(int)*(g->nRev+1));
  int nQ = 0, nDone = 0, i, k, rc = SQLITE_OK;
  if( aIn==0 || aQ==0 ){
    sqlite3_free(aIn); sqlite3_free(aQ);
    return SQLITE_NOMEM;
  }
  for(i=0; i<g->nRev; i++){
    aIn[i] = g->aRev[i]->nPar + g->aRev[i]->nDepIdx;
    if( aIn[i]==0 ) aQ[nQ++] = i;
  }
  while( nQ>0 ){
    MigrateRev *p = g->aRev[aQ[--nQ]];
    nDone++;
    for(k=0; k<p->nKid; k++) if( --aIn[p->aKid[k]]==0 ) aQ[nQ++] = p->aKid[k];
    for(k=0; k<p->nDKid; k++){
      if( --aIn[p->aDKid[k]]==0 ) aQ[nQ++] = p->aDKid[k];
    }
  }
  if( nDone<g->nRev ) rc = graphNameCycles(g, aIn, pP);
  sqlite3_free(aIn);
  sqlite3_free(aQ);
  return rc;
}

/*
** Revision p's normalized down revisions: its parents, plus those of its
** dependencies that no ancestor (through down_revision) declares too.
** aMark, aDeps and aQ are scratch space of g->nRev entries.
*/
static void graphNormalize(MigrateGraph *g, MigrateRev *p, u8 *aMark,
                           u8 *aDeps, int *aQ){
  int nQ = 0, k, m;
  for(k=0; k<p->nPar; k++) p->aNorm[p->nNorm++] = p->aPar[k];
  if( p->nDepIdx==0 ) return;
  memset(aMark, 0, g->nRev);
  memset(aDeps, 0, g->nRev);
  for(k=0; k<p->nPar; k++){ aMark[p->aPar[k]] = 1; aQ[nQ++] = p->aPar[k]; }
  while( nQ>0 ){
    MigrateRev *q = g->aRev[aQ[--nQ]];
    for(m=0; m<q->nDepIdx; m++) aDeps[q->aDepIdx[m]] = 1;
    for(m=0; m<q->nPar; m++){
      if( !aMark[q->aPar[m]] ){ aMark[q->aPar[m]] = 1; aQ[nQ++] = q->aPar[m]; }
    }
  }
  for(k=0; k<p->nDepIdx; k++){
    if( !aDeps[p->aDepIdx[k]] ) p->aNorm[p->nNorm++] = p->aDepIdx[k];
  }
}

/* The heads, and every revision's normalized down revisions. */
static int graphBuildHeads(MigrateGraph *g){
  u8 *aMark = migrateGraphMarks(g);
  u8 *aDeps = migrateGraphMarks(g);
  int *aQ = sqlite3_malloc64(sizeof(int)*(g->nRev+1));
  int i, rc = SQLITE_OK;
  if( aMark==0 || aDeps==0 || aQ==0 ) rc = SQLITE_NOMEM;
  for(i=0; rc==SQLITE_OK && i<g->nRev; i++){
    MigrateRev *p = g->aRev[i];
    if( p->nKid==0 ) rc = migrateIntPush(&g->aHead, &g->nHead, i);
    if( rc==SQLITE_OK ) graphNormalize(g, p, aMark, aDeps, aQ);
  }
  sqlite3_free(aMark);
  sqlite3_free(aDeps);
  sqlite3_free(aQ);
  return rc;
}

/*
** Link the revisions of g (already in g->aRev) into a graph.  Every
** problem found is listed in *pzErr, one per line.
*/
int migrateGraphBuild(MigrateGraph *g, char **pzErr){
  GraphProblems pr;
  int i, rc;
  pr.pStr = sqlite3_str_new(0);
  pr.n = 0;
  rc = graphBuildIndex(g, &pr);
  if( rc==SQLITE_OK ) rc = graphBuildLabels(g, &pr);
  if( rc==SQLITE_OK ) rc = graphBuildPool(g);
  for(i=0; rc==SQLITE_OK && i<g->nRev; i++){
    rc = graphBuildParents(g, i, &pr);
    if( rc==SQLITE_OK ) rc = graphBuildDeps(g, i, &pr);
  }
  if( rc==SQLITE_OK ) graphBuildKids(g);
  if( rc==SQLITE_OK ) rc = graphBuildCycles(g, &pr);
  if( rc==SQLITE_OK && pr.n==0 ) rc = graphBuildHeads(g);
  if( rc==SQLITE_OK && pr.n>0 ){
    *pzErr = migrateStrFinish(pr.pStr);
    return *pzErr ? SQLITE_ERROR : SQLITE_NOMEM;
  }
  sqlite3_free(migrateStrFinish(pr.pStr));
  return rc;
}

/* Read zDir and build its graph. */
int migrateGraphLoad(const char *zDir, MigrateGraph **ppG, char **pzErr){
  MigrateGraph *g = sqlite3_malloc64(sizeof(*g));
  int rc;
  *ppG = 0;
  if( g==0 ) return SQLITE_NOMEM;
  memset(g, 0, sizeof(*g));
  g->zDir = sqlite3_mprintf("%s", zDir);
  if( g->zDir==0 ){ sqlite3_free(g); return SQLITE_NOMEM; }
  rc = migrateReadDir(zDir, &g->aRev, &g->nRev, &g->pChunk, pzErr);
  if( rc==SQLITE_OK ) rc = migrateGraphBuild(g, pzErr);
  if( rc!=SQLITE_OK ){
    migrateGraphFree(g);
    return rc;
  }
  *ppG = g;
  return SQLITE_OK;
}

/*
** Resolve one reference to a single revision: "head", a full id, a branch
** label, or a unique prefix of an id.
*/
int migrateResolveOne(MigrateGraph *g, const char *zRef, int *piRev,
                      char **pzErr){
  int i, n, iFound = -1, nFound = 0;
  if( strcmp(zRef, "head")==0 ){
    if( g->nHead==1 ){ *piRev = g->aHead[0]; return SQLITE_OK; }
    if( g->nHead==0 ){
      *pzErr = sqlite3_mprintf("there are no revisions in %s", g->zDir);
    }else{
      char *z = migrateIdList(g, g->aHead, g->nHead, ", ");
      *pzErr = sqlite3_mprintf("multiple heads are present (%s): use 'heads', "
          "'<branch>@head' or a revision id", z);
      sqlite3_free(z);
    }
    return SQLITE_ERROR;
  }
  i = migrateGraphFind(g, zRef);
  if( i<0 ) i = migrateFindLabel(g, zRef);
  if( i>=0 ){ *piRev = i; return SQLITE_OK; }
  n = (int)strlen(zRef);
  if( n>0 ){
    /* ids are sorted: the matches of a prefix are contiguous */
    int lo = 0, hi = g->nRev;
    while( lo<hi ){
      int mid = (lo+hi)/2;
      if( strcmp(g->aRev[mid]->zId, zRef)<0 ) lo = mid+1; else hi = mid;
    }
    for(i=lo; i<g->nRev && strncmp(g->aRev[i]->zId, zRef, n)==0; i++){
      if( nFound==0 ) iFound = i;
      nFound++;
    }
  }
  if( nFound==1 ){ *piRev = iFound; return SQLITE_OK; }
  if( nFound>1 ){
    sqlite3_str *s = sqlite3_str_new(0);
    for(i=iFound; i<iFound+nFound && i<iFound+10; i++){
      sqlite3_str_appendf(s, "%s%s", i>iFound?", ":"", g->aRev[i]->zId);
    }
    if( nFound>10 ) sqlite3_str_appendf(s, ", ...");
    *pzErr = sqlite3_mprintf("ambiguous revision prefix '%s': it matches %z",
                            zRef, migrateStrFinish(s));
    return SQLITE_ERROR;
  }
  *pzErr = sqlite3_mprintf("no revision or branch label '%s' in %s",
                          zRef, g->zDir);
  return SQLITE_ERROR;
}

