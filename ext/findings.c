/*
** findings.c - what the rows of the database will make a diff fail on.
**
** A diff (diff.c) is written from schemas alone; the rows decide whether
** it runs.  migrateFindings() looks at the rows each operation will meet
** and writes, into the operation's zWarning, one line per finding with the
** count of offending rows and what to do first:
**
**   - a rebuild adding a NOT NULL column without a default to a table
**     that has rows, or making a column NOT NULL over rows holding NULL;
**   - a rebuild adding a UNIQUE constraint or PRIMARY KEY, or a UNIQUE
**     index (made by the rebuild or by CREATE INDEX), over duplicates;
**   - a rebuild adding a CHECK that rows fail;
**   - a rebuild adding a foreign key that rows have no parent for (the
**     runner's foreign_key_check after the steps would refuse them);
**   - a rebuild into a STRICT table of values a column cannot store;
**   - backwards (a downgrade section): a rebuild adding a NOT NULL column
**     without a default, while the table has rows now.
**
** The rows a rebuild copies are seen through a projection of the live
** table, "SELECT src AS col, ... FROM table" with a new column's default
** in place of a source, so that every probe names the columns as the new
** table does and SQLite flattens it into a plain read of the live table.
** A probe is an EXISTS-shaped query that stops at the first offending row
** (LIMIT 1); only when one exists is a second query run for the count.  A
** probe SQLite cannot prepare against the live table (an expression
** naming a column the projection lacks, a function only the model has) is
** no finding: the findings are advice, never a reason to fail.  Only the
** rows are read; nothing is written.
*/
#include "migrate.h"
#include <stdarg.h>
#include <string.h>

/* The state of one pass over a diff. */
typedef struct FindCtx FindCtx;
struct FindCtx {
  sqlite3 *db;
  MigrateSchema *pF, *pT;        /* the diff's from- and to-schema */
  MigrateDiff *pDiff;
  sqlite3_str *out;              /* the findings of the current operation */
  int rc;
  char *zErr;
};

/*
** Run the probe "SELECT 1 <zFromWhere> LIMIT 1"; when it finds a row, set
** *pn to the value of zCount (the count of offending rows), else to 0.  A
** probe that SQLite refuses (SQLITE_ERROR: a name or function the live
** table lacks, an error raised by the expression) is no finding; any other
** failure (out of memory, I/O, a lock) is x->rc, with its message.
*/
static void findRun(FindCtx *x, const char *zFromWhere, const char *zCount,
                    sqlite3_int64 *pn){
  char *zSql = sqlite3_mprintf("SELECT 1 %s LIMIT 1", zFromWhere);
  sqlite3_stmt *p = 0;
  int rc;
  *pn = 0;
  if( zSql==0 || zCount==0 ){ x->rc = SQLITE_NOMEM; goto done; }
  rc = sqlite3_prepare_v2(x->db, zSql, -1, &p, 0);
  if( rc==SQLITE_OK ){
    rc = sqlite3_step(p);
    if( rc!=SQLITE_ROW ) rc = sqlite3_finalize(p);
    else sqlite3_finalize(p);
  }
  p = 0;
  if( rc==SQLITE_ROW ){
    rc = sqlite3_prepare_v2(x->db, zCount, -1, &p, 0);
    if( rc==SQLITE_OK && sqlite3_step(p)==SQLITE_ROW ){
      *pn = sqlite3_column_int64(p, 0);
    }
    if( rc==SQLITE_OK ) rc = sqlite3_finalize(p);
  }
  if( rc==SQLITE_DONE ) rc = SQLITE_OK;
  if( rc!=SQLITE_OK && rc!=SQLITE_ROW && (rc & 0xff)!=SQLITE_ERROR ){
    x->rc = rc;
    if( rc!=SQLITE_NOMEM && x->zErr==0 ){
      x->zErr = sqlite3_mprintf("%s", sqlite3_errmsg(x->db));
    }
  }
done:
  sqlite3_free(zSql);
}

/* The offending rows of "<zFromWhere>": their count, by count(*) (a NULL
** zFromWhere is an allocation that failed). */
static sqlite3_int64 findCount(FindCtx *x, const char *zFromWhere){
  sqlite3_int64 n;
  char *zCount;
  if( zFromWhere==0 ){ x->rc = SQLITE_NOMEM; return 0; }
  zCount = sqlite3_mprintf("SELECT count(*) %s", zFromWhere);
  findRun(x, zFromWhere, zCount, &n);
  sqlite3_free(zCount);
  return n;
}

/*
** Append a finding to x->out: "N rows of "t" " (unless zTab is NULL) and
** the text formatted, one line, every control character of a name shown
** as '?' (findings are separated by newlines).
*/
static void findSay(FindCtx *x, sqlite3_int64 n, const char *zTab,
                    const char *zFormat, ...){
  va_list ap;
  int n0;
  if( sqlite3_str_length(x->out) ) sqlite3_str_appendchar(x->out, 1, '\n');
  n0 = sqlite3_str_length(x->out);
  if( zTab ){
    sqlite3_str_appendf(x->out, "%lld row%s of \"%w\" ", n, n==1 ? "" : "s",
                        zTab);
  }
  va_start(ap, zFormat);
  sqlite3_str_vappendf(x->out, zFormat, ap);
  va_end(ap);
  migrateStrMask(x->out, n0);
}

/*
** The rows a rebuild of pT from pF copies, as a subquery with pT's column
** names: "(SELECT "src" AS "c", (default) AS "new", ... FROM "main"."F")".
** Generated columns are left out.
*/
static char *findProjection(SchemaTable *pF, SchemaTable *pT,
                            const int *aSrc){
  sqlite3_str *s = sqlite3_str_new(0);
  int k, n = 0;
  sqlite3_str_appendall(s, "(SELECT ");
  for(k=0; k<pT->nCol; k++){
    SchemaCol *c = &pT->aCol[k];
    if( c->eGen ) continue;
    if( n++ ) sqlite3_str_appendall(s, ", ");
    if( aSrc[k]>=0 ){
      sqlite3_str_appendf(s, "\"%w\"", pF->aCol[aSrc[k]].zName);
    }else{
      sqlite3_str_appendf(s, "(%s)", c->zDefault ? c->zDefault : "NULL");
    }
    sqlite3_str_appendf(s, " AS \"%w\"", c->zName);
  }
  if( n==0 ) sqlite3_str_appendall(s, "NULL");
  sqlite3_str_appendf(s, " FROM \"main\".\"%w\")", pF->zName);
  return migrateStrFinish(s);
}

/* Is the default of column c absent, or NULL? */
static int findNoDefault(SchemaCol *c){
  return c->zDefault==0 || sqlite3_stricmp(c->zDefault, "NULL")==0;
}

/* Is c the INTEGER PRIMARY KEY of t (a NULL there takes a new rowid)? */
static int findIsRowid(SchemaTable *t, SchemaCol *c){
  int k, n = 0;
  if( t->bWithoutRowid || c->iPk==0 ) return 0;
  for(k=0; k<t->nCol; k++) if( t->aCol[k].iPk ) n++;
  return n==1 && sqlite3_stricmp(c->zType, "INTEGER")==0;
}

/* NOT NULL columns of the rebuilt pT over the rows of projection zP. */
static void findNotNull(FindCtx *x, SchemaTable *pF, SchemaTable *pT,
                        const int *aSrc, const char *zP){
  int k;
  for(k=0; k<pT->nCol && x->rc==SQLITE_OK; k++){
    SchemaCol *c = &pT->aCol[k];
    SchemaCol *src = aSrc[k]>=0 ? &pF->aCol[aSrc[k]] : 0;
    char *zFW;
    sqlite3_int64 n;
    if( !c->bNotNull || c->eGen || findIsRowid(pT, c) ) continue;
    if( src ? src->bNotNull : !findNoDefault(c) ) continue;
    if( src ){
      zFW = sqlite3_mprintf("FROM %s AS \"x\" WHERE \"%w\" IS NULL", zP,
                            c->zName);
    }else{
      /* every row gets the NULL: the rows of the table, counted by SQLite's
      ** count(*) of the table itself */
      zFW = sqlite3_mprintf("FROM \"main\".\"%w\"", pF->zName);
    }
    n = findCount(x, zFW);
    sqlite3_free(zFW);
    if( n==0 ) continue;
    if( src==0 ){
      findSay(x, n, pT->zName, "would get NULL in the new column \"%w\", "
          "NOT NULL without a default: give it a DEFAULT, or add it "
          "nullable, fill it (UPDATE \"%w\" SET \"%w\" = ...) and make it "
          "NOT NULL in a later revision", c->zName, pT->zName, c->zName);
    }else{
      findSay(x, n, pT->zName, "would put NULL in \"%w\", which becomes NOT "
          "NULL: fill the NULLs first (UPDATE \"%w\" SET \"%w\" = ... WHERE "
          "\"%w\" IS NULL)", c->zName, pT->zName, c->zName, c->zName);
    }
  }
}

/* Is zCheck one of pF's CHECK expressions, word for word? */
static int findHasCheck(SchemaTable *pF, const char *zCheck){
  int k;
  for(k=0; k<pF->nCheck; k++){
    if( strcmp(pF->azCheckExpr[k], zCheck)==0 ) return 1;
  }
  return 0;
}

/* New CHECK constraints of the rebuilt pT over the rows of zP. */
static void findChecks(FindCtx *x, SchemaTable *pF, SchemaTable *pT,
                       const char *zP){
  int k;
  for(k=0; k<pT->nCheck && x->rc==SQLITE_OK; k++){
    const char *zE = pT->azCheckExpr[k];
    char *zFW;
    sqlite3_int64 n;
    if( findHasCheck(pF, zE) ) continue;
    zFW = sqlite3_mprintf("FROM %s AS \"x\" WHERE NOT (%s)", zP, zE);
    n = findCount(x, zFW);
    sqlite3_free(zFW);
    if( n ){
      findSay(x, n, pT->zName, "would fail the new CHECK (%s): fix the rows first "
              "(UPDATE \"%w\" SET ... WHERE NOT (%s))", zE, pT->zName, zE);
    }
  }
}

/*
** Duplicates among the rows of zSrc (a table or projection) for key
** azKey (column names, or expressions with bExpr), where zWhere (or
** every row): a finding on table zTab that names zWhat.
*/
static void findDuplicates(FindCtx *x, const char *zSrc, const char *zTab,
                           char **azKey, int nKey, const char *zWhere,
                           const char *zWhat){
  sqlite3_str *k = sqlite3_str_new(0), *w = sqlite3_str_new(0);
  char *zKey, *zNot, *zFW, *zCount;
  sqlite3_int64 n = 0;
  int i;
  for(i=0; i<nKey; i++){
    sqlite3_str_appendf(k, "%s%s", i ? ", " : "", azKey[i]);
    sqlite3_str_appendf(w, " AND (%s) IS NOT NULL", azKey[i]);
  }
  zKey = migrateStrFinish(k);
  zNot = migrateStrFinish(w);
  zFW = sqlite3_mprintf("FROM (SELECT count(*) AS \"n\" FROM %s AS \"x\" "
      "WHERE (%s)%s GROUP BY %s HAVING count(*)>1)", zSrc,
      zWhere ? zWhere : "1", zNot, zKey);
  zCount = zFW ? sqlite3_mprintf("SELECT sum(\"n\") %s", zFW) : 0;
  if( zKey && zNot && zFW && zCount ) findRun(x, zFW, zCount, &n);
  else x->rc = SQLITE_NOMEM;
  if( n ){
    findSay(x, n, zTab, "would repeat a value of (%s), which %s "
            "forbids: remove or change the duplicates first", zKey, zWhat);
  }
  sqlite3_free(zKey);
  sqlite3_free(zNot);
  sqlite3_free(zFW);
  sqlite3_free(zCount);
}

/* The key items of the index SQL zSql, each a quoted column name or an
** expression without its ASC or DESC; NULL when it cannot be parsed. */
static char **findIndexKey(FindCtx *x, const char *zSql, int *pbUnique,
                           int *pn, char **pzWhere){
  char **az = 0;
  int i, rc = migrateParseIndex(zSql, pbUnique, &az, pn, pzWhere);
  if( rc ){ x->rc = rc; return 0; }
  for(i=0; i<*pn; i++){
    char *z = az[i], *zNew;
    size_t n = strlen(z);
    int e, m;
    /* a trailing ASC or DESC is a sort order, not part of the value */
    while( n>0 && migrateIsSpace(z[n-1]) ) n--;
    if( n>5 && sqlite3_strnicmp(&z[n-4], "DESC", 4)==0
     && migrateIsSpace(z[n-5]) ) n -= 4;
    else if( n>4 && sqlite3_strnicmp(&z[n-3], "ASC", 3)==0
     && migrateIsSpace(z[n-4]) ) n -= 3;
    while( n>0 && migrateIsSpace(z[n-1]) ) n--;
    m = migrateToken(z, &e);
    if( e==TK_WORD && (size_t)m==n ){
      zNew = sqlite3_mprintf("\"%w\"", z);
    }else{
      zNew = sqlite3_mprintf("%.*s", (int)n, z);
    }
    if( zNew==0 ){ x->rc = SQLITE_NOMEM; break; }
    sqlite3_free(z);
    az[i] = zNew;
  }
  if( x->rc ){
    migrateFreeList(az, *pn);
    sqlite3_free(*pzWhere);
    *pzWhere = 0; *pn = 0;
    return 0;
  }
  return az;
}

/* The UNIQUE index obj (of pT) over the rows of zSrc. */
static void findIndex(FindCtx *x, SchemaObj *pObj, const char *zSrc){
  char *zWhere = 0, *zWhat;
  int bUnique = 0, n = 0;
  char **az = findIndexKey(x, pObj->zSql, &bUnique, &n, &zWhere);
  if( az && bUnique && n>0 ){
    zWhat = sqlite3_mprintf("the UNIQUE index \"%w\"", pObj->zName);
    if( zWhat ) findDuplicates(x, zSrc, pObj->zTable, az, n, zWhere, zWhat);
    else x->rc = SQLITE_NOMEM;
    sqlite3_free(zWhat);
  }
  migrateFreeList(az, n);
  sqlite3_free(zWhere);
}

/* The UNIQUE constraints and PRIMARY KEY of the rebuilt pT, and its UNIQUE
** indexes, that pF does not have already, over the rows of zP. */
static void findUnique(FindCtx *x, SchemaTable *pF, SchemaTable *pT,
                       const char *zP){
  int k, j;
  for(k=0; k<pT->nUnique && x->rc==SQLITE_OK; k++){
    char **az = 0;
    int n = 0, bHas = 0;
    for(j=0; j<pF->nUnique; j++){
      if( strcmp(pF->azUnique[j], pT->azUnique[k])==0 ) bHas = 1;
    }
    if( bHas ) continue;
    x->rc = migrateSplitList(pT->azUnique[k], &az, &n);
    for(j=0; j<n && x->rc==SQLITE_OK; j++){
      /* the canonical "NAME" back to the column's own, quoted */
      char *zN = az[j];
      size_t m = strlen(zN);
      SchemaCol *c;
      if( m>=2 && zN[0]=='"' ){ zN[m-1] = 0; zN++; }
      c = migrateSchemaColumn(pT, zN);
      zN = sqlite3_mprintf("\"%w\"", c ? c->zName : zN);
      if( zN==0 ) x->rc = SQLITE_NOMEM;
      sqlite3_free(az[j]);
      az[j] = zN;
    }
    if( x->rc==SQLITE_OK ){
      findDuplicates(x, zP, pT->zName, az, n, 0,
                     "the new UNIQUE constraint");
    }
    migrateFreeList(az, n);
  }
  for(k=0; k<x->pT->nObj && x->rc==SQLITE_OK; k++){
    SchemaObj *o = &x->pT->aObj[k];
    int i;
    if( o->eType!=SCHEMA_INDEX || sqlite3_stricmp(o->zTable, pT->zName) ) continue;
    i = migrateSchemaObj(x->pF, SCHEMA_INDEX, o->zName);
    if( i>=0 && strcmp(x->pF->aObj[i].zKey, o->zKey)==0 ) continue;
    findIndex(x, o, zP);
  }
}

/* Primary key columns of t, quoted, as a new list; "rowid" for none. */
static int findPkList(SchemaTable *t, char ***paz, int *pn){
  int k, j, rc = SQLITE_OK;
  for(j=1; rc==SQLITE_OK; j++){
    for(k=0; k<t->nCol && t->aCol[k].iPk!=j; k++){}
    if( k>=t->nCol ) break;
    rc = migrateListAdd(paz, pn, t->aCol[k].zName);
  }
  if( rc==SQLITE_OK && *pn==0 ) rc = migrateListAdd(paz, pn, "rowid");
  return rc;
}

/* Is table zName created by an operation of the diff (so it is empty)? */
static int findCreated(FindCtx *x, const char *zName){
  int i;
  for(i=0; i<x->pDiff->nOp; i++){
    MigrateOp *p = &x->pDiff->aOp[i];
    if( strcmp(p->zOp, "create_table")==0
     && sqlite3_stricmp(p->zObject, zName)==0 ) return 1;
  }
  return 0;
}

/* The "AND NOT EXISTS (...)" of foreign key f, the parent's rows from
** zParent; to-columns azTo (the parent's key when f names none). */
static char *findFkParent(SchemaFk *f, const char *zParent, char **azTo,
                          int nTo){
  sqlite3_str *s = sqlite3_str_new(0);
  int k;
  sqlite3_str_appendf(s, " AND NOT EXISTS (SELECT 1 FROM %s AS \"p\" WHERE ",
                      zParent);
  for(k=0; k<f->nFrom && k<nTo; k++){
    sqlite3_str_appendf(s, "%s\"p\".\"%w\" = \"x\".\"%w\"", k ? " AND " : "",
                        azTo[k], f->azFrom[k]);
  }
  sqlite3_str_appendchar(s, 1, ')');
  return migrateStrFinish(s);
}

/* One new foreign key f of the rebuilt pT over the rows of zP. */
static void findFk(FindCtx *x, SchemaTable *pT, SchemaFk *f, const char *zP){
  sqlite3_str *s = sqlite3_str_new(0);
  char **azTo = f->azTo, **azPk = 0, *zFW, *zParent = 0, *zCols;
  int nTo = f->nTo, nPk = 0, k, iPar;
  sqlite3_int64 n = 0;
  int bSelf = sqlite3_stricmp(f->zTable, pT->zName)==0;
  iPar = bSelf ? -1 : migrateSchemaTable(x->pF, f->zTable);
  if( !bSelf && iPar<0 && !findCreated(x, f->zTable) ){
    sqlite3_free(migrateStrFinish(s));
    return;                      /* a parent renamed: not probed */
  }
  if( nTo==0 ){
    x->rc = findPkList(bSelf ? pT : iPar>=0 ? &x->pF->aTab[iPar] : pT,
                       &azPk, &nPk);
    azTo = azPk; nTo = nPk;
  }
  if( bSelf || iPar>=0 ){
    zParent = bSelf ? sqlite3_mprintf("%s", zP)
                    : sqlite3_mprintf("\"main\".\"%w\"", f->zTable);
    if( zParent==0 ) x->rc = SQLITE_NOMEM;
  }
  sqlite3_str_appendf(s, "FROM %s AS \"x\" WHERE 1", zP);
  for(k=0; k<f->nFrom; k++){
    sqlite3_str_appendf(s, " AND \"x\".\"%w\" IS NOT NULL", f->azFrom[k]);
  }
  if( zParent ){
    char *zNot = findFkParent(f, zParent, azTo, nTo);
    if( zNot==0 ) x->rc = SQLITE_NOMEM;
    else sqlite3_str_appendall(s, zNot);
    sqlite3_free(zNot);
  }
  zFW = migrateStrFinish(s);
  if( x->rc==SQLITE_OK ) n = findCount(x, zFW);
  if( n ){
    zCols = 0;
    s = sqlite3_str_new(0);
    for(k=0; k<f->nFrom; k++){
      sqlite3_str_appendf(s, "%s%s", k ? ", " : "", f->azFrom[k]);
    }
    zCols = migrateStrFinish(s);
    if( zCols==0 ) x->rc = SQLITE_NOMEM;
    findSay(x, n, pT->zName, "would have no parent row in \"%w\" for the "
        "new foreign key (%s), which the foreign key check after the upgrade "
        "refuses: add the parent rows, or fix or clear the values "
        "first", f->zTable, zCols ? zCols : "");
    sqlite3_free(zCols);
  }
  sqlite3_free(zFW);
  sqlite3_free(zParent);
  migrateFreeList(azPk, nPk);
}

/* The foreign keys of the rebuilt pT that pF does not have. */
static void findFks(FindCtx *x, SchemaTable *pF, SchemaTable *pT,
                    const char *zP){
  int k, j;
  for(k=0; k<pT->nFk && x->rc==SQLITE_OK; k++){
    char *zK = migrateFkKey(&pT->aFk[k]);
    int bHas = 0;
    for(j=0; zK && j<pF->nFk && !bHas; j++){
      char *zF = migrateFkKey(&pF->aFk[j]);
      if( zF==0 ){ x->rc = SQLITE_NOMEM; break; }
      bHas = strcmp(zF, zK)==0;
      sqlite3_free(zF);
    }
    if( zK==0 ) x->rc = SQLITE_NOMEM;
    sqlite3_free(zK);
    if( !bHas && x->rc==SQLITE_OK ) findFk(x, pT, &pT->aFk[k], zP);
  }
}

/*
** The condition under which value "c" cannot be stored in a STRICT column
** of type zType (text that reads as a number is taken as SQLite would,
** when it holds only digits, signs, a point and an exponent).
*/
static char *findStrictCond(const char *zCol, const char *zType){
  static const char zNum[] = "trim(\"%w\") GLOB '*[0-9]*' AND NOT "
      "trim(\"%w\") GLOB '*[^-+.0-9eE]*'";
  if( sqlite3_stricmp(zType, "INT")==0 || sqlite3_stricmp(zType, "INTEGER")==0 ){
    char *zN = sqlite3_mprintf(zNum, zCol, zCol);
    char *z = zN ? sqlite3_mprintf("typeof(\"%w\")='blob' OR (typeof(\"%w\") "
        "IN ('real','text') AND NOT (%s AND CAST(\"%w\" AS REAL) = "
        "CAST(CAST(\"%w\" AS REAL) AS INTEGER)))", zCol, zCol, zN, zCol, zCol)
        : 0;
    sqlite3_free(zN);
    return z;
  }
  if( sqlite3_stricmp(zType, "REAL")==0 ){
    char *zN = sqlite3_mprintf(zNum, zCol, zCol);
    char *z = zN ? sqlite3_mprintf("typeof(\"%w\")='blob' OR (typeof(\"%w\")"
        "='text' AND NOT (%s))", zCol, zCol, zN) : 0;
    sqlite3_free(zN);
    return z;
  }
  if( sqlite3_stricmp(zType, "TEXT")==0 ){
    return sqlite3_mprintf("typeof(\"%w\")='blob'", zCol);
  }
  if( sqlite3_stricmp(zType, "BLOB")==0 ){
    return sqlite3_mprintf("typeof(\"%w\") NOT IN ('blob','null')", zCol);
  }
  return sqlite3_mprintf("0");       /* (ANY is never asked) */
}

/* Columns of the rebuilt STRICT pT whose values may not fit. */
static void findStrict(FindCtx *x, SchemaTable *pF, SchemaTable *pT,
                       const int *aSrc, const char *zP){
  int k;
  if( !pT->bStrict ) return;
  for(k=0; k<pT->nCol && x->rc==SQLITE_OK; k++){
    SchemaCol *c = &pT->aCol[k];
    SchemaCol *src = aSrc[k]>=0 ? &pF->aCol[aSrc[k]] : 0;
    char *zCond, *zFW;
    sqlite3_int64 n;
    if( src==0 || c->eGen ) continue;
    if( pF->bStrict && sqlite3_stricmp(src->zType, c->zType)==0 ) continue;
    if( sqlite3_stricmp(c->zType, "ANY")==0 ) continue;
    zCond = findStrictCond(c->zName, c->zType);
    if( zCond==0 ){ x->rc = SQLITE_NOMEM; break; }
    zFW = sqlite3_mprintf("FROM %s AS \"x\" WHERE %s", zP, zCond);
    n = findCount(x, zFW);
    if( n ){
      findSay(x, n, pT->zName, "would put a value in \"%w\" that %s, "
              "STRICT, cannot store: convert or clear the values first", c->zName, c->zType);
    }
    sqlite3_free(zCond);
    sqlite3_free(zFW);
  }
}

/* A rebuild, going back: NOT NULL columns it adds without a default, to a
** live table that has rows now. */
static void findDownRebuild(FindCtx *x, MigrateOp *pOp, SchemaTable *pT){
  int k;
  for(k=0; k<pT->nCol && x->rc==SQLITE_OK; k++){
    SchemaCol *c = &pT->aCol[k];
    char *zFW;
    sqlite3_int64 n;
    if( pOp->aSrc[k]>=0 || !c->bNotNull || c->eGen || !findNoDefault(c)
     || findIsRowid(pT, c) ){
      continue;
    }
    zFW = sqlite3_mprintf("FROM \"main\".\"%w\"", pT->zName);
    n = findCount(x, zFW);
    sqlite3_free(zFW);
    if( n ){
      findSay(x, n, 0, "the downgrade adds \"%w\".\"%w\" NOT NULL "
          "without a default, and \"%w\" has %lld row%s now: give it a "
          "DEFAULT or fill it in the downgrade, or it fails while the table "
          "has rows", pT->zName, c->zName, pT->zName, n, n==1 ? "" : "s");
    }
  }
}

/* The findings of one operation, into x->out. */
static void findOp(FindCtx *x, MigrateOp *pOp, int bReverse){
  if( strcmp(pOp->zOp, "rebuild_table")==0 && pOp->aSrc && pOp->iFrom>=0 ){
    int iT = migrateSchemaTable(x->pT, pOp->zObject);
    SchemaTable *pF = &x->pF->aTab[pOp->iFrom], *pT;
    char *zP;
    if( iT<0 ) return;
    pT = &x->pT->aTab[iT];
    if( bReverse ){
      findDownRebuild(x, pOp, pT);
      return;
    }
    zP = findProjection(pF, pT, pOp->aSrc);
    if( zP==0 ){ x->rc = SQLITE_NOMEM; return; }
    findNotNull(x, pF, pT, pOp->aSrc, zP);
    findUnique(x, pF, pT, zP);
    findChecks(x, pF, pT, zP);
    findFks(x, pF, pT, zP);
    findStrict(x, pF, pT, pOp->aSrc, zP);
    sqlite3_free(zP);
  }else if( !bReverse && strcmp(pOp->zOp, "create_index")==0 ){
    int i = migrateSchemaObj(x->pT, SCHEMA_INDEX, pOp->zObject);
    SchemaObj *o = i>=0 ? &x->pT->aObj[i] : 0;
    char *zSrc;
    if( o==0 || migrateSchemaTable(x->pF, o->zTable)<0 ) return;
    zSrc = sqlite3_mprintf("\"main\".\"%w\"", o->zTable);
    if( zSrc ) findIndex(x, o, zSrc);
    else x->rc = SQLITE_NOMEM;
    sqlite3_free(zSrc);
  }
}

/*
** Probe the rows of the database of db for every operation of pDiff, the
** diff from pFrom to pTo (bReverse: the way back, pTo being the live
** schema), and set each operation's zWarning to its findings (or NULL).
*/
int migrateFindings(sqlite3 *db, MigrateSchema *pFrom, MigrateSchema *pTo,
                    int bReverse, MigrateDiff *pDiff, char **pzErr){
  FindCtx x;
  int i;
  memset(&x, 0, sizeof(x));
  x.db = db; x.pF = pFrom; x.pT = pTo; x.pDiff = pDiff;
  for(i=0; i<pDiff->nOp && x.rc==SQLITE_OK; i++){
    MigrateOp *pOp = &pDiff->aOp[i];
    x.out = sqlite3_str_new(0);
    findOp(&x, pOp, bReverse);
    sqlite3_free(pOp->zWarning);
    pOp->zWarning = 0;
    if( sqlite3_str_errcode(x.out) ) x.rc = SQLITE_NOMEM;
    if( sqlite3_str_length(x.out) ){
      pOp->zWarning = migrateUtf8Clean(migrateStrFinish(x.out));
      if( pOp->zWarning==0 ) x.rc = SQLITE_NOMEM;
    }else{
      sqlite3_free(migrateStrFinish(x.out));
    }
  }
  if( x.rc && x.rc!=SQLITE_NOMEM ){
    *pzErr = x.zErr ? x.zErr : sqlite3_mprintf("%s", sqlite3_errstr(x.rc));
  }else{
    sqlite3_free(x.zErr);
  }
  return x.rc;
}
