/*
** schema.c - a database's schema in one normal form that two schemas can
** be compared in: tables, indexes, views, triggers and virtual tables.
**
** The live database and a model are read by this same code: a table is
** read from its CREATE TABLE text alone, as sqlite_schema keeps it (a
** model's statements are first judged by SQLite itself, in scratch.c),
** with tokenize.c's tokens: the columns with their declared types, NOT
** NULL, DEFAULT, PRIMARY KEY, COLLATE and generated expressions; UNIQUE
** and CHECK constraints (named or not); foreign keys with their actions and
** DEFERRABLE; AUTOINCREMENT, WITHOUT ROWID and STRICT.  What SQLite
** implies is applied as SQLite applies it (the key columns of a WITHOUT
** ROWID table are NOT NULL; a UNIQUE constraint that repeats the primary
** key adds nothing).  One PRAGMA is read per call: pragma_table_list, for
** the virtual tables and their shadow tables.
**
** Comparison is by meaning, not text: every expression and every index,
** view and trigger statement is reduced to tokenize.c's canonical form, and
** each table gets a signature built from those pieces, independent of
** column order and of whether a constraint was written on the column or on
** the table.
**
** The project's own tables (the version table, migrate_log and
** migrate_settings), SQLite's internal tables and the shadow tables of
** virtual tables are left out; a virtual table is one object, its CREATE
** VIRTUAL TABLE statement.
**
** Reading is the hot path of migrate_diff on a large schema (both sides
** are read on every call), so a schema's texts live in chunks freed with
** it, and canonical forms are built in a MigrateBuf, not with printf.
**
**   migrateSchemaRead(db, zVersionTable, &pSchema, &zErr)
**   migrateSchemaJson(pSchema)          the schema as model JSON
*/
#include "migrate.h"
#include <string.h>
#include <stdlib.h>

/* ---------------------------------------------------------------- texts */

/*
** The texts of a schema (names, statements, expressions, signatures) live
** in chunks that belong to the schema and are freed with it: reading a
** schema of thousands of tables then costs a few allocations, not one per
** text.  A text is never freed on its own; one that is replaced stays in
** its chunk until the schema goes.
*/
#define SCHEMA_CHUNK 32000

struct SchemaChunk {
  struct SchemaChunk *pNext;
  size_t nUsed, nSize;       /* bytes used, and available, after the header */
};

/* n bytes in p's chunks, or NULL (no memory). */
static char *schemaAlloc(MigrateSchema *p, size_t n){
  struct SchemaChunk *c = p->pChunk;
  if( c==0 || c->nSize - c->nUsed < n ){
    size_t nNew = n>SCHEMA_CHUNK/4 ? n : SCHEMA_CHUNK;
    struct SchemaChunk *pNew = sqlite3_malloc64(sizeof(*pNew) + nNew);
    if( pNew==0 ) return 0;
    pNew->nUsed = 0;
    pNew->nSize = nNew;
    if( c && nNew==n ){
      /* a large text gets a chunk of its own, behind the current one */
      pNew->pNext = c->pNext;
      c->pNext = pNew;
    }else{
      pNew->pNext = c;
      p->pChunk = pNew;
    }
    c = pNew;
  }
  c->nUsed += n;
  return (char*)&c[1] + c->nUsed - n;
}

/* A copy of the n bytes at z (none if n<0) in p, or NULL. */
static char *schemaStrndup(MigrateSchema *p, const char *z, int n){
  char *zNew;
  if( n<0 ) n = 0;
  zNew = schemaAlloc(p, (size_t)n+1);
  if( zNew ){
    memcpy(zNew, z, n);
    zNew[n] = 0;
  }
  return zNew;
}

static char *schemaStrdup(MigrateSchema *p, const char *z){
  return schemaStrndup(p, z, (int)strlen(z));
}

/* The text of b in p (b is then reset), or NULL. */
static char *schemaBufFinish(MigrateSchema *p, MigrateBuf *b){
  char *z = b->bNoMem ? 0 : schemaStrndup(p, b->z, b->n);
  migrateBufClear(b);
  return z;
}

/* migrateUnquote(), into p. */
static char *schemaUnquote(MigrateSchema *p, const char *z, int n){
  char *zOut = schemaAlloc(p, (size_t)n+1);
  if( zOut ) migrateUnquoteInto(zOut, z, n);
  return zOut;
}

/* Is zName a column of table pCtx, or its rowid? */
static int schemaHasCol(const void *pCtx, const char *zName){
  SchemaTable *t = (SchemaTable*)pCtx;
  if( migrateSchemaColumn(t, zName) ) return 1;
  return !t->bWithoutRowid && (sqlite3_stricmp(zName, "rowid")==0
      || sqlite3_stricmp(zName, "oid")==0
      || sqlite3_stricmp(zName, "_rowid_")==0);
}

/* No name is a column (a DEFAULT, where "x" is always the string 'x'). */
static int schemaNoCol(const void *pCtx, const char *zName){
  (void)pCtx; (void)zName;
  return 0;
}

/*
** The canonical key of an index, view or trigger statement.  For an index,
** parentheses around the whole WHERE expression do not count, and with
** its table pTab a double-quoted name that is no column is a string.
*/
char *migrateObjKey(const char *zSql, int eType, SchemaTable *pTab){
  char *zKey;
  if( pTab ){
    MigrateCols cols;
    cols.xHas = schemaHasCol; cols.pCtx = pTab;
    zKey = migrateCanonCols(zSql, &cols);
  }else{
    zKey = migrateCanon(zSql);
  }
  char *zWhere;
  if( zKey && eType==SCHEMA_INDEX && (zWhere = strstr(zKey, " WHERE "))!=0 ){
    char *zExpr = migrateCanonExpr(zWhere+7, -1);
    char *zNew = zExpr ? sqlite3_mprintf("%.*s WHERE %s",
                                         (int)(zWhere-zKey), zKey, zExpr) : 0;
    sqlite3_free(zExpr);
    sqlite3_free(zKey);
    zKey = zNew;
  }
  if( zKey && eType==SCHEMA_TRIGGER ){
    /* every SQLite trigger is FOR EACH ROW, and BEFORE unless it says */
    char *zBegin = strstr(zKey, " BEGIN ");
    char *zFer = strstr(zKey, " FOR EACH ROW");
    const char *z = zKey;
    int e, n, k;
    if( zFer && (zBegin==0 || zFer<zBegin) ){
      memmove(zFer, zFer+13, strlen(zFer+13)+1);
    }
    for(k=0; k<3; k++){                        /* CREATE TRIGGER name */
      z = migrateSkipSpace(z);
      z += migrateToken(z, &e);
    }
    z = migrateSkipSpace(z);
    n = migrateToken(z, &e);
    if( e==TK_WORD && ((n==6 && (strncmp(z, "INSERT", 6)==0
                                 || strncmp(z, "UPDATE", 6)==0
                                 || strncmp(z, "DELETE", 6)==0))) ){
      char *zNew = sqlite3_mprintf("%.*sBEFORE %s", (int)(z-zKey), zKey, z);
      sqlite3_free(zKey);
      zKey = zNew;
    }
  }
  return zKey;
}

/*
** Is every quoted name after the head of canonical index key zKey a column
** of t?  Then no name in it is a string, and the key stands as it is.
*/
static int schemaKeyNamesColumns(SchemaTable *t, const char *zKey){
  const char *z = strchr(zKey, '(');
  int e, n;
  if( z==0 ) return 1;
  for(; (n = migrateToken(z, &e))>0; z += n){
    char *zName;
    int bCol;
    if( e!=TK_ID ) continue;
    zName = migrateUnquote(z, n);
    if( zName==0 ) return 0;              /* recompute: it says NOMEM */
    bCol = schemaHasCol(t, zName);
    sqlite3_free(zName);
    if( !bCol ) return 0;
  }
  return 1;
}

/*
** The key of an index on table t whose text has a double-quoted name,
** which is a string where no column of t has that name.
*/
static int schemaIndexStrings(MigrateSchema *pS, SchemaTable *t, SchemaObj *o){
  char *zKey;
  if( strchr(o->zSql, '"')==0 || schemaKeyNamesColumns(t, o->zKey) ){
    return SQLITE_OK;
  }
  zKey = migrateObjKey(o->zSql, o->eType, t);
  o->zKey = zKey ? schemaStrdup(pS, zKey) : 0;
  sqlite3_free(zKey);
  return o->zKey ? SQLITE_OK : SQLITE_NOMEM;
}

/*
** In the key of an index on table t, a key column's COLLATE that is the
** column's own collation (or BINARY for a column without one) is the
** same as none: drop it.
*/
static int schemaIndexCollate(MigrateSchema *pS, SchemaTable *t, SchemaObj *o){
  sqlite3_str *s;
  const char *z = o->zKey;
  const char *aTok[6]; int aLen[6], aE[6];
  int depth = 0, e, n;
  if( strstr(z, " COLLATE ")==0 ) return SQLITE_OK;
  s = sqlite3_str_new(0);
  while( (n = migrateToken(z, &e))>0 ){
    int bDrop = 0;
    if( e==TK_PUNCT && z[0]=='(' ) depth++;
    if( e==TK_PUNCT && z[0]==')' ) depth--;
    if( depth==1 && e==TK_PUNCT && (z[0]=='(' || z[0]==',') ){
      /* "COL" COLLATE "X" next? */
      const char *p = z + n;
      int k;
      for(k=0; k<3; k++){
        p = migrateSkipSpace(p);
        aTok[k] = p;
        aLen[k] = migrateToken(p, &aE[k]);
        p += aLen[k];
      }
      p = migrateSkipSpace(p);
      aTok[3] = p;
      aLen[3] = migrateToken(p, &aE[3]);
      if( aE[0]==TK_ID && aE[1]==TK_WORD && aLen[1]==7
       && strncmp(aTok[1], "COLLATE", 7)==0
       && (aE[2]==TK_ID || aE[2]==TK_WORD)
       && ((aE[3]==TK_PUNCT && (aTok[3][0]==',' || aTok[3][0]==')'))
           || (aE[3]==TK_WORD && aLen[3]==4 && strncmp(aTok[3], "DESC", 4)==0)) ){
        char *zCol = migrateStrndup(aTok[0]+1, aLen[0]-2);
        char *zColl = aE[2]==TK_ID ? sqlite3_mprintf("%.*s", aLen[2]-2,
                                                     aTok[2]+1)
                                   : migrateStrndup(aTok[2], aLen[2]);
        int i;
        if( zCol==0 || zColl==0 ){
          sqlite3_free(zCol); sqlite3_free(zColl);
          sqlite3_free(sqlite3_str_finish(s));
          return SQLITE_NOMEM;
        }
        for(i=0; i<t->nCol; i++){
          if( sqlite3_stricmp(t->aCol[i].zName, zCol)==0 ){
            const char *zOwn = t->aCol[i].zCollate;
            bDrop = zOwn ? sqlite3_stricmp(zOwn, zColl)==0
                         : sqlite3_stricmp("BINARY", zColl)==0;
            break;
          }
        }
        sqlite3_free(zCol); sqlite3_free(zColl);
      }
    }
    sqlite3_str_append(s, z, n);
    if( bDrop ){
      /* the punctuation, the column; then past COLLATE "X" */
      sqlite3_str_appendchar(s, 1, ' ');
      sqlite3_str_append(s, aTok[0], aLen[0]);
      z = aTok[2] + aLen[2];
      continue;
    }
    z += n;
  }
  {
    char *zNew = migrateStrFinish(s);
    char *zKey = zNew ? schemaStrdup(pS, zNew) : 0;
    sqlite3_free(zNew);
    if( zKey==0 ) return SQLITE_NOMEM;
    o->zKey = zKey;
  }
  return SQLITE_OK;
}

/*
** A DEFAULT that is one number is kept as its value: +1, 0x10 and 1.00
** are 1, 16 and 1.0.  Integers and reals stay apart (1 is not 1.0).  The
** default is the canonical text in b from offset iStart on; it is
** replaced there.
*/
static void schemaCanonNumberAt(MigrateBuf *b, int iStart){
  char aText[128], aNew[64];
  char *zCopy, *zEnd = 0;
  const char *z;
  int bNeg = 0, e, n, m = b->n - iStart;
  if( b->bNoMem || m<=0 ) return;
  zCopy = m<(int)sizeof(aText) ? aText : sqlite3_malloc64(m+1);
  if( zCopy==0 ){
    migrateBufClear(b);
    b->bNoMem = 1;
    return;
  }
  memcpy(zCopy, &b->z[iStart], m);
  zCopy[m] = 0;
  z = zCopy;
  aNew[0] = 0;
  if( z[0]=='-' || z[0]=='+' ){
    bNeg = z[0]=='-';
    z = migrateSkipSpace(z+1);
  }
  n = migrateToken(z, &e);
  if( e!=TK_NUMBER || z[n]!=0 ){
    /* not one number: as it is */
  }else if( z[0]=='0' && (z[1]=='x' || z[1]=='X') ){
    unsigned long long v = strtoull(z+2, &zEnd, 16);
    if( zEnd==z+n && n>2 && n<=18 ){
      sqlite3_snprintf(sizeof(aNew), aNew, "%s%llu", bNeg && v ? "-" : "", v);
    }
  }else if( strspn(z, "0123456789")==(size_t)n ){
    /* an integer: leading zeros and a sign go; large ones stay as written */
    while( z[0]=='0' && z[1] ) z++;
    if( strlen(z)<=18 ){
      sqlite3_snprintf(sizeof(aNew), aNew, "%s%s",
                       bNeg && strcmp(z, "0") ? "-" : "", z);
    }
  }else{
    double r = strtod(z, &zEnd);
    if( zEnd==z+n && r==r && r-r==0.0 ){
      sqlite3_snprintf(sizeof(aNew)-2, aNew, "%s%!.15g",
                       bNeg && r!=0.0 ? "-" : "", r);
      if( strpbrk(aNew, ".e")==0 ) strcat(aNew, ".0");
    }
  }
  if( zCopy!=aText ) sqlite3_free(zCopy);
  if( aNew[0] ){
    b->n = iStart;
    migrateBufAppend(b, aNew, -1);
  }
}

/* ---------------------------------------------------------------- parser */

/* A cursor over the tokens of a CREATE TABLE statement. */
typedef struct SchemaLex SchemaLex;
struct SchemaLex {
  MigrateSchema *pS;         /* the schema the texts read go to */
  const char *z;             /* the text */
  int i;                     /* offset of the current token */
  int n;                     /* its length */
  int e;                     /* its kind */
};

static void schemaLexNext(SchemaLex *p){
  p->i += p->n;
  for(;;){
    p->n = migrateToken(&p->z[p->i], &p->e);
    if( p->e!=TK_SPACE ) break;
    p->i += p->n;
  }
}

/* Is the current token the word zWord (upper case)? */
static int schemaLexIs(SchemaLex *p, const char *zWord){
  return p->e==TK_WORD && (p->z[p->i] & 0xdf)==zWord[0]
      && (int)strlen(zWord)==p->n
      && sqlite3_strnicmp(&p->z[p->i], zWord, p->n)==0;
}

static int schemaLexPunct(SchemaLex *p, char c){
  return p->e==TK_PUNCT && p->n==1 && p->z[p->i]==c;
}

/* Skip to the end of the parenthesized group at the current "(" token;
** returns the offset just after its ")". */
static int schemaLexSkipGroup(SchemaLex *p){
  int depth = 0;
  while( p->e!=TK_END ){
    if( schemaLexPunct(p, '(') ) depth++;
    if( schemaLexPunct(p, ')') && --depth==0 ){
      int iEnd = p->i + 1;
      schemaLexNext(p);
      return iEnd;
    }
    schemaLexNext(p);
  }
  return p->i;
}

/* The name at the current token, unquoted: in the schema, or (no schema)
** from sqlite3_malloc64(). */
static char *schemaLexName(SchemaLex *p){
  if( p->pS==0 ) return migrateUnquote(&p->z[p->i], p->n);
  return schemaUnquote(p->pS, &p->z[p->i], p->n);
}

static int schemaIsConstraintWord(SchemaLex *p){
  static const char *az[] = {
    "CONSTRAINT", "PRIMARY", "NOT", "NULL", "UNIQUE", "CHECK", "DEFAULT",
    "COLLATE", "REFERENCES", "FOREIGN"
  };
  size_t k;
  for(k=0; k<sizeof(az)/sizeof(az[0]); k++) if( schemaLexIs(p, az[k]) ) return 1;
  if( schemaLexIs(p, "GENERATED") || schemaLexIs(p, "AS") ){
    /* only GENERATED ALWAYS AS (...) or AS (...); else a word of the type,
    ** as SQLite reads "INT GENERATED x" */
    SchemaLex q = *p;
    int bGen = schemaLexIs(p, "GENERATED");
    schemaLexNext(&q);
    if( bGen ){
      if( !schemaLexIs(&q, "ALWAYS") ) return 0;
      schemaLexNext(&q);
      if( !schemaLexIs(&q, "AS") ) return 0;
      schemaLexNext(&q);
    }
    return schemaLexPunct(&q, '(');
  }
  return 0;
}

/* Append a string array element (a text of the schema, or, with bHeap,
** one of its own that is freed if it cannot be added). */
static int schemaListAddX(char ***paz, int *pn, char *z, int bHeap){
  char **azNew;
  if( z==0 ) return SQLITE_NOMEM;
  azNew = migrateGrow(*paz, *pn, sizeof(char*));
  if( azNew==0 ){
    if( bHeap ) sqlite3_free(z);
    return SQLITE_NOMEM;
  }
  azNew[(*pn)++] = z;
  *paz = azNew;
  return SQLITE_OK;
}

#define schemaListAdd(paz, pn, z)     schemaListAddX(paz, pn, z, 0)
#define schemaListAddHeap(paz, pn, z) schemaListAddX(paz, pn, z, 1)

/* Parse "(a, b)" at the current token into a list of names. */
static int schemaNameList(SchemaLex *p, char ***paz, int *pn){
  int rc = SQLITE_OK;
  if( !schemaLexPunct(p, '(') ) return SQLITE_OK;
  schemaLexNext(p);
  while( rc==SQLITE_OK && p->e!=TK_END && !schemaLexPunct(p, ')') ){
    if( p->e==TK_WORD || p->e==TK_ID || p->e==TK_STRING ){
      rc = schemaListAdd(paz, pn, schemaLexName(p));
      schemaLexNext(p);
      /* COLLATE x, ASC, DESC after a name in a key list */
      while( p->e==TK_WORD && !schemaLexPunct(p, ',') ){
        if( schemaLexIs(p, "COLLATE") ){ schemaLexNext(p); }
        schemaLexNext(p);
      }
    }else{
      schemaLexNext(p);
    }
    if( schemaLexPunct(p, ',') ) schemaLexNext(p);
  }
  if( schemaLexPunct(p, ')') ) schemaLexNext(p);
  return rc;
}

/* Parse a foreign-key clause after REFERENCES into pFk. */
static int schemaFkClause(SchemaLex *p, SchemaFk *pFk){
  int rc = SQLITE_OK;
  schemaLexNext(p);                                       /* REFERENCES */
  pFk->zTable = schemaLexName(p);
  if( pFk->zTable==0 ) return SQLITE_NOMEM;
  schemaLexNext(p);
  rc = schemaNameList(p, &pFk->azTo, &pFk->nTo);
  while( rc==SQLITE_OK && p->e==TK_WORD ){
    if( schemaLexIs(p, "ON") ){
      int bDel;
      char *zAct;
      schemaLexNext(p);
      bDel = schemaLexIs(p, "DELETE");
      schemaLexNext(p);
      if( schemaLexIs(p, "SET") ){
        schemaLexNext(p);
        zAct = schemaLexIs(p, "NULL") ? "SET NULL" : "SET DEFAULT";
      }else if( schemaLexIs(p, "NO") ){
        schemaLexNext(p);
        zAct = "NO ACTION";
      }else if( schemaLexIs(p, "CASCADE") ){
        zAct = "CASCADE";
      }else{
        zAct = "RESTRICT";
      }
      schemaLexNext(p);
      if( bDel ) pFk->zOnDelete = zAct; else pFk->zOnUpdate = zAct;
    }else if( schemaLexIs(p, "MATCH") ){
      schemaLexNext(p);
      schemaLexNext(p);
    }else if( schemaLexIs(p, "NOT") ){
      schemaLexNext(p);                                    /* NOT DEFERRABLE */
      if( schemaLexIs(p, "DEFERRABLE") ) schemaLexNext(p);
      pFk->bDeferred = 0;
      if( schemaLexIs(p, "INITIALLY") ){ schemaLexNext(p); schemaLexNext(p); }
    }else if( schemaLexIs(p, "DEFERRABLE") ){
      schemaLexNext(p);
      if( schemaLexIs(p, "INITIALLY") ){
        schemaLexNext(p);
        pFk->bDeferred = schemaLexIs(p, "DEFERRED");
        schemaLexNext(p);
      }
    }else{
      break;
    }
  }
  if( pFk->zOnDelete==0 ) pFk->zOnDelete = "NO ACTION";
  if( pFk->zOnUpdate==0 ) pFk->zOnUpdate = "NO ACTION";
  return rc;
}

static int schemaAddFk(SchemaTable *pTab, SchemaFk **ppFk){
  SchemaFk *aNew = migrateGrow(pTab->aFk, pTab->nFk, sizeof(SchemaFk));
  if( aNew==0 ) return SQLITE_NOMEM;
  pTab->aFk = aNew;
  memset(&aNew[pTab->nFk], 0, sizeof(SchemaFk));
  *ppFk = &aNew[pTab->nFk++];
  return SQLITE_OK;
}

static int schemaAddCheck(MigrateSchema *pS, SchemaTable *pTab, char *zName,
                    const char *z, int n){
  /* both arrays grow first, so that they always hold nCheck entries */
  char **azName = migrateGrow(pTab->azCheckName, pTab->nCheck,
                              sizeof(char*));
  if( azName==0 ) return SQLITE_NOMEM;
  pTab->azCheckName = azName;
  azName[pTab->nCheck] = zName;
  return schemaListAdd(&pTab->azCheckExpr, &pTab->nCheck, schemaStrndup(pS, z, n));
}

SchemaCol *migrateSchemaColumn(SchemaTable *pTab, const char *zName){
  int i;
  for(i=0; zName && i<pTab->nCol; i++){
    if( sqlite3_stricmp(pTab->aCol[i].zName, zName)==0 ) return &pTab->aCol[i];
  }
  return 0;
}

/* A new column zName at the end of pTab; NULL on OOM. */
static SchemaCol *schemaAddCol(SchemaTable *pTab, char *zName){
  SchemaCol *aNew;
  if( zName==0 ) return 0;
  aNew = migrateGrow(pTab->aCol, pTab->nCol, sizeof(SchemaCol));
  if( aNew==0 ) return 0;
  pTab->aCol = aNew;
  memset(&aNew[pTab->nCol], 0, sizeof(SchemaCol));
  aNew[pTab->nCol].zName = zName;
  return &aNew[pTab->nCol++];
}

/* The canonical text of a key list, as UNIQUE constraints are kept:
** "A","B" (names upper-cased, as the table declares them). */
static char *schemaKeyList(MigrateSchema *pS, SchemaTable *pTab, char **az,
                           int n){
  MigrateBuf b;
  int k;
  migrateBufInit(&b);
  for(k=0; k<n; k++){
    SchemaCol *c = migrateSchemaColumn(pTab, az[k]);
    const char *z = c ? c->zName : az[k];
    if( k ) migrateBufChar(&b, ',');
    migrateBufChar(&b, '"');
    for(; *z; z++){
      char ch = *z;
      if( ch>='a' && ch<='z' ) ch -= 'a'-'A';
      migrateBufChar(&b, ch);
    }
    migrateBufChar(&b, '"');
  }
  return schemaBufFinish(pS, &b);
}

/* "CONSTRAINT name" at p, if it is there: the name, else NULL. */
static int schemaConsName(SchemaLex *p, char **pzName){
  *pzName = 0;
  if( !schemaLexIs(p, "CONSTRAINT") ) return SQLITE_OK;
  schemaLexNext(p);
  *pzName = schemaLexName(p);
  if( *pzName==0 ) return SQLITE_NOMEM;
  schemaLexNext(p);
  return SQLITE_OK;
}

/*
** The table constraint at p (PRIMARY KEY, UNIQUE, CHECK or FOREIGN KEY),
** named zName.  A PRIMARY KEY goes to *pazPk.  *pbCons is 0 when what is
** at p is a column definition instead.
*/
static int schemaTableConstraint(SchemaLex *p, SchemaTable *pTab, char *zName,
                                 char ***pazPk, int *pnPk, int *pbCons){
  int rc = SQLITE_OK;
  *pbCons = 1;
  if( schemaLexIs(p, "PRIMARY") || schemaLexIs(p, "UNIQUE") ){
    char **azUq = 0; int nUq = 0;
    int bPk = schemaLexIs(p, "PRIMARY");
    while( p->e!=TK_END && !schemaLexPunct(p, '(') ) schemaLexNext(p);
    if( bPk ){
      sqlite3_free(*pazPk); *pazPk = 0; *pnPk = 0;
      rc = schemaNameList(p, pazPk, pnPk);
    }else{
      rc = schemaNameList(p, &azUq, &nUq);
      if( rc==SQLITE_OK ){
        rc = schemaListAdd(&pTab->azUnique, &pTab->nUnique,
                           schemaKeyList(p->pS, pTab, azUq, nUq));
      }
      sqlite3_free(azUq);
    }
    while( p->e!=TK_END && !schemaLexPunct(p, ',')
        && !schemaLexPunct(p, ')') ){
      if( schemaLexPunct(p, '(') ) schemaLexSkipGroup(p);
      else schemaLexNext(p);
    }
  }else if( schemaLexIs(p, "CHECK") ){
    int iStart, iEnd;
    schemaLexNext(p);
    iStart = p->i;
    iEnd = schemaLexSkipGroup(p);
    rc = schemaAddCheck(p->pS, pTab, zName, &p->z[iStart+1],
                        iEnd-iStart-2);
  }else if( schemaLexIs(p, "FOREIGN") ){
    SchemaFk *pFk = 0;
    schemaLexNext(p);                                    /* KEY */
    schemaLexNext(p);
    rc = schemaAddFk(pTab, &pFk);
    if( rc==SQLITE_OK ) rc = schemaNameList(p, &pFk->azFrom, &pFk->nFrom);
    if( rc==SQLITE_OK && schemaLexIs(p, "REFERENCES") ){
      rc = schemaFkClause(p, pFk);
    }
  }else{
    *pbCons = 0;
  }
  return rc;
}

/* The DEFAULT of column pCol at p (just after DEFAULT), as SQLite keeps
** it: "(x)" is x. */
static int schemaDefault(SchemaLex *p, SchemaCol *pCol){
  int iS = p->i, iE;
  if( schemaLexPunct(p, '(') ){
    iE = schemaLexSkipGroup(p) - 1;
    iS++;
  }else{
    if( schemaLexPunct(p, '-') || schemaLexPunct(p, '+') ) schemaLexNext(p);
    iE = p->i + p->n;
    schemaLexNext(p);
  }
  pCol->zDefault = schemaStrndup(p->pS, &p->z[iS], iE-iS);
  return pCol->zDefault ? SQLITE_OK : SQLITE_NOMEM;
}

/* One constraint of column pCol at p, named zCName. */
static int schemaColumnConstraint(SchemaLex *p, SchemaTable *pTab,
                                  SchemaCol *pCol, char *zCName){
  MigrateSchema *pS = p->pS;
  int rc = SQLITE_OK;
  if( schemaLexIs(p, "CHECK") ){
    int iS, iE;
    schemaLexNext(p);
    iS = p->i;
    iE = schemaLexSkipGroup(p);
    rc = schemaAddCheck(pS, pTab, zCName, &p->z[iS+1], iE-iS-2);
  }else if( schemaLexIs(p, "COLLATE") ){
    schemaLexNext(p);
    pCol->zCollate = schemaLexName(p);
    if( pCol->zCollate==0 ) rc = SQLITE_NOMEM;
    schemaLexNext(p);
  }else if( schemaLexIs(p, "REFERENCES") ){
    SchemaFk *pFk = 0;
    rc = schemaAddFk(pTab, &pFk);
    if( rc==SQLITE_OK ) rc = schemaListAdd(&pFk->azFrom, &pFk->nFrom,
                                     schemaStrdup(pS, pCol->zName));
    if( rc==SQLITE_OK ) rc = schemaFkClause(p, pFk);
  }else if( schemaLexIs(p, "GENERATED") || schemaLexIs(p, "AS") ){
    int iS, iE;
    while( p->e!=TK_END && !schemaLexPunct(p, '(') ) schemaLexNext(p);
    iS = p->i;
    iE = schemaLexSkipGroup(p);
    pCol->zGen = schemaStrndup(pS, &p->z[iS+1], iE-iS-2);
    if( pCol->zGen==0 ) rc = SQLITE_NOMEM;
    pCol->eGen = 2;
    if( schemaLexIs(p, "STORED") ){ pCol->eGen = 3; schemaLexNext(p); }
    else if( schemaLexIs(p, "VIRTUAL") ) schemaLexNext(p);
  }else if( schemaLexIs(p, "PRIMARY") ){
    schemaLexNext(p);
    if( schemaLexIs(p, "KEY") ) schemaLexNext(p);
    pCol->iPk = 1;
    if( schemaLexIs(p, "DESC") ) pCol->bPkDesc = 1;
  }else if( schemaLexIs(p, "UNIQUE") ){
    schemaLexNext(p);
    rc = schemaListAdd(&pTab->azUnique, &pTab->nUnique,
                 schemaKeyList(pS, pTab, &pCol->zName, 1));
  }else if( schemaLexIs(p, "NOT") ){
    schemaLexNext(p);
    if( schemaLexIs(p, "NULL") ){ pCol->bNotNull = 1; schemaLexNext(p); }
  }else if( schemaLexIs(p, "AUTOINCREMENT") ){
    pTab->bAutoinc = 1;
    schemaLexNext(p);
  }else if( schemaLexIs(p, "DEFAULT") ){
    schemaLexNext(p);
    rc = schemaDefault(p, pCol);
  }else if( schemaLexPunct(p, '(') ){
    schemaLexSkipGroup(p);
  }else{
    schemaLexNext(p);
  }
  return rc;
}

/* The column definition at p: name, type, constraints, and its text. */
static int schemaColumnDef(SchemaLex *p, SchemaTable *pTab){
  MigrateSchema *pS = p->pS;
  SchemaCol *pCol = schemaAddCol(pTab, schemaLexName(p));
  int iStart = p->i, iEnd, iType = -1, iTypeEnd = -1, rc = SQLITE_OK;
  if( pCol==0 ) return SQLITE_NOMEM;
  schemaLexNext(p);
  /* the type: tokens up to a constraint keyword, "," or ")" */
  while( p->e!=TK_END && !schemaLexPunct(p, ',') && !schemaLexPunct(p, ')')
      && !schemaIsConstraintWord(p) ){
    if( iType<0 ) iType = p->i;
    if( schemaLexPunct(p, '(') ) iTypeEnd = schemaLexSkipGroup(p);
    else{ iTypeEnd = p->i + p->n; schemaLexNext(p); }
  }
  pCol->zType = iType<0 ? schemaStrndup(pS, "", 0)
              : schemaStrndup(pS, &p->z[iType], iTypeEnd-iType);
  if( pCol->zType==0 ) rc = SQLITE_NOMEM;
  while( rc==SQLITE_OK && p->e!=TK_END && !schemaLexPunct(p, ',')
      && !schemaLexPunct(p, ')') ){
    char *zCName = 0;
    rc = schemaConsName(p, &zCName);
    if( rc==SQLITE_OK ) rc = schemaColumnConstraint(p, pTab, pCol, zCName);
  }
  iEnd = p->i;
  while( iEnd>iStart && migrateIsSpace(p->z[iEnd-1]) ) iEnd--;
  if( rc==SQLITE_OK ){
    pCol->zDef = schemaStrndup(pS, &p->z[iStart], iEnd-iStart);
    if( pCol->zDef==0 ) rc = SQLITE_NOMEM;
  }
  return rc;
}

/*
** What SQLite implies: the primary key azPk (a table constraint) marks its
** columns; the key columns of a WITHOUT ROWID table are NOT NULL; a UNIQUE
** constraint that repeats the primary key or another one adds nothing.
*/
static int schemaImplied(MigrateSchema *pS, SchemaTable *pTab, char **azPk,
                         int nPk){
  char *zPk = 0, **azKey = 0;
  int nKey = 0, n, i, j, k, rc = SQLITE_OK;
  for(k=0; k<nPk; k++){
    SchemaCol *c = migrateSchemaColumn(pTab, azPk[k]);
    if( c ) c->iPk = k+1;
  }
  for(n=1; rc==SQLITE_OK; n++){
    for(i=0; i<pTab->nCol && pTab->aCol[i].iPk!=n; i++){}
    if( i>=pTab->nCol ) break;
    if( pTab->bWithoutRowid ) pTab->aCol[i].bNotNull = 1;
    rc = schemaListAdd(&azKey, &nKey, schemaStrdup(pS, pTab->aCol[i].zName));
  }
  if( rc==SQLITE_OK && nKey ){
    zPk = schemaKeyList(pS, pTab, azKey, nKey);
    if( zPk==0 ) rc = SQLITE_NOMEM;
  }
  sqlite3_free(azKey);
  for(i=0; rc==SQLITE_OK && i<pTab->nUnique; i++){
    int bDup = zPk && strcmp(zPk, pTab->azUnique[i])==0;
    for(j=0; !bDup && j<i; j++){
      bDup = strcmp(pTab->azUnique[j], pTab->azUnique[i])==0;
    }
    if( bDup ){
      memmove(&pTab->azUnique[i], &pTab->azUnique[i+1],
              sizeof(char*)*(pTab->nUnique-i-1));
      pTab->nUnique--;
      i--;
    }
  }
  return rc;
}

/*
** Read everything a CREATE TABLE statement declares from its text (which
** SQLite has accepted): the columns with their declared types, NOT NULL,
** DEFAULT, PRIMARY KEY, COLLATE and generated expressions; the UNIQUE and
** CHECK constraints, foreign keys, AUTOINCREMENT, WITHOUT ROWID and STRICT.
** What SQLite itself implies is applied as it applies it: the key columns
** of a WITHOUT ROWID table are NOT NULL, and a UNIQUE constraint that
** repeats the primary key or another UNIQUE constraint adds nothing.
*/
static int schemaParseTable(MigrateSchema *pS, SchemaTable *pTab){
  SchemaLex lex;
  SchemaLex *p = &lex;
  int rc = SQLITE_OK;
  char **azPk = 0; int nPk = 0;          /* a table-level PRIMARY KEY */
  memset(p, 0, sizeof(*p));
  p->pS = pS;
  p->z = pTab->zSql;
  schemaLexNext(p);
  while( p->e!=TK_END && !schemaLexPunct(p, '(') ) schemaLexNext(p);
  if( p->e==TK_END ) return SQLITE_OK;
  schemaLexNext(p);
  while( rc==SQLITE_OK && p->e!=TK_END && !schemaLexPunct(p, ')') ){
    char *zConsName = 0;
    int bCons = 0;
    rc = schemaConsName(p, &zConsName);
    if( rc==SQLITE_OK ){
      rc = schemaTableConstraint(p, pTab, zConsName, &azPk, &nPk, &bCons);
    }
    if( rc==SQLITE_OK && !bCons ) rc = schemaColumnDef(p, pTab);
    if( schemaLexPunct(p, ',') ) schemaLexNext(p);
  }
  /* the table options: WITHOUT ROWID, STRICT */
  if( schemaLexPunct(p, ')') ) schemaLexNext(p);
  while( rc==SQLITE_OK && p->e!=TK_END ){
    if( schemaLexIs(p, "WITHOUT") ) pTab->bWithoutRowid = 1;
    else if( schemaLexIs(p, "STRICT") ) pTab->bStrict = 1;
    schemaLexNext(p);
  }
  if( rc==SQLITE_OK ) rc = schemaImplied(pS, pTab, azPk, nPk);
  sqlite3_free(azPk);
  return rc;
}

/* ---------------------------------------------------------------- read */

/* Free what table t holds outside the schema's chunks. */
static void schemaTableClear(SchemaTable *t){
  int k;
  sqlite3_free(t->aCol);
  sqlite3_free(t->azCheckExpr);
  sqlite3_free(t->azCheckName);
  sqlite3_free(t->azUnique);
  for(k=0; k<t->nFk; k++){
    sqlite3_free(t->aFk[k].azFrom);
    sqlite3_free(t->aFk[k].azTo);
  }
  sqlite3_free(t->aFk);
}

/*
** Take table i out of schema p, before migrateSchemaIndex() (the tables
** after it move down by one).
*/
void migrateSchemaDropTable(MigrateSchema *p, int i){
  schemaTableClear(&p->aTab[i]);
  memmove(&p->aTab[i], &p->aTab[i+1], sizeof(SchemaTable)*(p->nTab-i-1));
  p->nTab--;
}

void migrateSchemaFree(MigrateSchema *p){
  int i;
  struct SchemaChunk *c, *pNext;
  if( p==0 ) return;
  for(i=0; i<p->nTab; i++) schemaTableClear(&p->aTab[i]);
  sqlite3_free(p->aTab);
  sqlite3_free(p->aObj);
  sqlite3_free(p->aTabHash);
  sqlite3_free(p->aObjHash);
  sqlite3_free(p->aTabObj);
  sqlite3_free(p->aTabObjStart);
  for(c=p->pChunk; c; c=pNext){
    pNext = c->pNext;
    sqlite3_free(c);
  }
  sqlite3_free(p);
}

/* The index of table zName in p->aTab, or -1. */
int migrateSchemaTable(MigrateSchema *p, const char *zName){
  unsigned h;
  if( p->nTabHash==0 || zName==0 ) return -1;
  h = migrateNameHash(zName) & (unsigned)(p->nTabHash-1);
  while( p->aTabHash[h] ){
    int i = p->aTabHash[h]-1;
    if( sqlite3_stricmp(p->aTab[i].zName, zName)==0 ) return i;
    h = (h+1) & (unsigned)(p->nTabHash-1);
  }
  return -1;
}

/* The index of the index, view or trigger zName in p->aObj, or -1. */
int migrateSchemaObj(MigrateSchema *p, int eType, const char *zName){
  unsigned h;
  if( p->nObjHash==0 || zName==0 ) return -1;
  h = migrateNameHash(zName) & (unsigned)(p->nObjHash-1);
  while( p->aObjHash[h] ){
    int i = p->aObjHash[h]-1;
    if( p->aObj[i].eType==eType && sqlite3_stricmp(p->aObj[i].zName, zName)==0 ){
      return i;
    }
    h = (h+1) & (unsigned)(p->nObjHash-1);
  }
  return -1;
}

/* Build the lookup structures of p (again, after p changed). */
int migrateSchemaIndex(MigrateSchema *p){
  int i, n;
  sqlite3_free(p->aTabHash); p->aTabHash = 0;
  sqlite3_free(p->aObjHash); p->aObjHash = 0;
  sqlite3_free(p->aTabObj); p->aTabObj = 0;
  sqlite3_free(p->aTabObjStart); p->aTabObjStart = 0;
  for(n=16; n<p->nTab*2; n*=2){}
  p->nTabHash = n;
  p->aTabHash = sqlite3_malloc64(sizeof(int)*n);
  for(n=16; n<p->nObj*2; n*=2){}
  p->nObjHash = n;
  p->aObjHash = sqlite3_malloc64(sizeof(int)*n);
  p->aTabObj = sqlite3_malloc64(sizeof(int)*(p->nObj+1));
  p->aTabObjStart = sqlite3_malloc64(sizeof(int)*(p->nTab+2));
  if( !p->aTabHash || !p->aObjHash || !p->aTabObj || !p->aTabObjStart ){
    p->nTabHash = p->nObjHash = 0;
    return SQLITE_NOMEM;
  }
  memset(p->aTabHash, 0, sizeof(int)*p->nTabHash);
  memset(p->aObjHash, 0, sizeof(int)*p->nObjHash);
  memset(p->aTabObjStart, 0, sizeof(int)*(p->nTab+2));
  for(i=0; i<p->nTab; i++){
    unsigned h = migrateNameHash(p->aTab[i].zName) & (unsigned)(p->nTabHash-1);
    while( p->aTabHash[h] ) h = (h+1) & (unsigned)(p->nTabHash-1);
    p->aTabHash[h] = i+1;
  }
  for(i=0; i<p->nObj; i++){
    SchemaObj *o = &p->aObj[i];
    unsigned h = migrateNameHash(o->zName) & (unsigned)(p->nObjHash-1);
    while( p->aObjHash[h] ) h = (h+1) & (unsigned)(p->nObjHash-1);
    p->aObjHash[h] = i+1;
    o->iTab = migrateSchemaTable(p, o->zTable);
    if( o->iTab>=0 ) p->aTabObjStart[o->iTab+1]++;
  }
  for(i=0; i<p->nObj; i++){
    SchemaObj *o = &p->aObj[i];
    if( o->eType==SCHEMA_INDEX && o->iTab>=0 ){
      int rc = schemaIndexStrings(p, &p->aTab[o->iTab], o);
      if( rc==SQLITE_OK ) rc = schemaIndexCollate(p, &p->aTab[o->iTab], o);
      if( rc ) return rc;
    }
  }
  for(i=0; i<p->nTab; i++) p->aTabObjStart[i+1] += p->aTabObjStart[i];
  {
    int *aFill = sqlite3_malloc64(sizeof(int)*(p->nTab+1));
    if( aFill==0 ) return SQLITE_NOMEM;
    memcpy(aFill, p->aTabObjStart, sizeof(int)*(p->nTab+1));
    for(i=0; i<p->nObj; i++){
      int t = p->aObj[i].iTab;
      if( t>=0 ) p->aTabObj[aFill[t]++] = i;
    }
    sqlite3_free(aFill);
  }
  return SQLITE_OK;
}

/* Is zName one of the tables this extension never touches? */
int migrateSchemaSkip(const char *zName, const char *zVersionTable){
  return sqlite3_strnicmp(zName, "sqlite_", 7)==0
      || sqlite3_stricmp(zName, "migrate_log")==0
      || sqlite3_stricmp(zName, "migrate_settings")==0
      || (zVersionTable && sqlite3_stricmp(zName, zVersionTable)==0);
}

static int schemaCmpStr(const void *a, const void *b){
  return strcmp(*(char*const*)a, *(char*const*)b);
}

/* Append name z upper-cased (ASCII) in double quotes. */
static void schemaAppendUpper(MigrateBuf *b, const char *z){
  migrateBufChar(b, '"');
  for(; *z; z++){
    char c = *z;
    if( c>='a' && c<='z' ) c -= 'a'-'A';
    if( c=='"' ) migrateBufChar(b, '"');
    migrateBufChar(b, c);
  }
  migrateBufChar(b, '"');
}

/* Append the canonical text of a foreign key (names upper-cased, as
** SQLite compares them). */
static void schemaAppendFkKey(MigrateBuf *b, const SchemaFk *f){
  int k;
  for(k=0; k<f->nFrom; k++){
    if( k ) migrateBufChar(b, ',');
    schemaAppendUpper(b, f->azFrom[k]);
  }
  migrateBufAppend(b, " REFERENCES ", 12);
  schemaAppendUpper(b, f->zTable);
  migrateBufChar(b, '(');
  for(k=0; k<f->nTo; k++){
    if( k ) migrateBufChar(b, ',');
    schemaAppendUpper(b, f->azTo[k]);
  }
  migrateBufAppend(b, ") ON DELETE ", 12);
  migrateBufAppend(b, f->zOnDelete, -1);
  migrateBufAppend(b, " ON UPDATE ", 11);
  migrateBufAppend(b, f->zOnUpdate, -1);
  if( f->bDeferred ) migrateBufAppend(b, " DEFERRED", 9);
}

/* The comparison key of foreign key f, as new text. */
char *migrateFkKey(const SchemaFk *f){
  MigrateBuf b;
  migrateBufInit(&b);
  schemaAppendFkKey(&b, f);
  return migrateBufFinish(&b);
}

/* Add the text of b, as a line of the table's signature, to pLines. */
static int schemaAddLine(MigrateBuf *pLines, int **paOff, int *pn,
                         MigrateBuf *b){
  int *aNew = migrateGrow(*paOff, *pn, sizeof(int));
  if( aNew==0 || b->bNoMem ){
    if( aNew ) *paOff = aNew;
    migrateBufClear(b);
    return SQLITE_NOMEM;
  }
  *paOff = aNew;
  aNew[(*pn)++] = pLines->n;
  migrateBufAppend(pLines, b->z, b->n);
  migrateBufChar(pLines, 0);
  migrateBufClear(b);
  return pLines->bNoMem ? SQLITE_NOMEM : SQLITE_OK;
}

/* Append integer v to b. */
static void schemaAppendInt(MigrateBuf *b, int v){
  char a[12];
  int i = sizeof(a);
  unsigned u = v<0 ? 0u-(unsigned)v : (unsigned)v;
  do{ a[--i] = (char)('0' + u%10); u /= 10; }while( u );
  if( v<0 ) a[--i] = '-';
  migrateBufAppend(b, &a[i], (int)sizeof(a)-i);
}

/*
** The signature of each column (c->zKey) and of the whole table (t->zKey):
** a line per column, CHECK, UNIQUE and foreign key, sorted, under a line
** of the table's options.
*/
static int schemaTableKeys(MigrateSchema *pS, SchemaTable *t){
  MigrateBuf b, lines;
  int *aOff = 0;
  int n = 0, k, rc = SQLITE_OK;
  MigrateCols cols, none;
  cols.xHas = schemaHasCol; cols.pCtx = t;
  none.xHas = schemaNoCol; none.pCtx = 0;
  migrateBufInit(&b);
  migrateBufInit(&lines);
  for(k=0; k<t->nCol && rc==SQLITE_OK; k++){
    SchemaCol *c = &t->aCol[k];
    migrateCanonAppend(&b, c->zType, -1);
    if( c->bNotNull ) migrateBufAppend(&b, " NOT NULL", 9);
    if( c->zDefault ){
      /* DEFAULT NULL is no default */
      int iDef = b.n, iVal;
      migrateBufAppend(&b, " DEFAULT ", 9);
      iVal = b.n;
      migrateCanonExprAppend(&b, c->zDefault, -1, &none);
      schemaCanonNumberAt(&b, iVal);
      if( !b.bNoMem && b.n-iVal==4 && memcmp(&b.z[iVal], "NULL", 4)==0 ){
        b.n = iDef;
      }
    }
    migrateBufAppend(&b, " PK", 3);
    schemaAppendInt(&b, c->iPk);
    if( c->bPkDesc ) migrateBufAppend(&b, " DESC", 5);
    migrateBufAppend(&b, " GEN", 4);
    schemaAppendInt(&b, c->eGen);
    migrateBufChar(&b, ' ');
    if( c->zGen ) migrateCanonExprAppend(&b, c->zGen, -1, &cols);
    if( c->zCollate && sqlite3_stricmp(c->zCollate, "BINARY")!=0 ){
      /* COLLATE BINARY is no collation */
      const char *z;
      migrateBufAppend(&b, " COLLATE ", 9);
      for(z=c->zCollate; *z; z++){
        migrateBufChar(&b, (*z>='a' && *z<='z') ? *z-('a'-'A') : *z);
      }
    }
    c->zKey = schemaBufFinish(pS, &b);
    if( c->zKey==0 ){
      rc = SQLITE_NOMEM;
    }else{
      migrateBufAppend(&b, "C ", 2);
      schemaAppendUpper(&b, c->zName);
      migrateBufChar(&b, ' ');
      migrateBufAppend(&b, c->zKey, -1);
      rc = schemaAddLine(&lines, &aOff, &n, &b);
    }
  }
  for(k=0; k<t->nCheck && rc==SQLITE_OK; k++){
    migrateBufAppend(&b, "K ", 2);
    if( t->azCheckName[k] ) migrateBufAppend(&b, t->azCheckName[k], -1);
    migrateBufChar(&b, ' ');
    migrateCanonExprAppend(&b, t->azCheckExpr[k], -1, &cols);
    rc = schemaAddLine(&lines, &aOff, &n, &b);
  }
  for(k=0; k<t->nUnique && rc==SQLITE_OK; k++){
    migrateBufAppend(&b, "U ", 2);
    migrateBufAppend(&b, t->azUnique[k], -1);
    rc = schemaAddLine(&lines, &aOff, &n, &b);
  }
  for(k=0; k<t->nFk && rc==SQLITE_OK; k++){
    migrateBufAppend(&b, "F ", 2);
    schemaAppendFkKey(&b, &t->aFk[k]);
    rc = schemaAddLine(&lines, &aOff, &n, &b);
  }
  if( rc==SQLITE_OK ){
    const char **az = sqlite3_malloc64(sizeof(char*)*(n+1));
    if( az==0 ){
      rc = SQLITE_NOMEM;
    }else{
      for(k=0; k<n; k++) az[k] = &lines.z[aOff[k]];
      qsort(az, n, sizeof(char*), schemaCmpStr);
      migrateBufAppend(&b, "WR", 2);
      schemaAppendInt(&b, t->bWithoutRowid);
      migrateBufAppend(&b, " STRICT", 7);
      schemaAppendInt(&b, t->bStrict);
      migrateBufAppend(&b, " AI", 3);
      schemaAppendInt(&b, t->bAutoinc);
      for(k=0; k<n; k++){
        migrateBufChar(&b, '\n');
        migrateBufAppend(&b, az[k], -1);
      }
      sqlite3_free(az);
      t->zKey = schemaBufFinish(pS, &b);
      if( t->zKey==0 ) rc = SQLITE_NOMEM;
    }
  }
  migrateBufClear(&b);
  migrateBufClear(&lines);
  sqlite3_free(aOff);
  return rc;
}

/* sqlite3_prepare_v2(), SQLite's message in *pzErr if it fails. */
static int schemaPrepErr(sqlite3 *db, const char *zSql, sqlite3_stmt **pp,
                         char **pzErr){
  int rc = sqlite3_prepare_v2(db, zSql, -1, pp, 0);
  if( rc!=SQLITE_OK && rc!=SQLITE_NOMEM ){
    *pzErr = sqlite3_mprintf("%s", sqlite3_errmsg(db));
  }
  return rc;
}

/* An empty schema. */
MigrateSchema *migrateSchemaNew(void){
  MigrateSchema *p = sqlite3_malloc64(sizeof(*p));
  if( p ) memset(p, 0, sizeof(*p));
  return p;
}

/*
** Add table zName, created by zSql (as sqlite_schema keeps it), to p.
** The caller runs migrateSchemaIndex() and migrateSchemaResolveFks() once
** every table is in.
*/
int migrateSchemaAddTable(MigrateSchema *p, const char *zName,
                          const char *zSql){
  SchemaTable *t, *aNew;
  int rc;
  aNew = migrateGrow(p->aTab, p->nTab, sizeof(SchemaTable));
  if( aNew==0 ) return SQLITE_NOMEM;
  p->aTab = aNew;
  t = &p->aTab[p->nTab++];
  memset(t, 0, sizeof(*t));
  t->zName = schemaStrdup(p, zName);
  t->zSql = schemaStrdup(p, zSql);
  if( t->zName==0 || t->zSql==0 ) return SQLITE_NOMEM;
  rc = schemaParseTable(p, t);
  if( rc==SQLITE_OK ) rc = schemaTableKeys(p, t);
  return rc;
}

/* Add the index, view or trigger zName of table zTbl to p. */
int migrateSchemaAddObj(MigrateSchema *p, int eType, const char *zName,
                        const char *zTbl, const char *zSql){
  SchemaObj *o, *aNew;
  char *zKey;
  aNew = migrateGrow(p->aObj, p->nObj, sizeof(SchemaObj));
  if( aNew==0 ) return SQLITE_NOMEM;
  p->aObj = aNew;
  o = &p->aObj[p->nObj++];
  memset(o, 0, sizeof(*o));
  o->eType = eType;
  o->zName = schemaStrdup(p, zName);
  o->zTable = schemaStrdup(p, zTbl);
  o->zSql = schemaStrdup(p, zSql);
  zKey = migrateObjKey(zSql, eType, 0);
  o->zKey = zKey ? schemaStrdup(p, zKey) : 0;
  sqlite3_free(zKey);
  if( o->zName==0 || o->zTable==0 || o->zSql==0 || o->zKey==0 ){
    return SQLITE_NOMEM;
  }
  return SQLITE_OK;
}

/* Is z in the sorted list az (n names)? */
static int schemaSortedHas(char **az, int n, const char *z){
  int lo = 0, hi = n-1;
  while( lo<=hi ){
    int mid = (lo+hi)/2;
    int c = strcmp(az[mid], z);
    if( c==0 ) return 1;
    if( c<0 ) lo = mid+1; else hi = mid-1;
  }
  return 0;
}

/*
** Read the schema of db's main database from sqlite_schema.  Tables named
** zVersionTable or migrate_log, SQLite's internal tables and the shadow
** tables of virtual tables are left out, with their indexes and triggers.
** A virtual table is one object (SCHEMA_VTAB), its CREATE VIRTUAL TABLE.
*/
int migrateSchemaRead(sqlite3 *db, const char *zVersionTable,
                      MigrateSchema **pp, char **pzErr){
  MigrateSchema *p = migrateSchemaNew();
  sqlite3_stmt *pStmt = 0;
  char **azVirtual = 0, **azShadow = 0;    /* sorted names */
  int nVirtual = 0, nShadow = 0, rc;
  MigrateTxn t;
  *pp = 0;
  if( p==0 ) return SQLITE_NOMEM;
  /* one read transaction for both statements */
  rc = migrateReadBegin(db, &t);
  if( rc==SQLITE_OK ) rc = schemaPrepErr(db, "SELECT name, type FROM "
               "pragma_table_list WHERE schema='main' AND type IN "
               "('virtual','shadow') ORDER BY name COLLATE BINARY",
               &pStmt, pzErr);
  while( rc==SQLITE_OK && sqlite3_step(pStmt)==SQLITE_ROW ){
    const char *zN = (const char*)sqlite3_column_text(pStmt, 0);
    const char *zT = (const char*)sqlite3_column_text(pStmt, 1);
    if( zN==0 || zT==0 ) continue;
    if( zT[0]=='v' ) rc = schemaListAddHeap(&azVirtual, &nVirtual, migrateStrdup(zN));
    else rc = schemaListAddHeap(&azShadow, &nShadow, migrateStrdup(zN));
  }
  if( rc==SQLITE_OK ) rc = sqlite3_finalize(pStmt);
  else sqlite3_finalize(pStmt);
  pStmt = 0;
  if( rc==SQLITE_OK ){
    rc = schemaPrepErr(db, "SELECT type, name, tbl_name, sql FROM "
                 "main.sqlite_schema ORDER BY rowid", &pStmt, pzErr);
  }
  while( rc==SQLITE_OK && sqlite3_step(pStmt)==SQLITE_ROW ){
    const char *zType = (const char*)sqlite3_column_text(pStmt, 0);
    const char *zName = (const char*)sqlite3_column_text(pStmt, 1);
    const char *zTbl = (const char*)sqlite3_column_text(pStmt, 2);
    const char *zSql = (const char*)sqlite3_column_text(pStmt, 3);
    if( zSql==0 || zName==0 || zTbl==0 || zType==0 ) continue;
    if( migrateSchemaSkip(zTbl, zVersionTable) ) continue;
    if( schemaSortedHas(azShadow, nShadow, zTbl) ) continue;
    if( schemaSortedHas(azVirtual, nVirtual, zTbl) ){
      if( strcmp(zType, "table")==0 ){
        rc = migrateSchemaAddObj(p, SCHEMA_VTAB, zName, zTbl, zSql);
      }
    }else if( strcmp(zType, "table")==0 ){
      rc = migrateSchemaAddTable(p, zName, zSql);
    }else{
      rc = migrateSchemaAddObj(p, zType[0]=='i' ? SCHEMA_INDEX :
                               zType[0]=='v' ? SCHEMA_VIEW : SCHEMA_TRIGGER,
                               zName, zTbl, zSql);
    }
  }
  if( rc==SQLITE_OK ) rc = sqlite3_finalize(pStmt);
  else sqlite3_finalize(pStmt);
  migrateFreeList(azVirtual, nVirtual);
  migrateFreeList(azShadow, nShadow);
  migrateReadEnd(&t);
  if( rc==SQLITE_OK ) rc = migrateSchemaIndex(p);
  if( rc==SQLITE_OK ) rc = migrateSchemaResolveFks(p);
  if( rc!=SQLITE_OK ){
    if( rc!=SQLITE_NOMEM && *pzErr==0 ){
      *pzErr = sqlite3_mprintf("%s", sqlite3_errmsg(db));
    }
    migrateSchemaFree(p);
    return rc;
  }
  *pp = p;
  return SQLITE_OK;
}

/*
** Parse a CREATE INDEX statement: UNIQUE, the key items (a column that is a
** single name is given unquoted, anything else as written), and the WHERE
** expression (NULL if none).
*/
int migrateParseIndex(const char *zSql, int *pbUnique, char ***paz, int *pn,
                      char **pzWhere){
  SchemaLex lex;
  SchemaLex *p = &lex;
  int rc = SQLITE_OK;
  *pbUnique = 0; *paz = 0; *pn = 0; *pzWhere = 0;
  memset(p, 0, sizeof(*p));
  p->z = zSql;
  schemaLexNext(p);
  while( p->e!=TK_END && !schemaLexPunct(p, '(') ){
    if( schemaLexIs(p, "UNIQUE") ) *pbUnique = 1;
    schemaLexNext(p);
  }
  if( p->e==TK_END ) return SQLITE_OK;
  schemaLexNext(p);
  while( rc==SQLITE_OK && p->e!=TK_END && !schemaLexPunct(p, ')') ){
    int iStart = p->i, iEnd, nTok = 0, eFirst = p->e;
    char *zItem;
    while( p->e!=TK_END && !schemaLexPunct(p, ',') && !schemaLexPunct(p, ')') ){
      nTok++;
      if( schemaLexPunct(p, '(') ){
        schemaLexSkipGroup(p);
        nTok++;
      }else{
        schemaLexNext(p);
      }
      iEnd = p->i;
    }
    iEnd = p->i;
    while( iEnd>iStart && migrateIsSpace(zSql[iEnd-1]) ) iEnd--;
    if( nTok==1 && (eFirst==TK_ID || eFirst==TK_WORD) ){
      SchemaLex one;
      memset(&one, 0, sizeof(one));
      one.z = &zSql[iStart];
      schemaLexNext(&one);
      zItem = schemaLexName(&one);
    }else{
      zItem = migrateStrndup(&zSql[iStart], iEnd-iStart);
    }
    rc = schemaListAddHeap(paz, pn, zItem);
    if( schemaLexPunct(p, ',') ) schemaLexNext(p);
  }
  if( schemaLexPunct(p, ')') ) schemaLexNext(p);
  if( rc==SQLITE_OK && schemaLexIs(p, "WHERE") ){
    const char *zW;
    size_t n;
    schemaLexNext(p);
    zW = &zSql[p->i];
    n = strlen(zW);
    while( n>0 && (zW[n-1]==' ' || zW[n-1]=='\n' || zW[n-1]==';') ) n--;
    *pzWhere = migrateStrndup(zW, (int)n);
    if( *pzWhere==0 ) rc = SQLITE_NOMEM;
  }
  if( rc ){
    migrateFreeList(*paz, *pn);
    *paz = 0; *pn = 0;
  }
  return rc;
}

/*
** A foreign key written without parent columns refers to the parent's
** primary key: spell those columns out (for comparison only; JSON output
** still leaves them out), so that REFERENCES p and REFERENCES p(id) are the
** same when id is p's key.  The parent must be in the same schema.
*/
int migrateSchemaResolveFks(MigrateSchema *p){
  int i, k, rc = SQLITE_OK;
  for(i=0; rc==SQLITE_OK && i<p->nTab; i++){
    SchemaTable *t = &p->aTab[i];
    int bChanged = 0;
    for(k=0; rc==SQLITE_OK && k<t->nFk; k++){
      SchemaFk *f = &t->aFk[k];
      int iPar, j, n;
      SchemaTable *pPar;
      if( f->nTo>0 ) continue;
      iPar = migrateSchemaTable(p, f->zTable);
      if( iPar<0 ) continue;
      pPar = &p->aTab[iPar];
      for(n=1; ; n++){
        for(j=0; j<pPar->nCol && pPar->aCol[j].iPk!=n; j++){}
        if( j>=pPar->nCol ) break;
        rc = schemaListAdd(&f->azTo, &f->nTo, schemaStrdup(p, pPar->aCol[j].zName));
        if( rc ) break;
      }
      if( f->nTo>0 ){ f->bImplicitTo = 1; bChanged = 1; }
    }
    if( rc==SQLITE_OK && bChanged ) rc = schemaTableKeys(p, t);
  }
  return rc;
}

static void schemaJsonNameList(sqlite3_str *s, char **az, int n){
  int k;
  sqlite3_str_appendchar(s, 1, '[');
  for(k=0; k<n; k++){
    if( k ) sqlite3_str_appendall(s, ", ");
    migrateJsonString(s, az[k]);
  }
  sqlite3_str_appendchar(s, 1, ']');
}

/* Member zKey (with a comma before it) and the JSON string z. */
static void schemaJsonMember(sqlite3_str *s, const char *zKey, const char *z){
  sqlite3_str_appendf(s, ", \"%s\": ", zKey);
  migrateJsonString(s, z);
}

/* The columns of table t; nPk is the size of its primary key. */
static void schemaJsonColumns(sqlite3_str *s, SchemaTable *t, int nPk){
  int k;
  sqlite3_str_appendall(s, ",\n   \"columns\": [");
  for(k=0; k<t->nCol; k++){
    SchemaCol *c = &t->aCol[k];
    sqlite3_str_appendf(s, "%s\n     {\"name\": ", k ? "," : "");
    migrateJsonString(s, c->zName);
    if( c->zType[0] ) schemaJsonMember(s, "type", c->zType);
    if( c->iPk && nPk==1 ){
      sqlite3_str_appendall(s, ", \"primary_key\": true");
      if( c->bPkDesc ) sqlite3_str_appendall(s, ", \"primary_key_desc\": true");
      if( t->bAutoinc ) sqlite3_str_appendall(s, ", \"autoincrement\": true");
    }
    if( c->bNotNull ) sqlite3_str_appendall(s, ", \"nullable\": false");
    if( c->zDefault ) schemaJsonMember(s, "default", c->zDefault);
    if( c->zCollate ) schemaJsonMember(s, "collate", c->zCollate);
    if( c->eGen ){
      schemaJsonMember(s, "generated", c->zGen ? c->zGen : "");
      if( c->eGen==3 ) sqlite3_str_appendall(s, ", \"stored\": true");
    }
    sqlite3_str_appendchar(s, 1, '}');
  }
  sqlite3_str_appendall(s, "]");
}

/* A primary key of several columns, and the UNIQUE constraints. */
static void schemaJsonKeys(sqlite3_str *s, SchemaTable *t, int nPk){
  int j, k, nOut = 0;
  if( nPk>1 ){
    sqlite3_str_appendall(s, ",\n   \"primary_key\": [");
    for(j=1; j<=nPk; j++){
      for(k=0; k<t->nCol; k++){
        if( t->aCol[k].iPk!=j ) continue;
        if( nOut++ ) sqlite3_str_appendall(s, ", ");
        migrateJsonString(s, t->aCol[k].zName);
      }
    }
    sqlite3_str_appendchar(s, 1, ']');
  }
  if( t->nUnique==0 ) return;
  sqlite3_str_appendall(s, ",\n   \"unique\": [");
  for(k=0; k<t->nUnique; k++){
    /* azUnique holds "\"A\",\"B\"": the real names come from columns */
    char **az = 0;
    int n = 0;
    migrateSplitList(t->azUnique[k], &az, &n);
    sqlite3_str_appendf(s, "%s[", k ? ", " : "");
    for(j=0; j<n; j++){
      SchemaCol *c;
      char *zN = az[j];
      size_t m = strlen(zN);
      if( m>=2 && zN[0]=='"' ){ zN[m-1] = 0; zN++; }
      c = migrateSchemaColumn(t, zN);
      if( j ) sqlite3_str_appendall(s, ", ");
      migrateJsonString(s, c ? c->zName : zN);
    }
    sqlite3_str_appendchar(s, 1, ']');
    migrateFreeList(az, n);
  }
  sqlite3_str_appendchar(s, 1, ']');
}

/* The CHECK constraints and the foreign keys of table t. */
static void schemaJsonChecks(sqlite3_str *s, SchemaTable *t){
  int k;
  if( t->nCheck ){
    sqlite3_str_appendall(s, ",\n   \"checks\": [");
    for(k=0; k<t->nCheck; k++){
      if( k ) sqlite3_str_appendall(s, ", ");
      if( t->azCheckName[k] ){
        sqlite3_str_appendall(s, "{\"name\": ");
        migrateJsonString(s, t->azCheckName[k]);
        schemaJsonMember(s, "expr", t->azCheckExpr[k]);
        sqlite3_str_appendchar(s, 1, '}');
      }else{
        migrateJsonString(s, t->azCheckExpr[k]);
      }
    }
    sqlite3_str_appendchar(s, 1, ']');
  }
  if( t->nFk==0 ) return;
  sqlite3_str_appendall(s, ",\n   \"foreign_keys\": [");
  for(k=0; k<t->nFk; k++){
    SchemaFk *f = &t->aFk[k];
    sqlite3_str_appendf(s, "%s\n     {\"columns\": ", k ? "," : "");
    schemaJsonNameList(s, f->azFrom, f->nFrom);
    schemaJsonMember(s, "ref_table", f->zTable);
    if( f->nTo && !f->bImplicitTo ){
      sqlite3_str_appendall(s, ", \"ref_columns\": ");
      schemaJsonNameList(s, f->azTo, f->nTo);
    }
    if( strcmp(f->zOnDelete, "NO ACTION")!=0 ){
      sqlite3_str_appendf(s, ", \"on_delete\": \"%s\"", f->zOnDelete);
    }
    if( strcmp(f->zOnUpdate, "NO ACTION")!=0 ){
      sqlite3_str_appendf(s, ", \"on_update\": \"%s\"", f->zOnUpdate);
    }
    if( f->bDeferred ) sqlite3_str_appendall(s, ", \"deferrable\": true");
    sqlite3_str_appendchar(s, 1, '}');
  }
  sqlite3_str_appendchar(s, 1, ']');
}

/* The explicit indexes of table i of p. */
static int schemaJsonIndexes(sqlite3_str *s, MigrateSchema *p, int i){
  int k, nOut = 0;
  for(k=p->aTabObjStart[i]; k<p->aTabObjStart[i+1]; k++){
    SchemaObj *o = &p->aObj[p->aTabObj[k]];
    int bUnique = 0, nItem = 0;
    char **azItem = 0;
    char *zWhere = 0;
    if( o->eType!=SCHEMA_INDEX ) continue;
    if( migrateParseIndex(o->zSql, &bUnique, &azItem, &nItem, &zWhere) ){
      return SQLITE_NOMEM;
    }
    sqlite3_str_appendall(s, nOut++ ? ",\n     "
                                    : ",\n   \"indexes\": [\n     ");
    sqlite3_str_appendall(s, "{\"name\": ");
    migrateJsonString(s, o->zName);
    sqlite3_str_appendall(s, ", \"columns\": ");
    schemaJsonNameList(s, azItem, nItem);
    if( bUnique ) sqlite3_str_appendall(s, ", \"unique\": true");
    if( zWhere ) schemaJsonMember(s, "where", zWhere);
    sqlite3_str_appendchar(s, 1, '}');
    migrateFreeList(azItem, nItem);
    sqlite3_free(zWhere);
  }
  if( nOut ) sqlite3_str_appendchar(s, 1, ']');
  return SQLITE_OK;
}

/* The objects of type eType, under zKey, as {name, sql}. */
static void schemaJsonObjects(sqlite3_str *s, MigrateSchema *p, int eType,
                              const char *zKey){
  int j, nOut = 0;
  for(j=0; j<p->nObj; j++){
    SchemaObj *o = &p->aObj[j];
    if( o->eType!=eType ) continue;
    if( nOut++==0 ) sqlite3_str_appendf(s, ",\n \"%s\": [", zKey);
    else sqlite3_str_appendchar(s, 1, ',');
    sqlite3_str_appendall(s, "\n  {\"name\": ");
    migrateJsonString(s, o->zName);
    schemaJsonMember(s, "sql", o->zSql);
    sqlite3_str_appendchar(s, 1, '}');
  }
  if( nOut ) sqlite3_str_appendchar(s, 1, ']');
}

/*
** The schema as model JSON (see docs/model.md): every table with its
** columns, constraints and indexes, then the virtual tables, the views
** and the triggers, as their CREATE statements.
*/
char *migrateSchemaJson(MigrateSchema *p){
  sqlite3_str *s = sqlite3_str_new(0);
  int i, k;
  sqlite3_str_appendall(s, "{\"tables\": [");
  for(i=0; i<p->nTab; i++){
    SchemaTable *t = &p->aTab[i];
    int nPk = 0;
    for(k=0; k<t->nCol; k++) if( t->aCol[k].iPk ) nPk++;
    sqlite3_str_appendf(s, "%s\n  {\"name\": ", i ? "," : "");
    migrateJsonString(s, t->zName);
    schemaJsonColumns(s, t, nPk);
    schemaJsonKeys(s, t, nPk);
    schemaJsonChecks(s, t);
    if( schemaJsonIndexes(s, p, i) ){
      sqlite3_free(migrateStrFinish(s));
      return 0;
    }
    if( t->bWithoutRowid ){
      sqlite3_str_appendall(s, ",\n   \"without_rowid\": true");
    }
    if( t->bStrict ) sqlite3_str_appendall(s, ",\n   \"strict\": true");
    sqlite3_str_appendchar(s, 1, '}');
  }
  sqlite3_str_appendall(s, "]");
  schemaJsonObjects(s, p, SCHEMA_VTAB, "virtual_tables");
  schemaJsonObjects(s, p, SCHEMA_VIEW, "views");
  schemaJsonObjects(s, p, SCHEMA_TRIGGER, "triggers");
  sqlite3_str_appendall(s, "}");
  return migrateStrFinish(s);
}
