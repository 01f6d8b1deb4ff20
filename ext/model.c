/*
** model.c - models: the schema a user wants, as JSON or as SQL DDL, read
** into the same normal form as the live database (schema.c).
**
** A model that starts with "{" is JSON (every key is in docs/model.md);
** anything else is DDL: CREATE TABLE, VIRTUAL TABLE, INDEX, VIEW and
** TRIGGER statements only.  A JSON model is read by a small JSON reader of
** its own, checked key by key and rendered to DDL; an error names the
** place, as in "tables[2].columns[0].nulable".  Renames (renamed_from on
** tables and columns in JSON, "-- renamed_from: old" comments in DDL) are
** kept beside the schema for diff.c.  The shadow tables of the model's
** virtual tables (which the shell's .schema prints) are left out.
**
** Every statement is judged by SQLite itself before it is taken, as cheaply
** as SQLite allows (see "Checking a model" below), and the schema is then
** built from the statements' text, as sqlite_schema would hold them.
**
** migrateDiffJudge(), at the end, runs a diff in a scratch copy of the
** schema it starts from, and says what SQLite's own ALTER TABLE fails on,
** or rewrites, along the way.
*/
#include "migrate.h"
#include <string.h>
#include <stdlib.h>

/* One node of the JSON document. */
typedef struct JNode JNode;
struct JNode {
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
  JNode *a; int n; int nAlloc;
  char *zPool;               /* the decoded keys and atoms, one after another */
};

static void jdocFree(JDoc *p){
  int i;
  for(i=0; i<p->n; i++) sqlite3_free(p->a[i].zPath);
  sqlite3_free(p->a);
  sqlite3_free(p->zPool);
  memset(p, 0, sizeof(*p));
}

/*
** The JSON reader: RFC 8259 text into p->a, in document order, each node
** linked to its parent and its siblings.  Numbers keep the text they were
** written with; strings are decoded to UTF-8.  Nesting deeper than
** JSON_MAX_DEPTH and a string holding \u0000 are refused.
*/
#define JSON_MAX_DEPTH 500
static const char *const azJType[] = {
  "null", "true", "false", "integer", "real", "text", "array", "object"
};

typedef struct JParse JParse;
struct JParse {
  const char *z;             /* the text */
  size_t i;                  /* read position */
  JDoc *p;
  char *zOut;                /* where the next text goes in p->zPool */
  int rc;                    /* SQLITE_NOMEM, or SQLITE_ERROR: not JSON */
};

static void jspace(JParse *x){
  for(;;){
    char c = x->z[x->i];
    if( c!=' ' && c!='\t' && c!='\n' && c!='\r' ) return;
    x->i++;
  }
}

/* A new node; its index, or -1 (out of memory). */
static int jnode(JParse *x, int iParent, char *zKey, int iIdx){
  JDoc *p = x->p;
  JNode *q, *aNew = migrateGrow(p->a, p->n, &p->nAlloc, sizeof(JNode));
  if( aNew==0 ){ x->rc = SQLITE_NOMEM; return -1; }
  p->a = aNew;
  q = &p->a[p->n];
  memset(q, 0, sizeof(*q));
  q->iParent = iParent;
  q->zKey = zKey;
  q->iIdx = iIdx;
  q->zType = azJType[0];
  q->iFirst = q->iNext = -1;
  return p->n++;
}

static int jhex(char c){
  if( c>='0' && c<='9' ) return c-'0';
  if( c>='a' && c<='f' ) return c-'a'+10;
  if( c>='A' && c<='F' ) return c-'A'+10;
  return -1;
}

/* Four hex digits at z, or -1. */
static int jhex4(const char *z){
  int k, v = 0;
  for(k=0; k<4; k++){
    int h = jhex(z[k]);
    if( h<0 ) return -1;
    v = v*16 + h;
  }
  return v;
}

/*
** The string at x->i (at its opening quote), decoded into the pool; NULL
** on error.  A string takes no more room in the pool than its quotes and
** text took in the JSON, and a number one byte more than its digits,
** which the character after it pays for (or the pool's spare byte).
*/
static char *jstring(JParse *x){
  const char *z = x->z + x->i + 1;
  size_t n = 0, k;
  char *zStart, *zOut;
  while( z[n]!='"' ){
    if( z[n]==0 || (unsigned char)z[n]<0x20 ){ x->rc = SQLITE_ERROR; return 0; }
    if( z[n]=='\\' ){
      if( z[n+1]==0 ){ x->rc = SQLITE_ERROR; return 0; }
      n++;
    }
    n++;
  }
  zStart = zOut = x->zOut;                 /* decoding never lengthens */
  for(k=0; k<n; k++){
    char c = z[k];
    unsigned v;
    int j;
    if( c!='\\' ){ *zOut++ = c; continue; }
    c = z[++k];
    switch( c ){
      case '"': case '\\': case '/': *zOut++ = c; continue;
      case 'b': *zOut++ = '\b'; continue;
      case 'f': *zOut++ = '\f'; continue;
      case 'n': *zOut++ = '\n'; continue;
      case 'r': *zOut++ = '\r'; continue;
      case 't': *zOut++ = '\t'; continue;
      case 'u': break;
      default: goto bad;
    }
    if( k+4>=n || (j = jhex4(&z[k+1]))<0 ) goto bad;
    v = (unsigned)j;
    k += 4;
    if( v>=0xd800 && v<0xdc00 && k+6<n && z[k+1]=='\\' && z[k+2]=='u' ){
      int lo = jhex4(&z[k+3]);
      if( lo>=0xdc00 && lo<0xe000 ){
        v = 0x10000 + ((v-0xd800)<<10) + (unsigned)(lo-0xdc00);
        k += 6;
      }
    }
    if( v==0 ) goto bad;
    if( v<0x80 ){
      *zOut++ = (char)v;
    }else if( v<0x800 ){
      *zOut++ = (char)(0xc0 | (v>>6));
      *zOut++ = (char)(0x80 | (v&0x3f));
    }else if( v<0x10000 ){
      *zOut++ = (char)(0xe0 | (v>>12));
      *zOut++ = (char)(0x80 | ((v>>6)&0x3f));
      *zOut++ = (char)(0x80 | (v&0x3f));
    }else{
      *zOut++ = (char)(0xf0 | (v>>18));
      *zOut++ = (char)(0x80 | ((v>>12)&0x3f));
      *zOut++ = (char)(0x80 | ((v>>6)&0x3f));
      *zOut++ = (char)(0x80 | (v&0x3f));
    }
  }
  *zOut++ = 0;
  x->zOut = zOut;
  x->i += n + 2;
  return zStart;
bad:
  x->rc = SQLITE_ERROR;
  return 0;
}

/* The value at x->i, as node(s) under iParent; -1 on error. */
static int jvalue(JParse *x, int iParent, char *zKey, int iIdx, int nDepth){
  int iNode = jnode(x, iParent, zKey, iIdx);
  const char *z;
  if( iNode<0 ) return -1;
  jspace(x);
  z = &x->z[x->i];
  if( *z=='{' || *z=='[' ){
    int bObj = *z=='{', iLast = -1, n = 0;
    char cEnd = bObj ? '}' : ']';
    x->p->a[iNode].zType = azJType[bObj ? 7 : 6];
    if( nDepth>=JSON_MAX_DEPTH ){ x->rc = SQLITE_ERROR; return -1; }
    x->i++;
    jspace(x);
    if( x->z[x->i]==cEnd ){ x->i++; return iNode; }
    for(;;){
      char *zMember = 0;
      int iChild;
      if( bObj ){
        jspace(x);
        if( x->z[x->i]!='"' ){ x->rc = SQLITE_ERROR; return -1; }
        zMember = jstring(x);
        if( zMember==0 ) return -1;
        jspace(x);
        if( x->z[x->i]!=':' ){
          x->rc = SQLITE_ERROR;
          return -1;
        }
        x->i++;
      }
      iChild = jvalue(x, iNode, zMember, n++, nDepth+1);
      if( iChild<0 ) return -1;
      if( iLast<0 ) x->p->a[iNode].iFirst = iChild;
      else x->p->a[iLast].iNext = iChild;
      iLast = iChild;
      jspace(x);
      if( x->z[x->i]==',' ){ x->i++; continue; }
      if( x->z[x->i]==cEnd ){ x->i++; return iNode; }
      x->rc = SQLITE_ERROR;
      return -1;
    }
  }
  if( *z=='"' ){
    char *zText = jstring(x);
    if( zText==0 ) return -1;
    x->p->a[iNode].zType = azJType[5];
    x->p->a[iNode].zAtom = zText;
    return iNode;
  }
  if( *z=='-' || (*z>='0' && *z<='9') ){
    size_t k = *z=='-' ? 1 : 0;
    int bReal = 0;
    if( z[k]=='0' ) k++;
    else if( z[k]>='1' && z[k]<='9' ){ while( z[k]>='0' && z[k]<='9' ) k++; }
    else{ x->rc = SQLITE_ERROR; return -1; }
    if( z[k]=='.' ){
      bReal = 1;
      k++;
      if( !(z[k]>='0' && z[k]<='9') ){ x->rc = SQLITE_ERROR; return -1; }
      while( z[k]>='0' && z[k]<='9' ) k++;
    }
    if( z[k]=='e' || z[k]=='E' ){
      bReal = 1;
      k++;
      if( z[k]=='+' || z[k]=='-' ) k++;
      if( !(z[k]>='0' && z[k]<='9') ){ x->rc = SQLITE_ERROR; return -1; }
      while( z[k]>='0' && z[k]<='9' ) k++;
    }
    x->p->a[iNode].zType = azJType[bReal ? 4 : 3];
    x->p->a[iNode].zAtom = x->zOut;
    memcpy(x->zOut, z, k);
    x->zOut[k] = 0;
    x->zOut += k+1;
    x->i += k;
    return iNode;
  }
  if( strncmp(z, "true", 4)==0 ){
    x->p->a[iNode].zType = azJType[1]; x->i += 4; return iNode;
  }
  if( strncmp(z, "false", 5)==0 ){
    x->p->a[iNode].zType = azJType[2]; x->i += 5; return iNode;
  }
  if( strncmp(z, "null", 4)==0 ){
    x->p->a[iNode].zType = azJType[0]; x->i += 4; return iNode;
  }
  x->rc = SQLITE_ERROR;
  return -1;
}

/* Read the JSON text z into p. */
static int jdocLoad(const char *z, JDoc *p, char **pzErr){
  JParse x;
  memset(p, 0, sizeof(*p));
  memset(&x, 0, sizeof(x));
  x.z = z;
  x.p = p;
  p->zPool = x.zOut = sqlite3_malloc64(strlen(z)+2);
  if( p->zPool==0 ) return SQLITE_NOMEM;
  if( jvalue(&x, -1, 0, 0, 0)>=0 ){
    jspace(&x);
    if( z[x.i]!=0 ) x.rc = SQLITE_ERROR;
  }
  if( x.rc==SQLITE_ERROR ){
    *pzErr = migrateMprintf("the model is not valid JSON");
  }
  if( x.rc ) jdocFree(p);
  return x.rc;
}

/* Is z a JSON object?  SQLITE_OK, SQLITE_ERROR (no), or SQLITE_NOMEM. */
int migrateJsonIsObject(const char *z){
  JDoc doc;
  char *zErr = 0;
  int rc = jdocLoad(z, &doc, &zErr);
  sqlite3_free(zErr);
  if( rc==SQLITE_OK ){
    if( strcmp(doc.a[0].zType, "object")!=0 ) rc = SQLITE_ERROR;
    jdocFree(&doc);
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
    const char *z = p->a[k].zKey;
    if( z && z[0]==zKey[0] && strcmp(z, zKey)==0 ) return k;
  }
  return -1;
}

static int jtype(JDoc *p, int i, const char *zType){
  return p->a[i].zType[0]==zType[0] && strcmp(p->a[i].zType, zType)==0;
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
    const char *z = p->a[k].zKey;
    for(j=0; azKey[j]; j++){
      if( azKey[j][0]==z[0] && strcmp(azKey[j], z)==0 ) break;
    }
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
** Checking a model.  SQLite itself judges every statement, at the least
** cost it can be asked to:
**
**   - a CREATE TABLE is prepared, not run, in an empty database (dbCheck):
**     SQLite checks all a table declares while it prepares the statement
**     (columns, the types of a STRICT table, keys, CHECK and generated
**     expressions, defaults, AUTOINCREMENT, foreign-key arity);
**   - an index on plain columns of its table (each with an optional
**     COLLATE BINARY, NOCASE or RTRIM and ASC or DESC) and no WHERE needs
**     only its columns to exist, which is checked here; any other index,
**     and every trigger, is run in a scratch database that holds its
**     table, made there on demand; views are run in the database of views,
**     with the triggers on views.  A scratch database holds at most
**     SCRATCH_TABLES tables, because SQLite's CREATE costs time in
**     proportion to the size of the schema it joins;
**   - names are checked here, in SQLite's two namespaces (tables, indexes
**     and views; triggers), with SQLite's messages;
**   - every scratch database has stand-ins of the application's own
**     functions and collations, so that a model may use what its
**     connection has;
**   - a table whose CREATE TABLE is word for word a table of the live
**     schema it is compared with is not prepared again: this connection's
**     SQLite has read that very text already.
**
** The model's schema is built from the statements' text by schema.c
** (migrateSchemaAddTable/AddObj), as sqlite_schema would hold it.
*/
#define SCRATCH_TABLES 64

typedef struct SName SName;
struct SName {
  char *zName;
  int eKind;                 /* 'T' table, 'I' index, 'V' view, 'X' virtual
                             ** table, 'R' trigger */
  char *zSql;                /* a table's CREATE TABLE, run on demand */
  int iTab;                  /* a table's index in the model's schema */
  int iDb;                   /* a table's scratch database, in aDb */
  int bMade;                 /* the table exists in aDb[iDb] */
};

/* A function or collation of the application's connection. */
typedef struct SFunc SFunc;
struct SFunc {
  char *zName;
  int eType;                 /* 's' scalar, 'a' aggregate, 'w' window
                             ** function; 'c' collation */
  int nArg;                  /* -1: any number */
  int flags;                 /* SQLITE_DETERMINISTIC, _DIRECTONLY, ... */
};

typedef struct Scratch Scratch;
struct Scratch {
  MigrateModel *pM;          /* the model being loaded */
  MigrateSchema *pKnown;     /* tables SQLite has read already, or NULL */
  SFunc *aFunc; int nFunc;   /* the connection's own functions and
                             ** collations, given to every scratch db */
  const char *zVersionTable;
  sqlite3 *dbCheck;          /* prepares CREATE TABLE; holds nothing */
  sqlite3 *dbView;           /* views, and the triggers on views */
  sqlite3 **aDb; int nDb;    /* scratch databases of tables, on demand */
  int nTab;                  /* tables so far */
  SName *aName; int nName, nNameAlloc;
  int *aHash; int nHash;     /* index+1 into aName, by lower-case name */
  sqlite3 *dbApp;            /* the application's connection, or NULL */
  int bAppModule;            /* a virtual table of a module only dbApp has */
};

static void scratchClose(Scratch *p){
  int i;
  for(i=0; i<p->nDb; i++) sqlite3_close(p->aDb[i]);
  sqlite3_free(p->aDb);
  sqlite3_close(p->dbCheck);
  sqlite3_close(p->dbView);
  for(i=0; i<p->nName; i++){
    sqlite3_free(p->aName[i].zName);
    sqlite3_free(p->aName[i].zSql);
  }
  sqlite3_free(p->aName);
  sqlite3_free(p->aHash);
  for(i=0; i<p->nFunc; i++) sqlite3_free(p->aFunc[i].zName);
  sqlite3_free(p->aFunc);
  memset(p, 0, sizeof(*p));
}

/*
** A model may use the functions and collations that the application has
** given its connection (a CHECK calling one, an index on one, a column
** with a collation of its own), as its database does.  Each scratch
** database gets a stand-in of each, under the same name, number of
** arguments and flags, so that SQLite judges the model's statements as it
** would on that connection.  The stand-ins are never called for a value
** that matters: scratch databases hold no rows.
*/
static void stubFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  (void)argc; (void)argv;
  sqlite3_result_null(ctx);
}
static void stubFinal(sqlite3_context *ctx){
  sqlite3_result_null(ctx);
}
static int stubColl(void *pArg, int n1, const void *z1, int n2,
                    const void *z2){
  int c = memcmp(z1, z2, n1<n2 ? n1 : n2);
  (void)pArg;
  return c ? c : n1-n2;
}

/* Add the name in column 0 of pStmt's row, of kind eType, to p->aFunc. */
static int extraAdd(Scratch *p, sqlite3_stmt *pStmt, int eType){
  const char *zName = (const char*)sqlite3_column_text(pStmt, 0);
  SFunc *f;
  if( zName==0 ) return SQLITE_NOMEM;
  f = sqlite3_realloc64(p->aFunc, sizeof(SFunc)*(p->nFunc+1));
  if( f==0 ) return SQLITE_NOMEM;
  p->aFunc = f;
  f = &f[p->nFunc];
  memset(f, 0, sizeof(*f));
  f->zName = migrateStrdup(zName);
  if( f->zName==0 ) return SQLITE_NOMEM;
  f->eType = eType;
  if( eType!='c' ){
    f->nArg = sqlite3_column_int(pStmt, 2);
    f->flags = sqlite3_column_int(pStmt, 3) & (SQLITE_DETERMINISTIC
               |SQLITE_DIRECTONLY|SQLITE_INNOCUOUS|SQLITE_SUBTYPE);
  }
  p->nFunc++;
  return SQLITE_OK;
}

/*
** Read the functions and collations of db that SQLite does not build in.
** A build without the introspection pragmas has none to read.
*/
static int scratchReadExtras(Scratch *p, sqlite3 *db){
  static const char *const azSql[] = {
    "SELECT name, type, narg, flags FROM pragma_function_list "
    "WHERE builtin=0",
    "SELECT name FROM pragma_collation_list "
    "WHERE name NOT IN ('BINARY','NOCASE','RTRIM')"
  };
  int k, rc = SQLITE_OK;
  for(k=0; db && rc!=SQLITE_NOMEM && k<2; k++){
    sqlite3_stmt *pStmt = 0;
    rc = sqlite3_prepare_v2(db, azSql[k], -1, &pStmt, 0);
    while( rc==SQLITE_OK && sqlite3_step(pStmt)==SQLITE_ROW ){
      const char *zType = (const char*)sqlite3_column_text(pStmt, 1);
      rc = extraAdd(p, pStmt, k==1 ? 'c' : zType ? zType[0] : 's');
    }
    if( pStmt ){
      int rc2 = sqlite3_finalize(pStmt);
      if( rc==SQLITE_OK ) rc = rc2;
    }
  }
  return rc==SQLITE_NOMEM ? rc : SQLITE_OK;
}

/* Give scratch database db the stand-ins read by scratchReadExtras(). */
static int scratchAddExtras(Scratch *p, sqlite3 *db){
  int i, rc = SQLITE_OK;
  for(i=0; rc==SQLITE_OK && i<p->nFunc; i++){
    SFunc *f = &p->aFunc[i];
    int enc = SQLITE_UTF8 | f->flags;
    if( f->eType=='c' ){
      rc = sqlite3_create_collation_v2(db, f->zName, SQLITE_UTF8, 0,
                                       stubColl, 0);
    }else if( f->eType=='w' ){
      rc = sqlite3_create_window_function(db, f->zName, f->nArg, enc, 0,
               stubFunc, stubFinal, stubFinal, stubFunc, 0);
    }else if( f->eType=='a' ){
      rc = sqlite3_create_function_v2(db, f->zName, f->nArg, enc, 0, 0,
                                      stubFunc, stubFinal, 0);
    }else{
      rc = sqlite3_create_function_v2(db, f->zName, f->nArg, enc, 0,
                                      stubFunc, 0, 0, 0);
    }
  }
  return rc;
}

/* A new empty in-memory database in *pp, with the stand-ins of p. */
static int scratchOpen(Scratch *p, sqlite3 **pp){
  int rc = sqlite3_open_v2(":memory:", pp, SQLITE_OPEN_READWRITE
                           |SQLITE_OPEN_CREATE|SQLITE_OPEN_NOMUTEX, 0);
  if( rc==SQLITE_OK ){
    /* a schema holds no rows: small pages and no lookaside keep the
    ** scratch databases of a large model cheap */
    sqlite3_db_config(*pp, SQLITE_DBCONFIG_LOOKASIDE, 0, 0, 0);
    rc = sqlite3_exec(*pp, "PRAGMA page_size=512", 0, 0, 0);
  }
  if( rc==SQLITE_OK ) rc = scratchAddExtras(p, *pp);
  if( rc!=SQLITE_OK && *pp && sqlite3_errcode(*pp)==SQLITE_NOMEM ){
    rc = SQLITE_NOMEM;
  }
  return rc;
}

/* The name zName in the namespace of kind eKind: its index, or -1. */
static int nameFind(Scratch *p, const char *zName, int eKind){
  unsigned h;
  int bTrig = eKind=='R';
  if( p->nHash==0 ) return -1;
  h = migrateNameHash(zName) & (unsigned)(p->nHash-1);
  while( p->aHash[h] ){
    SName *q = &p->aName[p->aHash[h]-1];
    if( (q->eKind=='R')==bTrig && sqlite3_stricmp(q->zName, zName)==0 ){
      return p->aHash[h]-1;
    }
    h = (h+1) & (unsigned)(p->nHash-1);
  }
  return -1;
}

/* Record name zName of kind eKind (a table: with its CREATE TABLE). */
static int nameAdd(Scratch *p, const char *zName, int eKind,
                   const char *zSql){
  SName *q;
  unsigned h;
  if( (p->nName+1)*2>p->nHash ){
    int nNew = p->nHash ? p->nHash*2 : 256, i;
    int *aNew = sqlite3_malloc64(sizeof(int)*nNew);
    if( aNew==0 ) return SQLITE_NOMEM;
    memset(aNew, 0, sizeof(int)*nNew);
    for(i=0; i<p->nName; i++){
      h = migrateNameHash(p->aName[i].zName) & (unsigned)(nNew-1);
      while( aNew[h] ) h = (h+1) & (unsigned)(nNew-1);
      aNew[h] = i+1;
    }
    sqlite3_free(p->aHash);
    p->aHash = aNew;
    p->nHash = nNew;
  }
  {
    SName *aNew = migrateGrow(p->aName, p->nName, &p->nNameAlloc,
                              sizeof(SName));
    if( aNew==0 ) return SQLITE_NOMEM;
    p->aName = aNew;
  }
  q = &p->aName[p->nName];
  memset(q, 0, sizeof(*q));
  q->zName = sqlite3_mprintf("%s", zName);
  q->eKind = eKind;
  if( q->zName==0 ) return SQLITE_NOMEM;
  if( eKind=='T' ){
    q->zSql = sqlite3_mprintf("%s", zSql);
    if( q->zSql==0 ){ sqlite3_free(q->zName); return SQLITE_NOMEM; }
    q->iDb = p->nTab++ / SCRATCH_TABLES;
    q->iTab = p->pM->pSchema->nTab - 1;
  }
  h = migrateNameHash(zName) & (unsigned)(p->nHash-1);
  while( p->aHash[h] ) h = (h+1) & (unsigned)(p->nHash-1);
  p->aHash[h] = ++p->nName;
  return SQLITE_OK;
}

/*
** SQLite's message when a new object of kind eKind may not take the name
** zName, or NULL when it may.  *peOld is the kind that has it.
*/
static char *nameClash(Scratch *p, const char *zName, int eKind, int *peOld){
  int i = nameFind(p, zName, eKind);
  int eOld;
  *peOld = 0;
  if( i<0 ) return 0;
  *peOld = eOld = p->aName[i].eKind;
  if( eKind=='R' ) return migrateMprintf("trigger %s already exists", zName);
  if( eKind=='I' ){
    if( eOld=='I' ) return migrateMprintf("index %s already exists", zName);
    return migrateMprintf("there is already a table named %s", zName);
  }
  if( eOld=='I' ){
    return migrateMprintf("there is already an index named %s", zName);
  }
  return migrateMprintf("%s %s already exists", eOld=='V' ? "view" : "table",
                        zName);
}

/*
** Prepare (bRun==0) or run exactly one statement: text from a model (a
** column type, a default, a view) must not smuggle in a second one.
** Errors come back as SQLite gives them.
*/
static int checkOne(sqlite3 *db, const char *zSql, int bRun, char **pzErr){
  sqlite3_stmt *pStmt = 0;
  const char *zTail = 0;
  int rc = sqlite3_prepare_v2(db, zSql, -1, &pStmt, &zTail);
  *pzErr = 0;
  if( rc==SQLITE_OK && zTail && *migrateSkipSpace(zTail) ){
    sqlite3_finalize(pStmt);
    *pzErr = sqlite3_mprintf("the text holds more than one statement");
    return SQLITE_ERROR;
  }
  if( rc==SQLITE_OK && pStmt && bRun ) sqlite3_step(pStmt);
  if( rc==SQLITE_OK ) rc = sqlite3_finalize(pStmt);
  if( rc!=SQLITE_OK && rc!=SQLITE_NOMEM ){
    *pzErr = sqlite3_mprintf("%s", sqlite3_errmsg(db));
    if( *pzErr==0 ) rc = SQLITE_NOMEM;
  }
  return rc;
}

/* The scratch database in which table aName[iName] exists. */
static int tableDb(Scratch *p, int iName, sqlite3 **ppDb){
  SName *q = &p->aName[iName];
  int rc = SQLITE_OK;
  if( q->iDb>=p->nDb ){
    sqlite3 **aNew = sqlite3_realloc64(p->aDb, sizeof(sqlite3*)*(q->iDb+1));
    if( aNew==0 ) return SQLITE_NOMEM;
    memset(&aNew[p->nDb], 0, sizeof(sqlite3*)*(q->iDb+1-p->nDb));
    p->aDb = aNew;
    p->nDb = q->iDb+1;
  }
  if( p->aDb[q->iDb]==0 ) rc = scratchOpen(p, &p->aDb[q->iDb]);
  if( rc==SQLITE_OK && !q->bMade ){
    char *zErr = 0;
    rc = checkOne(p->aDb[q->iDb], q->zSql, 1, &zErr);
    sqlite3_free(zErr);             /* it was prepared without error before */
    q->bMade = rc==SQLITE_OK;
  }
  *ppDb = p->aDb[q->iDb];
  return rc;
}

/* The database in which an index or trigger on zTable is run: its
** table's, the database of views, or (no such table) dbCheck, where
** SQLite reports that. */
static int targetDb(Scratch *p, const char *zTable, sqlite3 **ppDb){
  int i = zTable ? nameFind(p, zTable, 'T') : -1;
  if( i>=0 && p->aName[i].eKind=='T' ) return tableDb(p, i, ppDb);
  if( i>=0 && (p->aName[i].eKind=='V' || p->aName[i].eKind=='X') ){
    *ppDb = p->dbView;
    return SQLITE_OK;
  }
  *ppDb = p->dbCheck;
  return SQLITE_OK;
}

/*
** What a CREATE statement makes.  *peKind is 'T' (table), 'I' (index),
** 'R' (trigger), 'V' (view) or 0; *pzName its name and *pzTable the table
** it belongs to (its own name for a table or view), both unquoted;
** *piName the offset of its name (after any schema prefix); *pFlags has
** DDL_UNIQUE, DDL_VIRTUAL, DDL_IFNOT, DDL_TEMP, DDL_AS (CREATE TABLE ...
** AS SELECT).
*/
#define DDL_UNIQUE  0x01
#define DDL_VIRTUAL 0x02
#define DDL_IFNOT   0x04
#define DDL_TEMP    0x08
#define DDL_AS      0x10
#define DDL_SCHEMA  0x20            /* a schema prefix other than main */

static int ddlInfo(const char *zSql, int *peKind, char **pzName,
                   char **pzTable, int *piName, int *pFlags){
  const char *z = migrateSkipSpace(zSql);
  int e, n, eKind = 0, flags = 0, iName = -1, bOn = 0;
  char *zName = 0, *zTable = 0;
  *peKind = 0; *pzName = 0; *pzTable = 0; *piName = 0; *pFlags = 0;
  n = migrateToken(z, &e);
  if( !migrateIsWord(z, n, e, "CREATE") ) return SQLITE_OK;
  for(z+=n; (n = migrateToken(z, &e))>0; z+=n){
    if( e==TK_SPACE ) continue;
    if( eKind==0 ){
      if( migrateIsWord(z, n, e, "TEMP") || migrateIsWord(z, n, e, "TEMPORARY") ){
        flags |= DDL_TEMP;
      }else if( migrateIsWord(z, n, e, "UNIQUE") ) flags |= DDL_UNIQUE;
      else if( migrateIsWord(z, n, e, "VIRTUAL") ) flags |= DDL_VIRTUAL;
      else if( migrateIsWord(z, n, e, "TABLE") ) eKind = 'T';
      else if( migrateIsWord(z, n, e, "INDEX") ) eKind = 'I';
      else if( migrateIsWord(z, n, e, "VIEW") ) eKind = 'V';
      else if( migrateIsWord(z, n, e, "TRIGGER") ) eKind = 'R';
      else break;
      continue;
    }
    if( zName==0 ){
      if( migrateIsWord(z, n, e, "IF") || migrateIsWord(z, n, e, "NOT")
       || migrateIsWord(z, n, e, "EXISTS") ){
        flags |= DDL_IFNOT;
        continue;
      }
      if( e!=TK_WORD && e!=TK_ID && e!=TK_STRING ) break;
      iName = (int)(z - zSql);
      zName = migrateUnquote(z, n);
      if( zName==0 ) return SQLITE_NOMEM;
      /* schema.name: the name follows */
      {
        const char *z2 = migrateSkipSpace(z+n);
        int e2, n2 = migrateToken(z2, &e2);
        if( e2==TK_PUNCT && n2==1 && z2[0]=='.' ){
          if( sqlite3_stricmp(zName, "temp")==0 ) flags |= DDL_TEMP;
          else if( sqlite3_stricmp(zName, "main")!=0 ) flags |= DDL_SCHEMA;
          sqlite3_free(zName);
          zName = 0;
          z = z2;
          n = n2;
        }
      }
      continue;
    }
    if( eKind=='T' ){
      if( migrateIsWord(z, n, e, "AS") ) flags |= DDL_AS;
      break;
    }
    if( eKind=='V' ) break;
    /* an index or a trigger: the table follows ON */
    if( !bOn ){
      if( migrateIsWord(z, n, e, "ON") ) bOn = 1;
      continue;
    }
    if( e!=TK_WORD && e!=TK_ID && e!=TK_STRING ) break;
    sqlite3_free(zTable);
    zTable = migrateUnquote(z, n);
    if( zTable==0 ){ sqlite3_free(zName); return SQLITE_NOMEM; }
    {
      const char *z2 = migrateSkipSpace(z+n);
      int e2, n2 = migrateToken(z2, &e2);
      if( !(e2==TK_PUNCT && n2==1 && z2[0]=='.') ) break;
      z = z2;
      n = n2;
    }
  }
  if( zName && (eKind=='T' || eKind=='V') ){
    zTable = sqlite3_mprintf("%s", zName);
    if( zTable==0 ){ sqlite3_free(zName); return SQLITE_NOMEM; }
  }
  *peKind = eKind; *pzName = zName; *pzTable = zTable;
  *piName = iName<0 ? 0 : iName;
  *pFlags = flags;
  return SQLITE_OK;
}

/*
** The statement zSql (n bytes) as sqlite_schema keeps it: "CREATE TABLE",
** "CREATE UNIQUE INDEX", ... followed by the text from the name on (IF
** NOT EXISTS and a schema prefix dropped), up to its last token.
*/
static char *normSql(const char *zSql, int n, int eKind, int flags,
                     int iName){
  int i = iName, iEnd = iName, e, len;
  while( i<n && (len = migrateToken(&zSql[i], &e))>0 ){
    if( i+len>n ) len = n-i;
    if( e!=TK_SPACE && !(e==TK_PUNCT && zSql[i]==';') ) iEnd = i+len;
    i += len;
  }
  return sqlite3_mprintf("CREATE %s%s %.*s",
      (flags & DDL_UNIQUE) ? "UNIQUE " : (flags & DDL_VIRTUAL) ? "VIRTUAL " : "",
      eKind=='T' ? "TABLE" : eKind=='I' ? "INDEX" : eKind=='V' ? "VIEW"
                 : "TRIGGER", iEnd-iName, &zSql[iName]);
}

/*
** Does CREATE INDEX zSql need no more checking than that its key columns
** exist in table t: only names of t's columns, each with an optional
** COLLATE BINARY|NOCASE|RTRIM and ASC|DESC, and no WHERE?
*/
static int plainIndex(const char *zSql, SchemaTable *t){
  const char *z = zSql;
  int e, n, eState = 0;                  /* 0: before "(", 1: item, 2: after */
  for(; (n = migrateToken(z, &e))>0; z+=n){
    if( e==TK_SPACE ) continue;
    if( eState==0 ){
      if( e==TK_PUNCT && z[0]=='(' ) eState = 1;
      continue;
    }
    if( eState==3 ) return 0;            /* anything after ")" */
    if( eState==1 ){
      char *zCol;
      int k, bFound = 0;
      if( e!=TK_WORD && e!=TK_ID ) return 0;
      zCol = migrateUnquote(z, n);
      if( zCol==0 ) return 0;
      for(k=0; k<t->nCol && !bFound; k++){
        bFound = sqlite3_stricmp(t->aCol[k].zName, zCol)==0;
      }
      sqlite3_free(zCol);
      if( !bFound ) return 0;
      eState = 2;
      continue;
    }
    /* eState==2: after a column name */
    if( e==TK_PUNCT && z[0]==',' ){ eState = 1; continue; }
    if( e==TK_PUNCT && z[0]==')' ){ eState = 3; continue; }
    if( migrateIsWord(z, n, e, "ASC") || migrateIsWord(z, n, e, "DESC") ) continue;
    if( migrateIsWord(z, n, e, "COLLATE") ){
      z += n;
      z = migrateSkipSpace(z);
      n = migrateToken(z, &e);
      if( !migrateIsWord(z, n, e, "BINARY") && !migrateIsWord(z, n, e, "NOCASE")
       && !migrateIsWord(z, n, e, "RTRIM") ){
        return 0;
      }
      continue;
    }
    return 0;
  }
  return eState==3;
}

/*
** SQLite's own judgement of statement zOne's syntax: prepared in the empty
** dbCheck, where the only error that does not count is the missing table
** of an index or a trigger.  The message (as SQLite gives it) is *pzErr.
*/
static int syntaxCheck(Scratch *p, const char *zOne, char **pzErr){
  char *zErr = 0;
  int rc = checkOne(p->dbCheck, zOne, 0, &zErr);
  *pzErr = 0;
  if( rc==SQLITE_ERROR && zErr && strncmp(zErr, "no such table: ", 15)==0 ){
    rc = SQLITE_OK;
  }
  if( rc ) *pzErr = zErr; else sqlite3_free(zErr);
  return rc;
}

/*
** Does CREATE ... IF NOT EXISTS of kind eKind do nothing over name zName?
** As SQLite decides: a table or view over a table or view, an index over
** an index, a trigger over a trigger.  (An index over a table, or a table
** over an index, is still an error.)
*/
static int ifNotExists(Scratch *p, const char *zName, int eKind){
  int i = nameFind(p, zName, eKind=='R' ? 'R' : 'T'), eOld;
  if( i<0 ) return 0;
  eOld = p->aName[i].eKind;
  if( eKind=='I' ) return eOld=='I';
  if( eKind=='R' ) return 1;
  return eOld=='T' || eOld=='V' || eOld=='X';
}

/* The tables of this extension belong to it, not to a model. */
static int reservedTable(Scratch *p, const char *zName, char **pzErr){
  if( migrateSchemaSkip(zName, p->zVersionTable)
   && sqlite3_strnicmp(zName, "sqlite_", 7)!=0 ){
    *pzErr = migrateMprintf("the model defines table %s, which migrate "
                            "keeps for itself", zName);
    return SQLITE_ERROR;
  }
  return SQLITE_OK;
}

/*
** Is CREATE TABLE zSql, as sqlite_schema would keep it, the very text of
** table zName in the schema the model is compared with?  SQLite has then
** read it already, in this connection, and it needs no second judgement.
*/
static int knownTable(Scratch *p, const char *zName, const char *zSql){
  int i = p->pKnown ? migrateSchemaTable(p->pKnown, zName) : -1;
  return i>=0 && strcmp(p->pKnown->aTab[i].zSql, zSql)==0;
}

/*
** Is zErr "no such module: M" for a module M that the application's
** connection has (one that an extension of its own registered)?  The
** scratch databases cannot make such a virtual table; it is taken as
** written, and its shadow tables are known from the live database.
*/
static int appModule(Scratch *p, const char *zErr){
  static const char zNo[] = "no such module: ";
  sqlite3_stmt *pStmt = 0;
  int bHas = 0;
  if( p->dbApp==0 || zErr==0 || strncmp(zErr, zNo, sizeof(zNo)-1)!=0 ){
    return 0;
  }
  if( sqlite3_prepare_v2(p->dbApp, "SELECT 1 FROM pragma_module_list "
                         "WHERE name=?1", -1, &pStmt, 0)==SQLITE_OK ){
    sqlite3_bind_text(pStmt, 1, zErr+sizeof(zNo)-1, -1, SQLITE_STATIC);
    bHas = sqlite3_step(pStmt)==SQLITE_ROW;
  }
  sqlite3_finalize(pStmt);
  if( bHas ) p->bAppModule = 1;
  return bHas;
}

/*
** A model's CREATE TABLE of a shadow table of one of its virtual tables
** (as "sqlite3 .schema" prints them: CREATE TABLE IF NOT EXISTS
** 'doc_fts_data'...) belongs to that virtual table, which makes it: take
** such tables out of the model.  SQLite says which tables are shadow
** tables, in the scratch database where the model's virtual tables were
** made (and, for a module only the application has, in its database).
*/
static int dropShadows(Scratch *p){
  static const char zSql[] = "SELECT name FROM pragma_table_list "
                             "WHERE schema='main' AND type='shadow'";
  MigrateSchema *pS = p->pM->pSchema;
  sqlite3 *aDb[2];
  int k, rc = SQLITE_OK;
  aDb[0] = p->dbView;
  aDb[1] = p->bAppModule ? p->dbApp : 0;
  for(k=0; k<2 && rc==SQLITE_OK; k++){
    sqlite3_stmt *pStmt = 0;
    if( aDb[k]==0 ) continue;
    rc = sqlite3_prepare_v2(aDb[k], zSql, -1, &pStmt, 0);
    while( rc==SQLITE_OK && sqlite3_step(pStmt)==SQLITE_ROW ){
      const char *zName = (const char*)sqlite3_column_text(pStmt, 0);
      int i;
      for(i=pS->nTab-1; zName && i>=0; i--){
        if( sqlite3_stricmp(pS->aTab[i].zName, zName)==0 ){
          migrateSchemaDropTable(pS, i);
        }
      }
    }
    if( pStmt ){
      int rc2 = sqlite3_finalize(pStmt);
      if( rc==SQLITE_OK ) rc = rc2;
    }
  }
  return rc;
}

/*
** Add one CREATE statement zSql of the model, already checked for form,
** with name zName, kind eKind, table zTable: check it with SQLite (see
** above), record its name and add it to the model's schema.  On error
** *pzErr is the message, without the place.
*/
static int addStmt(Scratch *p, const char *zSql, const char *zOrig,
                   int eKind, const char *zName, const char *zTable,
                   char **pzErr){
  MigrateSchema *pS = p->pM->pSchema;
  sqlite3 *db = 0;
  int rc = SQLITE_OK, eOld = 0, iTab = -1;
  char *zErr = 0;
  if( eKind!='T' && zOrig ){
    /* SQLite's syntax check first (the statement as written; its table is
    ** not in dbCheck, and only that may be missing there) */
    rc = syntaxCheck(p, zOrig, &zErr);
    if( rc ){
      *pzErr = zErr;
      return rc;
    }
  }
  if( zOrig==0 ) zOrig = zSql;        /* rendered from JSON by us */
  *pzErr = nameClash(p, zName, eKind=='X' ? 'T' : eKind, &eOld);
  if( *pzErr ) return SQLITE_ERROR;
  switch( eKind ){
    case 'T':
      if( !knownTable(p, zName, zSql) ){
        rc = checkOne(p->dbCheck, zOrig, 0, &zErr);
      }
      if( rc==SQLITE_OK ) rc = migrateSchemaAddTable(pS, zName, zSql);
      break;
    case 'X':                            /* a virtual table */
      if( p->dbView==0 ) rc = scratchOpen(p, &p->dbView);
      if( rc==SQLITE_OK ) rc = checkOne(p->dbView, zOrig, 1, &zErr);
      if( rc==SQLITE_ERROR && appModule(p, zErr) ){
        sqlite3_free(zErr);
        zErr = 0;
        rc = SQLITE_OK;
      }
      if( rc==SQLITE_OK ){
        rc = migrateSchemaAddObj(pS, SCHEMA_VTAB, zName, zName, zSql);
      }
      break;
    case 'V':
      if( p->dbView==0 ) rc = scratchOpen(p, &p->dbView);
      if( rc==SQLITE_OK ) rc = checkOne(p->dbView, zOrig, 1, &zErr);
      if( rc==SQLITE_OK ){
        rc = migrateSchemaAddObj(pS, SCHEMA_VIEW, zName, zName, zSql);
      }
      break;
    default: {                           /* an index or a trigger */
      int i = zTable ? nameFind(p, zTable, 'T') : -1;
      if( i>=0 && p->aName[i].eKind=='T' ){
        iTab = p->aName[i].iTab;
        zTable = p->aName[i].zName;
      }
      if( p->dbView==0 ) rc = scratchOpen(p, &p->dbView);
      if( rc==SQLITE_OK && !(eKind=='I' && iTab>=0
                             && plainIndex(zSql, &pS->aTab[iTab])) ){
        rc = targetDb(p, zTable, &db);
        if( rc==SQLITE_OK ) rc = checkOne(db, zOrig, db!=p->dbCheck, &zErr);
        if( rc==SQLITE_OK && db==p->dbCheck ){
          zErr = sqlite3_mprintf("no such table: main.%s", zTable);
          rc = zErr ? SQLITE_ERROR : SQLITE_NOMEM;
        }
      }
      if( rc==SQLITE_OK ){
        rc = migrateSchemaAddObj(pS, eKind=='I' ? SCHEMA_INDEX
                                 : SCHEMA_TRIGGER, zName, zTable, zSql);
      }
      break;
    }
  }
  if( rc==SQLITE_OK ) rc = nameAdd(p, zName, eKind, zSql);
  if( rc!=SQLITE_OK && rc!=SQLITE_NOMEM ){
    *pzErr = migrateMprintf("%s", zErr ? zErr : sqlite3_errstr(rc));
  }
  sqlite3_free(zErr);
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
    if( z[n]==0 && (e==TK_STRING || e==TK_ID || e==TK_BLOB
                    || (e==TK_SPACE && z[0]=='/')) ){
      /* a quote or a block comment left open runs over what follows */
      char cEnd = e==TK_SPACE ? '/' : z[0]=='[' ? ']' : e==TK_BLOB ? '\''
                                    : z[0];
      if( n<2 || z[n-1]!=cEnd || (e==TK_SPACE && (n<4 || z[n-2]!='*')) ){
        return 0;
      }
    }
    if( e!=TK_PUNCT ) continue;
    if( z[0]=='(' ) depth++;
    else if( z[0]==')' && --depth<0 ) return 0;
    else if( (z[0]==',' || z[0]==';') && depth==0 ) return 0;
  }
  return depth==0;
}

/* The end of line that must follow model text z pasted into DDL: a line
** comment in it would otherwise swallow the rest of the line. */
static const char *eol(const char *z){
  int e, n;
  for(; (n = migrateToken(z, &e))>0; z+=n){
    if( e==TK_SPACE && z[0]=='-' ) return "\n";
  }
  return "";
}

/* The error for model text that is not onePiece(). */
#define NOT_ONE_PIECE "unbalanced parentheses, a quote or comment left " \
                      "open, or a comma outside them"
static int notOnePiece(JDoc *p, int i, const char *zKey, char **pzErr){
  *pzErr = migrateMprintf("%s.%s must be one %s: " NOT_ONE_PIECE, jpath(p, i),
      zKey,
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
static const char *const azRootKeys[] = {
  "tables", "virtual_tables", "views", "triggers", 0
};

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
    if( zType && zType[0] ) sqlite3_str_appendf(s, " %s%s", zType, eol(zType));
    if( bPk ){
      sqlite3_str_appendf(s, " PRIMARY KEY%s%s", bPkDesc ? " DESC" : "",
                          bAuto ? " AUTOINCREMENT" : "");
    }
    if( !bNull ) sqlite3_str_appendall(s, " NOT NULL");
    if( bUnique ) sqlite3_str_appendall(s, " UNIQUE");
    if( zDef ){
      if( isLiteral(zDef) ){
        sqlite3_str_appendf(s, " DEFAULT %s%s", zDef, eol(zDef));
      }else{
        sqlite3_str_appendf(s, " DEFAULT (%s%s)", zDef, eol(zDef));
      }
    }
    if( zColl ) sqlite3_str_appendf(s, " COLLATE \"%w\"", zColl);
    if( zGen ){
      sqlite3_str_appendf(s, " GENERATED ALWAYS AS (%s%s) %s", zGen, eol(zGen),
                          bStored ? "STORED" : "VIRTUAL");
    }
    if( zChk ) sqlite3_str_appendf(s, " CHECK (%s%s)", zChk, eol(zChk));
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
          *pzErr = migrateMprintf("%s must be one expression: "
                                  NOT_ONE_PIECE, jpath(p, c));
          rc = SQLITE_ERROR;
          break;
        }
        sqlite3_str_appendf(s, ",\n  CHECK (%s%s)", p->a[c].zAtom,
                            eol(p->a[c].zAtom));
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
          sqlite3_str_appendf(s, " CHECK (%s%s)", zExpr, eol(zExpr));
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
  {
    int eOld = 0;
    char *zClash = nameClash(pS, zName, 'T', &eOld);
    sqlite3_free(zClash);
    if( zClash && eOld=='T' ){
      *pzErr = migrateMprintf("%s: table %s is defined twice", jpath(p, i),
                              zName);
      rc = SQLITE_ERROR;
      goto done;
    }
  }
  rc = reservedTable(pS, zName, pzErr);
  if( rc==SQLITE_OK ) rc = addStmt(pS, zSql, 0, 'T', zName, zName, &zErr);
  if( rc ){
    if( rc!=SQLITE_NOMEM && *pzErr==0 ){
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
        else if( !onePiece(zItem) ){
          *pzErr = migrateMprintf("%s must be one expression: "
                                  NOT_ONE_PIECE, jpath(p, j));
          rc = SQLITE_ERROR;
          break;
        }else{
          sqlite3_str_appendf(t, "%s%s%s", m++ ? ", " : "", zItem,
                              eol(zItem));
        }
      }
      sqlite3_str_appendchar(t, 1, ')');
      if( zWhere ) sqlite3_str_appendf(t, " WHERE %s%s", zWhere, eol(zWhere));
      {
        char *zI = migrateStrFinish(t);
        if( rc ){ sqlite3_free(zI); break; }
        if( zI==0 ){ rc = SQLITE_NOMEM; break; }
        rc = addStmt(pS, zI, 0, 'I', zIdx, zName, &zErr);
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
  int eWant = zWhat[0]=='t' ? 'R' : strcmp(zWhat, "view")==0 ? 'V' : 'X';
  const char *zStmt = eWant=='R' ? "TRIGGER" : eWant=='V' ? "VIEW"
                                             : "VIRTUAL TABLE";
  for(c=p->a[k].iFirst; rc==SQLITE_OK && c>=0; c=p->a[c].iNext){
    const char *zName, *zSql;
    char *zErr = 0, *zTable = 0, *zObj = 0, *zNorm = 0;
    int eKind = 0, flags = 0, iName = 0;
    rc = jkeys(p, c, azObjKeys, pzErr);
    if( rc==SQLITE_OK ) rc = jtext(p, c, "name", 1, &zName, pzErr);
    if( rc==SQLITE_OK ) rc = jtext(p, c, "sql", 1, &zSql, pzErr);
    if( rc==SQLITE_OK ) rc = ddlInfo(zSql, &eKind, &zObj, &zTable, &iName,
                                     &flags);
    if( rc==SQLITE_OK ){
      const char *zS = migrateSkipSpace(zSql);
      if( eKind=='T' && (flags & DDL_VIRTUAL) ){
        eKind = 'X';
        flags &= ~DDL_VIRTUAL;
      }
      if( eKind!=eWant || zObj==0 || (flags & (DDL_TEMP|DDL_VIRTUAL))
       || *migrateSkipSpace(zS + migrateStmtLength(zS))!=0 ){
        *pzErr = migrateMprintf("%s.sql must be one CREATE %s statement",
                                jpath(p, c), zStmt);
        rc = SQLITE_ERROR;
      }else if( sqlite3_stricmp(zObj, zName)!=0 ){
        *pzErr = migrateMprintf("%s: its sql does not create the %s %s",
                                jpath(p, c), zWhat, zName);
        rc = SQLITE_ERROR;
      }
    }
    if( rc==SQLITE_OK ){
      zNorm = normSql(zSql, (int)strlen(zSql), eKind=='X' ? 'T' : eKind,
                      flags | (eKind=='X' ? DDL_VIRTUAL : 0), iName);
      if( zNorm==0 ) rc = SQLITE_NOMEM;
    }
    if( rc==SQLITE_OK ){
      rc = addStmt(pS, zNorm, zSql, eKind, zObj, zTable, &zErr);
      if( rc && rc!=SQLITE_NOMEM ){
        *pzErr = migrateMprintf("%s (%s %s): %s", jpath(p, c), zWhat, zName,
                                zErr ? zErr : "");
      }
    }
    sqlite3_free(zErr);
    sqlite3_free(zTable);
    sqlite3_free(zObj);
    sqlite3_free(zNorm);
  }
  return rc;
}

static int loadJson(Scratch *pS, const char *zModel, MigrateModel *pM,
                    char **pzErr){
  JDoc doc;
  int rc, k;
  rc = jdocLoad(zModel, &doc, pzErr);
  if( rc ) return rc;
  rc = jkeys(&doc, 0, azRootKeys, pzErr);
  if( rc==SQLITE_OK ) rc = jarray(&doc, 0, "tables", &k, pzErr);
  if( rc==SQLITE_OK && k>=0 ){
    int c;
    for(c=doc.a[k].iFirst; rc==SQLITE_OK && c>=0; c=doc.a[c].iNext){
      rc = renderTable(pS, &doc, c, pM, pzErr);
    }
  }
  if( rc==SQLITE_OK ) rc = jarray(&doc, 0, "virtual_tables", &k, pzErr);
  if( rc==SQLITE_OK && k>=0 ){
    rc = renderObjs(pS, &doc, k, "virtual table", pzErr);
  }
  if( rc==SQLITE_OK ) rc = jarray(&doc, 0, "views", &k, pzErr);
  if( rc==SQLITE_OK && k>=0 ) rc = renderObjs(pS, &doc, k, "view", pzErr);
  if( rc==SQLITE_OK ) rc = jarray(&doc, 0, "triggers", &k, pzErr);
  if( rc==SQLITE_OK && k>=0 ) rc = renderObjs(pS, &doc, k, "trigger", pzErr);
  jdocFree(&doc);
  return rc;
}

/*
** Rename hints of a DDL model.  A comment "-- renamed_from: OLD" at the end
** of the line of a column's definition says that the column was called
** OLD; on the line of CREATE TABLE (before the first column starts on it),
** or after the table's closing parenthesis, that the table was.  It means
** what "renamed_from" means in JSON.
*/
typedef struct Hints Hints;
struct Hints {
  const char *z;             /* the statement */
  int iLine;                 /* where the current line starts */
  int iItem;                 /* the column definition being read: where it
                             ** starts, or -1 (none, or a constraint) */
  int iLast;                 /* where the last column definition starts */
  int bExpect;               /* an item of the column list comes next */
  int bClosed;               /* after the ")" of the column list */
};

/* The old name of hint comment z (n bytes), or NULL if it is none. */
static char *hintName(const char *z, int n, int *pbHint){
  static const char zKey[] = "renamed_from:";
  int i = 2;
  *pbHint = 0;
  while( i<n && (z[i]==' ' || z[i]=='\t') ) i++;
  if( n-i<(int)sizeof(zKey)-1 || sqlite3_strnicmp(&z[i], zKey, sizeof(zKey)-1) ){
    return 0;
  }
  *pbHint = 1;
  i += sizeof(zKey)-1;
  while( i<n && (z[i]==' ' || z[i]=='\t') ) i++;
  while( n>i && (z[n-1]==' ' || z[n-1]=='\t' || z[n-1]=='\r') ) n--;
  return n>i ? migrateUnquote(&z[i], n-i) : 0;
}

/* Is the top-level item at z a column definition (not a constraint)? */
static int hintIsColumn(const char *z){
  static const char *const azCons[] = {
    "CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN", 0
  };
  int e, n = migrateToken(z, &e), i;
  for(i=0; azCons[i]; i++) if( migrateIsWord(z, n, e, azCons[i]) ) return 0;
  return 1;
}

/* Record the hint of comment z (n bytes) for table zTab of model pM. */
static int hintAdd(MigrateModel *pM, Hints *h, const char *zTab,
                   const char *z, int n, char **pzErr){
  int bHint, rc, e;
  char *zOld = hintName(z, n, &bHint), *zCol = 0;
  if( !bHint ) return SQLITE_OK;
  if( zOld==0 ){
    *pzErr = migrateMprintf("table %s: a renamed_from comment names no "
                            "old name", zTab);
    return SQLITE_ERROR;
  }
  if( !h->bClosed && h->iLast>=0
   && (h->iItem==h->iLast || h->iLast>=h->iLine) ){
    /* in the column's definition, or after it on the line it starts on */
    const char *zItem = &h->z[h->iLast];
    zCol = migrateUnquote(zItem, migrateToken(zItem, &e));
    rc = zCol ? addRename(pM, zTab, zOld, zCol) : SQLITE_NOMEM;
  }else if( h->bClosed || h->iLine==0 ){
    rc = addRename(pM, 0, zOld, zTab);
  }else{
    *pzErr = migrateMprintf("table %s: the renamed_from comment \"%.*s\" is "
        "on a line that starts no column (put it at the end of the line of "
        "CREATE TABLE or of the column's definition)", zTab, n, z);
    rc = SQLITE_ERROR;
  }
  sqlite3_free(zOld);
  sqlite3_free(zCol);
  return rc;
}

/*
** Read the hints of CREATE TABLE zTab, the n bytes at z, into pM.
** *pzClean is then the statement without them (NULL if it had none), so
** that they are not copied into the database's schema.
*/
static int ddlHints(MigrateModel *pM, const char *zTab, const char *z, int n,
                    char **pzClean, char **pzErr){
  Hints h;
  MigrateBuf b;
  int i = 0, e, len, depth = 0, rc = SQLITE_OK, nHint = 0;
  *pzClean = 0;
  memset(&h, 0, sizeof(h));
  h.z = z;
  h.iItem = h.iLast = -1;
  migrateBufInit(&b);
  while( rc==SQLITE_OK && i<n && (len = migrateToken(&z[i], &e))>0 ){
    int bDrop = 0;
    if( i+len>n ) len = n-i;
    if( e==TK_SPACE && z[i]=='-' ){
      int nOld = pM->nRen;
      rc = hintAdd(pM, &h, zTab, &z[i], len, pzErr);
      bDrop = pM->nRen>nOld;
      nHint += bDrop;
    }else if( e==TK_SPACE ){
      int k;
      for(k=0; k<len; k++) if( z[i+k]=='\n' ) h.iLine = i+k+1;
    }else if( h.bExpect ){
      h.bExpect = 0;
      h.iItem = hintIsColumn(&z[i]) ? i : -1;
      if( h.iItem>=0 ) h.iLast = i;
    }
    if( e==TK_PUNCT && z[i]=='(' ){
      if( ++depth==1 && !h.bClosed ) h.bExpect = 1;
    }else if( e==TK_PUNCT && z[i]==')' ){
      if( --depth==0 ) h.bClosed = 1;
    }else if( e==TK_PUNCT && z[i]==',' && depth==1 ){
      h.bExpect = 1;
      h.iItem = -1;
    }
    if( bDrop ){                 /* the hint, and the blanks before it */
      while( b.n>0 && (b.z[b.n-1]==' ' || b.z[b.n-1]=='\t') ) b.n--;
    }else{
      migrateBufAppend(&b, &z[i], len);
    }
    i += len;
  }
  if( rc==SQLITE_OK && nHint ){
    *pzClean = migrateBufFinish(&b);
    if( *pzClean==0 ) rc = SQLITE_NOMEM;
  }
  migrateBufClear(&b);
  return rc;
}

/* The length of a "--" comment that follows at z on the same line. */
static int lineTail(const char *z){
  int i = 0;
  while( z[i]==' ' || z[i]=='\t' ) i++;
  if( z[i]!='-' || z[i+1]!='-' ) return 0;
  while( z[i] && z[i]!='\n' ) i++;
  return i;
}

/* A DDL model: CREATE statements only, taken one by one. */
static int loadDdl(Scratch *pS, const char *zModel, char **pzErr){
  const char *zSql = zModel;
  int rc = SQLITE_OK, iStmt = 0;
  while( rc==SQLITE_OK && *migrateSkipSpace(zSql) ){
    const char *zStart = migrateSkipSpace(zSql);
    int nStmt = migrateStmtLength(zStart);
    int nTail = lineTail(zStart+nStmt);
    int nShow = migrateExcerptLen(zStart, nStmt, 80);
    const char *zMore = nStmt>80 ? "..." : "";
    int eKind = 0, flags = 0, iName = 0, e, n;
    char *zName = 0, *zTable = 0, *zNorm = 0, *zErr = 0, *zClean = 0;
    const char *zNoted = 0;    /* when SQLite takes the statement: why not */
    char *zOne = sqlite3_mprintf("%.*s", nStmt, zStart);
    iStmt++;
    if( zOne==0 ) return SQLITE_NOMEM;
    zSql = zStart + nStmt + nTail;
    rc = ddlInfo(zStart, &eKind, &zName, &zTable, &iName, &flags);
    if( rc==SQLITE_OK && eKind=='T' && zName && !(flags & DDL_VIRTUAL)
     && (strstr(zOne, "renamed_from") || nTail>0) ){
      /* rename hints: read, then left out of the statement */
      rc = ddlHints(pS->pM, zName, zStart, nStmt+nTail, &zClean, &zErr);
      if( rc==SQLITE_OK && zClean ){
        sqlite3_free(zOne); zOne = zClean;
        sqlite3_free(zName); zName = 0;
        sqlite3_free(zTable); zTable = 0;
        zStart = zOne;
        nStmt = (int)strlen(zOne);
        nShow = migrateExcerptLen(zStart, nStmt, 80);
        rc = ddlInfo(zStart, &eKind, &zName, &zTable, &iName, &flags);
      }
    }
    n = migrateToken(zStart, &e);
    if( rc ){
      /* out of memory */
    }else if( flags & DDL_TEMP ){
      *pzErr = migrateMprintf("statement %d of the model creates a TEMP "
          "object, which is not part of a database's schema: %.*s%s",
          iStmt, nShow, zStart, zMore);
      rc = SQLITE_ERROR;
    }else if( !migrateIsWord(zStart, n, e, "CREATE") ){
      *pzErr = migrateMprintf("statement %d of the model is not a CREATE "
          "statement: %.*s%s", iStmt, nShow, zStart, zMore);
      rc = SQLITE_ERROR;
    }else if( eKind==0 ){
      zNoted = "not a CREATE TABLE, INDEX, VIEW or TRIGGER statement";
    }else if( zName==0 ){
      zNoted = "incomplete input";
    }else if( flags & DDL_SCHEMA ){
      zNoted = "unknown database";
    }else if( eKind=='T' && (flags & DDL_AS) ){
      zErr = sqlite3_mprintf("a model table must declare its columns, not be "
                             "made AS SELECT");
      rc = zErr ? SQLITE_ERROR : SQLITE_NOMEM;
    }else if( (flags & DDL_IFNOT) && ifNotExists(pS, zName, eKind) ){
      /* IF NOT EXISTS over an object of its kind: nothing, as in SQLite,
      ** once SQLite has read the statement */
      rc = syntaxCheck(pS, zOne, &zErr);
    }else{
      zNorm = normSql(zStart, nStmt, eKind, flags, iName);
      if( flags & DDL_VIRTUAL ) eKind = 'X';
      if( zNorm==0 ) rc = SQLITE_NOMEM;
      if( rc==SQLITE_OK && eKind=='T' ) rc = reservedTable(pS, zName, pzErr);
      if( rc==SQLITE_OK ){
        rc = addStmt(pS, zNorm, zOne, eKind, zName, zTable, &zErr);
      }
    }
    if( zNoted ){
      /* a malformed statement: SQLite names what is wrong with it */
      rc = checkOne(pS->dbCheck, zOne, 0, &zErr);
      if( rc==SQLITE_OK ){
        zErr = sqlite3_mprintf("%s", zNoted);
        rc = zErr ? SQLITE_ERROR : SQLITE_NOMEM;
      }
    }
    if( rc && rc!=SQLITE_NOMEM && *pzErr==0 ){
      *pzErr = migrateMprintf("statement %d of the model (%.*s%s): %s",
          iStmt, nShow, zStart, zMore, zErr ? zErr : "");
    }
    sqlite3_free(zName);
    sqlite3_free(zTable);
    sqlite3_free(zNorm);
    sqlite3_free(zErr);
    sqlite3_free(zOne);
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
** The model may use the functions and collations of connection db (if not
** NULL).  pKnown, if not NULL, is db's schema, which the model will be
** compared with: a table whose CREATE TABLE is word for word one of its
** tables is not judged again.
*/
int migrateModelLoad(sqlite3_value *pVal, const char *zVersionTable,
                     sqlite3 *db, MigrateSchema *pKnown, MigrateModel **ppM,
                     char **pzErr){
  MigrateModel *pM;
  Scratch scratch;
  const char *z;
  int rc;
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
  scratch.pM = pM;
  scratch.pKnown = pKnown;
  scratch.zVersionTable = zVersionTable;
  scratch.dbApp = db;
  pM->pSchema = migrateSchemaNew();
  rc = pM->pSchema ? scratchReadExtras(&scratch, db) : SQLITE_NOMEM;
  if( rc==SQLITE_OK ) rc = scratchOpen(&scratch, &scratch.dbCheck);
  if( rc==SQLITE_OK ){
    if( *migrateSkipSpace(z)=='{' ) rc = loadJson(&scratch, z, pM, pzErr);
    else rc = loadDdl(&scratch, z, pzErr);
  }
  if( rc==SQLITE_OK ) rc = dropShadows(&scratch);
  scratchClose(&scratch);
  if( rc==SQLITE_OK ) rc = migrateSchemaIndex(pM->pSchema);
  if( rc==SQLITE_OK ) rc = migrateSchemaResolveFks(pM->pSchema);
  if( rc ){
    migrateModelFree(pM);
    return rc;
  }
  *ppM = pM;
  return SQLITE_OK;
}

/*
** A diff is judged by SQLite before it is taken.  SQLite's own ALTER TABLE
** (RENAME TO, RENAME COLUMN, DROP COLUMN) checks every view and trigger of
** the schema as it goes, and fails on one that does not resolve at that
** moment: a view left stale by an old change, a function only the
** application has, a trigger that names a view the diff dropped; and it
** has bugs of its own (a DROP COLUMN after a column whose line ends in a
** "--" comment, in 3.40).  It also rewrites what it checks: double-quoted
** strings become single-quoted, and "rowid" becomes the name of a renamed
** INTEGER PRIMARY KEY column.
**
** So when a diff alters tables, its SQL is run, operation by operation, on
** a copy of the schema it starts from (tables, views, triggers, no rows, no
** function of the application) in a scratch database.  An operation that
** fails there tells migrateModelDiff() what to change: a view or trigger
** named in the error is dropped before the tables change and made again
** after ("lifted"); a table whose ALTER fails otherwise is rebuilt.  When
** the diff runs, every view and trigger whose text there does not mean
** what pTo's does (by the canonical form of schema.c) is dropped and made
** again from pTo's text at the end.
*/
static int judgeNeeded(const MigrateDiff *pDiff){
  int i;
  for(i=0; i<pDiff->nOp; i++){
    const char *z = pDiff->aOp[i].zOp;
    if( strcmp(z, "rename_table")==0 || strcmp(z, "rename_column")==0
     || strcmp(z, "drop_column")==0 || strcmp(z, "rebuild_table")==0 ){
      return 1;
    }
  }
  return 0;
}

/* Make pS's tables and objects in db (the ones SQLite refuses are left
** out: what cannot be made cannot be rewritten). */
static int judgeBuild(sqlite3 *db, MigrateSchema *pS){
  int i, rc = SQLITE_OK;
  for(i=0; rc!=SQLITE_NOMEM && i<pS->nTab; i++){
    rc = sqlite3_exec(db, pS->aTab[i].zSql, 0, 0, 0);
  }
  for(i=0; rc!=SQLITE_NOMEM && i<pS->nObj; i++){
    rc = sqlite3_exec(db, pS->aObj[i].zSql, 0, 0, 0);
  }
  return rc==SQLITE_NOMEM ? rc : SQLITE_OK;
}

/* Add the drop and the create of view or trigger o to pDiff. */
static int judgeRedo(MigrateDiff *pDiff, const SchemaObj *o){
  int bView = o->eType==SCHEMA_VIEW;
  MigrateOp *aNew = sqlite3_realloc64(pDiff->aOp,
                                      sizeof(MigrateOp)*(pDiff->nOp+2));
  MigrateOp *p;
  if( aNew==0 ) return SQLITE_NOMEM;
  pDiff->aOp = aNew;
  p = &aNew[pDiff->nOp];
  memset(p, 0, sizeof(MigrateOp)*2);
  p[0].zOp = bView ? "drop_view" : "drop_trigger";
  p[0].zObject = sqlite3_mprintf("%s", o->zName);
  p[0].zSql = sqlite3_mprintf("DROP %s \"%w\";\n", bView ? "VIEW" : "TRIGGER",
                              o->zName);
  p[1].zOp = bView ? "create_view" : "create_trigger";
  p[1].zObject = sqlite3_mprintf("%s", o->zName);
  p[1].zSql = migrateClosedStmt(o->zSql);
  pDiff->nOp += 2;
  if( !p[0].zObject || !p[0].zSql || !p[1].zObject || !p[1].zSql ){
    return SQLITE_NOMEM;
  }
  return SQLITE_OK;
}

/* After the diff ran in dbS: make again what SQLite rewrote. */
static int judgeSettle(sqlite3 *dbS, MigrateSchema *pTo, MigrateDiff *pDiff){
  sqlite3_stmt *pStmt = 0;
  int i, rc = sqlite3_prepare_v2(dbS, "SELECT sql FROM sqlite_schema "
                                 "WHERE type=?1 AND name=?2", -1, &pStmt, 0);
  for(i=0; rc==SQLITE_OK && i<pTo->nObj; i++){
    const SchemaObj *o = &pTo->aObj[i];
    const char *zNow;
    if( o->eType!=SCHEMA_VIEW && o->eType!=SCHEMA_TRIGGER ) continue;
    sqlite3_bind_text(pStmt, 1, o->eType==SCHEMA_VIEW ? "view" : "trigger",
                      -1, SQLITE_STATIC);
    sqlite3_bind_text(pStmt, 2, o->zName, -1, SQLITE_STATIC);
    if( sqlite3_step(pStmt)==SQLITE_ROW
     && (zNow = (const char*)sqlite3_column_text(pStmt, 0))!=0 ){
      char *zKey = migrateObjKey(zNow, o->eType);
      if( zKey==0 ) rc = SQLITE_NOMEM;
      else if( strcmp(zKey, o->zKey)!=0 ) rc = judgeRedo(pDiff, o);
      sqlite3_free(zKey);
    }
    if( rc==SQLITE_OK ) rc = sqlite3_reset(pStmt);
  }
  sqlite3_finalize(pStmt);
  return rc;
}

/*
** Run pDiff on a copy of pFrom in a scratch database.  If an operation
** fails, *piFail is its index and *pzMsg SQLite's message; else *piFail is
** -1 and pDiff holds what makes the rewritten views and triggers pTo's
** again.
*/
int migrateDiffJudge(MigrateSchema *pFrom, MigrateSchema *pTo,
                     MigrateDiff *pDiff, int *piFail, char **pzMsg){
  Scratch s;
  sqlite3 *dbS = 0;
  int rc, i, nOp = pDiff->nOp;
  *piFail = -1;
  *pzMsg = 0;
  if( !judgeNeeded(pDiff) ) return SQLITE_OK;
  memset(&s, 0, sizeof(s));
  rc = scratchOpen(&s, &dbS);
  if( rc==SQLITE_OK ) rc = judgeBuild(dbS, pFrom);
  for(i=0; rc==SQLITE_OK && i<nOp; i++){
    if( sqlite3_exec(dbS, pDiff->aOp[i].zSql, 0, 0, 0)!=SQLITE_OK ){
      if( sqlite3_errcode(dbS)==SQLITE_NOMEM ) rc = SQLITE_NOMEM;
      *piFail = i;
      *pzMsg = sqlite3_mprintf("%s", sqlite3_errmsg(dbS));
      if( *pzMsg==0 ) rc = SQLITE_NOMEM;
      break;
    }
  }
  if( rc==SQLITE_OK && *piFail<0 ) rc = judgeSettle(dbS, pTo, pDiff);
  if( rc!=SQLITE_OK && rc!=SQLITE_NOMEM && dbS
   && sqlite3_errcode(dbS)==SQLITE_NOMEM ){
    rc = SQLITE_NOMEM;
  }
  sqlite3_close(dbS);
  scratchClose(&s);
  return rc==SQLITE_NOMEM ? rc : SQLITE_OK;
}
