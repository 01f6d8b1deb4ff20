/*
** graph.c - the revision graph, its heads, the target grammar and plans.
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
#include <stdarg.h>

static unsigned hashStr(const char *z){
  unsigned h = 2166136261u;
  while( *z ){ h ^= (unsigned char)*z++; h *= 16777619u; }
  return h;
}

int migrateGraphFind(MigrateGraph *g, const char *zId){
  unsigned h;
  if( g->nHash==0 ) return -1;
  h = hashStr(zId) & (unsigned)(g->nHash-1);
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

static int intPush(int **pa, int *pn, int v){
  int n = *pn;
  if( n==0 || (n>=4 && (n&(n-1))==0) ){
    int *aNew = sqlite3_realloc64(*pa, sizeof(int)*(n==0 ? 4 : n*2));
    if( aNew==0 ) return SQLITE_NOMEM;
    *pa = aNew;
  }
  (*pa)[n] = v;
  *pn = n+1;
  return SQLITE_OK;
}

static u8 *marksNew(MigrateGraph *g){
  u8 *a = sqlite3_malloc64(g->nRev+1);
  if( a ) memset(a, 0, g->nRev+1);
  return a;
}

void migrateGraphFree(MigrateGraph *g){
  int i;
  if( g==0 ) return;
  for(i=0; i<g->nRev; i++) migrateRevFree(g->aRev[i]);
  sqlite3_free(g->aRev);
  sqlite3_free(g->aHash);
  sqlite3_free(g->aHead);
  sqlite3_free(g->azLabel);        /* the strings belong to the revisions */
  sqlite3_free(g->aLabelRev);
  sqlite3_free(g->zDir);
  sqlite3_free(g);
}

static int cmpRev(const void *a, const void *b){
  const MigrateRev *pA = *(MigrateRev*const*)a;
  const MigrateRev *pB = *(MigrateRev*const*)b;
  int c = strcmp(pA->zId, pB->zId);
  return c ? c : strcmp(pA->zPath, pB->zPath);
}

typedef struct LabelRef { const char *z; int iRev; } LabelRef;
static int cmpLabelRef(const void *a, const void *b){
  int c = strcmp(((const LabelRef*)a)->z, ((const LabelRef*)b)->z);
  if( c==0 ) c = ((const LabelRef*)a)->iRev - ((const LabelRef*)b)->iRev;
  return c;
}

/*
** Extend the marked set of revisions with everything reachable from it:
** parents (bDown) or children (!bDown), and, if bDeps, also through
** depends_on.
*/
static int markReachable(MigrateGraph *g, u8 *aMark, int bDown, int bDeps){
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
  return markReachable(g, aMark, 1, 1);
}

/* Mark every descendant of every marked revision. */
int migrateDescendants(MigrateGraph *g, u8 *aMark){
  return markReachable(g, aMark, 0, 1);
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
  if( markReachable(g, aOut, 1, 0) || markReachable(g, aTmp, 0, 0) ){
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
  rc = markReachable(g, aM, 0, 0);
  for(i=0; rc==SQLITE_OK && i<g->nHead; i++){
    if( aM[g->aHead[i]] ) rc = intPush(paHead, pnHead, g->aHead[i]);
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
  u8 *aSeen = marksNew(g);
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

/* Sort the revisions by id and index them; reserved and duplicate ids. */
static int graphBuildIndex(MigrateGraph *g, GraphProblems *pP){
  int i;
  if( g->nRev>1 ) qsort(g->aRev, g->nRev, sizeof(MigrateRev*), cmpRev);
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
    h = hashStr(p->zId) & (unsigned)(g->nHash-1);
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
  qsort(aL, nL, sizeof(LabelRef), cmpLabelRef);
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
    if( intPush(&p->aPar, &p->nPar, j) ) return SQLITE_NOMEM;
    if( intPush(&g->aRev[j]->aKid, &g->aRev[j]->nKid, i) ) return SQLITE_NOMEM;
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
    if( intPush(&p->aDepIdx, &p->nDepIdx, j) ) return SQLITE_NOMEM;
    if( intPush(&g->aRev[j]->aDKid, &g->aRev[j]->nDKid, i) ){
      return SQLITE_NOMEM;
    }
  }
  return SQLITE_OK;
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
static int graphNormalize(MigrateGraph *g, MigrateRev *p, u8 *aMark,
                          u8 *aDeps, int *aQ){
  int nQ = 0, k, m, rc = SQLITE_OK;
  for(k=0; rc==SQLITE_OK && k<p->nPar; k++){
    rc = intPush(&p->aNorm, &p->nNorm, p->aPar[k]);
  }
  if( rc || p->nDepIdx==0 ) return rc;
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
  for(k=0; rc==SQLITE_OK && k<p->nDepIdx; k++){
    if( !aDeps[p->aDepIdx[k]] ){
      rc = intPush(&p->aNorm, &p->nNorm, p->aDepIdx[k]);
    }
  }
  return rc;
}

/* The heads, and every revision's normalized down revisions. */
static int graphBuildHeads(MigrateGraph *g){
  u8 *aMark = marksNew(g);
  u8 *aDeps = marksNew(g);
  int *aQ = sqlite3_malloc64(sizeof(int)*(g->nRev+1));
  int i, rc = SQLITE_OK;
  if( aMark==0 || aDeps==0 || aQ==0 ) rc = SQLITE_NOMEM;
  for(i=0; rc==SQLITE_OK && i<g->nRev; i++){
    MigrateRev *p = g->aRev[i];
    if( p->nKid==0 ) rc = intPush(&g->aHead, &g->nHead, i);
    if( rc==SQLITE_OK ) rc = graphNormalize(g, p, aMark, aDeps, aQ);
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
  for(i=0; rc==SQLITE_OK && i<g->nRev; i++){
    rc = graphBuildParents(g, i, &pr);
    if( rc==SQLITE_OK ) rc = graphBuildDeps(g, i, &pr);
  }
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
  rc = migrateReadDir(zDir, &g->aRev, &g->nRev, pzErr);
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

/* Members of aSet with no child in aSet (a child through down_revision,
** or, if bDeps, through depends_on), in id order. */
static int graphTips(MigrateGraph *g, const u8 *aSet, int bDeps, int **pa,
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
    if( bTip && intPush(pa, pn, i) ) return SQLITE_NOMEM;
  }
  return SQLITE_OK;
}

/* Members of aSet with no child in aSet, in id order. */
static int tipsOf(MigrateGraph *g, const u8 *aSet, int **pa, int *pn){
  return graphTips(g, aSet, 1, pa, pn);
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
  if( !bBase && intPush(&aS, &nS, iStart) ) return SQLITE_NOMEM;
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
            rc = intPush(&aC, &nC, k);
          }
        }
      }else{
        MigrateRev *p = g->aRev[aS[0]];
        for(k=0; k<p->nKid && rc==SQLITE_OK; k++){
          if( aLin==0 || aLin[p->aKid[k]] ) rc = intPush(&aC, &nC, p->aKid[k]);
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
          rc = intPush(&aC, &nC, p->aPar[k]);
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

static int addStep(MigratePlan *pPlan, int iRev, int eDir){
  MigrateStep *aNew = sqlite3_realloc64(pPlan->aStep,
                                        sizeof(MigrateStep)*(pPlan->nStep+1));
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
    rc = addStep(pPlan, j, eDir);
    if( rc ) break;
    pStep = &pPlan->aStep[pPlan->nStep-1];
    if( eDir==MIGRATE_UP ){
      /* the normalized down revisions that are rows give way to j */
      for(m=0; rc==SQLITE_OK && m<p->nNorm; m++){
        if( aH[p->aNorm[m]] ){
          aH[p->aNorm[m]] = 0;
          rc = intPush(&pStep->aDel, &pStep->nDel, p->aNorm[m]);
        }
      }
      if( rc==SQLITE_OK ) rc = intPush(&pStep->aIns, &pStep->nIns, j);
      aH[j] = 1;
      aA[j] = 1;
    }else{
      /* j goes; each normalized down revision left without an applied
      ** child becomes a row */
      aH[j] = 0;
      aA[j] = 0;
      if( rc==SQLITE_OK ) rc = intPush(&pStep->aDel, &pStep->nDel, j);
      for(m=0; rc==SQLITE_OK && m<p->nNorm; m++){
        MigrateRev *q = g->aRev[p->aNorm[m]];
        int c, bCovered = aH[p->aNorm[m]];
        for(c=0; !bCovered && c<q->nKid; c++) if( aA[q->aKid[c]] ) bCovered = 1;
        for(c=0; !bCovered && c<q->nDKid; c++) if( aA[q->aDKid[c]] ) bCovered = 1;
        if( !bCovered ){
          aH[p->aNorm[m]] = 1;
          rc = intPush(&pStep->aIns, &pStep->nIns, p->aNorm[m]);
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
    rc = intPush(&pPlan->aFrom, &pPlan->nFrom, aCur[i]);
  }
  for(i=0; rc==SQLITE_OK && i<g->nRev; i++){
    if( aH[i] ) rc = intPush(&pPlan->aTo, &pPlan->nTo, i);
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
  u8 *aA = marksNew(g);
  u8 *aH = marksNew(g);
  u8 *aD = marksNew(g);
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
static int parseRelative(const char *z, const char **pzSym, int *pnSym,
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
typedef struct GraphMove GraphMove;
struct GraphMove {
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
static int graphMoveLabel(GraphMove *p, const char **pzRest, char **pzErr){
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
static int graphResolveOn(MigrateGraph *g, const char *zRef, const u8 *aLin,
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
static int graphRowsOn(GraphMove *p, const u8 *aLin, int **paC, int *pnC){
  int i, rc = SQLITE_OK;
  for(i=0; rc==SQLITE_OK && i<p->nCur; i++){
    if( aLin==0 || aLin[p->aCur[i]] ) rc = intPush(paC, pnC, p->aCur[i]);
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
static int graphTipsOn(GraphMove *p, const u8 *aLin, int bUp, int **paC,
                       int *pnC){
  u8 *aOn = marksNew(p->g);
  int *aT = 0, nT = 0, i, rc;
  if( aOn==0 ) return SQLITE_NOMEM;
  for(i=0; i<p->g->nRev; i++) aOn[i] = p->aA[i] && (!bUp || aLin[i]);
  rc = graphTips(p->g, aOn, bUp, &aT, &nT);
  for(i=0; rc==SQLITE_OK && i<nT; i++){
    if( aLin[aT[i]] ) rc = intPush(paC, pnC, aT[i]);
  }
  sqlite3_free(aT);
  sqlite3_free(aOn);
  return rc;
}

/* The error for a relative target that finds several current revisions. */
static int graphAmbiguousStart(GraphMove *p, const int *aC, int nC,
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
static int graphStartUp(GraphMove *p, const u8 *aLin, int *piStart,
                        char **pzErr){
  int *aC = 0, nC = 0, rc = SQLITE_OK;
  *piStart = -1;
  if( p->eDir==MIGRATE_DOWN ){
    *pzErr = sqlite3_mprintf("relative target '%s' moves up: use "
                            "migrate_upgrade", p->zTarget);
    return SQLITE_ERROR;
  }
  rc = graphRowsOn(p, aLin, &aC, &nC);
  if( rc==SQLITE_OK && nC==0 && aLin ){
    rc = graphTipsOn(p, aLin, 1, &aC, &nC);
  }
  if( rc==SQLITE_OK && nC>1 ) rc = graphAmbiguousStart(p, aC, nC, "+", pzErr);
  if( rc==SQLITE_OK && nC==1 ) *piStart = aC[0];
  sqlite3_free(aC);
  return rc;
}

/*
** Where "-N" or "<label>@-N" starts: the one current revision (of the
** branch aLin).  The move reverts only on that revision's lineage.
*/
static int graphStartDown(GraphMove *p, const u8 *aLin, int *piStart,
                          char **pzErr){
  int *aC = 0, nC = 0, rc = SQLITE_OK;
  if( p->eDir==MIGRATE_UP ){
    *pzErr = sqlite3_mprintf("relative target '%s' moves down: use "
                            "migrate_downgrade", p->zTarget);
    return SQLITE_ERROR;
  }
  rc = graphRowsOn(p, aLin, &aC, &nC);
  if( rc==SQLITE_OK && nC==0 && aLin ){
    rc = graphTipsOn(p, aLin, 0, &aC, &nC);
  }
  if( rc==SQLITE_OK && nC==0 ){
    *pzErr = aLin ?
      sqlite3_mprintf("relative target '%s' cannot be reached: nothing "
                     "on branch '%s' is applied", p->zTarget, p->zLabel) :
      sqlite3_mprintf("relative target '%s' cannot be reached: the "
                     "database is at base", p->zTarget);
    rc = SQLITE_ERROR;
  }
  if( rc==SQLITE_OK && nC>1 ) rc = graphAmbiguousStart(p, aC, nC, "-", pzErr);
  if( rc==SQLITE_OK ){
    *piStart = aC[0];
    p->aScope = marksNew(p->g);
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
static int graphMoveRelative(GraphMove *p, const char *zSym, int nSym,
                             int nRel, char **pzErr){
  MigrateGraph *g = p->g;
  u8 *aLin = 0;
  int *aS = 0, nS = 0;
  int iStart = -1, i, rc = SQLITE_OK;
  if( p->iLabel>=0 ){
    aLin = marksNew(g);
    if( aLin==0 ) return SQLITE_NOMEM;
    rc = migrateLineage(g, p->iLabel, aLin);
  }
  if( rc==SQLITE_OK && zSym ){
    char *z = sqlite3_mprintf("%.*s", nSym, zSym);
    if( z==0 ) rc = SQLITE_NOMEM;
    else rc = graphResolveOn(g, z, aLin, &iStart, pzErr);
    sqlite3_free(z);
    if( rc==SQLITE_OK && aLin && nRel<0 && !aLin[iStart] ){
      *pzErr = sqlite3_mprintf("revision %s is not on branch '%s'",
                              g->aRev[iStart]->zId, p->zLabel);
      rc = SQLITE_ERROR;
    }
  }else if( rc==SQLITE_OK ){
    rc = nRel>=0 ? graphStartUp(p, aLin, &iStart, pzErr)
                 : graphStartDown(p, aLin, &iStart, pzErr);
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
static int graphMoveBase(GraphMove *p){
  MigrateGraph *g = p->g;
  int j = p->iLabel;
  p->bBase = 1;
  p->bDownward = 1;
  if( p->eDir==MIGRATE_AUTO ) p->eDir = MIGRATE_DOWN;
  if( j<0 ) return SQLITE_OK;
  p->aScope = marksNew(g);
  if( p->aScope==0 ) return SQLITE_NOMEM;
  p->aScope[j] = 1;
  if( markReachable(g, p->aScope, 0, 0) ) return SQLITE_NOMEM;
  while( g->aRev[j]->nPar==1 ){
    MigrateRev *pPar = g->aRev[g->aRev[j]->aPar[0]];
    if( pPar->nKid+pPar->nDKid!=1 || pPar->nPar>1 ) break;
    j = g->aRev[j]->aPar[0];
    p->aScope[j] = 1;
  }
  return SQLITE_OK;
}

/* "head", "heads", "<label>@head" or "<label>@heads". */
static int graphMoveHeads(GraphMove *p, const char *zRest, char **pzErr){
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
static int graphMoveRev(GraphMove *p, const char *zRest, char **pzErr){
  MigrateGraph *g = p->g;
  u8 *aLin;
  int i, rc;
  if( p->iLabel<0 ){
    rc = migrateResolveOne(g, zRest, &i, pzErr);
    if( rc==SQLITE_OK ) p->aT[i] = 1;
    return rc;
  }
  aLin = marksNew(g);
  if( aLin==0 ) return SQLITE_NOMEM;
  rc = migrateLineage(g, p->iLabel, aLin);
  if( rc==SQLITE_OK ) rc = graphResolveOn(g, zRest, aLin, &i, pzErr);
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
static int graphMoveTarget(GraphMove *p, char **pzErr){
  const char *zRest = 0, *zSym = 0;
  int nSym = 0, nRel = 0, rc;
  if( p->zTarget==0 || p->zTarget[0]==0 ){
    *pzErr = sqlite3_mprintf("the target is empty: use head, heads, base, a "
                            "revision, +N or -N");
    return SQLITE_ERROR;
  }
  rc = graphMoveLabel(p, &zRest, pzErr);
  if( rc ) return rc;
  if( parseRelative(zRest, &zSym, &nSym, &nRel) ){
    return graphMoveRelative(p, zSym, nSym, nRel, pzErr);
  }
  if( strcmp(zRest, "base")==0 ) return graphMoveBase(p);
  if( strcmp(zRest, "heads")==0 || strcmp(zRest, "head")==0 ){
    return graphMoveHeads(p, zRest, pzErr);
  }
  return graphMoveRev(p, zRest, pzErr);
}

/*
** The revisions a downgrade to the target reverts, into aD: what builds
** on the target through down_revision (its children and their
** descendants) and whatever depends on those.  A revision that depends on
** the target itself stays applied, as the target does (as in Alembic).
** Within p->aScope if there is one; at base, everything applied.
*/
static int graphRevertSet(GraphMove *p, u8 *aD, char **pzErr){
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
static int graphMoveSet(GraphMove *p, u8 *aD, char **pzErr){
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
    return graphRevertSet(p, aD, pzErr);
  }
  return SQLITE_OK;
}

/*
** The applied set after a stamp, into aNew.  Downward (base, @base, -N):
** what is applied less aD.  Otherwise the target replaces every current
** revision on its lineage (an ancestor or a descendant of it); the other
** rows stay.
*/
static int graphStampSet(GraphMove *p, const u8 *aD, u8 *aNew){
  MigrateGraph *g = p->g;
  u8 *aLin;
  int i, rc;
  if( p->bBase || p->bDownward ){
    for(i=0; i<g->nRev; i++) aNew[i] = p->aA[i] && !aD[i];
    return SQLITE_OK;
  }
  aLin = marksNew(g);
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
static int graphStampStep(GraphMove *p, u8 *aH, const u8 *aNew,
                          MigratePlan *pPlan){
  MigrateGraph *g = p->g;
  int *aNewH = 0, nNewH = 0, i, rc;
  u8 *aNewHM = marksNew(g);
  if( aNewHM==0 ) return SQLITE_NOMEM;
  rc = tipsOf(g, aNew, &aNewH, &nNewH);
  for(i=0; rc==SQLITE_OK && i<nNewH; i++) aNewHM[aNewH[i]] = 1;
  for(i=0; rc==SQLITE_OK && i<g->nRev; i++){
    MigrateStep *pStep;
    if( aH[i]==aNewHM[i] ) continue;
    if( pPlan->nStep==0 ) rc = addStep(pPlan, -1, MIGRATE_STAMP);
    if( rc ) break;
    pStep = &pPlan->aStep[0];
    if( aH[i] ) rc = intPush(&pStep->aDel, &pStep->nDel, i);
    else rc = intPush(&pStep->aIns, &pStep->nIns, i);
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
static int graphAutoDir(GraphMove *p){
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
  GraphMove m;
  u8 *aH = marksNew(g);          /* version rows, as the plan goes */
  u8 *aD = marksNew(g);          /* the set to revert, or to apply */
  u8 *aNew = 0;                  /* the applied set after a stamp */
  int rc = SQLITE_OK, i;

  memset(pPlan, 0, sizeof(*pPlan));
  memset(&m, 0, sizeof(m));
  m.g = g; m.zTarget = zTarget; m.aCur = aCur; m.nCur = nCur;
  m.eDir = eDir; m.iLabel = -1;
  m.aA = marksNew(g);
  m.aT = marksNew(g);
  if( m.aA==0 || m.aT==0 || aH==0 || aD==0 ){ rc = SQLITE_NOMEM; goto done; }
  for(i=0; i<nCur; i++){ m.aA[aCur[i]] = 1; aH[aCur[i]] = 1; }
  if( migrateAncestors(g, m.aA) ){ rc = SQLITE_NOMEM; goto done; }

  rc = graphMoveTarget(&m, pzErr);
  if( rc ) goto done;
  m.eDir = graphAutoDir(&m);
  pPlan->eDir = m.eDir;
  rc = graphMoveSet(&m, aD, pzErr);
  if( rc ) goto done;
  if( m.eDir==MIGRATE_STAMP ){
    aNew = marksNew(g);
    if( aNew==0 ){ rc = SQLITE_NOMEM; goto done; }
    rc = graphStampSet(&m, aD, aNew);
    if( rc==SQLITE_OK ) rc = graphStampStep(&m, aH, aNew, pPlan);
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
  aM = marksNew(g);
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
    rc = tipsOf(g, aM, paCur, pnCur);
  }
  sqlite3_free(aM);
  return rc;
}
