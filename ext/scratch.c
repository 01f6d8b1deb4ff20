/*
** scratch.c - SQLite's judgement of a model's statements, in scratch
** in-memory databases that never hold a row.
**
** Every statement of a model is judged by SQLite itself before it is
** taken, as cheaply as SQLite allows: a CREATE TABLE is only prepared (in
** dbCheck, which holds nothing); an index or trigger is run in a scratch
** database that holds its table (made on demand, 64 tables to a database);
** views and virtual tables are run in dbView.  The names of the model are
** kept here, so that two objects cannot take one name.  The application's
** own functions and collations get stand-ins in every scratch database, so
** that a model may use them.  The shadow tables of the model's virtual
** tables are then taken out of the model.
**
** migrateDiffSettle() asks SQLite how its own ALTER TABLE would rewrite
** views and triggers along a diff (double-quoted strings, "rowid" of a
** renamed INTEGER PRIMARY KEY), and adds what makes them the model's again.
*/
#include "migrate.h"
#include <string.h>

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


struct ScratchName {
  char *zName;
  int eKind;                 /* 'T' table, 'I' index, 'V' view, 'X' virtual
                             ** table, 'R' trigger */
  char *zSql;                /* a table's CREATE TABLE, run on demand */
  int iTab;                  /* a table's index in the model's schema */
  int iDb;                   /* a table's scratch database, in aDb */
  int bMade;                 /* the table exists in aDb[iDb] */
};

/* A function or collation of the application's connection. */

struct ScratchFunc {
  char *zName;
  int eType;                 /* 's' scalar, 'a' aggregate, 'w' window
                             ** function; 'c' collation */
  int nArg;                  /* -1: any number */
  int flags;                 /* SQLITE_DETERMINISTIC, _DIRECTONLY, ... */
};


void migrateScratchClose(MigrateScratch *p){
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
static void scratchStubFunc(sqlite3_context *ctx, int argc,
                            sqlite3_value **argv){
  (void)argc; (void)argv;
  sqlite3_result_null(ctx);
}

static void scratchStubFinal(sqlite3_context *ctx){
  sqlite3_result_null(ctx);
}

static int scratchStubColl(void *pArg, int n1, const void *z1, int n2,
                    const void *z2){
  int c = memcmp(z1, z2, n1<n2 ? n1 : n2);
  (void)pArg;
  return c ? c : n1-n2;
}

/* Add the name in column 0 of pStmt's row, of kind eType, to p->aFunc. */
static int scratchExtraAdd(MigrateScratch *p, sqlite3_stmt *pStmt, int eType){
  const char *zName = (const char*)sqlite3_column_text(pStmt, 0);
  ScratchFunc *f;
  if( zName==0 ) return SQLITE_NOMEM;
  f = migrateGrow(p->aFunc, p->nFunc, sizeof(ScratchFunc));
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
static int scratchReadExtras(MigrateScratch *p, sqlite3 *db){
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
      rc = scratchExtraAdd(p, pStmt, k==1 ? 'c' : zType ? zType[0] : 's');
    }
    if( pStmt ){
      int rc2 = sqlite3_finalize(pStmt);
      if( rc==SQLITE_OK ) rc = rc2;
    }
  }
  return rc==SQLITE_NOMEM ? rc : SQLITE_OK;
}

/* Give scratch database db the stand-ins read by scratchReadExtras(). */
static int scratchAddExtras(MigrateScratch *p, sqlite3 *db){
  int i, rc = SQLITE_OK;
  for(i=0; rc==SQLITE_OK && i<p->nFunc; i++){
    ScratchFunc *f = &p->aFunc[i];
    int enc = SQLITE_UTF8 | f->flags;
    if( f->eType=='c' ){
      rc = sqlite3_create_collation_v2(db, f->zName, SQLITE_UTF8, 0,
                                       scratchStubColl, 0);
    }else if( f->eType=='w' ){
      rc = sqlite3_create_window_function(db, f->zName, f->nArg, enc, 0,
               scratchStubFunc, scratchStubFinal, scratchStubFinal, scratchStubFunc, 0);
    }else if( f->eType=='a' ){
      rc = sqlite3_create_function_v2(db, f->zName, f->nArg, enc, 0, 0,
                                      scratchStubFunc, scratchStubFinal, 0);
    }else{
      rc = sqlite3_create_function_v2(db, f->zName, f->nArg, enc, 0,
                                      scratchStubFunc, 0, 0, 0);
    }
  }
  return rc;
}

/* A new empty in-memory database in *pp, with the stand-ins of p. */
static int scratchOpen(MigrateScratch *p, sqlite3 **pp){
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
static int scratchNameFind(MigrateScratch *p, const char *zName, int eKind){
  unsigned h;
  int bTrig = eKind=='R';
  if( p->nHash==0 ) return -1;
  h = migrateNameHash(zName) & (unsigned)(p->nHash-1);
  while( p->aHash[h] ){
    ScratchName *q = &p->aName[p->aHash[h]-1];
    if( (q->eKind=='R')==bTrig && sqlite3_stricmp(q->zName, zName)==0 ){
      return p->aHash[h]-1;
    }
    h = (h+1) & (unsigned)(p->nHash-1);
  }
  return -1;
}

/* Record name zName of kind eKind (a table: with its CREATE TABLE). */
static int scratchNameAdd(MigrateScratch *p, const char *zName, int eKind,
                   const char *zSql){
  ScratchName *q;
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
    ScratchName *aNew = migrateGrow(p->aName, p->nName, sizeof(ScratchName));
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
    q->iTab = p->pSchema->nTab - 1;
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
static char *scratchNameClash(MigrateScratch *p, const char *zName, int eKind,
                              int *peOld){
  int i = scratchNameFind(p, zName, eKind);
  int eOld;
  *peOld = 0;
  if( i<0 ) return 0;
  *peOld = eOld = p->aName[i].eKind;
  if( eKind=='R' ) return sqlite3_mprintf("trigger %s already exists", zName);
  if( eKind=='I' ){
    if( eOld=='I' ) return sqlite3_mprintf("index %s already exists", zName);
    return sqlite3_mprintf("there is already a table named %s", zName);
  }
  if( eOld=='I' ){
    return sqlite3_mprintf("there is already an index named %s", zName);
  }
  return sqlite3_mprintf("%s %s already exists", eOld=='V' ? "view" : "table",
                        zName);
}

/*
** Prepare (bRun==0) or run exactly one statement: text from a model (a
** column type, a default, a view) must not smuggle in a second one.
** Errors come back as SQLite gives them.
*/
static int scratchCheckOne(sqlite3 *db, const char *zSql, int bRun,
                           char **pzErr){
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

/*
** Start judging a model whose schema goes to pSchema: read the functions
** and collations of the application's connection dbApp (if not NULL) and
** open dbCheck.  pKnown, if not NULL, is the schema the model will be
** compared with: its tables need no second judgement.
*/
int migrateScratchInit(MigrateScratch *p, MigrateSchema *pSchema,
                       MigrateSchema *pKnown, const char *zVersionTable,
                       sqlite3 *dbApp){
  int rc;
  memset(p, 0, sizeof(*p));
  p->pSchema = pSchema;
  p->pKnown = pKnown;
  p->zVersionTable = zVersionTable;
  p->dbApp = dbApp;
  rc = scratchReadExtras(p, dbApp);
  if( rc==SQLITE_OK ) rc = scratchOpen(p, &p->dbCheck);
  return rc;
}

/* The kind of the model's object of name zName ('T' table, 'V' view, 'I'
** index, 'X' virtual table), or 0 if there is none. */
int migrateScratchKind(MigrateScratch *p, const char *zName){
  int i = scratchNameFind(p, zName, 'T');
  return i<0 ? 0 : p->aName[i].eKind;
}

/* Prepare statement zSql in dbCheck (which holds nothing). */
int migrateScratchCheck(MigrateScratch *p, const char *zSql, char **pzErr){
  return scratchCheckOne(p->dbCheck, zSql, 0, pzErr);
}

/* The scratch database in which table aName[iName] exists. */
static int scratchTableDb(MigrateScratch *p, int iName, sqlite3 **ppDb){
  ScratchName *q = &p->aName[iName];
  int rc = SQLITE_OK;
  while( q->iDb>=p->nDb ){
    sqlite3 **aNew = migrateGrow(p->aDb, p->nDb, sizeof(sqlite3*));
    if( aNew==0 ) return SQLITE_NOMEM;
    p->aDb = aNew;
    p->aDb[p->nDb++] = 0;
  }
  if( p->aDb[q->iDb]==0 ) rc = scratchOpen(p, &p->aDb[q->iDb]);
  if( rc==SQLITE_OK && !q->bMade ){
    char *zErr = 0;
    rc = scratchCheckOne(p->aDb[q->iDb], q->zSql, 1, &zErr);
    sqlite3_free(zErr);             /* it was prepared without error before */
    q->bMade = rc==SQLITE_OK;
  }
  *ppDb = p->aDb[q->iDb];
  return rc;
}

/* The database in which an index or trigger on zTable is run: its
** table's, the database of views, or (no such table) dbCheck, where
** SQLite reports that. */
static int scratchTargetDb(MigrateScratch *p, const char *zTable,
                           sqlite3 **ppDb){
  int i = zTable ? scratchNameFind(p, zTable, 'T') : -1;
  if( i>=0 && p->aName[i].eKind=='T' ) return scratchTableDb(p, i, ppDb);
  if( i>=0 && (p->aName[i].eKind=='V' || p->aName[i].eKind=='X') ){
    *ppDb = p->dbView;
    return SQLITE_OK;
  }
  *ppDb = p->dbCheck;
  return SQLITE_OK;
}

/*
** Does CREATE INDEX zSql need no more checking than that its key columns
** exist in table t: only names of t's columns, each with an optional
** COLLATE BINARY|NOCASE|RTRIM and ASC|DESC, and no WHERE?
*/
static int scratchPlainIndex(const char *zSql, SchemaTable *t){
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
int migrateScratchSyntax(MigrateScratch *p, const char *zOne, char **pzErr){
  char *zErr = 0;
  int rc = scratchCheckOne(p->dbCheck, zOne, 0, &zErr);
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
int migrateScratchIfNotExists(MigrateScratch *p, const char *zName, int eKind){
  int i = scratchNameFind(p, zName, eKind=='R' ? 'R' : 'T'), eOld;
  if( i<0 ) return 0;
  eOld = p->aName[i].eKind;
  if( eKind=='I' ) return eOld=='I';
  if( eKind=='R' ) return 1;
  return eOld=='T' || eOld=='V' || eOld=='X';
}

/* The tables of this extension belong to it, not to a model. */
int migrateScratchReserved(MigrateScratch *p, const char *zName, char **pzErr){
  if( migrateSchemaSkip(zName, p->zVersionTable)
   && sqlite3_strnicmp(zName, "sqlite_", 7)!=0 ){
    *pzErr = sqlite3_mprintf("the model defines table %s, which migrate "
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
static int scratchKnownTable(MigrateScratch *p, const char *zName,
                             const char *zSql){
  int i = p->pKnown ? migrateSchemaTable(p->pKnown, zName) : -1;
  return i>=0 && strcmp(p->pKnown->aTab[i].zSql, zSql)==0;
}

/*
** Is zErr "no such module: M" for a module M that the application's
** connection has (one that an extension of its own registered)?  The
** scratch databases cannot make such a virtual table; it is taken as
** written, and its shadow tables are known from the live database.
*/
static int scratchAppModule(MigrateScratch *p, const char *zErr){
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
int migrateScratchDropShadows(MigrateScratch *p){
  static const char zSql[] = "SELECT name FROM pragma_table_list "
                             "WHERE schema='main' AND type='shadow'";
  MigrateSchema *pS = p->pSchema;
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
int migrateScratchAdd(MigrateScratch *p, const char *zSql, const char *zOrig,
                   int eKind, const char *zName, const char *zTable,
                   char **pzErr){
  MigrateSchema *pS = p->pSchema;
  sqlite3 *db = 0;
  int rc = SQLITE_OK, eOld = 0, iTab = -1;
  char *zErr = 0;
  if( eKind!='T' && zOrig ){
    /* SQLite's syntax check first (the statement as written; its table is
    ** not in dbCheck, and only that may be missing there) */
    rc = migrateScratchSyntax(p, zOrig, &zErr);
    if( rc ){
      *pzErr = zErr;
      return rc;
    }
  }
  if( zOrig==0 ) zOrig = zSql;        /* rendered from JSON by us */
  *pzErr = scratchNameClash(p, zName, eKind=='X' ? 'T' : eKind, &eOld);
  if( *pzErr ) return SQLITE_ERROR;
  switch( eKind ){
    case 'T':
      if( !scratchKnownTable(p, zName, zSql) ){
        rc = scratchCheckOne(p->dbCheck, zOrig, 0, &zErr);
      }
      if( rc==SQLITE_OK ) rc = migrateSchemaAddTable(pS, zName, zSql);
      break;
    case 'X':                            /* a virtual table */
      if( p->dbView==0 ) rc = scratchOpen(p, &p->dbView);
      if( rc==SQLITE_OK ) rc = scratchCheckOne(p->dbView, zOrig, 1, &zErr);
      if( rc==SQLITE_ERROR && scratchAppModule(p, zErr) ){
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
      if( rc==SQLITE_OK ) rc = scratchCheckOne(p->dbView, zOrig, 1, &zErr);
      if( rc==SQLITE_OK ){
        rc = migrateSchemaAddObj(pS, SCHEMA_VIEW, zName, zName, zSql);
      }
      break;
    default: {                           /* an index or a trigger */
      int i = zTable ? scratchNameFind(p, zTable, 'T') : -1;
      if( i>=0 && p->aName[i].eKind=='T' ){
        iTab = p->aName[i].iTab;
        zTable = p->aName[i].zName;
      }
      if( p->dbView==0 ) rc = scratchOpen(p, &p->dbView);
      if( rc==SQLITE_OK && !(eKind=='I' && iTab>=0
                             && scratchPlainIndex(zSql, &pS->aTab[iTab])) ){
        rc = scratchTargetDb(p, zTable, &db);
        if( rc==SQLITE_OK ) rc = scratchCheckOne(db, zOrig, db!=p->dbCheck, &zErr);
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
  if( rc==SQLITE_OK ) rc = scratchNameAdd(p, zName, eKind, zSql);
  if( rc!=SQLITE_OK && rc!=SQLITE_NOMEM ){
    *pzErr = sqlite3_mprintf("%s", zErr ? zErr : sqlite3_errstr(rc));
  }
  sqlite3_free(zErr);
  return rc;
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
static int scratchJudgeNeeded(const MigrateDiff *pDiff){
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
static int scratchJudgeBuild(sqlite3 *db, MigrateSchema *pS){
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
static int scratchJudgeRedo(MigrateDiff *pDiff, const SchemaObj *o){
  int bView = o->eType==SCHEMA_VIEW;
  int rc = migrateDiffAddOp(pDiff, bView ? "drop_view" : "drop_trigger",
      sqlite3_mprintf("%s", o->zName), 0,
      sqlite3_mprintf("DROP %s \"%w\";\n", bView ? "VIEW" : "TRIGGER",
                      o->zName));
  if( rc==SQLITE_OK ){
    rc = migrateDiffAddOp(pDiff, bView ? "create_view" : "create_trigger",
        sqlite3_mprintf("%s", o->zName), 0, migrateClosedStmt(o->zSql));
  }
  return rc;
}

/* After the diff ran in dbS: make again what SQLite rewrote. */
static int scratchJudgeSettle(sqlite3 *dbS, MigrateSchema *pTo,
                              MigrateDiff *pDiff){
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
      char *zKey = migrateObjKey(zNow, o->eType, 0);
      if( zKey==0 ) rc = SQLITE_NOMEM;
      else if( strcmp(zKey, o->zKey)!=0 ) rc = scratchJudgeRedo(pDiff, o);
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
  MigrateScratch s;
  sqlite3 *dbS = 0;
  int rc, i, nOp = pDiff->nOp;
  *piFail = -1;
  *pzMsg = 0;
  if( !scratchJudgeNeeded(pDiff) ) return SQLITE_OK;
  memset(&s, 0, sizeof(s));
  rc = scratchOpen(&s, &dbS);
  if( rc==SQLITE_OK ) rc = scratchJudgeBuild(dbS, pFrom);
  for(i=0; rc==SQLITE_OK && i<nOp; i++){
    if( sqlite3_exec(dbS, pDiff->aOp[i].zSql, 0, 0, 0)!=SQLITE_OK ){
      if( sqlite3_errcode(dbS)==SQLITE_NOMEM ) rc = SQLITE_NOMEM;
      *piFail = i;
      *pzMsg = sqlite3_mprintf("%s", sqlite3_errmsg(dbS));
      if( *pzMsg==0 ) rc = SQLITE_NOMEM;
      break;
    }
  }
  if( rc==SQLITE_OK && *piFail<0 ) rc = scratchJudgeSettle(dbS, pTo, pDiff);
  if( rc!=SQLITE_OK && rc!=SQLITE_NOMEM && dbS
   && sqlite3_errcode(dbS)==SQLITE_NOMEM ){
    rc = SQLITE_NOMEM;
  }
  sqlite3_close(dbS);
  migrateScratchClose(&s);
  return rc==SQLITE_NOMEM ? rc : SQLITE_OK;
}
