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
** statement), dropping the old table fires no ON DELETE action.  Operations come in this order: drop changed views,
** triggers and indexes; renames; create tables (referenced ones first);
** alter and rebuild tables; drop tables (referencing ones first); create
** indexes, views and triggers.  Operations that can lose data are flagged
** destructive and their SQL opens with a "-- destructive:" comment.
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

typedef struct DiffCtx DiffCtx;
struct DiffCtx {
  MigrateSchema *pF, *pT;
  const MigrateRename *aRen; int nRen; int bRev;
  const MigrateFilter *pFilter;
  MigrateOp *aPh[PH_N]; int nPh[PH_N];
  int rc;
};

void migrateDiffClear(MigrateDiff *p){
  int i;
  for(i=0; i<p->nOp; i++){
    sqlite3_free(p->aOp[i].zObject);
    sqlite3_free(p->aOp[i].zSql);
  }
  sqlite3_free(p->aOp);
  memset(p, 0, sizeof(*p));
}

/* Add an operation; takes ownership of zObject and zSql. */
static void addOp(DiffCtx *x, int iPh, const char *zOp, char *zObject,
                  int bDestructive, char *zSql){
  MigrateOp *aNew;
  if( x->rc || zObject==0 || zSql==0 ){
    if( x->rc==SQLITE_OK ) x->rc = SQLITE_NOMEM;
    sqlite3_free(zObject);
    sqlite3_free(zSql);
    return;
  }
  aNew = sqlite3_realloc64(x->aPh[iPh], sizeof(MigrateOp)*(x->nPh[iPh]+1));
  if( aNew==0 ){
    x->rc = SQLITE_NOMEM;
    sqlite3_free(zObject);
    sqlite3_free(zSql);
    return;
  }
  x->aPh[iPh] = aNew;
  aNew[x->nPh[iPh]].zOp = zOp;
  aNew[x->nPh[iPh]].zObject = zObject;
  aNew[x->nPh[iPh]].bDestructive = bDestructive;
  aNew[x->nPh[iPh]].zSql = zSql;
  x->nPh[iPh]++;
}

/*
** Append a comment line of generated SQL to s: the text formatted, with
** every control character shown as '?', so that a name holding a newline
** cannot end the comment and have the rest of itself run as SQL.
*/
static void appendComment(sqlite3_str *s, const char *zFormat, ...){
  va_list ap;
  int i, n0 = sqlite3_str_length(s), n;
  char *z;
  va_start(ap, zFormat);
  sqlite3_str_vappendf(s, zFormat, ap);
  va_end(ap);
  z = sqlite3_str_value(s);
  n = sqlite3_str_length(s);
  for(i=n0; z && i<n; i++){
    if( (unsigned char)z[i]<0x20 || z[i]==0x7f ) z[i] = '?';
  }
  sqlite3_str_appendchar(s, 1, '\n');
}

/* ALTER TABLE ADD COLUMN of the column definition zDef, as written in its
** CREATE TABLE. */
static char *addColumnSql(const char *zTab, const char *zDef){
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
static char *dropTableSql(const char *zTab, int bVirtual){
  sqlite3_str *s = sqlite3_str_new(0);
  appendComment(s, "-- destructive: drops %stable \"%w\" and all its rows",
                bVirtual ? "virtual " : "", zTab);
  sqlite3_str_appendf(s, "DROP TABLE \"%w\";\n", zTab);
  return migrateStrFinish(s);
}

/* The SQL of an ALTER TABLE DROP COLUMN, with its comment. */
static char *dropColumnSql(const char *zTab, const char *zCol){
  sqlite3_str *s = sqlite3_str_new(0);
  appendComment(s, "-- destructive: drops column \"%w\".\"%w\" and its "
                "values", zTab, zCol);
  sqlite3_str_appendf(s, "ALTER TABLE \"%w\" DROP COLUMN \"%w\";\n", zTab,
                      zCol);
  return migrateStrFinish(s);
}

/* Is table zName within the include/exclude patterns? */
/* Lower-case z into a (n bytes), or NULL if it does not fit. */
static const char *lowerIn(char *a, size_t n, const char *z){
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
static int globMatch(const char *zPattern, const char *zName){
  char aP[512], aN[512];
  const char *zP = lowerIn(aP, sizeof(aP), zPattern);
  const char *zN = lowerIn(aN, sizeof(aN), zName);
  if( zP==0 || zN==0 ){
    /* longer than any name in practice: ASCII case as written */
    return sqlite3_strglob(zPattern, zName)==0;
  }
  return sqlite3_strglob(zP, zN)==0;
}

static int included(const MigrateFilter *f, const char *zName){
  int i, bIn;
  if( f==0 ) return 1;
  bIn = f->nInclude==0;
  for(i=0; i<f->nInclude; i++){
    if( globMatch(f->azInclude[i], zName) ) bIn = 1;
  }
  for(i=0; i<f->nExclude; i++){
    if( globMatch(f->azExclude[i], zName) ) bIn = 0;
  }
  return bIn;
}

/* Is zName one of the n names of az (any case)? */
static int inList(char **az, int n, const char *zName){
  int i;
  for(i=0; i<n; i++) if( sqlite3_stricmp(az[i], zName)==0 ) return 1;
  return 0;
}

/* Is view or trigger zName to be dropped first and made again last? */
static int lifted(const MigrateFilter *f, const char *zName){
  return f && inList(f->azLift, f->nLift, zName);
}

/* Is table zName to be rebuilt, ALTER TABLE failing on it? */
static int forcedRebuild(const MigrateFilter *f, const char *zName){
  return f && inList(f->azRebuild, f->nRebuild, zName);
}

static SchemaTable *findTab(MigrateSchema *p, const char *zName){
  int i = migrateSchemaTable(p, zName);
  return i>=0 ? &p->aTab[i] : 0;
}

static SchemaObj *findObj(MigrateSchema *p, int eType, const char *zName){
  int i = migrateSchemaObj(p, eType, zName);
  return i>=0 ? &p->aObj[i] : 0;
}

static SchemaCol *findCol(SchemaTable *t, const char *zName){
  int i;
  for(i=0; zName && i<t->nCol; i++){
    if( sqlite3_stricmp(t->aCol[i].zName, zName)==0 ) return &t->aCol[i];
  }
  return 0;
}

/*
** A renamed_from of the model holds when the live schema has the old name
** and not the new one: so a model still holds once its renames are done.
** The live schema is pFrom, or pTo for the way back (bRev).
*/

/* The from-side name of to-side table zTo, through a rename, or NULL. */
static const char *renamedTable(DiffCtx *x, const char *zTo){
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

static SchemaCol *findCol(SchemaTable *t, const char *zName);

/* The from-side name of column zCol of a to-side table, or NULL.  zModel
** is the table's name in the model, pLive the table on the live side. */
static const char *renamedCol(DiffCtx *x, const char *zModel,
                              SchemaTable *pLive, const char *zCol){
  int i;
  for(i=0; i<x->nRen; i++){
    const MigrateRename *r = &x->aRen[i];
    if( r->zTab==0 || sqlite3_stricmp(r->zTab, zModel)!=0 ) continue;
    if( sqlite3_stricmp(x->bRev ? r->zOld : r->zNew, zCol)==0
     && findCol(pLive, r->zOld) && !findCol(pLive, r->zNew) ){
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
static int renameSources(DiffCtx *x, SchemaTable *pF, SchemaTable *pT,
                         SchemaCol **aSrc, u8 *aColUsed){
  const char *zModel = x->bRev ? pF->zName : pT->zName;
  int k, bNative = 1;
  memset(aColUsed, 0, pF->nCol+1);
  for(k=0; k<pT->nCol; k++){
    const char *zRen = renamedCol(x, zModel, x->bRev ? pT : pF,
                                  pT->aCol[k].zName);
    SchemaCol *src = zRen ? findCol(pF, zRen) : 0;
    if( src && aColUsed[src-pF->aCol] ) src = 0;
    aSrc[k] = src;
    if( src ) aColUsed[src-pF->aCol] = 1;
  }
  for(k=0; k<pT->nCol; k++){
    SchemaCol *other;
    if( aSrc[k]==0 ) continue;
    other = findCol(pF, pT->aCol[k].zName);
    if( other && other!=aSrc[k] ) bNative = 0;
  }
  if( forcedRebuild(x->pFilter, pT->zName) ) bNative = 0;
  return bNative;
}

/* renameSources() for its answer alone. */
static int nativeRenames(DiffCtx *x, SchemaTable *pF, SchemaTable *pT){
  SchemaCol **aSrc = sqlite3_malloc64(sizeof(SchemaCol*)*(pT->nCol+1));
  u8 *aColUsed = sqlite3_malloc64(pF->nCol+1);
  int bNative = aSrc && aColUsed && renameSources(x, pF, pT, aSrc, aColUsed);
  if( aSrc==0 || aColUsed==0 ) x->rc = SQLITE_NOMEM;
  sqlite3_free(aSrc);
  sqlite3_free(aColUsed);
  return bNative;
}

/* The canonical token of a name: "NAME". */
static char *canonName(const char *z){
  char *zQ = sqlite3_mprintf("\"%w\"", z);
  char *zC = zQ ? migrateCanon(zQ) : 0;
  sqlite3_free(zQ);
  return zC;
}

/* A name substitution for comparing keys across renames. */
typedef struct Subst Subst;
struct Subst {
  char *zFrom, *zTo;         /* canonical names: "OLD", "NEW" */
  const char *zRawFrom;      /* the names as they are */
  const char *zRawTo;
  int iTab;                  /* -1: a table; else the from-table of a column */
};

/*
** The canonical text z with its quoted names replaced by the substitutions
** that apply (tables always; columns of from-table iTab, of every table if
** iTab is -2, of none if iTab is -3), all in one pass, so renames never
** chain.
*/
static char *substKey(const char *z, const Subst *a, int n, int iTab){
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
static int keySame(const char *zF, const char *zT, const Subst *a, int n,
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
    char *zK = substKey(zF, a, n, aMode[k]);
    int b;
    if( zK==0 ){ *pRc = SQLITE_NOMEM; return 0; }
    b = strcmp(zK, zT)==0;
    sqlite3_free(zK);
    if( b ) return 1;
  }
  return 0;
}

/* Does canonical text z contain the canonical name of zName? */
static int mentions(const char *z, const char *zName){
  char *zC = canonName(zName);
  int b = zC && z && strstr(z, zC)!=0;
  sqlite3_free(zC);
  return b;
}

/* The affinity rank of a declared type, from narrowest to widest. */
static int affinityRank(const char *zType){
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
static int addable(SchemaTable *t, SchemaCol *c){
  int k;
  if( c->iPk || c->eGen==3 || c->zDef==0 ) return 0;
  for(k=0; k<t->nUnique; k++) if( mentions(t->azUnique[k], c->zName) ) return 0;
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
static int droppable(MigrateSchema *p, SchemaTable *t, SchemaCol *c,
                     const u8 *aKept){
  int k;
  if( c->iPk || c->eGen ) return 0;
  for(k=0; k<t->nUnique; k++) if( mentions(t->azUnique[k], c->zName) ) return 0;
  for(k=0; k<t->nFk; k++){
    int j;
    for(j=0; j<t->aFk[k].nFrom; j++){
      if( sqlite3_stricmp(t->aFk[k].azFrom[j], c->zName)==0 ) return 0;
    }
  }
  for(k=0; k<t->nCheck; k++){
    char *zC = migrateCanon(t->azCheckExpr[k]);
    int b = mentions(zC, c->zName);
    sqlite3_free(zC);
    if( b ) return 0;
  }
  for(k=0; k<t->nCol; k++){
    if( t->aCol[k].zGen ){
      char *zC = migrateCanon(t->aCol[k].zGen);
      int b = mentions(zC, c->zName);
      sqlite3_free(zC);
      if( b ) return 0;
    }
  }
  for(k=0; k<p->nObj; k++){
    if( aKept[k] && mentions(p->aObj[k].zKey, c->zName) ) return 0;
  }
  return 1;
}

/* The new name of a renamed name, or z: a table (iTab -1) or a column of
** from-table iTab. */
static const char *mapName(const Subst *a, int n, int iTab, const char *z){
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
static char *tableLines(MigrateSchema *pS, SchemaTable *t, const Subst *a,
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
  zSub = n ? substKey(zOut, a, n, iTab) : zOut;
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
    for(j=0; j<f.nFrom; j++) azFrom[j] = mapName(a, n, iTab, f.azFrom[j]);
    for(j=0; j<f.nTo; j++) azTo[j] = mapName(a, n, iPar, f.azTo[j]);
    f.azFrom = (char**)azFrom;
    f.azTo = (char**)azTo;
    f.zTable = (char*)mapName(a, n, -1, f.zTable);
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
static char *sortLines(char *z){
  char **az = 0;
  int n = 0, i;
  sqlite3_str *s;
  const char *p = z;
  if( z==0 ) return 0;
  while( *p ){
    const char *e = strchr(p, '\n');
    int len = e ? (int)(e-p) : (int)strlen(p);
    char **azNew = sqlite3_realloc64(az, sizeof(char*)*(n+1));
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
static void appendObjsOf(sqlite3_str *s, MigrateSchema *p, const char *zTab,
                         int eType){
  int iTab = migrateSchemaTable(p, zTab), k;
  if( iTab<0 ) return;
  for(k=p->aTabObjStart[iTab]; k<p->aTabObjStart[iTab+1]; k++){
    SchemaObj *o = &p->aObj[p->aTabObj[k]];
    if( o->eType==eType ) migrateAppendClosed(s, o->zSql, 1);
  }
}

/* Is the column c of t the INTEGER PRIMARY KEY (the rowid)? */
static int isIpk(SchemaTable *t, SchemaCol *c){
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
** Rebuild table pT (now named pT->zName on the live side, with the
** columns of pF).  aSrc[i] is the from-side column of pT->aCol[i], or 0;
** with bNoRename, the columns still have their old names.
*/
static void rebuildTable(DiffCtx *x, SchemaTable *pF, SchemaTable *pT,
                         SchemaCol **aSrc, int bNoRename, const char *zWhy,
                         int bDestr, const char *zDropped){
  sqlite3_str *s = sqlite3_str_new(0);
  char *zOld = sqlite3_mprintf("%s__migrate_old", pT->zName);
  int k, nCopy = 0, bRowid, iTry;
  const char *zRowid = 0;
  static const char *azRowid[] = { "rowid", "_rowid_", "oid" };
  sqlite3_str *cols = sqlite3_str_new(0), *vals = sqlite3_str_new(0);

  /* a temporary name that no table has */
  for(iTry=2; zOld && (findTab(x->pF, zOld) || findTab(x->pT, zOld)); iTry++){
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
    if( !findCol(pF, azRowid[k]) && !findCol(pT, azRowid[k]) ) zRowid = azRowid[k];
  }

  if( bDestr ){
    appendComment(s, "-- destructive: rebuilding \"%w\" drops %s", pT->zName,
                  zDropped);
  }
  appendComment(s, "-- rebuild \"%w\": %s", pT->zName, zWhy);
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
    if( isIpk(pT, &pT->aCol[k]) ) bRowid = 0;
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
  appendObjsOf(s, x->pT, pT->zName, SCHEMA_INDEX);
  appendObjsOf(s, x->pT, pT->zName, SCHEMA_TRIGGER);
  sqlite3_str_appendall(s, "PRAGMA legacy_alter_table=OFF;\n");
  sqlite3_free(zOld);
  addOp(x, PH_ALTER, "rebuild_table", sqlite3_mprintf("%s", pT->zName),
        bDestr, migrateStrFinish(s));
}

/*
** The tables of p marked in aUse, ordered so that those a table references
** come before it (a depth-first walk; cycles keep their model order).
*/
static int *tableOrder(MigrateSchema *p, const u8 *aUse, int *pn){
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

/*
** Compute the operations that move pFrom to pTo.  aRen are the renames of
** the model (pTo, or pFrom if bReverse).
*/
int migrateDiff(MigrateSchema *pFrom, MigrateSchema *pTo,
                const MigrateRename *aRen, int nRen, int bReverse,
                const MigrateFilter *pFilter, MigrateDiff *pDiff,
                char **pzErr){
  DiffCtx x;
  SchemaTable **aPair = 0;       /* aPair[i]: from-table of to-table i */
  int *aPairOf = 0;              /* aPairOf[j]: to-table of from-table j */
  u8 *aKept = 0;                 /* aKept[j]: object j of pFrom stays */
  u8 *aEarlyDrop = 0;            /* a dropped table that a rename replaces */
  u8 *aFUsed = 0, *aRebuilt = 0, *aUse = 0;
  int i, k, bViews = 0, bRenames = 0;
  Subst *aSub = 0;               /* renames, for comparing keys */
  int nSub = 0;
  (void)pzErr;

  memset(&x, 0, sizeof(x));
  memset(pDiff, 0, sizeof(*pDiff));
  x.pF = pFrom; x.pT = pTo;
  x.aRen = aRen; x.nRen = nRen; x.bRev = bReverse;
  x.pFilter = pFilter;
  aPair = sqlite3_malloc64(sizeof(SchemaTable*)*(pTo->nTab+1));
  aFUsed = sqlite3_malloc64(pFrom->nTab+1);
  aRebuilt = sqlite3_malloc64(pTo->nTab+1);
  aUse = sqlite3_malloc64(pTo->nTab+pFrom->nTab+1);
  aPairOf = sqlite3_malloc64(sizeof(int)*(pFrom->nTab+1));
  aEarlyDrop = sqlite3_malloc64(pFrom->nTab+1);
  if( aPair==0 || aFUsed==0 || aRebuilt==0 || aUse==0 || aPairOf==0
   || aEarlyDrop==0 ){
    x.rc = SQLITE_NOMEM;
    goto done;
  }
  memset(aFUsed, 0, pFrom->nTab+1);
  memset(aRebuilt, 0, pTo->nTab+1);
  for(i=0; i<pFrom->nTab; i++) aPairOf[i] = -1;
  memset(aEarlyDrop, 0, pFrom->nTab+1);

  /* Match tables.  renamed_from pairs a table with its old name when the
  ** database has the old name and not the new one (so a model still holds
  ** once the rename is done); otherwise tables pair by name. */
  for(i=0; i<pTo->nTab; i++) aPair[i] = 0;
  for(k=0; k<2; k++){
    for(i=0; i<pTo->nTab; i++){
      SchemaTable *pT = &pTo->aTab[i];
      SchemaTable *pF = 0;
      const char *zRen;
      if( aPair[i] || !included(pFilter, pT->zName) ) continue;
      if( k==0 ){
        zRen = renamedTable(&x, pT->zName);
        if( zRen==0 ) continue;
        pF = findTab(pFrom, zRen);
      }else{
        pF = findTab(pFrom, pT->zName);
      }
      if( pF && !aFUsed[pF-pFrom->aTab] ){
        aPair[i] = pF;
        aFUsed[pF-pFrom->aTab] = 1;
        aPairOf[pF-pFrom->aTab] = i;
      }
    }
  }

  /* Name substitutions: table renames, and column renames by table (those
  ** RENAME COLUMN does; see renameSources()) */
  for(i=0; i<pTo->nTab && x.rc==SQLITE_OK; i++){
    SchemaTable *pT = &pTo->aTab[i], *pF = aPair[i];
    int bNative = -1;              /* not known until a column is renamed */
    if( pF==0 ) continue;
    for(k=-1; k<pT->nCol && x.rc==SQLITE_OK; k++){
      const char *zSrc, *zDst;
      Subst *aNew;
      if( k<0 ){
        if( sqlite3_stricmp(pF->zName, pT->zName)==0 ) continue;
        zSrc = pF->zName;
        zDst = pT->zName;
      }else{
        const char *zModel = bReverse ? pF->zName : pT->zName;
        zSrc = renamedCol(&x, zModel, bReverse ? pT : pF, pT->aCol[k].zName);
        zDst = pT->aCol[k].zName;
        if( !zSrc || !findCol(pF, zSrc) ) continue;
        if( bNative<0 ) bNative = nativeRenames(&x, pF, pT);
        if( !bNative ) break;
      }
      aNew = sqlite3_realloc64(aSub, sizeof(Subst)*(nSub+1));
      if( aNew==0 ){ x.rc = SQLITE_NOMEM; break; }
      aSub = aNew;
      aSub[nSub].zFrom = canonName(zSrc);
      aSub[nSub].zTo = canonName(zDst);
      aSub[nSub].zRawFrom = zSrc;
      aSub[nSub].zRawTo = zDst;
      aSub[nSub].iTab = k<0 ? -1 : (int)(pF - pFrom->aTab);
      nSub++;
      if( aSub[nSub-1].zFrom==0 || aSub[nSub-1].zTo==0 ){
        nSub--;                        /* never used half made */
        sqlite3_free(aSub[nSub].zFrom);
        sqlite3_free(aSub[nSub].zTo);
        x.rc = SQLITE_NOMEM;
      }
    }
  }

  /* Views: if any differs (after renames), all are dropped and re-created */
  for(i=0; i<pTo->nObj && !bViews; i++){
    SchemaObj *o = &pTo->aObj[i], *f;
    if( o->eType!=SCHEMA_VIEW || !included(pFilter, o->zName) ) continue;
    f = findObj(pFrom, SCHEMA_VIEW, o->zName);
    if( f==0 ){ bViews = 1; break; }
    if( !keySame(f->zKey, o->zKey, aSub, nSub, -2, &x.rc) ) bViews = 1;
  }
  for(i=0; i<pFrom->nObj && !bViews; i++){
    SchemaObj *o = &pFrom->aObj[i];
    if( o->eType==SCHEMA_VIEW && included(pFilter, o->zName)
     && (findObj(pTo, SCHEMA_VIEW, o->zName)==0
      || lifted(pFilter, o->zName)) ){
      bViews = 1;
    }
  }
  if( bViews ){
    for(i=pFrom->nObj-1; i>=0; i--){
      SchemaObj *o = &pFrom->aObj[i];
      if( o->eType!=SCHEMA_VIEW || !included(pFilter, o->zName) ) continue;
      addOp(&x, PH_DROP_OBJ, "drop_view", sqlite3_mprintf("%s", o->zName), 0,
            sqlite3_mprintf("DROP VIEW \"%w\";\n", o->zName));
    }
    for(i=0; i<pTo->nObj; i++){
      SchemaObj *o = &pTo->aObj[i];
      if( o->eType!=SCHEMA_VIEW || !included(pFilter, o->zName) ) continue;
      addOp(&x, PH_VIEW, "create_view", sqlite3_mprintf("%s", o->zName), 0,
            migrateClosedStmt(o->zSql));
    }
  }
  (void)bRenames;

  /* Which objects of pFrom stay as they are (same name, same meaning
  ** after the renames); the others are dropped, so they do not hold a
  ** column back from ALTER TABLE DROP COLUMN */
  aKept = sqlite3_malloc64(pFrom->nObj+1);
  if( aKept==0 ) x.rc = SQLITE_NOMEM;
  for(i=0; x.rc==SQLITE_OK && i<pFrom->nObj; i++){
    SchemaObj *f = &pFrom->aObj[i];
    int j;
    aKept[i] = 0;
    if( f->eType==SCHEMA_VIEW ){ aKept[i] = !bViews; continue; }
    if( f->eType==SCHEMA_VTAB ){
      j = migrateSchemaObj(pTo, SCHEMA_VTAB, f->zName);
      aKept[i] = j>=0 && strcmp(f->zKey, pTo->aObj[j].zKey)==0;
      continue;
    }
    if( f->iTab>=0 && aPairOf[f->iTab]<0 ) continue;
    if( f->iTab<0 && bViews ) continue;
    if( lifted(pFilter, f->zName) ) continue;
    j = migrateSchemaObj(pTo, f->eType, f->zName);
    if( j>=0 ){
      aKept[i] = keySame(f->zKey, pTo->aObj[j].zKey, aSub, nSub, f->iTab,
                         &x.rc);
    }
  }

  /* Virtual tables are made and dropped whole (their shadow tables with
  ** them): a dropped or changed one goes before anything else of its
  ** name is made, a new or changed one is made after the tables */
  for(i=0; x.rc==SQLITE_OK && i<pFrom->nObj; i++){
    SchemaObj *f = &pFrom->aObj[i];
    if( f->eType!=SCHEMA_VTAB || aKept[i] || !included(pFilter, f->zName) ){
      continue;
    }
    addOp(&x, PH_DROP_OBJ, "drop_virtual_table",
          sqlite3_mprintf("%s", f->zName), 1, dropTableSql(f->zName, 1));
  }
  for(i=0; x.rc==SQLITE_OK && i<pTo->nObj; i++){
    SchemaObj *o = &pTo->aObj[i];
    int j;
    if( o->eType!=SCHEMA_VTAB || !included(pFilter, o->zName) ) continue;
    j = migrateSchemaObj(pFrom, SCHEMA_VTAB, o->zName);
    if( j>=0 && aKept[j] ) continue;
    addOp(&x, PH_VTAB, "create_virtual_table", sqlite3_mprintf("%s", o->zName),
          0, migrateClosedStmt(o->zSql));
  }

  /* A dropped table whose name a new index or view takes (they share
  ** SQLite's namespace) goes first too. */
  for(i=0; i<pTo->nObj; i++){
    SchemaObj *o = &pTo->aObj[i];
    SchemaTable *pG;
    if( o->eType==SCHEMA_TRIGGER ) continue;
    pG = findTab(pFrom, o->zName);
    if( pG && !aFUsed[pG-pFrom->aTab] && !aEarlyDrop[pG-pFrom->aTab]
     && included(pFilter, pG->zName) ){
      aEarlyDrop[pG-pFrom->aTab] = 1;
      addOp(&x, PH_DROP_OBJ, "drop_table", sqlite3_mprintf("%s", pG->zName),
            1, dropTableSql(pG->zName, 0));
    }
  }

  /* Table renames come first (legacy_alter_table off: references follow).
  ** A table dropped under a name that a rename takes (the way back from a
  ** rename whose old name was reused) goes before the rename. */
  for(i=0; i<pTo->nTab; i++){
    SchemaTable *pT = &pTo->aTab[i], *pF = aPair[i], *pG;
    if( pF==0 || sqlite3_stricmp(pF->zName, pT->zName)==0 ) continue;
    pG = findTab(pFrom, pT->zName);
    if( pG && pG!=pF && !aFUsed[pG-pFrom->aTab] ){
      aEarlyDrop[pG-pFrom->aTab] = 1;
      addOp(&x, PH_DROP_OBJ, "drop_table", sqlite3_mprintf("%s", pG->zName),
            1, dropTableSql(pG->zName, 0));
    }
    addOp(&x, PH_RENAME, "rename_table",
          sqlite3_mprintf("%s", pT->zName), 0,
          sqlite3_mprintf("ALTER TABLE \"%w\" RENAME TO \"%w\";\n",
                          pF->zName, pT->zName));
  }

  /* Each pair: column renames, then ADD/DROP COLUMN or a rebuild */
  for(i=0; i<pTo->nTab && x.rc==SQLITE_OK; i++){
    SchemaTable *pT = &pTo->aTab[i], *pF = aPair[i];
    SchemaCol **aSrc;
    u8 *aColUsed;
    int bRebuild = 0, bDestr = 0, bNoRename;
    char *zLinesF, *zLinesT;
    sqlite3_str *why, *dropped;
    if( pF==0 ) continue;
    if( nSub==0 && x.nRen==0 && strcmp(pF->zName, pT->zName)==0
     && pF->zKey && pT->zKey && strcmp(pF->zKey, pT->zKey)==0 ){
      continue;                     /* the same table: nothing to do */
    }
    aSrc = sqlite3_malloc64(sizeof(SchemaCol*)*(pT->nCol+1));
    aColUsed = sqlite3_malloc64(pF->nCol+1);
    if( aSrc==0 || aColUsed==0 ){
      sqlite3_free(aSrc); sqlite3_free(aColUsed);
      x.rc = SQLITE_NOMEM;
      break;
    }
    why = sqlite3_str_new(0);
    dropped = sqlite3_str_new(0);
    /* columns pair as tables do: through renamed_from first, then by name;
    ** a rename that RENAME COLUMN cannot do is done by the rebuild */
    bNoRename = !renameSources(&x, pF, pT, aSrc, aColUsed);
    if( bNoRename ){
      bRebuild = 1;
      sqlite3_str_appendf(why, forcedRebuild(pFilter, pT->zName) ?
          "SQLite's ALTER TABLE fails on it" :
          "a column takes the name of another");
    }
    for(k=0; k<pT->nCol; k++){
      SchemaCol *c = &pT->aCol[k];
      SchemaCol *src = aSrc[k];
      if( src==0 ){
        src = findCol(pF, c->zName);
        if( src && aColUsed[src-pF->aCol] ) src = 0;
        aSrc[k] = src;
      }
      if( src ){
        aColUsed[src-pF->aCol] = 1;
        if( sqlite3_stricmp(src->zName, c->zName)!=0 && !bNoRename ){
          addOp(&x, PH_RENAME, "rename_column",
                sqlite3_mprintf("%s.%s", pT->zName, c->zName), 0,
                sqlite3_mprintf("ALTER TABLE \"%w\" RENAME COLUMN \"%w\" TO "
                                "\"%w\";\n", pT->zName, src->zName, c->zName));
        }
        if( strcmp(src->zKey, c->zKey)!=0 ){
          bRebuild = 1;
          sqlite3_str_appendf(why, "%scolumn %s changes", 
                              sqlite3_str_length(why) ? ", " : "", c->zName);
          if( affinityRank(c->zType)<affinityRank(src->zType) ){
            bDestr = 1;
            sqlite3_str_appendf(dropped, "%sthe %s values of %s as they "
                "narrow to %s", sqlite3_str_length(dropped) ? "; " : "",
                src->zType, src->zName, c->zType);
          }
        }
      }else if( !addable(pT, c) ){
        bRebuild = 1;
        sqlite3_str_appendf(why, "%scolumn %s cannot be added by ALTER TABLE",
                            sqlite3_str_length(why) ? ", " : "", c->zName);
      }
    }
    for(k=0; k<pF->nCol; k++){
      if( aColUsed[k] ) continue;
      bDestr = 1;
      sqlite3_str_appendf(dropped, "%scolumn %s", sqlite3_str_length(dropped)
                          ? "; " : "", pF->aCol[k].zName);
      if( !droppable(pFrom, pF, &pF->aCol[k], aKept) ){
        bRebuild = 1;
        sqlite3_str_appendf(why, "%scolumn %s cannot be dropped by ALTER "
            "TABLE", sqlite3_str_length(why) ? ", " : "", pF->aCol[k].zName);
      }
    }
    zLinesF = sortLines(tableLines(pFrom, pF, aSub, nSub,
                                   (int)(pF-pFrom->aTab)));
    zLinesT = sortLines(tableLines(pTo, pT, 0, 0, 0));
    if( zLinesF==0 || zLinesT==0 ){
      x.rc = SQLITE_NOMEM;
    }else if( strcmp(zLinesF, zLinesT)!=0 ){
      bRebuild = 1;
      sqlite3_str_appendf(why, "%sits constraints or options change",
                          sqlite3_str_length(why) ? ", " : "");
    }
    sqlite3_free(zLinesF);
    sqlite3_free(zLinesT);
    if( bRebuild ){
      char *zWhy = migrateStrFinish(why);
      char *zDropped = migrateStrFinish(dropped);
      if( zWhy && zDropped ){
        rebuildTable(&x, pF, pT, aSrc, bNoRename, zWhy, bDestr, zDropped);
      }else{
        x.rc = SQLITE_NOMEM;
      }
      sqlite3_free(zWhy);
      sqlite3_free(zDropped);
      aRebuilt[i] = 1;
    }else{
      sqlite3_free(migrateStrFinish(why));
      sqlite3_free(migrateStrFinish(dropped));
      /* adds first: DROP COLUMN refuses to take a table's last column */
      for(k=0; k<pT->nCol; k++){
        if( aSrc[k] ) continue;
        addOp(&x, PH_ALTER, "add_column",
              sqlite3_mprintf("%s.%s", pT->zName, pT->aCol[k].zName), 0,
              addColumnSql(pT->zName, pT->aCol[k].zDef));
      }
      for(k=0; k<pF->nCol; k++){
        if( aColUsed[k] ) continue;
        addOp(&x, PH_ALTER, "drop_column",
              sqlite3_mprintf("%s.%s", pT->zName, pF->aCol[k].zName), 1,
              dropColumnSql(pT->zName, pF->aCol[k].zName));
      }
    }
    sqlite3_free(aSrc);
    sqlite3_free(aColUsed);
  }

  /* New tables, referenced ones first; dropped tables, referencing first */
  if( x.rc==SQLITE_OK ){
    int n = 0, *aOrd;
    memset(aUse, 0, pTo->nTab+1);
    for(i=0; i<pTo->nTab; i++){
      aUse[i] = aPair[i]==0 && included(pFilter, pTo->aTab[i].zName);
    }
    aOrd = tableOrder(pTo, aUse, &n);
    if( aOrd==0 ) x.rc = SQLITE_NOMEM;
    for(k=0; k<n; k++){
      SchemaTable *pT = &pTo->aTab[aOrd[k]];
      sqlite3_str *s = sqlite3_str_new(0);
      migrateAppendClosed(s, pT->zSql, 1);
      appendObjsOf(s, pTo, pT->zName, SCHEMA_INDEX);
      appendObjsOf(s, pTo, pT->zName, SCHEMA_TRIGGER);
      addOp(&x, PH_CREATE, "create_table", sqlite3_mprintf("%s", pT->zName),
            0, migrateStrFinish(s));
      aRebuilt[aOrd[k]] = 1;         /* its indexes and triggers are done */
    }
    sqlite3_free(aOrd);
  }
  if( x.rc==SQLITE_OK ){
    int n = 0, *aOrd;
    memset(aUse, 0, pFrom->nTab+1);
    for(i=0; i<pFrom->nTab; i++){
      aUse[i] = !aFUsed[i] && !aEarlyDrop[i]
             && included(pFilter, pFrom->aTab[i].zName);
    }
    aOrd = tableOrder(pFrom, aUse, &n);
    if( aOrd==0 ) x.rc = SQLITE_NOMEM;
    for(k=n-1; k>=0; k--){
      SchemaTable *pF = &pFrom->aTab[aOrd[k]];
      addOp(&x, PH_DROP_TAB, "drop_table", sqlite3_mprintf("%s", pF->zName),
            1, dropTableSql(pF->zName, 0));
    }
    sqlite3_free(aOrd);
  }

  /* Indexes and triggers of the tables that stay (neither new, rebuilt nor
  ** dropped), and triggers on views: drop the changed, create the changed
  ** and the new.  A trigger on a view goes with its view when views are
  ** re-created. */
  for(k=SCHEMA_INDEX; k<=SCHEMA_TRIGGER && x.rc==SQLITE_OK; k+=2){
    for(i=0; i<pFrom->nObj; i++){
      SchemaObj *f = &pFrom->aObj[i];
      if( f->eType!=k || aKept[i] ) continue;
      if( f->iTab>=0 && aEarlyDrop[f->iTab] ) continue;
      if( f->iTab>=0 ){
        int iT = aPairOf[f->iTab];
        int j = migrateSchemaObj(pTo, k, f->zName);
        /* it goes with its table, unless the model gives its name to an
        ** object of another table, created before that table goes */
        if( (iT<0 || aRebuilt[iT]) && (j<0 || pTo->aObj[j].iTab==iT) ){
          continue;
        }
      }else if( bViews || !included(pFilter, f->zTable) ){
        continue;                                 /* goes with its view */
      }
      addOp(&x, PH_DROP_OBJ, k==SCHEMA_INDEX ? "drop_index" : "drop_trigger",
            sqlite3_mprintf("%s", f->zName), 0,
            sqlite3_mprintf("DROP %s \"%w\";\n", k==SCHEMA_INDEX ? "INDEX"
                            : "TRIGGER", f->zName));
    }
    for(i=0; i<pTo->nObj && x.rc==SQLITE_OK; i++){
      SchemaObj *o = &pTo->aObj[i];
      int j;
      if( o->eType!=k ) continue;
      if( o->iTab>=0 ){
        if( aRebuilt[o->iTab] || aPair[o->iTab]==0 ) continue;
      }else if( !included(pFilter, o->zTable) ){
        continue;
      }
      j = migrateSchemaObj(pFrom, k, o->zName);
      if( j>=0 && aKept[j] && !(o->iTab<0 && bViews) ) continue;
      addOp(&x, k==SCHEMA_INDEX ? PH_INDEX : PH_TRIGGER,
            k==SCHEMA_INDEX ? "create_index" : "create_trigger",
            sqlite3_mprintf("%s", o->zName), 0,
            migrateClosedStmt(o->zSql));
    }
  }

  /* Gather the phases in order */
  if( x.rc==SQLITE_OK ){
    int n = 0;
    for(i=0; i<PH_N; i++) n += x.nPh[i];
    pDiff->aOp = sqlite3_malloc64(sizeof(MigrateOp)*(n+1));
    if( pDiff->aOp==0 ) x.rc = SQLITE_NOMEM;
    for(i=0; x.rc==SQLITE_OK && i<PH_N; i++){
      for(k=0; k<x.nPh[i]; k++) pDiff->aOp[pDiff->nOp++] = x.aPh[i][k];
      sqlite3_free(x.aPh[i]);
      x.aPh[i] = 0;
      x.nPh[i] = 0;
    }
  }

done:
  for(i=0; i<PH_N; i++){
    for(k=0; k<x.nPh[i]; k++){
      sqlite3_free(x.aPh[i][k].zObject);
      sqlite3_free(x.aPh[i][k].zSql);
    }
    sqlite3_free(x.aPh[i]);
  }
  for(i=0; i<nSub; i++){
    sqlite3_free(aSub[i].zFrom);
    sqlite3_free(aSub[i].zTo);
  }
  sqlite3_free(aSub);
  sqlite3_free(aPair);
  sqlite3_free(aPairOf);
  sqlite3_free(aKept);
  sqlite3_free(aEarlyDrop);
  sqlite3_free(aFUsed);
  sqlite3_free(aRebuilt);
  sqlite3_free(aUse);
  if( x.rc ) migrateDiffClear(pDiff);
  return x.rc;
}

/* The whole SQL of a diff: '' when nothing differs. */
char *migrateDiffSql(const MigrateDiff *p){
  sqlite3_str *s = sqlite3_str_new(0);
  int i;
  for(i=0; i<p->nOp; i++) sqlite3_str_appendall(s, p->aOp[i].zSql);
  return migrateStrFinish(s);
}
