/*
** vtab.c - the virtual tables: migrate_history, migrate_plan and
** migrate_diff_ops, one sqlite3_module each.
**
**   SELECT * FROM migrate_history;
**
** One row per revision of the script directory, newest first (children
** before their parents, as `alembic history` lists them), with the columns
**
**   revision, down_revision, branch_labels, depends_on, message,
**   create_date, path, is_head, is_current, applied, applied_at, modified,
**   checksum
**
** is_head: no revision builds on it; is_current: it is a version row;
** applied: it or one of its descendants is a version row; applied_at: when
** migrate_log last recorded it applied; modified: its upgrade section no
** longer has the checksum recorded when it was applied; checksum: the
** SHA-256 of its upgrade section as it is now.
**
**   SELECT * FROM migrate_plan('head');
**   SELECT * FROM migrate_plan('base', 'a1b2');     -- from a given state
**
** The steps an upgrade or downgrade to the target would run, in order:
** step, revision, direction ('upgrade' or 'downgrade'), sql (the section
** and its version-table statements, as migrate_sql renders them), message,
** path.  Nothing is run.
**
**   SELECT * FROM migrate_diff_ops('CREATE TABLE t(a, b);');
**   SELECT * FROM migrate_diff_ops(readfile('model.json'), '{"exclude": "tmp_*"}');
**
** What migrate_diff(model) would do, one row per operation: seq, op
** (create_table, rebuild_table, add_column, drop_index, ...), object (the
** table, column "t.c", index, view or trigger), destructive (1 when it can
** lose data) and sql.  Nothing is run.
**
** All three are eponymous-only and SQLITE_VTAB_DIRECTONLY: they read files
** or the database.
*/
#include "migrate.h"
#include <string.h>

typedef struct MigrateVtab MigrateVtab;
struct MigrateVtab {
  sqlite3_vtab base;
  Migrate *m;
  int eKind;                 /* VT_HISTORY, VT_PLAN or VT_DIFF */
};

#define VT_HISTORY 0
#define VT_PLAN    1
#define VT_DIFF    2

typedef struct MigrateCursor MigrateCursor;
struct MigrateCursor {
  sqlite3_vtab_cursor base;
  MigrateGraph *g;
  int *aOrder; int nOrder;   /* history: revisions, in output order */
  u8 *aApplied;              /* history: applied revisions */
  u8 *aCurrent;              /* history: version rows */
  char **azSum, **azWhen;    /* history: from migrate_log */
  double *aMs;
  MigratePlan plan;          /* plan */
  MigrateDiff diff;          /* diff_ops */
  int bDiff;                 /* diff holds a result */
  int iRow;
};

#define HIST_REVISION  0
#define HIST_DOWN      1
#define HIST_LABELS    2
#define HIST_DEPS      3
#define HIST_MESSAGE   4
#define HIST_DATE      5
#define HIST_PATH      6
#define HIST_IS_HEAD   7
#define HIST_IS_CUR    8
#define HIST_APPLIED   9
#define HIST_APPLIEDAT 10
#define HIST_MODIFIED  11
#define HIST_CHECKSUM  12
#define HIST_ELAPSED   13
#define DIFF_SEQ       0
#define DIFF_OP        1
#define DIFF_OBJECT    2
#define DIFF_DESTR     3
#define DIFF_SQL       4
#define DIFF_WARNING   5
#define DIFF_MODEL     6
#define DIFF_OPTIONS   7
#define PLAN_STEP      0
#define PLAN_REVISION  1
#define PLAN_DIRECTION 2
#define PLAN_SQL       3
#define PLAN_MESSAGE   4
#define PLAN_PATH      5
#define PLAN_TARGET    6
#define PLAN_FROM      7

static int vtabConnect(sqlite3 *db, void *pAux, int argc,
                       const char *const*argv, sqlite3_vtab **ppVtab,
                       char **pzErr, int eKind){
  static const char *azDecl[] = {
    "CREATE TABLE x(revision TEXT, down_revision TEXT, branch_labels TEXT,"
    " depends_on TEXT, message TEXT, create_date TEXT, path TEXT,"
    " is_head INTEGER, is_current INTEGER, applied INTEGER,"
    " applied_at TEXT, modified INTEGER, checksum TEXT, elapsed_ms REAL)",
    "CREATE TABLE x(step INTEGER, revision TEXT, direction TEXT, sql TEXT,"
    " message TEXT, path TEXT, target HIDDEN, from_rev HIDDEN)",
    "CREATE TABLE x(seq INTEGER, op TEXT, object TEXT, destructive INTEGER,"
    " sql TEXT, warning TEXT, model HIDDEN, options HIDDEN)"
  };
  MigrateVtab *p;
  int rc;
  (void)argc; (void)argv; (void)pzErr;
  rc = sqlite3_declare_vtab(db, azDecl[eKind]);
  if( rc!=SQLITE_OK ) return rc;
  sqlite3_vtab_config(db, SQLITE_VTAB_DIRECTONLY);
  p = sqlite3_malloc64(sizeof(*p));
  if( p==0 ) return SQLITE_NOMEM;
  memset(p, 0, sizeof(*p));
  p->m = (Migrate*)pAux;
  p->eKind = eKind;
  *ppVtab = &p->base;
  return SQLITE_OK;
}

static int vtabHistoryConnect(sqlite3 *db, void *pAux, int argc,
                              const char *const*argv, sqlite3_vtab **ppVtab,
                              char **pzErr){
  return vtabConnect(db, pAux, argc, argv, ppVtab, pzErr, VT_HISTORY);
}

static int vtabPlanConnect(sqlite3 *db, void *pAux, int argc,
                           const char *const*argv, sqlite3_vtab **ppVtab,
                           char **pzErr){
  return vtabConnect(db, pAux, argc, argv, ppVtab, pzErr, VT_PLAN);
}

static int vtabDiffConnect(sqlite3 *db, void *pAux, int argc,
                           const char *const*argv, sqlite3_vtab **ppVtab,
                           char **pzErr){
  return vtabConnect(db, pAux, argc, argv, ppVtab, pzErr, VT_DIFF);
}

static int vtabDisconnect(sqlite3_vtab *pVtab){
  sqlite3_free(pVtab);
  return SQLITE_OK;
}

static int vtabOpen(sqlite3_vtab *pVtab, sqlite3_vtab_cursor **ppCur){
  MigrateCursor *pCur = sqlite3_malloc64(sizeof(*pCur));
  (void)pVtab;
  if( pCur==0 ) return SQLITE_NOMEM;
  memset(pCur, 0, sizeof(*pCur));
  *ppCur = &pCur->base;
  return SQLITE_OK;
}

static void vtabCursorReset(MigrateCursor *pCur){
  if( pCur->g ){
    if( pCur->azSum ) migrateFreeList(pCur->azSum, pCur->g->nRev);
    if( pCur->azWhen ) migrateFreeList(pCur->azWhen, pCur->g->nRev);
  }
  pCur->azSum = pCur->azWhen = 0;
  sqlite3_free(pCur->aMs); pCur->aMs = 0;
  sqlite3_free(pCur->aOrder); pCur->aOrder = 0; pCur->nOrder = 0;
  sqlite3_free(pCur->aApplied); pCur->aApplied = 0;
  sqlite3_free(pCur->aCurrent); pCur->aCurrent = 0;
  migratePlanClear(&pCur->plan);
  if( pCur->bDiff ) migrateDiffClear(&pCur->diff);
  pCur->bDiff = 0;
  migrateGraphFree(pCur->g); pCur->g = 0;
  pCur->iRow = 0;
}

static int vtabClose(sqlite3_vtab_cursor *cur){
  vtabCursorReset((MigrateCursor*)cur);
  sqlite3_free(cur);
  return SQLITE_OK;
}

/* Set the error message of the virtual table. */
static int vtabErr(sqlite3_vtab *pVtab, int rc, char *zErr){
  sqlite3_free(pVtab->zErrMsg);
  pVtab->zErrMsg = migrateUtf8Clean(zErr);
  return rc==SQLITE_OK ? SQLITE_ERROR : rc;
}

/* migrate_history: every revision, in graph order, applied or not. */
static int vtabHistoryFilter(MigrateCursor *pCur, MigrateVtab *pTab){
  int *aCur = 0, nCur = 0, rc, i;
  char *zErr = 0;
  u8 *aAll = 0;
  rc = migrateLoadState(pTab->m, &pCur->g, &aCur, &nCur, &zErr);
  if( rc==SQLITE_OK ){
    MigrateGraph *g = pCur->g;
    rc = migrateLastSums(pTab->m, g, &pCur->azSum, &pCur->azWhen,
                         &pCur->aMs, &zErr);
    if( rc==SQLITE_OK ){
      pCur->aApplied = sqlite3_malloc64(g->nRev+1);
      pCur->aCurrent = sqlite3_malloc64(g->nRev+1);
      aAll = sqlite3_malloc64(g->nRev+1);
      if( pCur->aApplied==0 || pCur->aCurrent==0 || aAll==0 ){
        rc = SQLITE_NOMEM;
      }
    }
    if( rc==SQLITE_OK ){
      memset(pCur->aApplied, 0, g->nRev+1);
      memset(pCur->aCurrent, 0, g->nRev+1);
      memset(aAll, 1, g->nRev+1);
      for(i=0; i<nCur; i++) pCur->aCurrent[aCur[i]] = pCur->aApplied[aCur[i]] = 1;
      rc = migrateAncestors(g, pCur->aApplied);
    }
    if( rc==SQLITE_OK ){
      pCur->aOrder = migrateTopo(g, aAll, &pCur->nOrder);
      if( pCur->aOrder==0 ) rc = SQLITE_NOMEM;
    }
  }
  sqlite3_free(aAll);
  sqlite3_free(aCur);
  if( rc ){
    char *z = zErr ? sqlite3_mprintf("migrate_history: %s", zErr) : 0;
    sqlite3_free(zErr);
    return vtabErr(&pTab->base, rc, z);
  }
  return SQLITE_OK;
}

/* migrate_plan: the steps from the current state (or zFrom) to zTarget. */
static int vtabPlanFilter(MigrateCursor *pCur, MigrateVtab *pTab,
                          const char *zTarget, const char *zFrom){
  int *aCur = 0, nCur = 0, rc;
  char *zErr = 0;
  rc = migrateLoadState(pTab->m, &pCur->g, zFrom ? 0 : &aCur, &nCur, &zErr);
  if( rc==SQLITE_OK && zFrom ){
    rc = migrateParseState(pCur->g, zFrom, &aCur, &nCur, &zErr);
  }
  if( rc==SQLITE_OK ){
    rc = migratePlan(pCur->g, aCur, nCur, zTarget, MIGRATE_AUTO,
                     &pCur->plan, &zErr);
  }
  sqlite3_free(aCur);
  if( rc ){
    char *z = zErr ? sqlite3_mprintf("migrate_plan: %s", zErr) : 0;
    sqlite3_free(zErr);
    return vtabErr(&pTab->base, rc, z);
  }
  return SQLITE_OK;
}

static int vtabFilter(sqlite3_vtab_cursor *cur, int idxNum,
                      const char *idxStr, int argc, sqlite3_value **argv){
  MigrateCursor *pCur = (MigrateCursor*)cur;
  MigrateVtab *pTab = (MigrateVtab*)cur->pVtab;
  (void)idxStr;
  vtabCursorReset(pCur);
  if( pTab->eKind==VT_HISTORY ) return vtabHistoryFilter(pCur, pTab);
  if( pTab->eKind==VT_DIFF ){
    char *zErr = 0;
    int rc;
    if( idxNum==0 ){
      return vtabErr(&pTab->base, SQLITE_ERROR, sqlite3_mprintf(
          "migrate_diff_ops: a model is required, as in "
          "SELECT * FROM migrate_diff_ops('CREATE TABLE t(a);')"));
    }
    rc = migrateModelDiff(pTab->m, "migrate_diff_ops", argv[0],
                          (idxNum & 2) && argc>1 ? argv[1] : 0,
                          OPT_INCLUDE|OPT_EXCLUDE, 0, &pCur->diff, 0,
                          (idxNum & 4)!=0, &zErr);
    if( rc ) return vtabErr(&pTab->base, rc, zErr);
    pCur->bDiff = 1;
    return SQLITE_OK;
  }
  {
    const char *zTarget, *zFrom = 0;
    if( idxNum==0 ){
      return vtabErr(&pTab->base, SQLITE_ERROR, sqlite3_mprintf(
          "migrate_plan: a target is required, as in "
          "SELECT * FROM migrate_plan('head')"));
    }
    if( argc<1 || sqlite3_value_type(argv[0])!=SQLITE_TEXT ){
      return vtabErr(&pTab->base, SQLITE_ERROR,
                     sqlite3_mprintf("migrate_plan: target must be text"));
    }
    zTarget = (const char*)sqlite3_value_text(argv[0]);
    if( (idxNum & 2) && argc>1 && sqlite3_value_type(argv[1])!=SQLITE_NULL ){
      if( sqlite3_value_type(argv[1])!=SQLITE_TEXT ){
        return vtabErr(&pTab->base, SQLITE_ERROR,
                       sqlite3_mprintf("migrate_plan: from must be text"));
      }
      zFrom = (const char*)sqlite3_value_text(argv[1]);
    }
    return vtabPlanFilter(pCur, pTab, zTarget, zFrom);
  }
}

static int vtabNext(sqlite3_vtab_cursor *cur){
  ((MigrateCursor*)cur)->iRow++;
  return SQLITE_OK;
}

static int vtabEof(sqlite3_vtab_cursor *cur){
  MigrateCursor *pCur = (MigrateCursor*)cur;
  MigrateVtab *pTab = (MigrateVtab*)cur->pVtab;
  if( pTab->eKind==VT_DIFF ) return !pCur->bDiff || pCur->iRow>=pCur->diff.nOp;
  if( pCur->g==0 ) return 1;
  return pCur->iRow >= (pTab->eKind==VT_PLAN ? pCur->plan.nStep
                                             : pCur->nOrder);
}

/* The list az (n items) as one text, comma-separated ('' for none). */
static void vtabResultList(sqlite3_context *ctx, char **az, int n){
  sqlite3_str *s;
  int i;
  char *z;
  if( n<=1 ){
    sqlite3_result_text(ctx, n ? az[0] : "", -1, SQLITE_TRANSIENT);
    return;
  }
  s = sqlite3_str_new(0);
  for(i=0; i<n; i++) sqlite3_str_appendf(s, "%s%s", i?",":"", az[i]);
  z = migrateStrFinish(s);
  if( z==0 ){ sqlite3_result_error_nomem(ctx); return; }
  sqlite3_result_text(ctx, z, -1, sqlite3_free);
}

/* Column iCol of the cursor's row, for whichever table it is. */
static int vtabColumn(sqlite3_vtab_cursor *cur, sqlite3_context *ctx,
                      int iCol){
  MigrateCursor *pCur = (MigrateCursor*)cur;
  MigrateVtab *pTab = (MigrateVtab*)cur->pVtab;
  MigrateGraph *g = pCur->g;
  if( pTab->eKind==VT_DIFF ){
    MigrateOp *pOp = &pCur->diff.aOp[pCur->iRow];
    switch( iCol ){
      case DIFF_SEQ: sqlite3_result_int(ctx, pCur->iRow+1); break;
      case DIFF_OP:
        sqlite3_result_text(ctx, pOp->zOp, -1, SQLITE_STATIC); break;
      case DIFF_OBJECT:
        sqlite3_result_text(ctx, pOp->zObject, -1, SQLITE_TRANSIENT); break;
      case DIFF_DESTR: sqlite3_result_int(ctx, pOp->bDestructive); break;
      case DIFF_SQL:
        sqlite3_result_text(ctx, pOp->zSql, -1, SQLITE_TRANSIENT); break;
      case DIFF_WARNING:
        if( pOp->zWarning ){
          sqlite3_result_text(ctx, pOp->zWarning, -1, SQLITE_TRANSIENT);
        }
        break;
      default: break;
    }
  }else if( pTab->eKind==VT_PLAN ){
    MigrateStep *pStep = &pCur->plan.aStep[pCur->iRow];
    MigrateRev *r = g->aRev[pStep->iRev];
    switch( iCol ){
      case PLAN_STEP: sqlite3_result_int(ctx, pCur->iRow+1); break;
      case PLAN_REVISION:
        sqlite3_result_text(ctx, r->zId, -1, SQLITE_TRANSIENT); break;
      case PLAN_DIRECTION:
        sqlite3_result_text(ctx, pStep->eDir==MIGRATE_UP ? "upgrade"
                            : "downgrade", -1, SQLITE_STATIC);
        break;
      case PLAN_SQL: {
        char *z = migrateStepSql(pTab->m, g, pStep);
        if( z==0 ) return SQLITE_NOMEM;
        sqlite3_result_text(ctx, z, -1, sqlite3_free);
        break;
      }
      case PLAN_MESSAGE:
        sqlite3_result_text(ctx, r->zMessage, -1, SQLITE_TRANSIENT); break;
      case PLAN_PATH:
        sqlite3_result_text(ctx, r->zPath, -1, SQLITE_TRANSIENT); break;
      default: break;
    }
  }else{
    int i = pCur->aOrder[pCur->nOrder-1-pCur->iRow];
    MigrateRev *r = g->aRev[i];
    switch( iCol ){
      case HIST_REVISION:
        sqlite3_result_text(ctx, r->zId, -1, SQLITE_TRANSIENT); break;
      case HIST_DOWN:
        if( r->nDown ) vtabResultList(ctx, r->azDown, r->nDown);
        break;
      case HIST_LABELS: vtabResultList(ctx, r->azLabel, r->nLabel); break;
      case HIST_DEPS: vtabResultList(ctx, r->azDep, r->nDep); break;
      case HIST_MESSAGE:
        sqlite3_result_text(ctx, r->zMessage, -1, SQLITE_TRANSIENT); break;
      case HIST_DATE:
        sqlite3_result_text(ctx, r->zDate, -1, SQLITE_TRANSIENT); break;
      case HIST_PATH:
        sqlite3_result_text(ctx, r->zPath, -1, SQLITE_TRANSIENT); break;
      case HIST_IS_HEAD: sqlite3_result_int(ctx, r->nKid==0); break;
      case HIST_IS_CUR: sqlite3_result_int(ctx, pCur->aCurrent[i]); break;
      case HIST_APPLIED: sqlite3_result_int(ctx, pCur->aApplied[i]); break;
      case HIST_APPLIEDAT:
        if( pCur->aApplied[i] && pCur->azWhen[i] ){
          sqlite3_result_text(ctx, pCur->azWhen[i], -1, SQLITE_TRANSIENT);
        }
        break;
      case HIST_MODIFIED:
        sqlite3_result_int(ctx, pCur->aApplied[i] && pCur->azSum[i]
                           && strcmp(pCur->azSum[i], migrateRevSum(r))!=0);
        break;
      case HIST_CHECKSUM:
        sqlite3_result_text(ctx, migrateRevSum(r), -1, SQLITE_TRANSIENT); break;
      case HIST_ELAPSED:
        if( pCur->aApplied[i] && pCur->azWhen[i] && pCur->aMs[i]>=0 ){
          sqlite3_result_double(ctx, pCur->aMs[i]);
        }
        break;
    }
  }
  return SQLITE_OK;
}

static int vtabRowid(sqlite3_vtab_cursor *cur, sqlite_int64 *pRowid){
  *pRowid = ((MigrateCursor*)cur)->iRow + 1;
  return SQLITE_OK;
}

/*
** migrate_history takes no argument.  migrate_plan needs target (argv[0])
** and may take from_rev (argv[1]).  A target that is there but not usable
** in this plan is SQLITE_CONSTRAINT; no target at all is a plan of last
** resort (idxNum 0) whose xFilter reports the missing argument.
*/
static int vtabBestIndex(sqlite3_vtab *pVtab, sqlite3_index_info *pInfo){
  MigrateVtab *pTab = (MigrateVtab*)pVtab;
  int iTarget = -1, iFrom = -1, i;
  int iCol1 = pTab->eKind==VT_PLAN ? PLAN_TARGET : DIFF_MODEL;
  int iCol2 = pTab->eKind==VT_PLAN ? PLAN_FROM : DIFF_OPTIONS;
  if( pTab->eKind==VT_HISTORY ){
    pInfo->estimatedCost = 1000;
    return SQLITE_OK;
  }
  for(i=0; i<pInfo->nConstraint; i++){
    const struct sqlite3_index_constraint *c = &pInfo->aConstraint[i];
    if( c->op!=SQLITE_INDEX_CONSTRAINT_EQ ) continue;
    if( c->iColumn==iCol1 ){
      if( !c->usable ) return SQLITE_CONSTRAINT;
      iTarget = i;
    }else if( c->iColumn==iCol2 ){
      if( !c->usable ) return SQLITE_CONSTRAINT;
      iFrom = i;
    }
  }
  if( iTarget<0 ){
    /* no target at all: xFilter says that it is required */
    pInfo->idxNum = 0;
    pInfo->estimatedCost = 1e99;
    return SQLITE_OK;
  }
  pInfo->aConstraintUsage[iTarget].argvIndex = 1;
  pInfo->aConstraintUsage[iTarget].omit = 1;
  pInfo->idxNum = 1;
  if( iFrom>=0 ){
    pInfo->aConstraintUsage[iFrom].argvIndex = 2;
    pInfo->aConstraintUsage[iFrom].omit = 1;
    pInfo->idxNum |= 2;
  }
  /* the rows are probed for findings only when the warning is read */
  if( pTab->eKind==VT_DIFF && (pInfo->colUsed & ((sqlite3_uint64)1<<DIFF_WARNING)) ){
    pInfo->idxNum |= 4;
  }
  pInfo->estimatedCost = 100;
  return SQLITE_OK;
}

static sqlite3_module vtabHistoryModule = {
  0,                         /* iVersion */
  0,                         /* xCreate: eponymous-only */
  vtabHistoryConnect,            /* xConnect */
  vtabBestIndex,             /* xBestIndex */
  vtabDisconnect,            /* xDisconnect */
  0,                         /* xDestroy */
  vtabOpen,                  /* xOpen */
  vtabClose,                 /* xClose */
  vtabFilter,                /* xFilter */
  vtabNext,                  /* xNext */
  vtabEof,                   /* xEof */
  vtabColumn,                /* xColumn */
  vtabRowid,                 /* xRowid */
  0,                         /* xUpdate: read-only */
  0,                         /* xBegin */
  0,                         /* xSync */
  0,                         /* xCommit */
  0,                         /* xRollback */
  0,                         /* xFindFunction */
  0,                         /* xRename */
  0,                         /* xSavepoint */
  0,                         /* xRelease */
  0,                         /* xRollbackTo */
  0                          /* xShadowName */
};

static sqlite3_module vtabPlanModule = {
  0,                         /* iVersion */
  0,                         /* xCreate: eponymous-only */
  vtabPlanConnect,               /* xConnect */
  vtabBestIndex,             /* xBestIndex */
  vtabDisconnect,            /* xDisconnect */
  0,                         /* xDestroy */
  vtabOpen,                  /* xOpen */
  vtabClose,                 /* xClose */
  vtabFilter,                /* xFilter */
  vtabNext,                  /* xNext */
  vtabEof,                   /* xEof */
  vtabColumn,                /* xColumn */
  vtabRowid,                 /* xRowid */
  0,                         /* xUpdate: read-only */
  0,                         /* xBegin */
  0,                         /* xSync */
  0,                         /* xCommit */
  0,                         /* xRollback */
  0,                         /* xFindFunction */
  0,                         /* xRename */
  0,                         /* xSavepoint */
  0,                         /* xRelease */
  0,                         /* xRollbackTo */
  0                          /* xShadowName */
};

static sqlite3_module vtabDiffModule = {
  0,                         /* iVersion */
  0,                         /* xCreate: eponymous-only */
  vtabDiffConnect,               /* xConnect */
  vtabBestIndex,             /* xBestIndex */
  vtabDisconnect,            /* xDisconnect */
  0,                         /* xDestroy */
  vtabOpen,                  /* xOpen */
  vtabClose,                 /* xClose */
  vtabFilter,                /* xFilter */
  vtabNext,                  /* xNext */
  vtabEof,                   /* xEof */
  vtabColumn,                /* xColumn */
  vtabRowid,                 /* xRowid */
  0,                         /* xUpdate: read-only */
  0,                         /* xBegin */
  0,                         /* xSync */
  0,                         /* xCommit */
  0,                         /* xRollback */
  0,                         /* xFindFunction */
  0,                         /* xRename */
  0,                         /* xSavepoint */
  0,                         /* xRelease */
  0,                         /* xRollbackTo */
  0                          /* xShadowName */
};

int migrateVtabInit(sqlite3 *db, Migrate *m){
  int rc = sqlite3_create_module(db, "migrate_history", &vtabHistoryModule, m);
  if( rc==SQLITE_OK ){
    rc = sqlite3_create_module(db, "migrate_plan", &vtabPlanModule, m);
  }
  if( rc==SQLITE_OK ){
    rc = sqlite3_create_module(db, "migrate_diff_ops", &vtabDiffModule, m);
  }
  return rc;
}
