/*
** fuzz_revfile.c - libFuzzer target for the revision-file parser
** (ext/revfile.c) and, behind it, the graph builder (ext/graph.c).
**
** An input is one or more revision files, separated by a line "%%"
** (the text "\n%%\n"; at most 8 files).  Each file is parsed with
** migrateRevParse().  For each one that parses:
**
**   R1  migrateRevRender() of it parses again, to the same revision: the
**       same id, down revisions, labels, depends_on, message, date, both
**       sections and checksum (what migrate_revision writes is what every
**       command reads back).  Not asked of a revision whose section starts
**       with an indented marker line (see startsWithMarker());
**   R2  rendering that again gives the same text (rendering is a fixed
**       point after one round).
**
** When every file parses, the revisions, together with two fixed ones
** (a1, a root, and b1 on it, labelled "main"), are built into a graph
** with migrateGraphBuild(): duplicate ids, missing parents, cycles and
** label clashes are errors to report, not crashes.  When the graph
** builds, migratePlan() is run to "heads" (up) and to "base" (down) from
** base and from the heads, and migrateResolveOne() on every id and label.
** R1 and R2 failures abort; errors are fine; the sanitizers and leak
** detection see the rest.
**
**   dist/fuzz/fuzz_revfile -dict=test/fuzz/revfile.dict \
**       dist/fuzz/corpus/revfile test/fuzz/corpus/revfile
**   dist/fuzz/fuzz_revfile FILE...       run the given inputs once
*/
#include "migrate.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

#define MAX_FILES 8

static const char *azFixed[] = {
  "-- revision: a1\n-- down_revision:\n-- message: root\n\n"
  "-- migrate:upgrade\nCREATE TABLE a(x);\n-- migrate:downgrade\n"
  "DROP TABLE a;\n",
  "-- revision: b1\n-- down_revision: a1\n-- branch_labels: main\n"
  "-- message: second\n\n-- migrate:upgrade\nCREATE TABLE b(x);\n"
  "-- migrate:downgrade\nDROP TABLE b;\n",
};

static long nFiles, nParsed, nRound, nGraph, nBuilt;   /* printed at exit */

static void atExit(void){
  fprintf(stderr, "fuzz_revfile: files %ld, parsed %ld, round trips %ld; "
          "graphs %ld, built %ld\n", nFiles, nParsed, nRound, nGraph, nBuilt);
}

int LLVMFuzzerInitialize(int *pArgc, char ***pArgv){
  (void)pArgc; (void)pArgv;
  atexit(atExit);
  return 0;
}

static void fail(const char *zWhat, const char *z1, const char *z2){
  fprintf(stderr, "FUZZ CHECK FAILED: %s\n--- 1:\n%s\n--- 2:\n%s\n", zWhat,
          z1 ? z1 : "(null)", z2 ? z2 : "(null)");
  abort();
}

static void sameList(const char *zWhat, char **a1, int n1, char **a2,
                     int n2){
  int i;
  if( n1!=n2 ) fail(zWhat, "list lengths differ", "");
  for(i=0; i<n1; i++) if( strcmp(a1[i], a2[i])!=0 ) fail(zWhat, a1[i], a2[i]);
}

static void sameStr(const char *zWhat, const char *z1, const char *z2){
  if( strcmp(z1, z2)!=0 ) fail(zWhat, z1, z2);
}

/* Does the first line of section z read as a "-- migrate:" marker?  The
** parser trims a section, so an indented marker line at its start
** (" -- migrate:upgrade") becomes one at column 0, which then reads as a
** marker when rendered.  Such a revision cannot be written (the writer
** in migrate.c re-parses what it renders and refuses it), so R1 is not
** asked of it. */
static int startsWithMarker(const char *z){
  if( z[0]!='-' || z[1]!='-' ) return 0;
  z += 2;
  while( *z==' ' || *z=='\t' ) z++;
  if( strncmp(z, "migrate:upgrade", 15)==0 ) z += 15;
  else if( strncmp(z, "migrate:downgrade", 17)==0 ) z += 17;
  else return 0;
  while( *z==' ' || *z=='\t' || *z=='\r' || *z=='\f' || *z=='\v' ) z++;
  return *z=='\n' || *z==0;
}

/* R1 and R2 for the parsed revision p. */
static void roundTrip(const MigrateRev *p){
  char *zText;
  char *zText2;
  MigrateRev *q = 0;
  char *zErr = 0;
  int rc;
  if( startsWithMarker(p->zUp) || startsWithMarker(p->zDownSql) ) return;
  nRound++;
  zText = migrateRevRender(p);
  if( zText==0 ) return;                       /* out of memory */
  rc = migrateRevParse(p->zPath, zText, strlen(zText), &q, &zErr);
  if( rc!=SQLITE_OK ){
    if( rc==SQLITE_NOMEM ){ sqlite3_free(zText); return; }
    fail("R1: the rendered revision does not parse", zText, zErr);
  }
  sameStr("R1: id", p->zId, q->zId);
  sameList("R1: down_revision", p->azDown, p->nDown, q->azDown, q->nDown);
  sameList("R1: branch_labels", p->azLabel, p->nLabel, q->azLabel,
           q->nLabel);
  sameList("R1: depends_on", p->azDep, p->nDep, q->azDep, q->nDep);
  sameStr("R1: message", p->zMessage, q->zMessage);
  sameStr("R1: create_date", p->zDate, q->zDate);
  sameStr("R1: upgrade section", p->zUp, q->zUp);
  sameStr("R1: downgrade section", p->zDownSql, q->zDownSql);
  sameStr("R1: checksum", migrateRevSum((MigrateRev*)p),
          migrateRevSum(q));
  zText2 = migrateRevRender(q);
  if( zText2 ) sameStr("R2: render(parse(render)) != render", zText, zText2);
  sqlite3_free(zText2);
  sqlite3_free(zText);
  migrateRevFree(q);
}

/* Plans on a built graph: any error is fine, nothing may crash or leak. */
static void exercise(MigrateGraph *g){
  static const char *azT[] = { "heads", "base" };
  static const int aDir[] = { MIGRATE_UP, MIGRATE_DOWN };
  int i, k;
  for(k=0; k<2; k++){
    int bCur;
    for(bCur=0; bCur<2; bCur++){
      MigratePlan plan;
      char *zErr = 0;
      migratePlan(g, g->aHead, bCur ? g->nHead : 0, azT[k], aDir[k], &plan,
                  &zErr);
      migratePlanClear(&plan);
      sqlite3_free(zErr);
    }
  }
  for(i=0; i<g->nRev; i++){
    int iRev;
    char *zErr = 0;
    migrateResolveOne(g, g->aRev[i]->zId, &iRev, &zErr);
    sqlite3_free(zErr);
  }
  for(i=0; i<g->nLabel; i++){
    int iRev;
    char *zErr = 0;
    migrateResolveOne(g, g->azLabel[i], &iRev, &zErr);
    sqlite3_free(zErr);
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData){
  const char *z = (const char*)aData;
  MigrateRev *aRev[MAX_FILES+2];
  int nRev = 0, nFile = 0, bAll = 1, i;
  size_t iStart = 0;
  if( nData>200000 ) return 0;

  /* split at "\n%%\n" and parse each file */
  while( iStart<=nData && nFile<MAX_FILES ){
    size_t iEnd = iStart;
    char zPath[32];
    MigrateRev *p = 0;
    char *zErr = 0;
    while( iEnd+4<=nData && memcmp(&z[iEnd], "\n%%\n", 4)!=0 ) iEnd++;
    if( iEnd+4>nData ) iEnd = nData;
    snprintf(zPath, sizeof(zPath), "migrations/f%d.sql", nFile);
    nFile++;
    nFiles++;
    if( migrateRevParse(zPath, &z[iStart], iEnd-iStart, &p, &zErr)==SQLITE_OK ){
      nParsed++;
      if( zErr ) fail("a parse that succeeds sets no error", zErr, "");
      roundTrip(p);
      aRev[nRev++] = p;
    }else{
      bAll = 0;
    }
    sqlite3_free(zErr);
    if( iEnd>=nData ) break;
    iStart = iEnd+4;
  }

  if( bAll ){
    MigrateGraph *g = sqlite3_malloc64(sizeof(*g));
    char *zErr = 0;
    if( g==0 ) goto out;
    memset(g, 0, sizeof(*g));
    g->zDir = sqlite3_mprintf("migrations");
    g->aRev = sqlite3_malloc64(sizeof(MigrateRev*)*(nRev+2));
    if( g->zDir==0 || g->aRev==0 ){ migrateGraphFree(g); goto out; }
    for(i=0; i<2; i++){
      MigrateRev *p = 0;
      if( migrateRevParse("migrations/fixed.sql", azFixed[i],
                          strlen(azFixed[i]), &p, &zErr)!=SQLITE_OK ){
        fail("a fixed revision does not parse", azFixed[i], zErr);
      }
      g->aRev[g->nRev++] = p;
    }
    for(i=0; i<nRev; i++) g->aRev[g->nRev++] = aRev[i];
    nRev = 0;                                  /* g owns them now */
    nGraph++;
    if( migrateGraphBuild(g, &zErr)==SQLITE_OK ){
      nBuilt++;
      if( zErr ) fail("a build that succeeds sets no error", zErr, "");
      exercise(g);
    }
    sqlite3_free(zErr);
    migrateGraphFree(g);
  }
out:
  for(i=0; i<nRev; i++) migrateRevFree(aRev[i]);
  return 0;
}
