/*
** revise.c - writing new revisions: migrate_revision, migrate_merge and
** migrate_autogenerate.
**
** A new revision builds on the one head (or the revision named by the
** head option, which must be a head unless splice is set), or, for a
** merge, on every head or those named.  Its id is 12 random hex digits
** unless rev_id gives one; branch labels may not clash, and depends_on
** names must resolve.  Each section is checked before the file is written:
** trimmed, a missing final ";" added, and every statement prepared in a
** scratch database (a syntax error is refused; a missing table is not, as
** it may come from an earlier revision).  Autogenerate writes a revision
** only when the database is at head and the model differs from it.
*/
#include "migrate.h"
#include <stdio.h>
#include <string.h>

/*
** Make a section's SQL ready for the file: trimmed, with a final semicolon
** added where only that was missing, and free of syntax errors.  Each
** statement is prepared in a scratch in-memory database: a syntax error is
** refused, an error about names (no such table) is not, as the tables may
** come from earlier revisions.
*/
static int reviseSection(const char *zFunc, const char *zName, const char *z,
                       char **pzOut, char **pzErr){
  char *zOut;
  int bAdded = 0, rc = SQLITE_OK, iStmt = 0;
  sqlite3 *pScratch = 0;
  const char *zSql;
  static const char *azSuffix[] = { ";", "\n;" };

  zOut = migrateTrimDup(z, strlen(z));
  if( zOut==0 ) return SQLITE_NOMEM;
  if( *migrateSkipSpace(zOut)==0 ){         /* empty, or comments only */
    *pzOut = zOut;
    return SQLITE_OK;
  }
  if( !migrateSqlComplete(zOut) ){
    int i;
    for(i=0; i<2 && !bAdded; i++){
      char *zTry = sqlite3_mprintf("%s%s", zOut, azSuffix[i]);
      if( zTry==0 ){ sqlite3_free(zOut); return SQLITE_NOMEM; }
      if( migrateSqlComplete(zTry) ){
        sqlite3_free(zOut);
        zOut = zTry;
        bAdded = 1;
      }else{
        sqlite3_free(zTry);
      }
    }
    if( !bAdded ) rc = SQLITE_ERROR;
  }
  if( rc==SQLITE_OK ){
    rc = sqlite3_open_v2(":memory:", &pScratch,
                         SQLITE_OPEN_READWRITE|SQLITE_OPEN_CREATE, 0);
  }
  for(zSql=zOut; rc==SQLITE_OK && *migrateSkipSpace(zSql); ){
    sqlite3_stmt *pStmt = 0;
    const char *zTail = 0;
    const char *zStart = migrateSkipSpace(zSql);
    iStmt++;
    if( sqlite3_prepare_v2(pScratch, zSql, -1, &pStmt, &zTail)==SQLITE_OK ){
      sqlite3_finalize(pStmt);
      zSql = zTail;
    }else{
      const char *zE = sqlite3_errmsg(pScratch);
      int nStmt = migrateStmtLength(zStart);
      if( strstr(zE, "syntax error") || strstr(zE, "incomplete input")
       || strstr(zE, "unrecognized token") ){
        if( bAdded && *migrateSkipSpace(zStart+nStmt)==0
         && (strstr(zE, "near \";\"") || strstr(zE, "incomplete input")) ){
          rc = SQLITE_ERROR;
        }else{
          *pzErr = sqlite3_mprintf("%s: %s has a syntax error in statement %d "
              "(%.*s%s): %s", zFunc, zName, iStmt,
              migrateExcerptLen(zStart, nStmt, 200),
              zStart, nStmt>200 ? "..." : "", zE);
          rc = SQLITE_ERROR;
        }
      }
      zSql = zStart + nStmt;
    }
  }
  sqlite3_close(pScratch);
  if( rc!=SQLITE_OK ){
    sqlite3_free(zOut);
    if( rc==SQLITE_ERROR && *pzErr==0 ){
      *pzErr = sqlite3_mprintf("%s: %s is not complete SQL (an unterminated "
                              "string, comment or trigger?)", zFunc, zName);
    }
    return rc;
  }
  *pzOut = zOut;
  return SQLITE_OK;
}

/* The single head of the branch named by zRef ("X@head"). */
static int reviseBranchHead(MigrateGraph *g, const char *zRef, int *piRev,
                            char **pzErr){
  char *zLabel = sqlite3_mprintf("%.*s", (int)(strlen(zRef)-5), zRef);
  int *aHead = 0, nHead = 0, iL = -1, rc = SQLITE_OK;
  if( zLabel==0 ) return SQLITE_NOMEM;
  rc = migrateResolveOne(g, zLabel, &iL, pzErr);
  if( rc==SQLITE_OK ) rc = migrateBranchHeads(g, iL, &aHead, &nHead);
  if( rc==SQLITE_OK && nHead!=1 ){
    char *z = migrateIdList(g, aHead, nHead, ", ");
    *pzErr = sqlite3_mprintf("branch '%s' has several heads (%s): name one "
                             "of them", zLabel, z);
    sqlite3_free(z);
    rc = SQLITE_ERROR;
  }
  if( rc==SQLITE_OK ) *piRev = aHead[0];
  sqlite3_free(aHead);
  sqlite3_free(zLabel);
  return rc;
}

/* The id of the new revision r: rev_id, or 12 random hex digits. */
static int reviseId(MigrateGraph *g, const MigrateOpts *pOpt, MigrateRev *r,
                    char **pzErr){
  const char *zId = pOpt->zRevId;
  int j;
  if( zId==0 ){
    do{
      sqlite3_free(r->zId);
      r->zId = migrateNewId();
    }while( r->zId && migrateGraphFind(g, r->zId)>=0 );
    return r->zId ? SQLITE_OK : SQLITE_NOMEM;
  }
  if( !migrateIdValid(zId) ){
    *pzErr = sqlite3_mprintf("invalid rev_id '%s' (1 to 32 letters, digits "
                             "and _)", zId);
  }else if( migrateIdReserved(zId) ){
    *pzErr = sqlite3_mprintf("rev_id '%s' is reserved", zId);
  }else if( (j = migrateGraphFind(g, zId))>=0 ){
    *pzErr = sqlite3_mprintf("revision '%s' already exists (%s)", zId,
                             g->aRev[j]->zPath);
  }else{
    r->zId = migrateStrdup(zId);
    return r->zId ? SQLITE_OK : SQLITE_NOMEM;
  }
  return SQLITE_ERROR;
}

/* Is label zL of the new revision r (its i-th) a valid and unused one? */
static int reviseLabelOk(MigrateGraph *g, MigrateRev *r, int i,
                         char **pzErr){
  const char *zL = r->azLabel[i];
  int j;
  if( !migrateLabelValid(zL) ){
    *pzErr = sqlite3_mprintf("invalid branch label '%s' (letters, digits, "
                             "_, - and .)", zL);
    return SQLITE_ERROR;
  }
  if( migrateGraphFind(g, zL)>=0 || strcmp(zL, r->zId)==0 ){
    *pzErr = sqlite3_mprintf("branch label '%s' is also a revision id", zL);
    return SQLITE_ERROR;
  }
  for(j=0; j<g->nLabel; j++){
    if( strcmp(g->azLabel[j], zL)==0 ){
      *pzErr = sqlite3_mprintf("branch label '%s' is already used by "
          "revision %s (%s)", zL, g->aRev[g->aLabelRev[j]]->zId,
          g->aRev[g->aLabelRev[j]]->zPath);
      return SQLITE_ERROR;
    }
  }
  for(j=0; j<i; j++){
    if( strcmp(r->azLabel[j], zL)==0 ){
      *pzErr = sqlite3_mprintf("branch label '%s' is given twice", zL);
      return SQLITE_ERROR;
    }
  }
  return SQLITE_OK;
}

/* The down revisions, branch labels and depends_on of the new revision
** r; a dependency must resolve, and an id or a prefix of one is written in
** full (a branch label is kept as written, as Alembic does). */
static int reviseLinks(MigrateGraph *g, const int *aPar, int nPar,
                       const MigrateOpts *pOpt, MigrateRev *r, char **pzErr){
  int rc = SQLITE_OK, i, j;
  for(i=0; rc==SQLITE_OK && i<nPar; i++){
    rc = migrateListAdd(&r->azDown, &r->nDown, g->aRev[aPar[i]]->zId);
  }
  if( rc==SQLITE_OK && pOpt->zLabel ){
    rc = migrateSplitList(pOpt->zLabel, &r->azLabel, &r->nLabel);
    for(i=0; rc==SQLITE_OK && i<r->nLabel; i++){
      rc = reviseLabelOk(g, r, i, pzErr);
    }
  }
  if( rc==SQLITE_OK && pOpt->zDeps ){
    rc = migrateSplitList(pOpt->zDeps, &r->azDep, &r->nDep);
    for(i=0; rc==SQLITE_OK && i<r->nDep; i++){
      char *zErr = 0;
      rc = migrateResolveOne(g, r->azDep[i], &j, &zErr);
      if( rc==SQLITE_OK && migrateFindLabel(g, r->azDep[i])<0 ){
        sqlite3_free(r->azDep[i]);
        r->azDep[i] = migrateStrdup(g->aRev[j]->zId);
        if( r->azDep[i]==0 ) rc = SQLITE_NOMEM;
      }else if( zErr ){
        *pzErr = sqlite3_mprintf("depends_on: %s", zErr);
        sqlite3_free(zErr);
      }
    }
  }
  return rc;
}

/* Does revision r read back from its file as meant (no marker line hidden
** in its SQL)? */
static int reviseReadsBack(MigrateRev *r, char **pzErr){
  char *zText = migrateRevRender(r), *zErr = 0;
  MigrateRev *pBack = 0;
  int rc;
  if( zText==0 ) return SQLITE_NOMEM;
  rc = migrateRevParse("(new revision)", zText, strlen(zText), &pBack, &zErr);
  if( rc==SQLITE_OK && (strcmp(pBack->zUp, r->zUp)!=0
                     || strcmp(pBack->zDownSql, r->zDownSql)!=0) ){
    rc = SQLITE_ERROR;
  }
  if( rc==SQLITE_ERROR ){
    *pzErr = sqlite3_mprintf("the SQL holds a line that reads as a "
        "'-- migrate:' section marker; reword that comment");
  }
  sqlite3_free(zErr);
  sqlite3_free(zText);
  migrateRevFree(pBack);
  return rc;
}

/*
** Write a new revision of function zFunc on the graph g, on the down
** revisions aPar.  On success *pzId is the new id.
*/
static int reviseWrite(MigrateGraph *g, const char *zFunc,
                       const char *zMessage, const char *zUp,
                       const char *zDown, const int *aPar, int nPar,
                       const MigrateOpts *pOpt, char **pzId, char **pzErr){
  MigrateRev rev;
  int rc = SQLITE_OK;
  memset(&rev, 0, sizeof(rev));
  rev.zMessage = migrateOneLine(zMessage);
  rev.zDate = migrateNow();
  if( rev.zMessage==0 || rev.zDate==0 ) rc = SQLITE_NOMEM;
  if( rc==SQLITE_OK ){
    rc = reviseSection(zFunc, "upgrade_sql", zUp, &rev.zUp, pzErr);
  }
  if( rc==SQLITE_OK ){
    rc = reviseSection(zFunc, "downgrade_sql", zDown, &rev.zDownSql, pzErr);
  }
  if( rc==SQLITE_OK ) rc = reviseId(g, pOpt, &rev, pzErr);
  if( rc==SQLITE_OK ) rc = reviseLinks(g, aPar, nPar, pOpt, &rev, pzErr);
  if( rc==SQLITE_OK ) rc = reviseReadsBack(&rev, pzErr);
  if( rc==SQLITE_OK ) rc = migrateRevWrite(g->zDir, &rev, pzErr);
  if( rc==SQLITE_OK ){
    *pzId = rev.zId;
    rev.zId = 0;
  }
  migrateRevClear(&rev);
  return rc;
}

/* The parent of a new revision: the one head, or the "head" option. */
static int reviseParent(MigrateGraph *g, const MigrateOpts *pOpt, int *piPar,
                        char **pzErr){
  const char *zHead = pOpt->zHead;
  int rc = SQLITE_OK;
  *piPar = -1;
  if( zHead==0 || strcmp(zHead, "head")==0 ){
    if( g->nHead==1 ){
      *piPar = g->aHead[0];
    }else if( g->nHead>1 ){
      char *z = migrateIdList(g, g->aHead, g->nHead, ", ");
      *pzErr = sqlite3_mprintf("multiple heads are present (%s): pass "
          "{\"head\": \"<revision>\"} or merge them with migrate_merge()", z);
      sqlite3_free(z);
      rc = SQLITE_ERROR;
    }
  }else if( strcmp(zHead, "base")==0 ){
    /* a new root */
  }else if( strlen(zHead)>5 && strcmp(&zHead[strlen(zHead)-5], "@head")==0 ){
    rc = reviseBranchHead(g, zHead, piPar, pzErr);
  }else{
    rc = migrateResolveOne(g, zHead, piPar, pzErr);
    if( rc==SQLITE_OK && g->aRev[*piPar]->nKid>0 && !pOpt->bSplice ){
      *pzErr = sqlite3_mprintf("revision %s is not a head; pass \"splice\": "
          "true to start a new branch from it", g->aRev[*piPar]->zId);
      rc = SQLITE_ERROR;
    }
  }
  return rc;
}

/*
** migrate_revision(message, upgrade_sql, downgrade_sql, options_json): a
** new revision on the head.  zFunc names the SQL function for messages.
*/
int migrateRevise(Migrate *m, const char *zFunc, const char *zMsg,
                  const char *zUp, const char *zDown, sqlite3_value *pOpts,
                  char **pzId, char **pzErr){
  MigrateGraph *g = 0;
  MigrateOpts opt;
  int rc, iPar = -1;
  rc = migrateOptsParse(zFunc, pOpts, OPT_HEAD|OPT_LABEL|OPT_DEPS|OPT_REVID
                        |OPT_SPLICE, &opt, pzErr);
  if( rc==SQLITE_OK ) rc = migrateGraphOpen(m, &g, pzErr);
  if( rc==SQLITE_OK ) rc = reviseParent(g, &opt, &iPar, pzErr);
  if( rc==SQLITE_OK ){
    rc = reviseWrite(g, zFunc, zMsg, zUp, zDown, &iPar, iPar>=0 ? 1 : 0,
                     &opt, pzId, pzErr);
  }
  migrateOptsClear(&opt);
  migrateGraphFree(g);
  *pzErr = migrateErrPrefix(zFunc, *pzErr);
  return rc;
}

/* The parents of a merge: every head, or the heads zRevs names. */
static int reviseMergeParents(MigrateGraph *g, const char *zRevs,
                              int **paPar, int *pnPar, char **pzErr){
  char **az = 0;
  int n = 0, i, k, rc = SQLITE_OK, nPar = 0;
  int *aPar;
  if( zRevs && strcmp(zRevs, "heads")!=0 ){
    rc = migrateSplitList(zRevs, &az, &n);
  }else{
    n = g->nHead;
  }
  aPar = sqlite3_malloc64(sizeof(int)*(n+1));
  if( aPar==0 ) rc = SQLITE_NOMEM;
  for(i=0; rc==SQLITE_OK && i<n; i++){
    int j = g->nHead, bDup = 0;
    if( az==0 ){
      j = g->aHead[i];
    }else if( (rc = migrateResolveOne(g, az[i], &j, pzErr))!=SQLITE_OK ){
      break;
    }else if( g->aRev[j]->nKid>0 ){
      *pzErr = sqlite3_mprintf("revision %s is not a head", g->aRev[j]->zId);
      rc = SQLITE_ERROR;
      break;
    }
    for(k=0; k<nPar; k++) if( aPar[k]==j ) bDup = 1;
    if( !bDup ) aPar[nPar++] = j;
  }
  migrateFreeList(az, n);
  if( rc==SQLITE_OK && nPar<2 ){
    *pzErr = sqlite3_mprintf("nothing to merge: %s", nPar==0 ?
        "there are no revisions" : "only one head is given or present");
    rc = SQLITE_ERROR;
  }
  if( rc ){ sqlite3_free(aPar); aPar = 0; nPar = 0; }
  *paPar = aPar;
  *pnPar = nPar;
  return rc;
}

/* migrate_merge(message, revisions, options_json): a merge revision. */
int migrateMerge(Migrate *m, const char *zMsg, const char *zRevs,
                 sqlite3_value *pOpts, char **pzId, char **pzErr){
  static const char zFunc[] = "migrate_merge";
  MigrateGraph *g = 0;
  MigrateOpts opt;
  int *aPar = 0, nPar = 0, rc;
  rc = migrateOptsParse(zFunc, pOpts, OPT_REVID|OPT_LABEL, &opt, pzErr);
  if( rc==SQLITE_OK ) rc = migrateGraphOpen(m, &g, pzErr);
  if( rc==SQLITE_OK ) rc = reviseMergeParents(g, zRevs, &aPar, &nPar, pzErr);
  if( rc==SQLITE_OK ){
    rc = reviseWrite(g, zFunc, zMsg, "", "", aPar, nPar, &opt, pzId, pzErr);
  }
  sqlite3_free(aPar);
  migrateOptsClear(&opt);
  migrateGraphFree(g);
  *pzErr = migrateErrPrefix(zFunc, *pzErr);
  return rc;
}

/* Is the database at the one head (or at base with no revision)?  Then
** *piPar is that head (or -1). */
static int reviseAtHead(MigrateGraph *g, const int *aCur, int nCur,
                        int *piPar, char **pzErr){
  int bAtHead = nCur==g->nHead, i;
  for(i=0; bAtHead && i<nCur; i++) if( aCur[i]!=g->aHead[i] ) bAtHead = 0;
  *piPar = g->nHead==1 ? g->aHead[0] : -1;
  if( !bAtHead ){
    char *zC = migrateIdList(g, aCur, nCur, ",");
    char *zH = migrateIdList(g, g->aHead, g->nHead, ",");
    *pzErr = sqlite3_mprintf("the database is not at head (current: %s; "
        "head: %s): upgrade it first, so that the new revision starts where "
        "the others end", nCur ? zC : "base", zH);
    sqlite3_free(zC);
    sqlite3_free(zH);
    return SQLITE_ERROR;
  }
  if( g->nHead>1 ){
    char *zH = migrateIdList(g, g->aHead, g->nHead, ", ");
    *pzErr = sqlite3_mprintf("multiple heads are present (%s): merge them "
                             "with migrate_merge() first", zH);
    sqlite3_free(zH);
    return SQLITE_ERROR;
  }
  return SQLITE_OK;
}

/*
** The findings of an autogenerated revision (see findings.c), each a line
** "upgrade, rebuild_table t: ..." (or downgrade): shown on stderr when
** verbose, and with bRefuse, the error that stops the file being written.
*/
static int reviseFindings(Migrate *m, MigrateDiff *pUp, MigrateDiff *pDown,
                          int bRefuse, char **pzErr){
  sqlite3_str *s = sqlite3_str_new(0);
  int i, n = 0, d, rc;
  for(d=0; d<2; d++){
    MigrateDiff *p = d ? pDown : pUp;
    for(i=0; i<p->nOp; i++){
      const char *z = p->aOp[i].zWarning;
      while( z && *z ){
        int k = (int)strcspn(z, "\n");
        sqlite3_str_appendf(s, "\n  %s, %s %s: %.*s", d ? "downgrade"
            : "upgrade", p->aOp[i].zOp, p->aOp[i].zObject, k, z);
        if( m->bVerbose ){
          fprintf(stderr, "INFO  [migrate] warning: %s, %s %s: %.*s\n",
                  d ? "downgrade" : "upgrade", p->aOp[i].zOp,
                  p->aOp[i].zObject, k, z);
        }
        n++;
        z += k + (z[k]=='\n');
      }
    }
  }
  rc = sqlite3_str_errcode(s);
  if( rc==SQLITE_OK && n>0 && bRefuse ){
    *pzErr = sqlite3_mprintf("%d finding%s in the rows, and the option "
        "findings is \"refuse\": no revision written:%s", n, n==1 ? "" : "s",
        sqlite3_str_value(s));
    rc = *pzErr ? SQLITE_ERROR : SQLITE_NOMEM;
  }
  sqlite3_free(migrateStrFinish(s));
  return rc;
}

/*
** migrate_autogenerate(message, model, options_json): a revision that
** moves the database, which must be at head, to the model, and back.
** *pzId is NULL (and no file is written) when nothing differs.
*/
int migrateAutogenerate(Migrate *m, const char *zMsg, sqlite3_value *pModel,
                        sqlite3_value *pOpts, char **pzId, char **pzErr){
  static const char zFunc[] = "migrate_autogenerate";
  MigrateGraph *g = 0;
  MigrateDiff up, down;
  MigrateOpts opt;
  MigrateTxn tRead;
  char *zUp = 0, *zDown = 0;
  int *aCur = 0, nCur = 0, rc, iPar = -1;
  memset(&up, 0, sizeof(up));
  memset(&down, 0, sizeof(down));
  memset(&opt, 0, sizeof(opt));
  *pzId = 0;
  /* the version rows and the schema come from one snapshot */
  rc = migrateReadBegin(m->db, &tRead);
  if( rc==SQLITE_OK ){
    rc = migrateLoadState(m, &g, &aCur, &nCur, pzErr);
    if( rc==SQLITE_OK ) rc = reviseAtHead(g, aCur, nCur, &iPar, pzErr);
    if( rc==SQLITE_OK ){
      rc = migrateModelDiff(m, zFunc, pModel, pOpts,
                            OPT_REVID|OPT_LABEL|OPT_INCLUDE|OPT_EXCLUDE
                            |OPT_FINDINGS, &opt,
                            &up, &down, 1, pzErr);
    }
    migrateReadEnd(&tRead);
  }else if( rc!=SQLITE_NOMEM ){
    *pzErr = sqlite3_mprintf("%s", sqlite3_errmsg(m->db));
  }
  if( rc==SQLITE_OK && up.nOp>0 ){
    rc = reviseFindings(m, &up, &down, opt.bRefuse, pzErr);
  }
  if( rc==SQLITE_OK && up.nOp>0 ){
    zUp = migrateDiffSql(&up);
    zDown = migrateDiffSql(&down);
    if( zUp==0 || zDown==0 ) rc = SQLITE_NOMEM;
    if( rc==SQLITE_OK ){
      rc = reviseWrite(g, zFunc, zMsg, zUp, zDown, &iPar, iPar>=0 ? 1 : 0,
                       &opt, pzId, pzErr);
    }
  }
  migrateDiffClear(&up);
  migrateDiffClear(&down);
  migrateOptsClear(&opt);
  sqlite3_free(zUp);
  sqlite3_free(zDown);
  sqlite3_free(aCur);
  migrateGraphFree(g);
  *pzErr = migrateErrPrefix(zFunc, *pzErr);
  return rc;
}
