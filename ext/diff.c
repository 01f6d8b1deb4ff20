/*
** diff.c - compare two schemas (as read by schema.c) and write the SQL that
** moves the first to the second, one operation at a time.
**
** Tables are matched by name, or through renamed_from.  A matched pair is
** changed with native ALTER TABLE where that is exactly right: RENAME TO,
** RENAME COLUMN, ADD COLUMN (when SQLite allows the new column: not a key,
** not UNIQUE, not STORED, a constant default, NOT NULL only with one) and
** DROP COLUMN (when nothing refers to the column).  Any other change
** rebuilds the table, following SQLite's "other kinds of table schema
** changes" procedure, arranged so that every constraint error names the
** real table:
**
**     PRAGMA legacy_alter_table=ON;      -- leave views, triggers and the
**     ALTER TABLE t RENAME TO t__migrate_old;   -- foreign keys of other
**     CREATE TABLE t (...);                     -- tables pointing at "t"
**     INSERT INTO t (cols) SELECT cols FROM t__migrate_old;
**     (sqlite_sequence carried over for AUTOINCREMENT)
**     DROP TABLE t__migrate_old;
**     CREATE INDEX / CREATE TRIGGER of t;
**     PRAGMA legacy_alter_table=OFF;
**
** Rows keep their rowids, so foreign keys pointing at t stay valid; with
** foreign keys off (the runner's way, and the rebuild's own first
** statement), dropping the old table fires no ON DELETE action.
**
** Operations come in this order: drop changed views, triggers, indexes and
** virtual tables; renames; create tables (referenced ones first); alter
** and rebuild tables; drop tables (referencing ones first); create virtual
** tables, indexes, views and triggers.  Operations that can lose data are
** flagged destructive and their SQL opens with a "-- destructive:"
** comment.  migrateDiff() is an orchestration of named steps over one
** DiffCtx: pairing, substitutions, views, kept objects, virtual tables,
** renames, each pair of tables, creates, drops, indexes and triggers.
*/
#include "migrate.h"
#include <stdarg.h>
#include <string.h>
#include <stdlib.h>

#define PH_DROP_OBJ   0
#define PH_RENAME     1
#define PH_CREATE     2
#define PH_ALTER      3
#define PH_DROP_TAB   4
#define PH_VTAB       5
#define PH_INDEX      6
#define PH_VIEW       7
#define PH_TRIGGER    8
#define PH_N          9

/* A name substitution for comparing keys across renames. */
typedef struct DiffSubst DiffSubst;
struct DiffSubst {
  char *zFrom, *zTo;         /* canonical names: "OLD", "NEW" */
  const char *zRawFrom;      /* the names as they are */
  const char *zRawTo;
  int iTab;                  /* -1: a table; else the from-table of a column */
};

/* The state of one diff, from pF to pT. */
typedef struct DiffCtx DiffCtx;
struct DiffCtx {
  MigrateSchema *pF, *pT;
  const MigrateRename *aRen; int nRen; int bRev;
  const MigrateFilter *pFilter;
  MigrateDiff aPh[PH_N];         /* the operations, by phase */
  SchemaTable **aPair;           /* aPair[i]: from-table of to-table i */
  int *aPairOf;                  /* aPairOf[j]: to-table of from-table j */
  u8 *aKept;                     /* aKept[j]: object j of pF stays */
  u8 *aEarlyDrop;                /* from-tables dropped before the renames */
  u8 *aFUsed;                    /* from-tables that have a pair */
  u8 *aRebuilt;                  /* to-tables made whole (new or rebuilt) */
  u8 *aUse;                      /* scratch, for diffTableOrder() */
  int bViews;                    /* every view is dropped and made again */
  DiffSubst *aSub; int nSub;     /* renames, for comparing keys */
  int rc;
};

void migrateDiffClear(MigrateDiff *p){
  int i;
  for(i=0; i<p->nOp; i++){
    sqlite3_free(p->aOp[i].zObject);
    sqlite3_free(p->aOp[i].zSql);
    sqlite3_free(p->aOp[i].aSrc);
    sqlite3_free(p->aOp[i].zWarning);
  }
  sqlite3_free(p->aOp);
  memset(p, 0, sizeof(*p));
}

/* Add an operation to p; it takes zObject and zSql (freed on failure). */
int migrateDiffAddOp(MigrateDiff *p, const char *zOp, char *zObject,
                     int bDestructive, char *zSql){
  MigrateOp *aNew = zObject && zSql ? migrateGrow(p->aOp, p->nOp,
                                                  sizeof(MigrateOp)) : 0;
  if( aNew==0 ){
    sqlite3_free(zObject);
    sqlite3_free(zSql);
    return SQLITE_NOMEM;
  }
  p->aOp = aNew;
  memset(&aNew[p->nOp], 0, sizeof(MigrateOp));
  aNew[p->nOp].iFrom = -1;
  aNew[p->nOp].zOp = zOp;
  aNew[p->nOp].zObject = zObject;
  aNew[p->nOp].bDestructive = bDestructive;
  aNew[p->nOp].zSql = zSql;
  p->nOp++;
  return SQLITE_OK;
}

/* Add an operation to phase iPh of the diff (see migrateDiffAddOp()). */
static void diffAddOp(DiffCtx *x, int iPh, const char *zOp, char *zObject,
                      int bDestructive, char *zSql){
  if( x->rc ){
    sqlite3_free(zObject);
    sqlite3_free(zSql);
    return;
  }
  x->rc = migrateDiffAddOp(&x->aPh[iPh], zOp, zObject, bDestructive, zSql);
}

/*
** Append a comment line of generated SQL to s: the text formatted, with
** every control character shown as '?', so that a name holding a newline
** cannot end the comment and have the rest of itself run as SQL.
*/
static void diffComment(sqlite3_str *s, const char *zFormat, ...){
  va_list ap;
  int n0 = sqlite3_str_length(s);
  va_start(ap, zFormat);
  sqlite3_str_vappendf(s, zFormat, ap);
  va_end(ap);
  migrateStrMask(s, n0);
  sqlite3_str_appendchar(s, 1, '\n');
}

/* ALTER TABLE ADD COLUMN of the column definition zDef, as written in its
** CREATE TABLE. */
static char *diffAddColumnSql(const char *zTab, const char *zDef){
  /* SQLite pastes the definition into the table's CREATE TABLE, before
  ** its ")": a comment in it would swallow the ")", so comments go */
  sqlite3_str *s = sqlite3_str_new(0);
  const char *z;
  int e, n;
  sqlite3_str_appendf(s, "ALTER TABLE \"%w\" ADD COLUMN ", zTab);
  for(z=zDef; (n = migrateToken(z, &e))>0; z+=n){
    if( e==TK_SPACE ) sqlite3_str_appendchar(s, 1, ' ');
    else sqlite3_str_append(s, z, n);
  }
  sqlite3_str_appendall(s, ";\n");
  return migrateStrFinish(s);
}

/* The SQL of a DROP TABLE, with its comment. */
static char *diffDropTableSql(const char *zTab, int bVirtual){
  sqlite3_str *s = sqlite3_str_new(0);
  diffComment(s, "-- destructive: drops %stable \"%w\" and all its rows",
                bVirtual ? "virtual " : "", zTab);
  sqlite3_str_appendf(s, "DROP TABLE \"%w\";\n", zTab);
  return migrateStrFinish(s);
}

/* The SQL of an ALTER TABLE DROP COLUMN, with its comment. */
static char *diffDropColumnSql(const char *zTab, const char *zCol){
  sqlite3_str *s = sqlite3_str_new(0);
  diffComment(s, "-- destructive: drops column \"%w\".\"%w\" and its "
                "values", zTab, zCol);
  sqlite3_str_appendf(s, "ALTER TABLE \"%w\" DROP COLUMN \"%w\";\n", zTab,
                      zCol);
  return migrateStrFinish(s);
}

/* Lower-case z into a (n bytes), or NULL if it does not fit. */
static const char *diffLowerIn(char *a, size_t n, const char *z){
  size_t i;
  for(i=0; z[i]; i++){
    if( i+1>=n ) return 0;
    a[i] = (z[i]>='A' && z[i]<='Z') ? z[i]+('a'-'A') : z[i];
  }
  a[i] = 0;
  return a;
}

/* Case-insensitive GLOB, as SQLite's names are (no allocation: a filter
** must not decide wrongly when memory is short). */
static int diffGlob(const char *zPattern, const char *zName){
  char aP[512], aN[512];
  const char *zP = diffLowerIn(aP, sizeof(aP), zPattern);
  const char *zN = diffLowerIn(aN, sizeof(aN), zName);
  if( zP==0 || zN==0 ){
    /* longer than any name in practice: ASCII case as written */
    return sqlite3_strglob(zPattern, zName)==0;
  }
  return sqlite3_strglob(zP, zN)==0;
}

/* Is table zName within the include/exclude patterns? */
static int diffIncluded(const MigrateFilter *f, const char *zName){
  int i, bIn;
  if( f==0 ) return 1;
  bIn = f->nInclude==0;
  for(i=0; i<f->nInclude; i++){
    if( diffGlob(f->azInclude[i], zName) ) bIn = 1;
  }
  for(i=0; i<f->nExclude; i++){
    if( diffGlob(f->azExclude[i], zName) ) bIn = 0;
  }
  return bIn;
}

/* Is zName one of the n names of az (any case)? */
static int diffInList(char **az, int n, const char *zName){
  int i;
  for(i=0; i<n; i++) if( sqlite3_stricmp(az[i], zName)==0 ) return 1;
  return 0;
}

/* Is view or trigger zName to be dropped first and made again last? */
static int diffLifted(const MigrateFilter *f, const char *zName){
  return f && diffInList(f->azLift, f->nLift, zName);
}

/* Is table zName to be rebuilt, ALTER TABLE failing on it? */
static int diffForcedRebuild(const MigrateFilter *f, const char *zName){
  return f && diffInList(f->azRebuild, f->nRebuild, zName);
}

static SchemaTable *diffTable(MigrateSchema *p, const char *zName){
  int i = migrateSchemaTable(p, zName);
  return i>=0 ? &p->aTab[i] : 0;
}

static SchemaObj *diffObj(MigrateSchema *p, int eType, const char *zName){
  int i = migrateSchemaObj(p, eType, zName);
  return i>=0 ? &p->aObj[i] : 0;
}

/*
** A renamed_from of the model holds when the live schema has the old name
** and not the new one: so a model still holds once its renames are done.
** The live schema is pFrom, or pTo for the way back (bRev).
*/

/* The from-side name of to-side table zTo, through a rename, or NULL. */
static const char *diffRenamedTable(DiffCtx *x, const char *zTo){
  MigrateSchema *pLive = x->bRev ? x->pT : x->pF;
  int i;
  for(i=0; i<x->nRen; i++){
    const MigrateRename *r = &x->aRen[i];
    if( r->zTab ) continue;
    if( sqlite3_stricmp(x->bRev ? r->zOld : r->zNew, zTo)==0
     && migrateSchemaTable(pLive, r->zOld)>=0
     && migrateSchemaTable(pLive, r->zNew)<0 ){
      return x->bRev ? r->zNew : r->zOld;
    }
  }
  return 0;
}

/* The from-side name of column zCol of a to-side table, or NULL.  zModel
** is the table's name in the model, pLive the table on the live side. */
static const char *diffRenamedCol(DiffCtx *x, const char *zModel,
                              SchemaTable *pLive, const char *zCol){
  int i;
  for(i=0; i<x->nRen; i++){
    const MigrateRename *r = &x->aRen[i];
    if( r->zTab==0 || sqlite3_stricmp(r->zTab, zModel)!=0 ) continue;
    if( sqlite3_stricmp(x->bRev ? r->zOld : r->zNew, zCol)==0
     && migrateSchemaColumn(pLive, r->zOld) && !migrateSchemaColumn(pLive, r->zNew) ){
      return x->bRev ? r->zNew : r->zOld;
    }
  }
  return 0;
}

/*
** The columns of from-table pF that the columns of to-table pT come from,
** in aSrc (NULL: a new column, or one found by name later), through
** renamed_from; aColUsed marks them.  Returns whether the renames can be
** done by RENAME COLUMN: not when a column is renamed onto the name of a
** column that is still there (the way back from a rename whose old name
** was reused).  The rebuild then copies each column to its new name, and
** nothing rewrites the references to the old names (in foreign keys of
** other tables, views, triggers), so those are compared as written.
*/
static int diffRenameSources(DiffCtx *x, SchemaTable *pF, SchemaTable *pT,
                         SchemaCol **aSrc, u8 *aColUsed){
  const char *zModel = x->bRev ? pF->zName : pT->zName;
  int k, bNative = 1;
  memset(aColUsed, 0, pF->nCol+1);
  for(k=0; k<pT->nCol; k++){
    const char *zRen = diffRenamedCol(x, zModel, x->bRev ? pT : pF,
                                  pT->aCol[k].zName);
    SchemaCol *src = zRen ? migrateSchemaColumn(pF, zRen) : 0;
    if( src && aColUsed[src-pF->aCol] ) src = 0;
    aSrc[k] = src;
    if( src ) aColUsed[src-pF->aCol] = 1;
  }
  for(k=0; k<pT->nCol; k++){
    SchemaCol *other;
    if( aSrc[k]==0 ) continue;
    other = migrateSchemaColumn(pF, pT->aCol[k].zName);
    if( other && other!=aSrc[k] ) bNative = 0;
  }
  if( diffForcedRebuild(x->pFilter, pT->zName) ) bNative = 0;
  return bNative;
}

/* diffRenameSources() for its answer alone. */
static int diffNativeRenames(DiffCtx *x, SchemaTable *pF, SchemaTable *pT){
  SchemaCol **aSrc = sqlite3_malloc64(sizeof(SchemaCol*)*(pT->nCol+1));
  u8 *aColUsed = sqlite3_malloc64(pF->nCol+1);
  int bNative = aSrc && aColUsed && diffRenameSources(x, pF, pT, aSrc, aColUsed);
  if( aSrc==0 || aColUsed==0 ) x->rc = SQLITE_NOMEM;
  sqlite3_free(aSrc);
  sqlite3_free(aColUsed);
  return bNative;
}

/* The canonical token of a name: "NAME". */
static char *diffCanonName(const char *z){
  char *zQ = sqlite3_mprintf("\"%w\"", z);
  char *zC = zQ ? migrateCanon(zQ) : 0;
  sqlite3_free(zQ);
  return zC;
}


/*
** The canonical text z with its quoted names replaced by the substitutions
** that apply (tables always; columns of from-table iTab, of every table if
** iTab is -2, of none if iTab is -3), all in one pass, so renames never
** chain.
*/
static char *diffSubstKey(const char *z, const DiffSubst *a, int n, int iTab){
  sqlite3_str *s = sqlite3_str_new(0);
  int e, len;
  for(; *z; z+=len){
    int k = n;
    len = migrateToken(z, &e);
    if( len==0 ) break;
    if( e==TK_ID || e==TK_WORD ){     /* a keyword name is bare */
      for(k=0; k<n; k++){
        if( a[k].iTab>=0 && (iTab==-3 || (iTab!=-2 && a[k].iTab!=iTab)) ){
          continue;
        }
        if( (int)strlen(a[k].zFrom)==len && memcmp(a[k].zFrom, z, len)==0 ){
          break;
        }
      }
    }
    if( k<n ) sqlite3_str_appendall(s, a[k].zTo);
    else sqlite3_str_append(s, z, len);
  }
  return migrateStrFinish(s);
}

/*
** Does object key zF (from) mean zT (to) once the renames are applied?
** An index or a trigger of table iTab is compared with the renames of that
** table.  RENAME COLUMN rewrites a view only where a reference resolves to
** the renamed column, which the text does not tell, so a view is the same
** if it matches with the renames of every table, or of no column at all.
*/
static int diffKeySame(const char *zF, const char *zT, const DiffSubst *a,
                       int n,
                   int iTab, int *pRc){
  /* an index or trigger of a table: that table's renames, which RENAME
  ** COLUMN applies to it for sure; a view: all of them, or none */
  int aMode[2], nMode, k;
  if( *pRc ) return 1;                 /* the diff fails anyway */
  if( n==0 ) return strcmp(zF, zT)==0;
  if( iTab>=0 ){
    aMode[0] = iTab;
    nMode = 1;
  }else{
    aMode[0] = -2;
    aMode[1] = -3;
    nMode = 2;
  }
  for(k=0; k<nMode; k++){
    char *zK = diffSubstKey(zF, a, n, aMode[k]);
    int b;
    if( zK==0 ){ *pRc = SQLITE_NOMEM; return 0; }
    b = strcmp(zK, zT)==0;
    sqlite3_free(zK);
    if( b ) return 1;
  }
  return 0;
}

/* Does canonical text z contain the canonical name of zName? */
static int diffMentions(const char *z, const char *zName){
  char *zC = diffCanonName(zName);
  int b = zC && z && strstr(z, zC)!=0;
  sqlite3_free(zC);
  return b;
}

/* The affinity rank of a declared type, from narrowest to widest. */
static int diffAffinityRank(const char *zType){
  char z[128];
  size_t i;
  for(i=0; zType[i] && i<sizeof(z)-1; i++){
    z[i] = (zType[i]>='a' && zType[i]<='z') ? zType[i]-('a'-'A') : zType[i];
  }
  z[i] = 0;
  if( strstr(z, "INT") ) return 0;
  if( strstr(z, "CHAR") || strstr(z, "CLOB") || strstr(z, "TEXT") ) return 3;
  if( z[0]==0 || strstr(z, "BLOB") ) return 4;
  if( strstr(z, "REAL") || strstr(z, "FLOA") || strstr(z, "DOUB") ) return 1;
  return 2;
}

/* May ALTER TABLE ADD COLUMN add column c of table t? */
static int diffAddable(SchemaTable *t, SchemaCol *c){
  int k;
  if( c->iPk || c->eGen==3 || c->zDef==0 ) return 0;
  for(k=0; k<t->nUnique; k++) if( diffMentions(t->azUnique[k], c->zName) ) return 0;
  if( c->zDefault ){
    const char *z = c->zDefault;
    int e, n, nTok = 0, bNull = 0;
    for(;;){
      n = migrateToken(z, &e);
      if( e==TK_END ) break;
      if( e!=TK_SPACE ){
        if( e==TK_PUNCT && n==1 && (z[0]=='-' || z[0]=='+') && nTok==0 ){
          z += n;
          continue;
        }
        if( e==TK_WORD ){
          if( n==4 && sqlite3_strnicmp(z, "NULL", 4)==0 ) bNull = 1;
          else if( !((n==4 && sqlite3_strnicmp(z, "TRUE", 4)==0)
                  || (n==5 && sqlite3_strnicmp(z, "FALSE", 5)==0)) ) return 0;
        }else if( e!=TK_STRING && e!=TK_NUMBER && e!=TK_BLOB ){
          return 0;
        }
        nTok++;
      }
      z += n;
    }
    if( nTok!=1 ) return 0;
    if( bNull && c->bNotNull ) return 0;
  }else if( c->bNotNull ){
    return 0;
  }
  return 1;
}

/* May ALTER TABLE DROP COLUMN drop column c of table t (schema p)?  Only
** the objects that stay (aKept) count. */
static int diffDroppable(MigrateSchema *p, SchemaTable *t, SchemaCol *c,
                     const u8 *aKept){
  int k;
  if( c->iPk || c->eGen ) return 0;
  for(k=0; k<t->nUnique; k++) if( diffMentions(t->azUnique[k], c->zName) ) return 0;
  for(k=0; k<t->nFk; k++){
    int j;
    for(j=0; j<t->aFk[k].nFrom; j++){
      if( sqlite3_stricmp(t->aFk[k].azFrom[j], c->zName)==0 ) return 0;
    }
  }
  for(k=0; k<t->nCheck; k++){
    char *zC = migrateCanon(t->azCheckExpr[k]);
    int b = diffMentions(zC, c->zName);
    sqlite3_free(zC);
    if( b ) return 0;
  }
  for(k=0; k<t->nCol; k++){
    if( t->aCol[k].zGen ){
      char *zC = migrateCanon(t->aCol[k].zGen);
      int b = diffMentions(zC, c->zName);
      sqlite3_free(zC);
      if( b ) return 0;
    }
  }
  for(k=0; k<p->nObj; k++){
    if( aKept[k] && diffMentions(p->aObj[k].zKey, c->zName) ) return 0;
  }
  return 1;
}

/* The new name of a renamed name, or z: a table (iTab -1) or a column of
** from-table iTab. */
static const char *diffMapName(const DiffSubst *a, int n, int iTab,
                               const char *z){
  int k;
  for(k=0; k<n; k++){
    if( a[k].iTab==iTab && sqlite3_stricmp(a[k].zRawFrom, z)==0 ){
      return a[k].zRawTo;
    }
  }
  return z;
}

/*
** The lines of a table signature other than its columns, with renames:
** checks and UNIQUE lists through the substitutions of the table, foreign
** keys rebuilt with the new names of the parent and its columns (as
** RENAME TABLE and RENAME COLUMN rewrite them).  pS is the schema of t,
** iTab its index there.
*/
static char *diffTableLines(MigrateSchema *pS, SchemaTable *t,
                            const DiffSubst *a,
                        int n, int iTab){
  sqlite3_str *s = sqlite3_str_new(0);
  const char *z = t->zKey;
  char *zOut, *zSub;
  int k, j;
  while( z && *z ){
    const char *zEnd = strchr(z, '\n');
    int len = zEnd ? (int)(zEnd-z) : (int)strlen(z);
    if( !(len>2 && (z[0]=='C' || z[0]=='F') && z[1]==' ') ){
      sqlite3_str_append(s, z, len);
      sqlite3_str_appendchar(s, 1, '\n');
    }
    z += len + (zEnd ? 1 : 0);
  }
  zOut = migrateStrFinish(s);
  if( zOut==0 ) return 0;
  zSub = n ? diffSubstKey(zOut, a, n, iTab) : zOut;
  if( n ) sqlite3_free(zOut);
  if( zSub==0 ) return 0;
  s = sqlite3_str_new(0);
  sqlite3_str_appendall(s, zSub);
  sqlite3_free(zSub);
  for(k=0; k<t->nFk; k++){
    SchemaFk f = t->aFk[k];
    const char *azFrom[64], *azTo[64];
    int iPar = n ? migrateSchemaTable(pS, f.zTable) : -1;
    char *zF;
    if( f.nFrom>64 || f.nTo>64 ) return 0;
    for(j=0; j<f.nFrom; j++) azFrom[j] = diffMapName(a, n, iTab, f.azFrom[j]);
    for(j=0; j<f.nTo; j++) azTo[j] = diffMapName(a, n, iPar, f.azTo[j]);
    f.azFrom = (char**)azFrom;
    f.azTo = (char**)azTo;
    f.zTable = (char*)diffMapName(a, n, -1, f.zTable);
    zF = migrateFkKey(&f);
    if( zF==0 ){
      sqlite3_free(migrateStrFinish(s));
      return 0;
    }
    sqlite3_str_appendf(s, "F %s\n", zF);
    sqlite3_free(zF);
  }
  return migrateStrFinish(s);
}

/* Sort the table lines so that substitution order does not matter. */
static char *diffSortLines(char *z){
  char **az = 0;
  int n = 0, i;
  sqlite3_str *s;
  const char *p = z;
  if( z==0 ) return 0;
  while( *p ){
    const char *e = strchr(p, '\n');
    int len = e ? (int)(e-p) : (int)strlen(p);
    char **azNew = migrateGrow(az, n, sizeof(char*));
    if( azNew==0 ){ migrateFreeList(az, n); sqlite3_free(z); return 0; }
    az = azNew;
    az[n] = sqlite3_mprintf("%.*s", len, p);
    if( az[n]==0 ){ migrateFreeList(az, n); sqlite3_free(z); return 0; }
    n++;
    p += len + (e ? 1 : 0);
  }
  for(i=1; i<n; i++){                       /* insertion sort: small n */
    char *v = az[i];
    int j = i-1;
    while( j>=0 && strcmp(az[j], v)>0 ){ az[j+1] = az[j]; j--; }
    az[j+1] = v;
  }
  s = sqlite3_str_new(0);
  for(i=0; i<n; i++) sqlite3_str_appendf(s, "%s\n", az[i]);
  migrateFreeList(az, n);
  sqlite3_free(z);
  return migrateStrFinish(s);
}

/* The CREATE statements of the indexes or triggers of table zTab in p. */
static void diffAppendObjsOf(sqlite3_str *s, MigrateSchema *p, const char *zTab,
                         int eType){
  int iTab = migrateSchemaTable(p, zTab), k;
  if( iTab<0 ) return;
  for(k=p->aTabObjStart[iTab]; k<p->aTabObjStart[iTab+1]; k++){
    SchemaObj *o = &p->aObj[p->aTabObj[k]];
    if( o->eType==eType ) migrateAppendClosed(s, o->zSql, 1);
  }
}

/* Is the column c of t the INTEGER PRIMARY KEY (the rowid)? */
static int diffIsIpk(SchemaTable *t, SchemaCol *c){
  int k, nPk = 0, n, e, b;
  const char *zType;
  if( t->bWithoutRowid || c->iPk!=1 || c->bPkDesc ) return 0;
  for(k=0; k<t->nCol; k++) if( t->aCol[k].iPk ) nPk++;
  if( nPk!=1 ) return 0;
  /* the type is the one word INTEGER (quoted or not), found without an
  ** allocation */
  zType = migrateSkipSpace(c->zType);
  n = migrateToken(zType, &e);
  b = (e==TK_WORD && n==7 && sqlite3_strnicmp(zType, "INTEGER", 7)==0)
   || (e==TK_ID && n==9 && sqlite3_strnicmp(zType+1, "INTEGER", 7)==0);
  return b && *migrateSkipSpace(zType+n)==0;
}

/*
** Record on the rebuild_table operation just added which from-table and
** from-columns it copies, for findings.c to probe the rows with.
*/
static void diffRebuildSources(DiffCtx *x, SchemaTable *pF, SchemaTable *pT,
                               SchemaCol **aSrc){
  MigrateDiff *pPh = &x->aPh[PH_ALTER];
  MigrateOp *pOp;
  int k;
  if( x->rc ) return;
  pOp = &pPh->aOp[pPh->nOp-1];
  pOp->aSrc = sqlite3_malloc64(sizeof(int)*(pT->nCol+1));
  if( pOp->aSrc==0 ){ x->rc = SQLITE_NOMEM; return; }
  pOp->iFrom = (int)(pF - x->pF->aTab);
  for(k=0; k<pT->nCol; k++){
    pOp->aSrc[k] = aSrc[k] ? (int)(aSrc[k] - pF->aCol) : -1;
  }
}

/*
** Rebuild table pT (now named pT->zName on the live side, with the
** columns of pF).  aSrc[i] is the from-side column of pT->aCol[i], or 0;
** with bNoRename, the columns still have their old names.
*/
static void diffRebuild(DiffCtx *x, SchemaTable *pF, SchemaTable *pT,
                         SchemaCol **aSrc, int bNoRename, const char *zWhy,
                         int bDestr, const char *zDropped){
  sqlite3_str *s = sqlite3_str_new(0);
  char *zOld = sqlite3_mprintf("%s__migrate_old", pT->zName);
  int k, nCopy = 0, bRowid, iTry;
  const char *zRowid = 0;
  static const char *azRowid[] = { "rowid", "_rowid_", "oid" };
  sqlite3_str *cols = sqlite3_str_new(0), *vals = sqlite3_str_new(0);

  /* a temporary name that no table has */
  for(iTry=2; zOld && (diffTable(x->pF, zOld) || diffTable(x->pT, zOld)); iTry++){
    sqlite3_free(zOld);
    zOld = sqlite3_mprintf("%s__migrate_old%d", pT->zName, iTry);
  }
  if( zOld==0 ){
    x->rc = SQLITE_NOMEM;
    sqlite3_free(migrateStrFinish(s));
    sqlite3_free(migrateStrFinish(cols));
    sqlite3_free(migrateStrFinish(vals));
    return;
  }
  /* a name of the rowid that no column of either table shadows */
  for(k=0; k<3 && zRowid==0; k++){
    if( !migrateSchemaColumn(pF, azRowid[k]) && !migrateSchemaColumn(pT, azRowid[k]) ) zRowid = azRowid[k];
  }

  if( bDestr ){
    diffComment(s, "-- destructive: rebuilding \"%w\" drops %s", pT->zName,
                  zDropped);
  }
  diffComment(s, "-- rebuild \"%w\": %s", pT->zName, zWhy);
  /* run by hand, outside a transaction, the SQL switches foreign keys off
  ** itself (inside migrate_upgrade they are off already, and the PRAGMA is
  ** a no-op in a transaction) */
  sqlite3_str_appendall(s, "PRAGMA foreign_keys=OFF;\n");
  sqlite3_str_appendall(s, "PRAGMA legacy_alter_table=ON;\n");
  sqlite3_str_appendf(s, "ALTER TABLE \"%w\" RENAME TO \"%w\";\n",
                      pT->zName, zOld);
  migrateAppendClosed(s, pT->zSql, 1);
  bRowid = !pT->bWithoutRowid && !pF->bWithoutRowid && zRowid!=0;
  for(k=0; k<pT->nCol; k++){
    if( pT->aCol[k].eGen || aSrc[k]==0 ) continue;
    if( diffIsIpk(pT, &pT->aCol[k]) ) bRowid = 0;
    sqlite3_str_appendf(cols, "%s\"%w\"", nCopy ? ", " : "", pT->aCol[k].zName);
    /* a renamed column has its new name by now (RENAME COLUMN ran),
    ** unless renames were left to this copy */
    sqlite3_str_appendf(vals, "%s\"%w\"", nCopy ? ", " : "",
                        bNoRename ? aSrc[k]->zName : pT->aCol[k].zName);
    nCopy++;
  }
  if( nCopy>0 || bRowid ){
    char *zCols = migrateStrFinish(cols);
    char *zVals = migrateStrFinish(vals);
    cols = vals = 0;
    sqlite3_str_appendf(s, "INSERT INTO \"%w\" (%s%s%s) SELECT %s%s%s "
        "FROM \"%w\";\n", pT->zName, bRowid ? zRowid : "",
        bRowid && nCopy ? ", " : "", zCols ? zCols : "",
        bRowid ? zRowid : "", bRowid && nCopy ? ", " : "",
        zVals ? zVals : "", zOld);
    if( zCols==0 || zVals==0 ) x->rc = SQLITE_NOMEM;
    sqlite3_free(zCols);
    sqlite3_free(zVals);
  }
  if( cols ) sqlite3_free(migrateStrFinish(cols));
  if( vals ) sqlite3_free(migrateStrFinish(vals));
  if( pT->bAutoinc && pF->bAutoinc ){
    sqlite3_str_appendf(s, "INSERT INTO sqlite_sequence(name, seq) SELECT "
        "%Q, seq FROM sqlite_sequence WHERE name=%Q AND NOT EXISTS (SELECT 1 "
        "FROM sqlite_sequence WHERE name=%Q);\n", pT->zName, zOld, pT->zName);
    sqlite3_str_appendf(s, "UPDATE sqlite_sequence SET seq=max(seq, "
        "coalesce((SELECT seq FROM sqlite_sequence WHERE name=%Q), 0)) "
        "WHERE name=%Q;\n", zOld, pT->zName);
  }
  sqlite3_str_appendf(s, "DROP TABLE \"%w\";\n", zOld);
  diffAppendObjsOf(s, x->pT, pT->zName, SCHEMA_INDEX);
  diffAppendObjsOf(s, x->pT, pT->zName, SCHEMA_TRIGGER);
  sqlite3_str_appendall(s, "PRAGMA legacy_alter_table=OFF;\n");
  sqlite3_free(zOld);
  diffAddOp(x, PH_ALTER, "rebuild_table", sqlite3_mprintf("%s", pT->zName),
        bDestr, migrateStrFinish(s));
  diffRebuildSources(x, pF, pT, aSrc);
}

/*
** The tables of p marked in aUse, ordered so that those a table references
** come before it (a depth-first walk; cycles keep their model order).
*/
static int *diffTableOrder(MigrateSchema *p, const u8 *aUse, int *pn){
  int *aOut = sqlite3_malloc64(sizeof(int)*(p->nTab+1));
  int *aStack = sqlite3_malloc64(sizeof(int)*2*(p->nTab+1));
  u8 *aState = sqlite3_malloc64(p->nTab+1);   /* 0 new, 1 open, 2 done */
  int n = 0, i;
  *pn = 0;
  if( aOut==0 || aStack==0 || aState==0 ){
    sqlite3_free(aOut); sqlite3_free(aStack); sqlite3_free(aState);
    return 0;
  }
  memset(aState, 0, p->nTab+1);
  for(i=0; i<p->nTab; i++){
    int nStack = 0;
    if( !aUse[i] || aState[i] ) continue;
    aStack[nStack++] = i; aStack[nStack++] = 0;
    aState[i] = 1;
    while( nStack>0 ){
      int t = aStack[nStack-2], k = aStack[nStack-1];
      SchemaTable *pT = &p->aTab[t];
      if( k<pT->nFk ){
        int j = migrateSchemaTable(p, pT->aFk[k].zTable);
        aStack[nStack-1] = k+1;
        if( j>=0 && aUse[j] && aState[j]==0 ){
          aState[j] = 1;
          aStack[nStack++] = j; aStack[nStack++] = 0;
        }
      }else{
        aState[t] = 2;
        aOut[n++] = t;
        nStack -= 2;
      }
    }
  }
  sqlite3_free(aStack);
  sqlite3_free(aState);
  *pn = n;
  return aOut;
}

/* ------------------------------------------------------------ the steps */

/* The arrays of the diff's state, for nF from-tables and nT to-tables. */
static int diffAlloc(DiffCtx *x){
  int nF = x->pF->nTab, nT = x->pT->nTab, i;
  x->aPair = sqlite3_malloc64(sizeof(SchemaTable*)*(nT+1));
  x->aFUsed = sqlite3_malloc64(nF+1);
  x->aRebuilt = sqlite3_malloc64(nT+1);
  x->aUse = sqlite3_malloc64(nT+nF+1);
  x->aPairOf = sqlite3_malloc64(sizeof(int)*(nF+1));
  x->aEarlyDrop = sqlite3_malloc64(nF+1);
  x->aKept = sqlite3_malloc64(x->pF->nObj+1);
  if( x->aPair==0 || x->aFUsed==0 || x->aRebuilt==0 || x->aUse==0
   || x->aPairOf==0 || x->aEarlyDrop==0 || x->aKept==0 ){
    return SQLITE_NOMEM;
  }
  memset(x->aFUsed, 0, nF+1);
  memset(x->aRebuilt, 0, nT+1);
  memset(x->aEarlyDrop, 0, nF+1);
  memset(x->aKept, 0, x->pF->nObj+1);
  for(i=0; i<nF; i++) x->aPairOf[i] = -1;
  for(i=0; i<nT; i++) x->aPair[i] = 0;
  return SQLITE_OK;
}

/*
** Match tables.  renamed_from pairs a table with its old name when the
** database has the old name and not the new one (so a model still holds
** once the rename is done); otherwise tables pair by name.
*/
static void diffPairTables(DiffCtx *x){
  int i, k;
  for(k=0; k<2; k++){
    for(i=0; i<x->pT->nTab; i++){
      SchemaTable *pT = &x->pT->aTab[i];
      SchemaTable *pF = 0;
      const char *zRen;
      if( x->aPair[i] || !diffIncluded(x->pFilter, pT->zName) ) continue;
      if( k==0 ){
        zRen = diffRenamedTable(x, pT->zName);
        if( zRen==0 ) continue;
        pF = diffTable(x->pF, zRen);
      }else{
        pF = diffTable(x->pF, pT->zName);
      }
      if( pF && !x->aFUsed[pF-x->pF->aTab] ){
        x->aPair[i] = pF;
        x->aFUsed[pF-x->pF->aTab] = 1;
        x->aPairOf[pF-x->pF->aTab] = i;
      }
    }
  }
}

/* Add the substitution zSrc -> zDst (a table if iTab<0, else a column of
** from-table iTab) for comparing keys across renames. */
static void diffAddSubst(DiffCtx *x, const char *zSrc, const char *zDst,
                         int iTab){
  DiffSubst *aNew = migrateGrow(x->aSub, x->nSub, sizeof(DiffSubst));
  DiffSubst *p;
  if( aNew==0 ){ x->rc = SQLITE_NOMEM; return; }
  x->aSub = aNew;
  p = &aNew[x->nSub];
  p->zFrom = diffCanonName(zSrc);
  p->zTo = diffCanonName(zDst);
  p->zRawFrom = zSrc;
  p->zRawTo = zDst;
  p->iTab = iTab;
  if( p->zFrom==0 || p->zTo==0 ){      /* never used half made */
    sqlite3_free(p->zFrom);
    sqlite3_free(p->zTo);
    x->rc = SQLITE_NOMEM;
    return;
  }
  x->nSub++;
}

/* Name substitutions: table renames, and column renames by table (those
** RENAME COLUMN does; see diffRenameSources()). */
static void diffSubstitutions(DiffCtx *x){
  int i, k;
  for(i=0; i<x->pT->nTab && x->rc==SQLITE_OK; i++){
    SchemaTable *pT = &x->pT->aTab[i], *pF = x->aPair[i];
    int bNative = -1;              /* not known until a column is renamed */
    if( pF==0 ) continue;
    if( sqlite3_stricmp(pF->zName, pT->zName)!=0 ){
      diffAddSubst(x, pF->zName, pT->zName, -1);
    }
    for(k=0; k<pT->nCol && x->rc==SQLITE_OK; k++){
      const char *zModel = x->bRev ? pF->zName : pT->zName;
      const char *zSrc = diffRenamedCol(x, zModel, x->bRev ? pT : pF,
                                        pT->aCol[k].zName);
      if( !zSrc || !migrateSchemaColumn(pF, zSrc) ) continue;
      if( bNative<0 ) bNative = diffNativeRenames(x, pF, pT);
      if( !bNative ) break;
      diffAddSubst(x, zSrc, pT->aCol[k].zName, (int)(pF - x->pF->aTab));
    }
  }
}

/* Does any view differ (after renames), or is one lifted?  Then all are
** dropped and made again. */
static int diffViewsChange(DiffCtx *x){
  int i;
  for(i=0; i<x->pT->nObj; i++){
    SchemaObj *o = &x->pT->aObj[i], *f;
    if( o->eType!=SCHEMA_VIEW || !diffIncluded(x->pFilter, o->zName) ) continue;
    f = diffObj(x->pF, SCHEMA_VIEW, o->zName);
    if( f==0 ) return 1;
    if( !diffKeySame(f->zKey, o->zKey, x->aSub, x->nSub, -2, &x->rc) ) return 1;
  }
  for(i=0; i<x->pF->nObj; i++){
    SchemaObj *o = &x->pF->aObj[i];
    if( o->eType==SCHEMA_VIEW && diffIncluded(x->pFilter, o->zName)
     && (diffObj(x->pT, SCHEMA_VIEW, o->zName)==0
      || diffLifted(x->pFilter, o->zName)) ){
      return 1;
    }
  }
  return 0;
}

/* Views: drop them all (last first) and make them all, when any changes. */
static void diffViews(DiffCtx *x){
  int i;
  x->bViews = diffViewsChange(x);
  if( !x->bViews ) return;
  for(i=x->pF->nObj-1; i>=0; i--){
    SchemaObj *o = &x->pF->aObj[i];
    if( o->eType!=SCHEMA_VIEW || !diffIncluded(x->pFilter, o->zName) ) continue;
    diffAddOp(x, PH_DROP_OBJ, "drop_view", sqlite3_mprintf("%s", o->zName), 0,
              sqlite3_mprintf("DROP VIEW \"%w\";\n", o->zName));
  }
  for(i=0; i<x->pT->nObj; i++){
    SchemaObj *o = &x->pT->aObj[i];
    if( o->eType!=SCHEMA_VIEW || !diffIncluded(x->pFilter, o->zName) ) continue;
    diffAddOp(x, PH_VIEW, "create_view", sqlite3_mprintf("%s", o->zName), 0,
              migrateClosedStmt(o->zSql));
  }
}

/*
** Which objects of pF stay as they are (same name, same meaning after the
** renames); the others are dropped, so they do not hold a column back
** from ALTER TABLE DROP COLUMN.
*/
static void diffKept(DiffCtx *x){
  int i, j;
  for(i=0; x->rc==SQLITE_OK && i<x->pF->nObj; i++){
    SchemaObj *f = &x->pF->aObj[i];
    x->aKept[i] = 0;
    if( f->eType==SCHEMA_VIEW ){ x->aKept[i] = !x->bViews; continue; }
    if( f->eType==SCHEMA_VTAB ){
      j = migrateSchemaObj(x->pT, SCHEMA_VTAB, f->zName);
      x->aKept[i] = j>=0 && strcmp(f->zKey, x->pT->aObj[j].zKey)==0;
      continue;
    }
    if( f->iTab>=0 && x->aPairOf[f->iTab]<0 ) continue;
    if( f->iTab<0 && x->bViews ) continue;
    if( diffLifted(x->pFilter, f->zName) ) continue;
    j = migrateSchemaObj(x->pT, f->eType, f->zName);
    if( j>=0 ){
      x->aKept[i] = diffKeySame(f->zKey, x->pT->aObj[j].zKey, x->aSub,
                                x->nSub, f->iTab, &x->rc);
    }
  }
}

/*
** Virtual tables are made and dropped whole (their shadow tables with
** them): a dropped or changed one goes before anything else of its name
** is made, a new or changed one is made after the tables.
*/
static void diffVtabs(DiffCtx *x){
  int i, j;
  for(i=0; x->rc==SQLITE_OK && i<x->pF->nObj; i++){
    SchemaObj *f = &x->pF->aObj[i];
    if( f->eType!=SCHEMA_VTAB || x->aKept[i]
     || !diffIncluded(x->pFilter, f->zName) ){
      continue;
    }
    diffAddOp(x, PH_DROP_OBJ, "drop_virtual_table",
              sqlite3_mprintf("%s", f->zName), 1,
              diffDropTableSql(f->zName, 1));
  }
  for(i=0; x->rc==SQLITE_OK && i<x->pT->nObj; i++){
    SchemaObj *o = &x->pT->aObj[i];
    if( o->eType!=SCHEMA_VTAB || !diffIncluded(x->pFilter, o->zName) ) continue;
    j = migrateSchemaObj(x->pF, SCHEMA_VTAB, o->zName);
    if( j>=0 && x->aKept[j] ) continue;
    diffAddOp(x, PH_VTAB, "create_virtual_table",
              sqlite3_mprintf("%s", o->zName), 0, migrateClosedStmt(o->zSql));
  }
}

/* Drop from-table pG early (before renames and creates). */
static void diffEarlyDrop(DiffCtx *x, SchemaTable *pG){
  x->aEarlyDrop[pG - x->pF->aTab] = 1;
  diffAddOp(x, PH_DROP_OBJ, "drop_table", sqlite3_mprintf("%s", pG->zName),
            1, diffDropTableSql(pG->zName, 0));
}

/*
** A dropped table whose name a new index, view or virtual table takes (they
** share SQLite's namespace) goes first.  Table renames come next
** (legacy_alter_table off: references follow); a table dropped under a
** name that a rename takes (the way back from a rename whose old name was
** reused) goes before the rename.
*/
static void diffRenames(DiffCtx *x){
  int i;
  for(i=0; i<x->pT->nObj; i++){
    SchemaObj *o = &x->pT->aObj[i];
    SchemaTable *pG;
    if( o->eType==SCHEMA_TRIGGER ) continue;
    pG = diffTable(x->pF, o->zName);
    if( pG && !x->aFUsed[pG-x->pF->aTab] && !x->aEarlyDrop[pG-x->pF->aTab]
     && diffIncluded(x->pFilter, pG->zName) ){
      diffEarlyDrop(x, pG);
    }
  }
  for(i=0; i<x->pT->nTab; i++){
    SchemaTable *pT = &x->pT->aTab[i], *pF = x->aPair[i], *pG;
    if( pF==0 || sqlite3_stricmp(pF->zName, pT->zName)==0 ) continue;
    pG = diffTable(x->pF, pT->zName);
    if( pG && pG!=pF && !x->aFUsed[pG-x->pF->aTab] ) diffEarlyDrop(x, pG);
    diffAddOp(x, PH_RENAME, "rename_table", sqlite3_mprintf("%s", pT->zName),
              0, sqlite3_mprintf("ALTER TABLE \"%w\" RENAME TO \"%w\";\n",
                                 pF->zName, pT->zName));
  }
}

/* What a pair of tables needs: the reasons to rebuild (empty: none), and
** what that loses. */
typedef struct DiffPair DiffPair;
struct DiffPair {
  SchemaTable *pF, *pT;
  SchemaCol **aSrc;          /* aSrc[k]: the from-column of to-column k */
  u8 *aColUsed;              /* aColUsed[j]: from-column j is kept */
  int bNoRename;             /* renames are done by the rebuild */
  int bDestr;                /* the rebuild loses data */
  sqlite3_str *why;          /* why the table is rebuilt */
  sqlite3_str *dropped;      /* what the rebuild loses */
};

/* Append ", " and a reason to s (the ", " only after another). */
static void diffReason(sqlite3_str *s, const char *zSep, const char *zFmt,
                       const char *zArg){
  if( sqlite3_str_length(s) ) sqlite3_str_appendall(s, zSep);
  sqlite3_str_appendf(s, zFmt, zArg);
}

/* The columns of pair p: renames, changes, adds and drops that ALTER TABLE
** cannot do. */
static void diffColumns(DiffCtx *x, DiffPair *p){
  SchemaTable *pF = p->pF, *pT = p->pT;
  int k;
  for(k=0; k<pT->nCol; k++){
    SchemaCol *c = &pT->aCol[k], *src = p->aSrc[k];
    if( src==0 ){
      src = migrateSchemaColumn(pF, c->zName);
      if( src && p->aColUsed[src-pF->aCol] ) src = 0;
      p->aSrc[k] = src;
    }
    if( src==0 ){
      if( !diffAddable(pT, c) ){
        diffReason(p->why, ", ", "column %s cannot be added by ALTER TABLE",
                   c->zName);
      }
      continue;
    }
    p->aColUsed[src-pF->aCol] = 1;
    if( sqlite3_stricmp(src->zName, c->zName)!=0 && !p->bNoRename ){
      diffAddOp(x, PH_RENAME, "rename_column",
                sqlite3_mprintf("%s.%s", pT->zName, c->zName), 0,
                sqlite3_mprintf("ALTER TABLE \"%w\" RENAME COLUMN \"%w\" TO "
                                "\"%w\";\n", pT->zName, src->zName, c->zName));
    }
    if( strcmp(src->zKey, c->zKey)!=0 ){
      diffReason(p->why, ", ", "column %s changes", c->zName);
      if( diffAffinityRank(c->zType)<diffAffinityRank(src->zType) ){
        p->bDestr = 1;
        if( sqlite3_str_length(p->dropped) ){
          sqlite3_str_appendall(p->dropped, "; ");
        }
        sqlite3_str_appendf(p->dropped, "the %s values of %s as they narrow "
                            "to %s", src->zType, src->zName, c->zType);
      }
    }
  }
  for(k=0; k<pF->nCol; k++){
    if( p->aColUsed[k] ) continue;
    p->bDestr = 1;
    diffReason(p->dropped, "; ", "column %s", pF->aCol[k].zName);
    if( !diffDroppable(x->pF, pF, &pF->aCol[k], x->aKept) ){
      diffReason(p->why, ", ", "column %s cannot be dropped by ALTER TABLE",
                 pF->aCol[k].zName);
    }
  }
}

/* Do the constraints and options of pair p differ (after renames)? */
static int diffConstraints(DiffCtx *x, DiffPair *p){
  char *zF = diffSortLines(diffTableLines(x->pF, p->pF, x->aSub, x->nSub,
                                          (int)(p->pF - x->pF->aTab)));
  char *zT = diffSortLines(diffTableLines(x->pT, p->pT, 0, 0, 0));
  int b = zF && zT && strcmp(zF, zT)!=0;
  if( zF==0 || zT==0 ) x->rc = SQLITE_NOMEM;
  sqlite3_free(zF);
  sqlite3_free(zT);
  return b;
}

/* The ALTER TABLE ADD and DROP COLUMN of pair p (adds first: DROP COLUMN
** refuses to take a table's last column). */
static void diffAlter(DiffCtx *x, DiffPair *p){
  SchemaTable *pF = p->pF, *pT = p->pT;
  int k;
  for(k=0; k<pT->nCol; k++){
    if( p->aSrc[k] ) continue;
    diffAddOp(x, PH_ALTER, "add_column",
              sqlite3_mprintf("%s.%s", pT->zName, pT->aCol[k].zName), 0,
              diffAddColumnSql(pT->zName, pT->aCol[k].zDef));
  }
  for(k=0; k<pF->nCol; k++){
    if( p->aColUsed[k] ) continue;
    diffAddOp(x, PH_ALTER, "drop_column",
              sqlite3_mprintf("%s.%s", pT->zName, pF->aCol[k].zName), 1,
              diffDropColumnSql(pT->zName, pF->aCol[k].zName));
  }
}

/* One pair of tables (to-table i): column renames, then ADD/DROP COLUMN
** or a rebuild. */
static void diffPair(DiffCtx *x, int i){
  DiffPair p;
  memset(&p, 0, sizeof(p));
  p.pT = &x->pT->aTab[i];
  p.pF = x->aPair[i];
  if( p.pF==0 ) return;
  if( x->nSub==0 && x->nRen==0 && strcmp(p.pF->zName, p.pT->zName)==0
   && p.pF->zKey && p.pT->zKey && strcmp(p.pF->zKey, p.pT->zKey)==0 ){
    return;                           /* the same table: nothing to do */
  }
  p.aSrc = sqlite3_malloc64(sizeof(SchemaCol*)*(p.pT->nCol+1));
  p.aColUsed = sqlite3_malloc64(p.pF->nCol+1);
  p.why = sqlite3_str_new(0);
  p.dropped = sqlite3_str_new(0);
  if( p.aSrc && p.aColUsed ){
    /* columns pair as tables do: through renamed_from first, then by name;
    ** a rename that RENAME COLUMN cannot do is done by the rebuild */
    p.bNoRename = !diffRenameSources(x, p.pF, p.pT, p.aSrc, p.aColUsed);
    if( p.bNoRename ){
      sqlite3_str_appendall(p.why, diffForcedRebuild(x->pFilter, p.pT->zName)
          ? "SQLite's ALTER TABLE fails on it"
          : "a column takes the name of another");
    }
    diffColumns(x, &p);
    if( diffConstraints(x, &p) ){
      diffReason(p.why, ", ", "%s", "its constraints or options change");
    }
  }
  if( p.aSrc==0 || p.aColUsed==0 || sqlite3_str_errcode(p.why)
   || sqlite3_str_errcode(p.dropped) ){
    x->rc = SQLITE_NOMEM;          /* (why would look empty: no rebuild) */
  }
  if( x->rc==SQLITE_OK && sqlite3_str_length(p.why) ){
    char *zWhy = migrateStrFinish(p.why);
    char *zDropped = migrateStrFinish(p.dropped);
    p.why = p.dropped = 0;
    if( zWhy && zDropped ){
      diffRebuild(x, p.pF, p.pT, p.aSrc, p.bNoRename, zWhy, p.bDestr,
                  zDropped);
    }else{
      x->rc = SQLITE_NOMEM;
    }
    sqlite3_free(zWhy);
    sqlite3_free(zDropped);
    x->aRebuilt[i] = 1;
  }else if( x->rc==SQLITE_OK ){
    diffAlter(x, &p);
  }
  sqlite3_free(migrateStrFinish(p.why));
  sqlite3_free(migrateStrFinish(p.dropped));
  sqlite3_free(p.aSrc);
  sqlite3_free(p.aColUsed);
}

/* New tables, referenced ones first, with their indexes and triggers. */
static void diffCreates(DiffCtx *x){
  int n = 0, k, i, *aOrd;
  memset(x->aUse, 0, x->pT->nTab+1);
  for(i=0; i<x->pT->nTab; i++){
    x->aUse[i] = x->aPair[i]==0 && diffIncluded(x->pFilter, x->pT->aTab[i].zName);
  }
  aOrd = diffTableOrder(x->pT, x->aUse, &n);
  if( aOrd==0 ) x->rc = SQLITE_NOMEM;
  for(k=0; k<n; k++){
    SchemaTable *pT = &x->pT->aTab[aOrd[k]];
    sqlite3_str *s = sqlite3_str_new(0);
    migrateAppendClosed(s, pT->zSql, 1);
    diffAppendObjsOf(s, x->pT, pT->zName, SCHEMA_INDEX);
    diffAppendObjsOf(s, x->pT, pT->zName, SCHEMA_TRIGGER);
    diffAddOp(x, PH_CREATE, "create_table", sqlite3_mprintf("%s", pT->zName),
              0, migrateStrFinish(s));
    x->aRebuilt[aOrd[k]] = 1;          /* its indexes and triggers are done */
  }
  sqlite3_free(aOrd);
}

/* Dropped tables, referencing ones first. */
static void diffDrops(DiffCtx *x){
  int n = 0, k, i, *aOrd;
  memset(x->aUse, 0, x->pF->nTab+1);
  for(i=0; i<x->pF->nTab; i++){
    x->aUse[i] = !x->aFUsed[i] && !x->aEarlyDrop[i]
              && diffIncluded(x->pFilter, x->pF->aTab[i].zName);
  }
  aOrd = diffTableOrder(x->pF, x->aUse, &n);
  if( aOrd==0 ) x->rc = SQLITE_NOMEM;
  for(k=n-1; k>=0; k--){
    SchemaTable *pF = &x->pF->aTab[aOrd[k]];
    diffAddOp(x, PH_DROP_TAB, "drop_table", sqlite3_mprintf("%s", pF->zName),
              1, diffDropTableSql(pF->zName, 0));
  }
  sqlite3_free(aOrd);
}

/* Does from-object f (of type k), not kept, go with its table or view?
** Not if it is lifted: SQLite fails on it at an ALTER TABLE before the
** table goes, so it is dropped first. */
static int diffGoesWith(DiffCtx *x, SchemaObj *f, int k){
  if( f->iTab>=0 ){
    int iT = x->aPairOf[f->iTab];
    int j = migrateSchemaObj(x->pT, k, f->zName);
    if( x->aEarlyDrop[f->iTab] ) return 1;
    if( diffLifted(x->pFilter, f->zName) ) return 0;
    /* it goes with its table, unless the model gives its name to an object
    ** of another table, created before that table goes */
    return (iT<0 || x->aRebuilt[iT]) && (j<0 || x->pT->aObj[j].iTab==iT);
  }
  return x->bViews || !diffIncluded(x->pFilter, f->zTable);
}

/*
** Indexes and triggers of the tables that stay (neither new, rebuilt nor
** dropped), and triggers on views: drop the changed, create the changed
** and the new.  A trigger on a view goes with its view when views are
** made again.
*/
static void diffObjects(DiffCtx *x, int k){
  int bIdx = k==SCHEMA_INDEX, i, j;
  for(i=0; i<x->pF->nObj; i++){
    SchemaObj *f = &x->pF->aObj[i];
    if( f->eType!=k || x->aKept[i] || diffGoesWith(x, f, k) ) continue;
    diffAddOp(x, PH_DROP_OBJ, bIdx ? "drop_index" : "drop_trigger",
              sqlite3_mprintf("%s", f->zName), 0,
              sqlite3_mprintf("DROP %s \"%w\";\n", bIdx ? "INDEX" : "TRIGGER",
                              f->zName));
  }
  for(i=0; i<x->pT->nObj && x->rc==SQLITE_OK; i++){
    SchemaObj *o = &x->pT->aObj[i];
    if( o->eType!=k ) continue;
    if( o->iTab>=0 ){
      if( x->aRebuilt[o->iTab] || x->aPair[o->iTab]==0 ) continue;
    }else if( !diffIncluded(x->pFilter, o->zTable) ){
      continue;
    }
    j = migrateSchemaObj(x->pF, k, o->zName);
    if( j>=0 && x->aKept[j] && !(o->iTab<0 && x->bViews) ) continue;
    diffAddOp(x, bIdx ? PH_INDEX : PH_TRIGGER,
              bIdx ? "create_index" : "create_trigger",
              sqlite3_mprintf("%s", o->zName), 0,
              migrateClosedStmt(o->zSql));
  }
}

/* The phases, in order, into pDiff. */
static void diffGather(DiffCtx *x, MigrateDiff *pDiff){
  int i, k;
  for(i=0; i<PH_N; i++){
    MigrateDiff *p = &x->aPh[i];
    for(k=0; k<p->nOp; k++){
      MigrateOp *op = &p->aOp[k];
      if( x->rc==SQLITE_OK ){
        x->rc = migrateDiffAddOp(pDiff, op->zOp, op->zObject,
                                 op->bDestructive, op->zSql);
        op->zObject = op->zSql = 0;
        if( x->rc==SQLITE_OK ){
          pDiff->aOp[pDiff->nOp-1].iFrom = op->iFrom;
          pDiff->aOp[pDiff->nOp-1].aSrc = op->aSrc;
          op->aSrc = 0;
        }
      }
    }
  }
}

static void diffFree(DiffCtx *x){
  int i;
  for(i=0; i<PH_N; i++) migrateDiffClear(&x->aPh[i]);
  for(i=0; i<x->nSub; i++){
    sqlite3_free(x->aSub[i].zFrom);
    sqlite3_free(x->aSub[i].zTo);
  }
  sqlite3_free(x->aSub);
  sqlite3_free(x->aPair);
  sqlite3_free(x->aPairOf);
  sqlite3_free(x->aKept);
  sqlite3_free(x->aEarlyDrop);
  sqlite3_free(x->aFUsed);
  sqlite3_free(x->aRebuilt);
  sqlite3_free(x->aUse);
}

/*
** Compute the operations that move pFrom to pTo.  aRen are the renames of
** the model (pTo, or pFrom if bReverse).
*/
int migrateDiff(MigrateSchema *pFrom, MigrateSchema *pTo,
                const MigrateRename *aRen, int nRen, int bReverse,
                const MigrateFilter *pFilter, MigrateDiff *pDiff,
                char **pzErr){
  DiffCtx x;
  int i;
  (void)pzErr;
  memset(&x, 0, sizeof(x));
  memset(pDiff, 0, sizeof(*pDiff));
  x.pF = pFrom; x.pT = pTo;
  x.aRen = aRen; x.nRen = nRen; x.bRev = bReverse;
  x.pFilter = pFilter;
  x.rc = diffAlloc(&x);
  if( x.rc==SQLITE_OK ){
    diffPairTables(&x);
    diffSubstitutions(&x);
  }
  if( x.rc==SQLITE_OK ) diffViews(&x);
  if( x.rc==SQLITE_OK ) diffKept(&x);
  if( x.rc==SQLITE_OK ) diffVtabs(&x);
  if( x.rc==SQLITE_OK ) diffRenames(&x);
  for(i=0; i<pTo->nTab && x.rc==SQLITE_OK; i++) diffPair(&x, i);
  if( x.rc==SQLITE_OK ) diffCreates(&x);
  if( x.rc==SQLITE_OK ) diffDrops(&x);
  if( x.rc==SQLITE_OK ) diffObjects(&x, SCHEMA_INDEX);
  if( x.rc==SQLITE_OK ) diffObjects(&x, SCHEMA_TRIGGER);
  if( x.rc==SQLITE_OK ) diffGather(&x, pDiff);
  diffFree(&x);
  if( x.rc ) migrateDiffClear(pDiff);
  return x.rc;
}

/* The whole SQL of a diff: '' when nothing differs. */
char *migrateDiffSql(const MigrateDiff *p){
  sqlite3_str *s = sqlite3_str_new(0);
  int i;
  for(i=0; i<p->nOp; i++){
    const char *z = p->aOp[i].zWarning;
    while( z && *z ){
      /* each finding a "-- warning:" line before the statements */
      int n = (int)strcspn(z, "\n");
      diffComment(s, "-- warning: %.*s", n, z);
      z += n + (z[n]=='\n');
    }
    sqlite3_str_appendall(s, p->aOp[i].zSql);
  }
  return migrateStrFinish(s);
}
