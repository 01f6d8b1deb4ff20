/*
** model.c - models: the schema a user wants, as JSON or as SQL DDL, loaded
** into a scratch in-memory database so that schema.c reads it exactly as
** it reads the live database.
**
** A model that starts with "{" is JSON (every key is in docs/model.md);
** anything else is DDL: CREATE TABLE, INDEX, VIEW and TRIGGER statements
** only.  A JSON model is checked key by key and rendered to DDL; an error
** names the place, as in "tables[2].columns[0].nulable".  Renames
** (renamed_from on tables and columns) exist only in JSON and are kept
** beside the scratch database for diff.c.
**
** JSON is read with SQLite's json_tree() on the scratch connection, into
** an array of nodes in document order.
*/
#include "migrate.h"
#include <string.h>
#include <stdlib.h>

/* One node of the JSON document. */
typedef struct JNode JNode;
struct JNode {
  sqlite3_int64 id;          /* json_tree id */
  int iParent;               /* index of the parent node, -1 for the root */
  char *zKey;                /* member name in an object, or NULL */
  int iIdx;                  /* index in an array (when zKey is NULL) */
  const char *zType;         /* null, true, false, integer, real, text, ... */
  char *zAtom;               /* the value, as text, of a scalar */
  char *zPath;               /* "tables[2].columns[0].name", made on demand */
  int iFirst, iNext;         /* first child, next sibling (-1: none) */
};

typedef struct JDoc JDoc;
struct JDoc {
  JNode *a; int n;
};

static void jdocFree(JDoc *p){
  int i;
  for(i=0; i<p->n; i++){
    sqlite3_free(p->a[i].zKey);
    sqlite3_free(p->a[i].zAtom);
    sqlite3_free(p->a[i].zPath);
  }
  sqlite3_free(p->a);
  memset(p, 0, sizeof(*p));
}

static int findNode(JDoc *p, sqlite3_int64 id){
  int lo = 0, hi = p->n-1;
  while( lo<=hi ){
    int mid = (lo+hi)/2;
    if( p->a[mid].id==id ) return mid;
    if( p->a[mid].id<id ) lo = mid+1; else hi = mid-1;
  }
  return -1;
}

/* Read the JSON text z into p, with db's json_tree(). */
static int jdocLoad(sqlite3 *db, const char *z, JDoc *p, char **pzErr){
  sqlite3_stmt *pStmt = 0;
  int rc, nAlloc = 0, i;
  int *aLast = 0;
  memset(p, 0, sizeof(*p));
  rc = sqlite3_prepare_v2(db, "SELECT json_valid(?1)", -1, &pStmt, 0);
  if( rc==SQLITE_OK ){
    sqlite3_bind_text(pStmt, 1, z, -1, SQLITE_STATIC);
    if( sqlite3_step(pStmt)==SQLITE_ROW && sqlite3_column_int(pStmt, 0)==0 ){
      *pzErr = migrateMprintf("the model is not valid JSON");
      rc = SQLITE_ERROR;
    }
    if( rc==SQLITE_OK ) rc = sqlite3_finalize(pStmt);
    else sqlite3_finalize(pStmt);
  }
  if( rc ) return rc;
  rc = sqlite3_prepare_v2(db, "SELECT id, parent, key, type, CASE WHEN "
      "type IN ('array','object') THEN NULL ELSE CAST(atom AS TEXT) END "
      "FROM json_tree(?1) ORDER BY id", -1, &pStmt, 0);
  if( rc==SQLITE_OK ) sqlite3_bind_text(pStmt, 1, z, -1, SQLITE_STATIC);
  while( rc==SQLITE_OK && sqlite3_step(pStmt)==SQLITE_ROW ){
    static const char *azType[] = {
      "null", "true", "false", "integer", "real", "text", "array", "object"
    };
    const char *zType = (const char*)sqlite3_column_text(pStmt, 3);
    JNode *q;
    int k;
    if( p->n>=nAlloc ){
      JNode *aNew;
      nAlloc = nAlloc ? nAlloc*2 : 64;
      aNew = sqlite3_realloc64(p->a, sizeof(JNode)*nAlloc);
      if( aNew==0 ){ rc = SQLITE_NOMEM; break; }
      p->a = aNew;
    }
    q = &p->a[p->n++];
    memset(q, 0, sizeof(*q));
    q->id = sqlite3_column_int64(pStmt, 0);
    q->iParent = sqlite3_column_type(pStmt, 1)==SQLITE_NULL ? -1 :
                 findNode(p, sqlite3_column_int64(pStmt, 1));
    q->iFirst = q->iNext = -1;
    if( sqlite3_column_type(pStmt, 2)==SQLITE_TEXT ){
      q->zKey = sqlite3_mprintf("%s", sqlite3_column_text(pStmt, 2));
      if( q->zKey==0 ) rc = SQLITE_NOMEM;
    }else{
      q->iIdx = sqlite3_column_int(pStmt, 2);
    }
    q->zType = azType[0];
    for(k=0; zType && k<8; k++){
      if( strcmp(zType, azType[k])==0 ){ q->zType = azType[k]; break; }
    }
    if( sqlite3_column_type(pStmt, 4)!=SQLITE_NULL ){
      q->zAtom = sqlite3_mprintf("%s", sqlite3_column_text(pStmt, 4));
      if( q->zAtom==0 ) rc = SQLITE_NOMEM;
    }
  }
  if( rc==SQLITE_OK ) rc = sqlite3_finalize(pStmt);
  else sqlite3_finalize(pStmt);
  if( rc==SQLITE_OK ){
    aLast = sqlite3_malloc64(sizeof(int)*(p->n+1));
    if( aLast==0 ) rc = SQLITE_NOMEM;
  }
  if( rc==SQLITE_OK ){
    for(i=0; i<p->n; i++) aLast[i] = -1;
    for(i=0; i<p->n; i++){
      int par = p->a[i].iParent;
      if( par<0 ) continue;
      if( aLast[par]<0 ) p->a[par].iFirst = i;
      else p->a[aLast[par]].iNext = i;
      aLast[par] = i;
    }
  }
  sqlite3_free(aLast);
  if( rc ){
    if( rc!=SQLITE_NOMEM && *pzErr==0 ){
      *pzErr = migrateMprintf("%s", sqlite3_errmsg(db));
    }
    jdocFree(p);
  }
  return rc;
}

/* The path of node i for messages: "the model" for the root. */
static const char *jpath(JDoc *p, int i){
  JNode *q = &p->a[i];
  if( q->iParent<0 ) return "the model";
  if( q->zPath==0 ){
    const char *zPar = p->a[q->iParent].iParent<0 ? "" : jpath(p, q->iParent);
    q->zPath = q->zKey ? sqlite3_mprintf("%s%s%s", zPar, zPar[0] ? "." : "",
                                         q->zKey)
                       : sqlite3_mprintf("%s[%d]", zPar, q->iIdx);
  }
  return q->zPath ? q->zPath : "?";
}

/* The member zKey of object node i, or -1. */
static int jget(JDoc *p, int i, const char *zKey){
  int k;
  for(k=p->a[i].iFirst; k>=0; k=p->a[k].iNext){
    if( p->a[k].zKey && strcmp(p->a[k].zKey, zKey)==0 ) return k;
  }
  return -1;
}

static int jtype(JDoc *p, int i, const char *zType){
  return strcmp(p->a[i].zType, zType)==0;
}

/* Check that object node i has only the keys of azKey (NULL-terminated). */
static int jkeys(JDoc *p, int i, const char *const *azKey, char **pzErr){
  int k;
  if( !jtype(p, i, "object") ){
    *pzErr = migrateMprintf("%s must be an object", jpath(p, i));
    return SQLITE_ERROR;
  }
  for(k=p->a[i].iFirst; k>=0; k=p->a[k].iNext){
    int j;
    for(j=0; azKey[j]; j++) if( strcmp(azKey[j], p->a[k].zKey)==0 ) break;
    if( azKey[j]==0 ){
      sqlite3_str *s = sqlite3_str_new(0);
      for(j=0; azKey[j]; j++) sqlite3_str_appendf(s, "%s%s", j?", ":"", azKey[j]);
      *pzErr = migrateMprintf("unknown key %s (expected %z)", jpath(p, k),
                              migrateStrFinish(s));
      return SQLITE_ERROR;
    }
  }
  return SQLITE_OK;
}

/* The text of member zKey of object i: *pz is NULL if it is absent or
** null.  Any other type is an error; so is an absent bRequired member. */
static int jtext(JDoc *p, int i, const char *zKey, int bRequired,
                 const char **pz, char **pzErr){
  int k = jget(p, i, zKey);
  *pz = 0;
  if( k<0 || jtype(p, k, "null") ){
    if( bRequired ){
      *pzErr = migrateMprintf("%s has no \"%s\"", jpath(p, i), zKey);
      return SQLITE_ERROR;
    }
    return SQLITE_OK;
  }
  if( !jtype(p, k, "text") ){
    *pzErr = migrateMprintf("%s must be text", jpath(p, k));
    return SQLITE_ERROR;
  }
  if( bRequired && p->a[k].zAtom[0]==0 ){
    *pzErr = migrateMprintf("%s must not be empty", jpath(p, k));
    return SQLITE_ERROR;
  }
  *pz = p->a[k].zAtom;
  return SQLITE_OK;
}

/* A boolean member (absent: 0). */
static int jbool(JDoc *p, int i, const char *zKey, int *pb, char **pzErr){
  int k = jget(p, i, zKey);
  *pb = 0;
  if( k<0 || jtype(p, k, "null") ) return SQLITE_OK;
  if( jtype(p, k, "true") ){ *pb = 1; return SQLITE_OK; }
  if( jtype(p, k, "false") ) return SQLITE_OK;
  *pzErr = migrateMprintf("%s must be true or false", jpath(p, k));
  return SQLITE_ERROR;
}

/* An array member: its node, or -1 when absent. */
static int jarray(JDoc *p, int i, const char *zKey, int *pk, char **pzErr){
  int k = jget(p, i, zKey);
  *pk = -1;
  if( k<0 || jtype(p, k, "null") ) return SQLITE_OK;
  if( !jtype(p, k, "array") ){
    *pzErr = migrateMprintf("%s must be an array", jpath(p, k));
    return SQLITE_ERROR;
  }
  *pk = k;
  return SQLITE_OK;
}

/* Is zName the name of a column in the columns array node kCols? */
static int jhasColumn(JDoc *p, int kCols, const char *zName){
  int q;
  for(q=p->a[kCols].iFirst; q>=0; q=p->a[q].iNext){
    int kN = jget(p, q, "name");
    if( kN>=0 && p->a[kN].zAtom && sqlite3_stricmp(p->a[kN].zAtom, zName)==0 ){
      return 1;
    }
  }
  return 0;
}

/* Append the names of the text array node k, quoted, comma-separated.  If
** kCols>=0, each must be a column of that columns array (of table zTab). */
static int jnames(JDoc *p, int k, sqlite3_str *s, int *pn, int kCols,
                  const char *zTab, char **pzErr){
  int j, n = 0;
  if( !jtype(p, k, "array") ){
    *pzErr = migrateMprintf("%s must be an array of names", jpath(p, k));
    return SQLITE_ERROR;
  }
  for(j=p->a[k].iFirst; j>=0; j=p->a[j].iNext){
    if( !jtype(p, j, "text") || p->a[j].zAtom[0]==0 ){
      *pzErr = migrateMprintf("%s must be a name", jpath(p, j));
      return SQLITE_ERROR;
    }
    if( kCols>=0 && !jhasColumn(p, kCols, p->a[j].zAtom) ){
      *pzErr = migrateMprintf("%s: table %s has no column %s", jpath(p, j),
                              zTab, p->a[j].zAtom);
      return SQLITE_ERROR;
    }
    sqlite3_str_appendf(s, "%s\"%w\"", n++ ? ", " : "", p->a[j].zAtom);
  }
  if( n==0 ){
    *pzErr = migrateMprintf("%s must not be empty", jpath(p, k));
    return SQLITE_ERROR;
  }
  if( pn ) *pn = n;
  return SQLITE_OK;
}

/* Is the expression z a literal that DEFAULT takes without parentheses? */
static int isLiteral(const char *z){
  int e, n, nTok = 0;
  for(;;){
    n = migrateToken(z, &e);
    if( e==TK_END ) break;
    if( e!=TK_SPACE ){
      if( nTok==0 && e==TK_PUNCT && n==1 && (z[0]=='-' || z[0]=='+') ){
        z += n;
        continue;                    /* a sign, then a number */
      }
      nTok++;
      if( nTok>1 ) return 0;
      /* one word or quoted name is taken by DEFAULT as it is (NULL,
      ** CURRENT_TIMESTAMP, or a name read as a string); so is a literal */
      if( e!=TK_WORD && e!=TK_ID && e!=TK_STRING && e!=TK_NUMBER
       && e!=TK_BLOB ){
        return 0;
      }
    }
    z += n;
  }
  return nTok==1;
}

/*
** The scratch databases.  SQLite's CREATE TABLE costs time in proportion
** to the size of the schema it joins, so a model of many tables is spread
** over several in-memory databases of at most SCRATCH_TABLES tables each;
** an index or a trigger goes to the database of its table, views to the
** first.  schema.c reads each, and the results are joined in model order.
*/
#define SCRATCH_TABLES 64

typedef struct Scratch Scratch;
struct Scratch {
  sqlite3 **aDb; int nDb;
  int nLast;                     /* tables in the last database */
  char **azTab; int *aTabDb; int nTab;   /* table name -> database */
  int *aHash; int nHash;         /* index+1 into azTab, by lower-case name */
};

static void scratchClose(Scratch *p){
  int i;
  for(i=0; i<p->nDb; i++) sqlite3_close(p->aDb[i]);
  sqlite3_free(p->aDb);
  migrateFreeList(p->azTab, p->nTab);
  sqlite3_free(p->aTabDb);
  sqlite3_free(p->aHash);
  memset(p, 0, sizeof(*p));
}

static int scratchNew(Scratch *p){
  sqlite3 **aNew = sqlite3_realloc64(p->aDb, sizeof(sqlite3*)*(p->nDb+1));
  int rc;
  if( aNew==0 ) return SQLITE_NOMEM;
  p->aDb = aNew;
  aNew[p->nDb] = 0;
  rc = sqlite3_open_v2(":memory:", &aNew[p->nDb], SQLITE_OPEN_READWRITE
                       |SQLITE_OPEN_CREATE|SQLITE_OPEN_NOMUTEX, 0);
  if( rc==SQLITE_OK ){
    /* a schema holds no rows: small pages and no lookaside keep the many
    ** scratch databases of a large model cheap */
    sqlite3_db_config(aNew[p->nDb], SQLITE_DBCONFIG_LOOKASIDE, 0, 0, 0);
    rc = sqlite3_exec(aNew[p->nDb], "PRAGMA page_size=512", 0, 0, 0);
  }
  p->nDb++;
  p->nLast = 0;
  return rc;
}

/* The database that holds table zName, or -1. */
static int scratchFind(Scratch *p, const char *zName){
  unsigned h;
  if( p->nHash==0 ) return -1;
  h = migrateNameHash(zName) & (unsigned)(p->nHash-1);
  while( p->aHash[h] ){
    int i = p->aHash[h]-1;
    if( sqlite3_stricmp(p->azTab[i], zName)==0 ) return p->aTabDb[i];
    h = (h+1) & (unsigned)(p->nHash-1);
  }
  return -1;
}

/* The database for a new table zName. */
static int scratchForTable(Scratch *p, const char *zName, sqlite3 **ppDb){
  int rc = SQLITE_OK, i;
  if( p->nDb==0 || p->nLast>=SCRATCH_TABLES ) rc = scratchNew(p);
  if( rc ) return rc;
  if( (p->nTab+1)*2>p->nHash ){
    int nNew = p->nHash ? p->nHash*2 : 256;
    int *aNew = sqlite3_malloc64(sizeof(int)*nNew);
    if( aNew==0 ) return SQLITE_NOMEM;
    memset(aNew, 0, sizeof(int)*nNew);
    for(i=0; i<p->nTab; i++){
      unsigned h = migrateNameHash(p->azTab[i]) & (unsigned)(nNew-1);
      while( aNew[h] ) h = (h+1) & (unsigned)(nNew-1);
      aNew[h] = i+1;
    }
    sqlite3_free(p->aHash);
    p->aHash = aNew;
    p->nHash = nNew;
  }
  if( (p->nTab & (p->nTab-1))==0 ){
    int nAlloc = p->nTab ? p->nTab*2 : 16;
    char **az = sqlite3_realloc64(p->azTab, sizeof(char*)*nAlloc);
    int *a;
    if( az==0 ) return SQLITE_NOMEM;
    p->azTab = az;
    a = sqlite3_realloc64(p->aTabDb, sizeof(int)*nAlloc);
    if( a==0 ) return SQLITE_NOMEM;
    p->aTabDb = a;
  }
  p->azTab[p->nTab] = sqlite3_mprintf("%s", zName);
  if( p->azTab[p->nTab]==0 ) return SQLITE_NOMEM;
  p->aTabDb[p->nTab] = p->nDb-1;
  {
    unsigned h = migrateNameHash(zName) & (unsigned)(p->nHash-1);
    while( p->aHash[h] ) h = (h+1) & (unsigned)(p->nHash-1);
    p->aHash[h] = p->nTab+1;
  }
  p->nTab++;
  p->nLast++;
  *ppDb = p->aDb[p->nDb-1];
  return SQLITE_OK;
}

/* The database for an object of table zTable: the table's own, or the
** first one, where views are (a trigger on a view, a view). */
static int scratchFor(Scratch *p, const char *zTable, sqlite3 **ppDb){
  int i = zTable ? scratchFind(p, zTable) : 0;
  if( p->nDb==0 ){
    int rc = scratchNew(p);
    if( rc ) return rc;
  }
  if( i<0 ) i = 0;
  *ppDb = p->aDb[i];
  return SQLITE_OK;
}

/*
** What a CREATE statement makes: *peKind is 'T' (table), 'I' (index),
** 'R' (trigger), 'V' (view) or 0; *pzTable is the table it creates or
** belongs to (NULL for a view).
*/
static int ddlTarget(const char *zSql, int *peKind, char **pzTable){
  const char *z = zSql;
  int e, n, eKind = 0, bOn = 0, bName = 0;
  char *zLast = 0;
  *peKind = 0; *pzTable = 0;
  for(;;){
    n = migrateToken(z, &e);
    if( e==TK_END ) break;
    if( e==TK_WORD && eKind==0 ){
      if( n==5 && sqlite3_strnicmp(z, "TABLE", 5)==0 ) eKind = 'T';
      else if( n==5 && sqlite3_strnicmp(z, "INDEX", 5)==0 ) eKind = 'I';
      else if( n==7 && sqlite3_strnicmp(z, "TRIGGER", 7)==0 ) eKind = 'R';
      else if( n==4 && sqlite3_strnicmp(z, "VIEW", 4)==0 ){ eKind = 'V'; break; }
    }else if( eKind=='T' && (e==TK_WORD || e==TK_ID || e==TK_STRING) ){
      if( e==TK_WORD && ((n==2 && sqlite3_strnicmp(z, "IF", 2)==0)
          || (n==3 && sqlite3_strnicmp(z, "NOT", 3)==0)
          || (n==6 && sqlite3_strnicmp(z, "EXISTS", 6)==0)) ){
        z += n;
        continue;
      }
      sqlite3_free(zLast);
      zLast = sqlite3_mprintf("%.*s", n, z);
      bName = 1;
    }else if( eKind=='T' && bName && e==TK_PUNCT && z[0]=='.' ){
      bName = 0;                          /* schema.name: the name follows */
    }else if( eKind=='T' && bName ){
      break;
    }else if( (eKind=='I' || eKind=='R') && !bOn && e==TK_WORD && n==2
           && sqlite3_strnicmp(z, "ON", 2)==0 ){
      bOn = 1;
    }else if( bOn && (e==TK_WORD || e==TK_ID || e==TK_STRING) ){
      sqlite3_free(zLast);
      zLast = sqlite3_mprintf("%.*s", n, z);
      bName = 1;
    }else if( bOn && bName && e==TK_PUNCT && z[0]=='.' ){
      bName = 0;
    }else if( bOn && bName ){
      break;
    }
    z += n;
  }
  *peKind = eKind;
  if( zLast && eKind!='V' ){
    /* unquote */
    if( zLast[0]=='"' || zLast[0]=='[' || zLast[0]=='`' || zLast[0]=='\'' ){
      char q = zLast[0]=='[' ? ']' : zLast[0];
      int i, j = 0;
      for(i=1; zLast[i]; i++){
        if( zLast[i]==q ){
          if( q!=']' && zLast[i+1]==q ){ zLast[j++] = q; i++; continue; }
          break;
        }
        zLast[j++] = zLast[i];
      }
      zLast[j] = 0;
    }
    *pzTable = zLast;
    return SQLITE_OK;
  }
  sqlite3_free(zLast);
  return SQLITE_OK;
}

/*
** Run exactly one statement: text from a model (a column type, a default,
** a view) must not smuggle in a second one.  Errors come back as
** sqlite3_exec() gives them.
*/
static int execOne(sqlite3 *db, const char *zSql, char **pzErr){
  sqlite3_stmt *pStmt = 0;
  const char *zTail = 0;
  int rc = sqlite3_prepare_v2(db, zSql, -1, &pStmt, &zTail);
  *pzErr = 0;
  if( rc==SQLITE_OK && zTail && *migrateSkipSpace(zTail) ){
    sqlite3_finalize(pStmt);
    *pzErr = sqlite3_mprintf("the text holds more than one statement");
    return SQLITE_ERROR;
  }
  if( rc==SQLITE_OK && pStmt ){
    sqlite3_step(pStmt);
    rc = sqlite3_finalize(pStmt);
  }
  if( rc!=SQLITE_OK && rc!=SQLITE_NOMEM ){
    *pzErr = sqlite3_mprintf("%s", sqlite3_errmsg(db));
  }
  return rc;
}

/*
** Is z one piece of a column definition: parentheses balanced and no comma
** outside them?  Model text (a type, a default, a CHECK, a generated
** expression, an index WHERE) is pasted into DDL, and must not close the
** clause it stands in and start another (a column the model never named).
*/
static int onePiece(const char *z){
  int depth = 0, e, n;
  for(; *z; z+=n){
    n = migrateToken(z, &e);
    if( n==0 ) break;
    if( e!=TK_PUNCT ) continue;
    if( z[0]=='(' ) depth++;
    else if( z[0]==')' && --depth<0 ) return 0;
    else if( (z[0]==',' || z[0]==';') && depth==0 ) return 0;
  }
  return depth==0;
}

/* The error for model text that is not onePiece(). */
static int notOnePiece(JDoc *p, int i, const char *zKey, char **pzErr){
  *pzErr = migrateMprintf("%s.%s must be one %s: unbalanced parentheses, or a "
      "comma outside them", jpath(p, i), zKey,
      strcmp(zKey, "type")==0 ? "type name" : "expression");
  return SQLITE_ERROR;
}

/* Rename records: table (zOld -> zNew), and column (table zTab). */
static int addRename(MigrateModel *pM, const char *zTab, const char *zOld,
                     const char *zNew){
  MigrateRename *aNew = sqlite3_realloc64(pM->aRen,
                                          sizeof(MigrateRename)*(pM->nRen+1));
  MigrateRename *r;
  if( aNew==0 ) return SQLITE_NOMEM;
  pM->aRen = aNew;
  r = &aNew[pM->nRen++];
  r->zTab = zTab ? sqlite3_mprintf("%s", zTab) : 0;
  r->zOld = sqlite3_mprintf("%s", zOld);
  r->zNew = sqlite3_mprintf("%s", zNew);
  if( (zTab && r->zTab==0) || r->zOld==0 || r->zNew==0 ) return SQLITE_NOMEM;
  return SQLITE_OK;
}

static const char *const azTableKeys[] = {
  "name", "columns", "indexes", "foreign_keys", "checks", "primary_key",
  "unique", "without_rowid", "strict", "renamed_from", 0
};
static const char *const azColumnKeys[] = {
  "name", "type", "primary_key", "primary_key_desc", "autoincrement",
  "nullable", "unique", "default", "collate", "check", "generated", "stored",
  "renamed_from", 0
};
static const char *const azIndexKeys[] = {
  "name", "columns", "unique", "where", 0
};
static const char *const azFkKeys[] = {
  "columns", "ref_table", "ref_columns", "on_delete", "on_update",
  "deferrable", "name", 0
};
static const char *const azObjKeys[] = { "name", "sql", 0 };
static const char *const azRootKeys[] = { "tables", "views", "triggers", 0 };

/* Check an ON DELETE / ON UPDATE action. */
static int fkAction(JDoc *p, int i, const char *zKey, const char **pz,
                    char **pzErr){
  static const char *az[] = { "NO ACTION", "RESTRICT", "SET NULL",
                              "SET DEFAULT", "CASCADE" };
  int rc = jtext(p, i, zKey, 0, pz, pzErr), k;
  if( rc || *pz==0 ) return rc;
  for(k=0; k<5; k++) if( sqlite3_stricmp(az[k], *pz)==0 ){ *pz = az[k]; return 0; }
  *pzErr = migrateMprintf("%s.%s must be NO ACTION, RESTRICT, SET NULL, SET "
                          "DEFAULT or CASCADE, not '%s'", jpath(p, i), zKey, *pz);
  return SQLITE_ERROR;
}

/* Render table node i as CREATE TABLE and its indexes; run them. */
static int renderTable(Scratch *pS, JDoc *p, int i, MigrateModel *pM,
                       char **pzErr){
  sqlite3 *db = 0;
  sqlite3_str *s = sqlite3_str_new(0);
  const char *zName, *zRen;
  int rc, kCols, kIdx, kFk, kChk, kPk, kUq, c, n = 0, bWr, bStrict;
  char *zSql = 0;
  char *zErr = 0;

  rc = jkeys(p, i, azTableKeys, pzErr);
  if( rc==SQLITE_OK ) rc = jtext(p, i, "name", 1, &zName, pzErr);
  if( rc==SQLITE_OK ) rc = jtext(p, i, "renamed_from", 0, &zRen, pzErr);
  if( rc==SQLITE_OK ) rc = jarray(p, i, "columns", &kCols, pzErr);
  if( rc==SQLITE_OK && (kCols<0 || p->a[kCols].iFirst<0) ){
    *pzErr = migrateMprintf("%s has no columns", jpath(p, i));
    rc = SQLITE_ERROR;
  }
  if( rc==SQLITE_OK ) rc = jarray(p, i, "indexes", &kIdx, pzErr);
  if( rc==SQLITE_OK ) rc = jarray(p, i, "foreign_keys", &kFk, pzErr);
  if( rc==SQLITE_OK ) rc = jarray(p, i, "checks", &kChk, pzErr);
  if( rc==SQLITE_OK ) rc = jarray(p, i, "primary_key", &kPk, pzErr);
  if( rc==SQLITE_OK ) rc = jarray(p, i, "unique", &kUq, pzErr);
  if( rc==SQLITE_OK ) rc = jbool(p, i, "without_rowid", &bWr, pzErr);
  if( rc==SQLITE_OK ) rc = jbool(p, i, "strict", &bStrict, pzErr);
  if( rc ) goto done;
  if( zRen ){
    rc = addRename(pM, 0, zRen, zName);
    if( rc ) goto done;
  }

  sqlite3_str_appendf(s, "CREATE TABLE \"%w\" (", zName);
  for(c=p->a[kCols].iFirst; rc==SQLITE_OK && c>=0; c=p->a[c].iNext){
    const char *zCol, *zType, *zDef, *zColl, *zChk, *zGen, *zCRen;
    int bPk, bPkDesc, bAuto, bNull = 1, bUnique, bStored, k;
    rc = jkeys(p, c, azColumnKeys, pzErr);
    if( rc==SQLITE_OK ) rc = jtext(p, c, "name", 1, &zCol, pzErr);
    if( rc==SQLITE_OK ) rc = jtext(p, c, "type", 0, &zType, pzErr);
    if( rc==SQLITE_OK ) rc = jbool(p, c, "primary_key", &bPk, pzErr);
    if( rc==SQLITE_OK ) rc = jbool(p, c, "primary_key_desc", &bPkDesc, pzErr);
    if( rc==SQLITE_OK ) rc = jbool(p, c, "autoincrement", &bAuto, pzErr);
    if( rc==SQLITE_OK ) rc = jbool(p, c, "unique", &bUnique, pzErr);
    if( rc==SQLITE_OK ) rc = jbool(p, c, "stored", &bStored, pzErr);
    if( rc==SQLITE_OK && (k = jget(p, c, "nullable"))>=0 ){
      rc = jbool(p, c, "nullable", &bNull, pzErr);
      if( jtype(p, k, "null") ) bNull = 1;
    }
    if( rc==SQLITE_OK ){
      k = jget(p, c, "default");
      zDef = 0;
      if( k>=0 && (jtype(p, k, "integer") || jtype(p, k, "real")) ){
        zDef = p->a[k].zAtom;
      }else if( k>=0 && !jtype(p, k, "null") ){
        rc = jtext(p, c, "default", 0, &zDef, pzErr);
        if( rc ){
          sqlite3_free(*pzErr);
          *pzErr = migrateMprintf("%s must be an SQL expression as text, or "
                                  "a number", jpath(p, k));
        }
      }
    }
    if( rc==SQLITE_OK ) rc = jtext(p, c, "collate", 0, &zColl, pzErr);
    if( rc==SQLITE_OK ) rc = jtext(p, c, "check", 0, &zChk, pzErr);
    if( rc==SQLITE_OK ) rc = jtext(p, c, "generated", 0, &zGen, pzErr);
    if( rc==SQLITE_OK ) rc = jtext(p, c, "renamed_from", 0, &zCRen, pzErr);
    if( rc==SQLITE_OK ){
      static const char *azPiece[] = { "type", "default", "check", "generated" };
      const char *azVal[4];
      int q;
      azVal[0] = zType; azVal[1] = zDef; azVal[2] = zChk; azVal[3] = zGen;
      for(q=0; rc==SQLITE_OK && q<4; q++){
        if( azVal[q] && !onePiece(azVal[q]) ) rc = notOnePiece(p, c, azPiece[q], pzErr);
      }
    }
    if( rc==SQLITE_OK && bPkDesc && !bPk ){
      *pzErr = migrateMprintf("%s: primary_key_desc needs primary_key",
                              jpath(p, c));
      rc = SQLITE_ERROR;
    }
    if( rc==SQLITE_OK && bAuto && !bPk ){
      *pzErr = migrateMprintf("%s: autoincrement needs primary_key",
                              jpath(p, c));
      rc = SQLITE_ERROR;
    }
    if( rc==SQLITE_OK && bStored && !zGen ){
      *pzErr = migrateMprintf("%s: stored needs generated", jpath(p, c));
      rc = SQLITE_ERROR;
    }
    if( rc ) break;
    if( zCRen ){
      rc = addRename(pM, zName, zCRen, zCol);
      if( rc ) break;
    }
    sqlite3_str_appendf(s, "%s\n  \"%w\"", n++ ? "," : "", zCol);
    if( zType && zType[0] ) sqlite3_str_appendf(s, " %s", zType);
    if( bPk ){
      sqlite3_str_appendf(s, " PRIMARY KEY%s%s", bPkDesc ? " DESC" : "",
                          bAuto ? " AUTOINCREMENT" : "");
    }
    if( !bNull ) sqlite3_str_appendall(s, " NOT NULL");
    if( bUnique ) sqlite3_str_appendall(s, " UNIQUE");
    if( zDef ){
      if( isLiteral(zDef) ) sqlite3_str_appendf(s, " DEFAULT %s", zDef);
      else sqlite3_str_appendf(s, " DEFAULT (%s)", zDef);
    }
    if( zColl ) sqlite3_str_appendf(s, " COLLATE \"%w\"", zColl);
    if( zGen ){
      sqlite3_str_appendf(s, " GENERATED ALWAYS AS (%s) %s", zGen,
                          bStored ? "STORED" : "VIRTUAL");
    }
    if( zChk ) sqlite3_str_appendf(s, " CHECK (%s)", zChk);
  }
  if( rc==SQLITE_OK && kPk>=0 ){
    sqlite3_str_appendall(s, ",\n  PRIMARY KEY (");
    rc = jnames(p, kPk, s, 0, kCols, zName, pzErr);
    sqlite3_str_appendchar(s, 1, ')');
  }
  if( rc==SQLITE_OK && kUq>=0 ){
    for(c=p->a[kUq].iFirst; rc==SQLITE_OK && c>=0; c=p->a[c].iNext){
      sqlite3_str_appendall(s, ",\n  UNIQUE (");
      rc = jnames(p, c, s, 0, kCols, zName, pzErr);
      sqlite3_str_appendchar(s, 1, ')');
    }
  }
  if( rc==SQLITE_OK && kChk>=0 ){
    for(c=p->a[kChk].iFirst; rc==SQLITE_OK && c>=0; c=p->a[c].iNext){
      if( jtype(p, c, "text") ){
        if( !onePiece(p->a[c].zAtom) ){
          *pzErr = migrateMprintf("%s must be one expression: unbalanced "
              "parentheses, or a comma outside them", jpath(p, c));
          rc = SQLITE_ERROR;
          break;
        }
        sqlite3_str_appendf(s, ",\n  CHECK (%s)", p->a[c].zAtom);
      }else{
        const char *zCName, *zExpr;
        if( !jtype(p, c, "object") ){
          *pzErr = migrateMprintf("%s must be text or an object",
                                  jpath(p, c));
          rc = SQLITE_ERROR;
          break;
        }
        rc = jkeys(p, c, (const char *const[]){"name", "expr", 0}, pzErr);
        if( rc==SQLITE_OK ) rc = jtext(p, c, "name", 0, &zCName, pzErr);
        if( rc==SQLITE_OK ) rc = jtext(p, c, "expr", 1, &zExpr, pzErr);
        if( rc==SQLITE_OK && !onePiece(zExpr) ){
          rc = notOnePiece(p, c, "expr", pzErr);
        }
        if( rc==SQLITE_OK ){
          if( zCName ) sqlite3_str_appendf(s, ",\n  CONSTRAINT \"%w\"", zCName);
          else sqlite3_str_appendall(s, ",\n ");
          sqlite3_str_appendf(s, " CHECK (%s)", zExpr);
        }
      }
    }
  }
  if( rc==SQLITE_OK && kFk>=0 ){
    for(c=p->a[kFk].iFirst; rc==SQLITE_OK && c>=0; c=p->a[c].iNext){
      const char *zRef, *zDel, *zUpd, *zFkName;
      int kFrom = -1, kTo = -1, bDefer = 0, nFrom = 0, nTo = 0;
      rc = jkeys(p, c, azFkKeys, pzErr);
      if( rc==SQLITE_OK ) rc = jtext(p, c, "ref_table", 1, &zRef, pzErr);
      if( rc==SQLITE_OK ) rc = jtext(p, c, "name", 0, &zFkName, pzErr);
      if( rc==SQLITE_OK ) rc = jarray(p, c, "columns", &kFrom, pzErr);
      if( rc==SQLITE_OK && kFrom<0 ){
        *pzErr = migrateMprintf("%s has no \"columns\"", jpath(p, c));
        rc = SQLITE_ERROR;
      }
      if( rc==SQLITE_OK ) rc = jarray(p, c, "ref_columns", &kTo, pzErr);
      if( rc==SQLITE_OK ) rc = fkAction(p, c, "on_delete", &zDel, pzErr);
      if( rc==SQLITE_OK ) rc = fkAction(p, c, "on_update", &zUpd, pzErr);
      if( rc==SQLITE_OK ) rc = jbool(p, c, "deferrable", &bDefer, pzErr);
      if( rc ) break;
      sqlite3_str_appendall(s, ",\n  ");
      if( zFkName ) sqlite3_str_appendf(s, "CONSTRAINT \"%w\" ", zFkName);
      sqlite3_str_appendall(s, "FOREIGN KEY (");
      rc = jnames(p, kFrom, s, &nFrom, kCols, zName, pzErr);
      sqlite3_str_appendf(s, ") REFERENCES \"%w\"", zRef);
      if( rc==SQLITE_OK && kTo>=0 ){
        sqlite3_str_appendall(s, " (");
        rc = jnames(p, kTo, s, &nTo, -1, 0, pzErr);
        sqlite3_str_appendchar(s, 1, ')');
        if( rc==SQLITE_OK && nTo!=nFrom ){
          *pzErr = migrateMprintf("%s: columns and ref_columns differ in "
                                  "number", jpath(p, c));
          rc = SQLITE_ERROR;
        }
      }
      if( zDel && strcmp(zDel, "NO ACTION") ) sqlite3_str_appendf(s, " ON DELETE %s", zDel);
      if( zUpd && strcmp(zUpd, "NO ACTION") ) sqlite3_str_appendf(s, " ON UPDATE %s", zUpd);
      if( bDefer ) sqlite3_str_appendall(s, " DEFERRABLE INITIALLY DEFERRED");
    }
  }
  sqlite3_str_appendall(s, "\n)");
  if( bWr ) sqlite3_str_appendall(s, " WITHOUT ROWID");
  if( bStrict ) sqlite3_str_appendall(s, bWr ? ", STRICT" : " STRICT");
  if( rc ) goto done;
  zSql = migrateStrFinish(s);
  s = 0;
  if( zSql==0 ){ rc = SQLITE_NOMEM; goto done; }
  if( scratchFind(pS, zName)>=0 ){
    *pzErr = migrateMprintf("%s: table %s is defined twice", jpath(p, i),
                            zName);
    rc = SQLITE_ERROR;
    goto done;
  }
  rc = scratchForTable(pS, zName, &db);
  if( rc ) goto done;
  rc = execOne(db, zSql, &zErr);
  if( rc ){
    if( rc!=SQLITE_NOMEM ){
      *pzErr = migrateMprintf("%s (table %s): %s", jpath(p, i), zName,
                              zErr ? zErr : "");
    }
    goto done;
  }

  /* indexes */
  if( kIdx>=0 ){
    for(c=p->a[kIdx].iFirst; rc==SQLITE_OK && c>=0; c=p->a[c].iNext){
      const char *zIdx, *zWhere;
      int bUnique, kIc, j, m = 0;
      sqlite3_str *t;
      rc = jkeys(p, c, azIndexKeys, pzErr);
      if( rc==SQLITE_OK ) rc = jtext(p, c, "name", 1, &zIdx, pzErr);
      if( rc==SQLITE_OK ) rc = jtext(p, c, "where", 0, &zWhere, pzErr);
      if( rc==SQLITE_OK && zWhere && !onePiece(zWhere) ){
        rc = notOnePiece(p, c, "where", pzErr);
      }
      if( rc==SQLITE_OK ) rc = jbool(p, c, "unique", &bUnique, pzErr);
      if( rc==SQLITE_OK ) rc = jarray(p, c, "columns", &kIc, pzErr);
      if( rc==SQLITE_OK && (kIc<0 || p->a[kIc].iFirst<0) ){
        *pzErr = migrateMprintf("%s has no columns", jpath(p, c));
        rc = SQLITE_ERROR;
      }
      if( rc ) break;
      t = sqlite3_str_new(0);
      sqlite3_str_appendf(t, "CREATE %sINDEX \"%w\" ON \"%w\" (",
                          bUnique ? "UNIQUE " : "", zIdx, zName);
      for(j=p->a[kIc].iFirst; j>=0; j=p->a[j].iNext){
        const char *zItem = p->a[j].zAtom;
        int q, bCol = 0;
        if( !jtype(p, j, "text") || zItem[0]==0 ){
          *pzErr = migrateMprintf("%s must be a column name or an "
                                  "expression", jpath(p, j));
          rc = SQLITE_ERROR;
          break;
        }
        /* a column of the table is quoted; anything else is SQL text */
        for(q=p->a[kCols].iFirst; q>=0; q=p->a[q].iNext){
          int kN = jget(p, q, "name");
          if( kN>=0 && sqlite3_stricmp(p->a[kN].zAtom, zItem)==0 ) bCol = 1;
        }
        if( bCol ) sqlite3_str_appendf(t, "%s\"%w\"", m++ ? ", " : "", zItem);
        else sqlite3_str_appendf(t, "%s%s", m++ ? ", " : "", zItem);
      }
      sqlite3_str_appendchar(t, 1, ')');
      if( zWhere ) sqlite3_str_appendf(t, " WHERE %s", zWhere);
      {
        char *zI = migrateStrFinish(t);
        if( rc ){ sqlite3_free(zI); break; }
        if( zI==0 ){ rc = SQLITE_NOMEM; break; }
        rc = execOne(db, zI, &zErr);
        sqlite3_free(zI);
        if( rc && rc!=SQLITE_NOMEM ){
          *pzErr = migrateMprintf("%s (index %s): %s", jpath(p, c), zIdx,
                                  zErr ? zErr : "");
        }
      }
    }
  }

done:
  if( s ) sqlite3_free(migrateStrFinish(s));
  sqlite3_free(zSql);
  sqlite3_free(zErr);
  return rc;
}

/* Views and triggers: {name, sql}; the statement must create that name. */
static int renderObjs(Scratch *pS, JDoc *p, int k, const char *zWhat,
                      char **pzErr){
  int c, rc = SQLITE_OK;
  for(c=p->a[k].iFirst; rc==SQLITE_OK && c>=0; c=p->a[c].iNext){
    const char *zName, *zSql;
    char *zErr = 0, *zTable = 0;
    sqlite3 *db = 0;
    int eKind = 0;
    rc = jkeys(p, c, azObjKeys, pzErr);
    if( rc==SQLITE_OK ) rc = jtext(p, c, "name", 1, &zName, pzErr);
    if( rc==SQLITE_OK ) rc = jtext(p, c, "sql", 1, &zSql, pzErr);
    if( rc==SQLITE_OK ) rc = ddlTarget(zSql, &eKind, &zTable);
    if( rc==SQLITE_OK ){
      const char *zS = migrateSkipSpace(zSql);
      int e, n = migrateToken(zS, &e);
      int bCreate = e==TK_WORD && n==6 && sqlite3_strnicmp(zS, "CREATE", 6)==0;
      if( !bCreate || eKind!=(zWhat[0]=='v' ? 'V' : 'R')
       || *migrateSkipSpace(zS + migrateStmtLength(zS))!=0 ){
        *pzErr = migrateMprintf("%s.sql must be one CREATE %s statement",
                                jpath(p, c), zWhat[0]=='v' ? "VIEW"
                                                            : "TRIGGER");
        rc = SQLITE_ERROR;
      }
    }
    if( rc==SQLITE_OK ) rc = scratchFor(pS, zTable, &db);
    sqlite3_free(zTable);
    if( rc ) break;
    rc = execOne(db, zSql, &zErr);
    if( rc && rc!=SQLITE_NOMEM ){
      *pzErr = migrateMprintf("%s (%s %s): %s", jpath(p, c), zWhat, zName,
                              zErr ? zErr : "");
    }
    sqlite3_free(zErr);
    if( rc==SQLITE_OK ){
      sqlite3_stmt *pStmt = 0;
      rc = sqlite3_prepare_v2(db, "SELECT 1 FROM sqlite_schema WHERE type=?1 "
                              "AND name=?2 COLLATE NOCASE", -1, &pStmt, 0);
      if( rc==SQLITE_OK ){
        sqlite3_bind_text(pStmt, 1, zWhat, -1, SQLITE_STATIC);
        sqlite3_bind_text(pStmt, 2, zName, -1, SQLITE_STATIC);
        if( sqlite3_step(pStmt)!=SQLITE_ROW ){
          *pzErr = migrateMprintf("%s: its sql does not create the %s %s",
                                  jpath(p, c), zWhat, zName);
          rc = SQLITE_ERROR;
        }
        sqlite3_finalize(pStmt);
      }
    }
  }
  return rc;
}

static int loadJson(Scratch *pS, const char *zModel, MigrateModel *pM,
                    char **pzErr){
  JDoc doc;
  int rc, k;
  sqlite3 *db = 0;
  rc = scratchFor(pS, 0, &db);
  if( rc==SQLITE_OK ) rc = jdocLoad(db, zModel, &doc, pzErr);
  if( rc ) return rc;
  rc = jkeys(&doc, 0, azRootKeys, pzErr);
  if( rc==SQLITE_OK ) rc = jarray(&doc, 0, "tables", &k, pzErr);
  if( rc==SQLITE_OK && k>=0 ){
    int c;
    for(c=doc.a[k].iFirst; rc==SQLITE_OK && c>=0; c=doc.a[c].iNext){
      rc = renderTable(pS, &doc, c, pM, pzErr);
    }
  }
  if( rc==SQLITE_OK ) rc = jarray(&doc, 0, "views", &k, pzErr);
  if( rc==SQLITE_OK && k>=0 ) rc = renderObjs(pS, &doc, k, "view", pzErr);
  if( rc==SQLITE_OK ) rc = jarray(&doc, 0, "triggers", &k, pzErr);
  if( rc==SQLITE_OK && k>=0 ) rc = renderObjs(pS, &doc, k, "trigger", pzErr);
  jdocFree(&doc);
  return rc;
}

/* A DDL model: CREATE statements only, run one by one. */
static int loadDdl(Scratch *pS, const char *zModel, char **pzErr){
  const char *zSql = zModel;
  int rc = SQLITE_OK, iStmt = 0;
  while( rc==SQLITE_OK && *migrateSkipSpace(zSql) ){
    const char *zStart = migrateSkipSpace(zSql);
    int nStmt = migrateStmtLength(zStart);
    int e, n = migrateToken(zStart, &e);
    iStmt++;
    if( e==TK_WORD && n==6 && sqlite3_strnicmp(zStart, "CREATE", 6)==0 ){
      int e2, n2;
      const char *z2 = migrateSkipSpace(zStart+6);
      n2 = migrateToken(z2, &e2);
      if( e2==TK_WORD && ((n2==4 && sqlite3_strnicmp(z2, "TEMP", 4)==0)
                       || (n2==9 && sqlite3_strnicmp(z2, "TEMPORARY", 9)==0)) ){
        *pzErr = migrateMprintf("statement %d of the model creates a TEMP "
            "object, which is not part of a database's schema: %.*s%s",
            iStmt, nStmt>80 ? 80 : nStmt, zStart, nStmt>80 ? "..." : "");
        rc = SQLITE_ERROR;
        break;
      }
    }
    if( !(e==TK_WORD && n==6 && sqlite3_strnicmp(zStart, "CREATE", 6)==0) ){
      *pzErr = migrateMprintf("statement %d of the model is not a CREATE "
          "statement: %.*s%s", iStmt, nStmt>80 ? 80 : nStmt, zStart,
          nStmt>80 ? "..." : "");
      rc = SQLITE_ERROR;
      break;
    }
    {
      char *zOne = sqlite3_mprintf("%.*s", nStmt, zStart);
      char *zErr = 0, *zTable = 0;
      sqlite3 *db = 0;
      int eKind = 0;
      if( zOne==0 ){ rc = SQLITE_NOMEM; break; }
      rc = ddlTarget(zOne, &eKind, &zTable);
      if( rc==SQLITE_OK ){
        if( eKind=='T' && zTable && scratchFind(pS, zTable)<0 ){
          rc = scratchForTable(pS, zTable, &db);
        }else{
          rc = scratchFor(pS, eKind=='V' ? 0 : zTable, &db);
        }
      }
      sqlite3_free(zTable);
      if( rc ){ sqlite3_free(zOne); break; }
      rc = execOne(db, zOne, &zErr);
      if( rc && rc!=SQLITE_NOMEM ){
        *pzErr = migrateMprintf("statement %d of the model (%.*s%s): %s",
            iStmt, nStmt>80 ? 80 : nStmt, zStart, nStmt>80 ? "..." : "",
            zErr ? zErr : "");
      }
      sqlite3_free(zErr);
      sqlite3_free(zOne);
    }
    zSql = zStart + nStmt;
  }
  if( rc==SQLITE_OK && iStmt==0 ){
    *pzErr = migrateMprintf("the model holds no statement");
    rc = SQLITE_ERROR;
  }
  return rc;
}

void migrateModelFree(MigrateModel *pM){
  int i;
  if( pM==0 ) return;
  for(i=0; i<pM->nRen; i++){
    sqlite3_free(pM->aRen[i].zTab);
    sqlite3_free(pM->aRen[i].zOld);
    sqlite3_free(pM->aRen[i].zNew);
  }
  sqlite3_free(pM->aRen);
  migrateSchemaFree(pM->pSchema);
  sqlite3_free(pM);
}

/*
** Load the model value pVal (JSON or DDL text) and read its schema.  The
** model may not define the tables this extension keeps for itself.
*/
int migrateModelLoad(sqlite3_value *pVal, const char *zVersionTable,
                     MigrateModel **ppM, char **pzErr){
  MigrateModel *pM;
  Scratch scratch;
  const char *z;
  int rc, i;
  *ppM = 0;
  if( sqlite3_value_type(pVal)!=SQLITE_TEXT
   && sqlite3_value_type(pVal)!=SQLITE_BLOB ){
    /* a BLOB is taken as UTF-8 text: readfile() returns one */
    *pzErr = migrateMprintf("the model must be text: JSON or CREATE "
                            "statements");
    return SQLITE_ERROR;
  }
  if( sqlite3_value_type(pVal)==SQLITE_BLOB && sqlite3_value_bytes(pVal)>0
   && memchr(sqlite3_value_blob(pVal), 0, sqlite3_value_bytes(pVal)) ){
    *pzErr = migrateMprintf("the model is not text (it holds a NUL byte)");
    return SQLITE_ERROR;
  }
  z = (const char*)sqlite3_value_text(pVal);
  if( z==0 ) return SQLITE_NOMEM;
  if( *migrateSkipSpace(z)==0 ){
    *pzErr = migrateMprintf("the model is empty");
    return SQLITE_ERROR;
  }
  if( *migrateSkipSpace(z)=='[' ){
    *pzErr = migrateMprintf("the model must be a JSON object or CREATE "
                            "statements, not a JSON array");
    return SQLITE_ERROR;
  }
  pM = sqlite3_malloc64(sizeof(*pM));
  if( pM==0 ) return SQLITE_NOMEM;
  memset(pM, 0, sizeof(*pM));
  memset(&scratch, 0, sizeof(scratch));
  if( *migrateSkipSpace(z)=='{' ) rc = loadJson(&scratch, z, pM, pzErr);
  else rc = loadDdl(&scratch, z, pzErr);
  for(i=0; rc==SQLITE_OK && i<scratch.nDb; i++){
    /* the tables of this extension belong to it, not to a model */
    sqlite3 *db = scratch.aDb[i];
    sqlite3_stmt *pStmt = 0;
    MigrateSchema *pPart = 0;
    rc = sqlite3_prepare_v2(db, "SELECT name FROM sqlite_schema WHERE "
                            "type='table'", -1, &pStmt, 0);
    while( rc==SQLITE_OK && sqlite3_step(pStmt)==SQLITE_ROW ){
      const char *zName = (const char*)sqlite3_column_text(pStmt, 0);
      if( zName && strncmp(zName, "sqlite_", 7)!=0
       && migrateSchemaSkip(zName, zVersionTable) ){
        *pzErr = migrateMprintf("the model defines table %s, which migrate "
                                "keeps for itself", zName);
        rc = SQLITE_ERROR;
      }
    }
    if( rc==SQLITE_OK ) rc = sqlite3_finalize(pStmt);
    else sqlite3_finalize(pStmt);
    if( rc==SQLITE_OK ) rc = migrateSchemaRead(db, zVersionTable, &pPart, pzErr);
    if( rc==SQLITE_OK ){
      if( pM->pSchema==0 ) pM->pSchema = pPart;
      else rc = migrateSchemaAppend(pM->pSchema, pPart);
    }
  }
  scratchClose(&scratch);
  if( rc==SQLITE_OK && pM->pSchema ){
    rc = migrateSchemaIndex(pM->pSchema);
    /* parents in other scratch databases are known only now */
    if( rc==SQLITE_OK ) rc = migrateSchemaResolveFks(pM->pSchema);
  }
  if( rc==SQLITE_OK && pM->pSchema==0 ){
    pM->pSchema = sqlite3_malloc64(sizeof(MigrateSchema));
    if( pM->pSchema==0 ) rc = SQLITE_NOMEM;
    else{
      memset(pM->pSchema, 0, sizeof(MigrateSchema));
      rc = migrateSchemaIndex(pM->pSchema);
    }
  }
  if( rc ){
    migrateModelFree(pM);
    return rc;
  }
  *ppM = pM;
  return SQLITE_OK;
}
