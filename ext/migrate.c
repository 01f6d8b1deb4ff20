/*
** migrate.c - the entry point of the migrate extension, its per-connection
** settings, and its SQL functions.
**
** Load it with ".load ./dist/migrate" (sqlite3 shell) or
** load_extension('./dist/migrate'); the entry point is
** sqlite3_migrate_init().  It refuses to load on SQLite older than 3.37.0.
**
**   migrate_version()                         the extension's version
**   migrate_config(key [, value])             read or set a setting
**   migrate_init([dir])                       script directory + tables
**   migrate_revision(msg [, up [, down [, options_json]]])  a new revision
**   migrate_merge(msg [, revisions [, options_json]])  a merge revision
**   migrate_upgrade(target)                   apply revisions
**   migrate_downgrade(target)                 revert revisions
**   migrate_stamp(target)                     set the version rows only
**   migrate_current()                         the current revision(s)
**   migrate_sql(target [, from])              the offline script
**   migrate_verify()                          check graph and checksums
**
** Settings (migrate_config) belong to the connection that loaded the
** extension: script_location (default $MIGRATE_SCRIPT_LOCATION, else
** "migrations"), version_table (default "alembic_version"),
** transaction_per_migration (0/1), join_transaction (0/1: 0 refuses to
** run inside a transaction the caller opened) and verbose (0/1).
**
** Every function but migrate_version() is SQLITE_DIRECTONLY: it reads files
** or the database, and a trigger or view must never be able to call it.
*/
#include "sqlite3ext.h"
SQLITE_EXTENSION_INIT1
#include "migrate.h"
#include <string.h>
#include <stdlib.h>
#include <errno.h>
#include <sys/stat.h>
#include <unistd.h>

/* The directory of the main database file, or NULL (in memory, temp). */
static char *dbDir(sqlite3 *db){
  const char *zFile = sqlite3_db_filename(db, "main");
  const char *zSlash = zFile ? strrchr(zFile, '/') : 0;
  if( zSlash==0 ) return 0;
  return sqlite3_mprintf("%.*s", zSlash==zFile ? 1 : (int)(zSlash-zFile),
                         zFile);
}

/* The directory recorded by migrate_init(dir), resolved, or NULL. */
static char *dirFromDb(sqlite3 *db){
  sqlite3_stmt *pStmt = 0;
  char *zOut = 0;
  if( sqlite3_prepare_v2(db, "SELECT value FROM main.migrate_settings "
                         "WHERE key='script_location'", -1, &pStmt, 0)
      ==SQLITE_OK && sqlite3_step(pStmt)==SQLITE_ROW ){
    const char *z = (const char*)sqlite3_column_text(pStmt, 0);
    char *zBase = z && z[0]!='/' ? dbDir(db) : 0;
    if( z && z[0] ){
      zOut = zBase ? sqlite3_mprintf("%s/%s", zBase, z)
                   : sqlite3_mprintf("%s", z);
    }
    sqlite3_free(zBase);
  }
  sqlite3_finalize(pStmt);
  return zOut;
}

/* Is zDir the directory the database records (a commit that reported a
** failure may have been done)? */
static int recorded(sqlite3 *db, const char *zDir){
  char *zRec = dirFromDb(db);
  char *zA = zRec ? realpath(zRec, 0) : 0;
  char *zB = zA ? realpath(zDir, 0) : 0;
  int b = zA && zB && strcmp(zA, zB)==0;
  free(zA);
  free(zB);
  sqlite3_free(zRec);
  return b;
}

/*
** Record zDir, which exists, in the database for later connections: in
** table migrate_settings, relative to the database file's directory when
** it lies inside it, else absolute.  Nothing for a database without a file.
*/
int migrateDirRecord(Migrate *m, const char *zDir, char **pzErr){
  char *zBase = dbDir(m->db), *zAbs = 0, *zReal = 0, *zSql;
  const char *zRel;
  size_t n;
  int rc = SQLITE_OK;
  if( zBase==0 ) return SQLITE_OK;
  zAbs = realpath(zDir, 0);
  zReal = realpath(zBase, 0);
  if( zAbs==0 || zReal==0 ){
    *pzErr = migrateMprintf("cannot resolve the script directory %s: %s",
                            zDir, strerror(errno));
    rc = SQLITE_ERROR;
  }else{
    n = strlen(zReal);
    zRel = zAbs;
    if( strcmp(zAbs, zReal)==0 ) zRel = ".";
    else if( strncmp(zAbs, zReal, n)==0 && zAbs[n]=='/' ) zRel = &zAbs[n+1];
    else if( n==1 && zAbs[0]=='/' ) zRel = &zAbs[1];
    zSql = sqlite3_mprintf(
        "CREATE TABLE IF NOT EXISTS main.migrate_settings(key TEXT PRIMARY "
        "KEY NOT NULL, value TEXT) WITHOUT ROWID;"
        "INSERT OR REPLACE INTO main.migrate_settings VALUES"
        "('script_location', %Q);", zRel);
    if( zSql==0 ) rc = SQLITE_NOMEM;
    else rc = sqlite3_exec(m->db, zSql, 0, 0, 0);
    sqlite3_free(zSql);
    if( rc!=SQLITE_OK && rc!=SQLITE_NOMEM ){
      *pzErr = migrateMprintf("cannot record the script directory: %s",
                              sqlite3_errmsg(m->db));
    }
  }
  free(zAbs);
  free(zReal);
  sqlite3_free(zBase);
  return rc;
}

/*
** The script directory, in this order: migrate_config('script_location'),
** $MIGRATE_SCRIPT_LOCATION, the directory that migrate_init(dir) recorded
** in the database (table migrate_settings; a relative one is relative to
** the database file's directory), "migrations".  m->zDirFrom says which,
** for error messages.
*/
const char *migrateScriptDir(Migrate *m){
  const char *z;
  if( m->zScriptLocation ){
    m->zDirFrom = "set by migrate_config('script_location')";
    return m->zScriptLocation;
  }
  z = getenv("MIGRATE_SCRIPT_LOCATION");
  if( z && z[0] ){
    m->zDirFrom = "set by $MIGRATE_SCRIPT_LOCATION";
    return z;
  }
  sqlite3_free(m->zDirDb);
  m->zDirDb = dirFromDb(m->db);
  if( m->zDirDb ){
    m->zDirFrom = "recorded in the database by migrate_init()";
    return m->zDirDb;
  }
  m->zDirFrom = "the default";
  return "migrations";
}

const char *migrateVersionTable(Migrate *m){
  return m->zVersionTable ? m->zVersionTable : "alembic_version";
}

/* Report rc/zErr as the function's result; frees zErr. */
static void resultErr(sqlite3_context *ctx, int rc, char *zErr){
  if( zErr==0 && rc!=SQLITE_NOMEM ){
    /* an error without a message of ours: SQLite's for its code */
    zErr = sqlite3_mprintf("%s", sqlite3_errstr(rc));
  }
  zErr = migrateUtf8Clean(zErr);          /* it may quote any input */
  if( rc==SQLITE_NOMEM || zErr==0 ){
    sqlite3_result_error_nomem(ctx);
  }else{
    /* SQLite drops a message longer than SQLITE_LIMIT_LENGTH: cut it to
    ** fit, ending in "..." */
    int nMax = sqlite3_limit(sqlite3_context_db_handle(ctx),
                             SQLITE_LIMIT_LENGTH, -1);
    if( nMax>16 && strlen(zErr)>=(size_t)nMax ){
      int n = nMax - 4;
      while( n>0 && (zErr[n]&0xc0)==0x80 ) n--;   /* a whole UTF-8 char */
      memcpy(&zErr[n], "...", 4);
    }
    sqlite3_result_error(ctx, zErr, -1);
    if( rc!=SQLITE_ERROR ) sqlite3_result_error_code(ctx, rc);
  }
  sqlite3_free(zErr);
}

/* Report the error message z (NULL: out of memory); frees z. */
static void resultMsg(sqlite3_context *ctx, char *z){
  resultErr(ctx, z ? SQLITE_ERROR : SQLITE_NOMEM, z);
}

/* Does SQL text z name zFunc (a word or a quoted name)? */
static int namesFunc(const char *z, const char *zFunc){
  int e, n, nFunc = (int)strlen(zFunc);
  for(; (n = migrateToken(z, &e))>0; z+=n){
    if( e==TK_WORD && n==nFunc && sqlite3_strnicmp(z, zFunc, n)==0 ) return 1;
    if( e==TK_ID && n==nFunc+2 && sqlite3_strnicmp(z+1, zFunc, nFunc)==0 ){
      return 1;
    }
  }
  return 0;
}

/*
** May function zFunc run now?  Two rules, checked before anything else:
**
** - A call must come from SQL that names the function: the caller's own
**   statement, or a revision's.  SQLite keeps functions registered
**   SQLITE_DIRECTONLY out of views and triggers, but it enforces that in a
**   CHECK constraint or a DEFAULT clause only for deterministic functions,
**   which these are not; so a hostile database could otherwise have an
**   INSERT of the caller's run them.  The connection's own TEMP views and
**   triggers count as the caller's SQL (SQLite allows these functions
**   there).  A statement prepared without its text (the legacy
**   sqlite3_prepare()) cannot be read, and is trusted.
** - A call that changes anything (bChanges) is refused while an upgrade,
**   downgrade or stamp runs: from a revision's SQL or a trigger it would
**   work against the run that called it.
*/
static int guard(sqlite3_context *ctx, const char *zFunc, int bChanges){
  Migrate *m = (Migrate*)sqlite3_user_data(ctx);
  sqlite3_stmt *p = 0;
  char *zErr = 0;
  int bNamed = 0;
  if( m->bStuck && !m->zRunning && !sqlite3_get_autocommit(m->db) ){
    /* a failed run left its transaction open (runner.c): end it now */
    if( sqlite3_exec(m->db, "ROLLBACK", 0, 0, 0)!=SQLITE_OK ){
      sqlite3_result_error_nomem(ctx);
      return 1;
    }
  }
  while( !bNamed && (p = sqlite3_next_stmt(m->db, p))!=0 ){
    const char *z;
    if( !sqlite3_stmt_busy(p) ) continue;
    z = sqlite3_sql(p);
    bNamed = z==0 || namesFunc(z, zFunc);
  }
  if( !bNamed ){
    /* the connection's own TEMP views and triggers are the caller's SQL */
    if( sqlite3_prepare_v2(m->db, "SELECT sql FROM temp.sqlite_schema "
                           "WHERE type IN ('view','trigger')", -1, &p, 0)
        ==SQLITE_OK ){
      while( !bNamed && sqlite3_step(p)==SQLITE_ROW ){
        const char *z = (const char*)sqlite3_column_text(p, 0);
        bNamed = z && namesFunc(z, zFunc);
      }
    }
    sqlite3_finalize(p);
  }
  if( !bNamed ){
    zErr = sqlite3_mprintf("unsafe use of %s()", zFunc);
  }else if( bChanges && m->zRunning ){
    zErr = sqlite3_mprintf("%s: not allowed while %s runs (called from a "
                           "revision's SQL or a trigger)", zFunc,
                           m->zRunning);
  }else{
    return 0;
  }
  resultMsg(ctx, zErr);
  return 1;
}

/* The text of argument i, or an error if it is not text. */
static const char *argText(sqlite3_context *ctx, sqlite3_value **argv,
                           int i, const char *zFunc, const char *zName){
  if( sqlite3_value_type(argv[i])!=SQLITE_TEXT ){
    char *z = sqlite3_mprintf("%s: %s must be text", zFunc, zName);
    resultMsg(ctx, z);
    return 0;
  }
  return (const char*)sqlite3_value_text(argv[i]);
}

static void versionFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  (void)argc; (void)argv;
  sqlite3_result_text(ctx, MIGRATE_VERSION, -1, SQLITE_STATIC);
}

/* migrate_config(key [, value]) */
static void configFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  if( guard(ctx, "migrate_config", argc==2) ) return;
  Migrate *m = (Migrate*)sqlite3_user_data(ctx);
  const char *zKey = argText(ctx, argv, 0, "migrate_config", "key");
  sqlite3_value *pVal = argc>1 ? argv[1] : 0;
  if( zKey==0 ) return;
  if( strcmp(zKey, "script_location")==0 || strcmp(zKey, "version_table")==0 ){
    char **pz = zKey[0]=='s' ? &m->zScriptLocation : &m->zVersionTable;
    if( pVal ){
      char *zNew = 0;
      if( sqlite3_value_type(pVal)==SQLITE_TEXT ){
        const char *z = (const char*)sqlite3_value_text(pVal);
        if( z[0]==0 ){
          sqlite3_result_error(ctx, zKey[0]=='s' ?
              "migrate_config: script_location must not be empty" :
              "migrate_config: version_table must not be empty", -1);
          return;
        }
        zNew = sqlite3_mprintf("%s", z);
        if( zNew==0 ){ sqlite3_result_error_nomem(ctx); return; }
      }else if( sqlite3_value_type(pVal)!=SQLITE_NULL ){
        char *z = sqlite3_mprintf("migrate_config: %s must be text "
                                  "(or NULL for the default)", zKey);
        resultMsg(ctx, z);
        return;
      }
      sqlite3_free(*pz);
      *pz = zNew;
    }
    sqlite3_result_text(ctx, zKey[0]=='s' ? migrateScriptDir(m)
                        : migrateVersionTable(m), -1, SQLITE_TRANSIENT);
  }else if( strcmp(zKey, "transaction_per_migration")==0
         || strcmp(zKey, "verbose")==0 || strcmp(zKey, "join_transaction")==0 ){
    int bJoin = zKey[0]=='j', bNow = !m->bNoJoin;
    int *pb = bJoin ? &bNow : zKey[0]=='t' ? &m->bTxnPerMigration
                                           : &m->bVerbose;
    if( pVal ){
      int t = sqlite3_value_type(pVal);
      sqlite3_int64 v = sqlite3_value_int64(pVal);
      if( (t!=SQLITE_INTEGER && !(t==SQLITE_TEXT
            && (strcmp((const char*)sqlite3_value_text(pVal), "0")==0
             || strcmp((const char*)sqlite3_value_text(pVal), "1")==0)))
       || (v!=0 && v!=1) ){
        char *z = t==SQLITE_NULL ?
            sqlite3_mprintf("migrate_config: %s must be 0 or 1, not NULL",
                            zKey) :
            sqlite3_mprintf("migrate_config: %s must be 0 or 1, not '%q'",
                            zKey, (const char*)sqlite3_value_text(pVal));
        resultMsg(ctx, z);
        return;
      }
      *pb = (int)v;
      if( bJoin ) m->bNoJoin = !bNow;
    }
    sqlite3_result_int(ctx, *pb);
  }else{
    char *z = sqlite3_mprintf("migrate_config: unknown key '%q' (expected "
        "script_location, version_table, transaction_per_migration, "
        "join_transaction or verbose)", zKey);
    resultMsg(ctx, z);
  }
}

/* mkdir -p */
static int makeDirs(const char *zDir, char **pzErr){
  char *z = sqlite3_mprintf("%s", zDir);
  size_t i, n;
  struct stat st;
  if( z==0 ) return SQLITE_NOMEM;
  n = strlen(z);
  for(i=1; i<=n; i++){
    if( z[i]=='/' || z[i]==0 ){
      char c = z[i];
      z[i] = 0;
      if( stat(z, &st)!=0 ){
        if( mkdir(z, 0777)!=0 && errno!=EEXIST ){
          *pzErr = migrateMprintf("cannot create directory '%s': %s", z,
                                  strerror(errno));
          sqlite3_free(z);
          return SQLITE_ERROR;
        }
      }else if( !S_ISDIR(st.st_mode) ){
        *pzErr = migrateMprintf("'%s' exists and is not a directory", z);
        sqlite3_free(z);
        return SQLITE_ERROR;
      }
      z[i] = c;
    }
  }
  sqlite3_free(z);
  return SQLITE_OK;
}

/* migrate_init([dir]) */
static void initFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  if( guard(ctx, "migrate_init", 1) ) return;
  Migrate *m = (Migrate*)sqlite3_user_data(ctx);
  const char *zDir;
  char *zErr = 0;
  char *zSaved = (char*)m;      /* the setting before, if dir is given */
  int rc;
  if( argc>0 && sqlite3_value_type(argv[0])!=SQLITE_NULL ){
    char *zNew;
    zDir = argText(ctx, argv, 0, "migrate_init", "dir");
    if( zDir==0 ) return;
    if( zDir[0]==0 ){
      sqlite3_result_error(ctx, "migrate_init: dir must not be empty", -1);
      return;
    }
    zNew = sqlite3_mprintf("%s", zDir);
    if( zNew==0 ){ sqlite3_result_error_nomem(ctx); return; }
    zSaved = m->zScriptLocation;
    m->zScriptLocation = zNew;
  }
  zDir = migrateScriptDir(m);
  {
    /* the tables, then the directory, then the commit: a failure of any
    ** leaves neither (a directory made here goes again) */
    int bOwn = sqlite3_get_autocommit(m->db);
    struct stat st;
    int bHadDir = stat(zDir, &st)==0;
    MigrateTxn t;
    rc = bOwn ? migrateTxnBegin(m->db, "BEGIN IMMEDIATE", "ROLLBACK", 0, &t)
              : migrateTxnBegin(m->db, "SAVEPOINT migrate_init",
                                "ROLLBACK TO migrate_init",
                                "RELEASE migrate_init", &t);
    if( rc==SQLITE_OK ){
      rc = migrateEnsureTables(m, &zErr);
      if( rc==SQLITE_OK ) rc = makeDirs(zDir, &zErr);
      if( rc==SQLITE_OK && m->zScriptLocation ){
        rc = migrateDirRecord(m, zDir, &zErr);
        if( rc!=SQLITE_OK && !bHadDir ) rmdir(zDir);
      }
      if( rc==SQLITE_OK ){
        rc = migrateTxnEnd(m->db, &t, bOwn ? "COMMIT" : "RELEASE migrate_init");
        if( rc!=SQLITE_OK && rc!=SQLITE_NOMEM ){
          zErr = migrateMprintf("cannot commit: %s", sqlite3_errstr(rc));
        }
        /* a COMMIT may fail after the commit itself (unlocking): the
        ** directory goes only if the tables did */
        if( rc!=SQLITE_OK && !bHadDir
         && migrateTableExists(m->db, migrateVersionTable(m))!=1 ){
          rmdir(zDir);
        }
      }else{
        migrateTxnEnd(m->db, &t, 0);
      }
    }else if( rc!=SQLITE_NOMEM ){
      zErr = migrateMprintf("%s", sqlite3_errmsg(m->db));
    }
  }
  if( rc ){
    char *z = zErr ? migrateMprintf("migrate_init: %s", zErr) : 0;
    sqlite3_free(zErr);
    resultErr(ctx, rc, z);
    if( zSaved!=(char*)m ){
      /* restore the old setting, unless the commit was done after all */
      if( recorded(m->db, zDir) ){
        sqlite3_free(zSaved);
      }else{
        sqlite3_free(m->zScriptLocation);
        m->zScriptLocation = zSaved;
      }
    }
    return;
  }
  sqlite3_result_text(ctx, zDir, -1, SQLITE_TRANSIENT);
  if( zSaved!=(char*)m ) sqlite3_free(zSaved);
}

/* Options of migrate_revision(), migrate_merge() and migrate_autogenerate() */

typedef struct RevOpts RevOpts;
struct RevOpts {
  char *zHead;          /* head: the revision to build on */
  char *zLabel;         /* branch_label: comma-separated */
  char *zDeps;          /* depends_on: comma-separated */
  char *zRevId;         /* rev_id */
  int bSplice;          /* splice: allow a parent that is not a head */
  char *zInclude;       /* include: GLOB patterns, comma-separated */
  char *zExclude;       /* exclude: the same */
};

static void revOptsClear(RevOpts *p){
  sqlite3_free(p->zHead);
  sqlite3_free(p->zLabel);
  sqlite3_free(p->zDeps);
  sqlite3_free(p->zRevId);
  sqlite3_free(p->zInclude);
  sqlite3_free(p->zExclude);
  memset(p, 0, sizeof(*p));
}

/*
** Parse options_json with SQLite's JSON functions.  Values are text, or
** arrays of text for the list options; splice is a boolean.  Only the
** options of mAllowed are accepted.
*/
static int parseRevOpts(sqlite3 *db, const char *zFunc, const char *zJson,
                        unsigned mAllowed, RevOpts *p, char **pzErr){
  static const struct { const char *zName; unsigned m; int bList; } aOpt[] = {
    { "head", OPT_HEAD, 0 },          { "branch_label", OPT_LABEL, 1 },
    { "depends_on", OPT_DEPS, 1 },    { "rev_id", OPT_REVID, 0 },
    { "splice", OPT_SPLICE, 0 },      { "include", OPT_INCLUDE, 1 },
    { "exclude", OPT_EXCLUDE, 1 },
  };
  sqlite3_stmt *pStmt = 0;
  int rc, i;
  for(i=0; zJson[i]; i++){
    /* \u0000: SQLite's JSON functions would cut the value at the NUL, and
    ** this would take what comes before it */
    if( zJson[i]!='\\' ) continue;
    if( zJson[i+1]=='u' && strncmp(&zJson[i+2], "0000", 4)==0 ){
      *pzErr = migrateMprintf("%s: options_json holds a NUL character "
                              "(\\u0000)", zFunc);
      return SQLITE_ERROR;
    }
    if( zJson[i+1] ) i++;
  }
  /* checked by the model's JSON reader: SQLite 3.40's json_valid() says
  ** "not JSON" when its memory runs out */
  rc = migrateJsonIsObject(zJson);
  if( rc==SQLITE_ERROR ){
    *pzErr = migrateMprintf("%s: options_json is not a JSON object: %s",
                            zFunc, zJson);
  }
  if( rc==SQLITE_OK ){
    rc = sqlite3_prepare_v2(db, "SELECT j.key, j.type, CASE WHEN j.type="
        "'array' THEN (SELECT group_concat(value, ',') FROM json_each(j.value))"
        " ELSE j.value END, CASE WHEN j.type='array' THEN (SELECT count(*) "
        "FROM json_each(j.value) WHERE type<>'text') ELSE 0 END "
        "FROM json_each(?1) AS j", -1, &pStmt, 0);
  }
  if( rc==SQLITE_OK ) sqlite3_bind_text(pStmt, 1, zJson, -1, SQLITE_STATIC);
  while( rc==SQLITE_OK && sqlite3_step(pStmt)==SQLITE_ROW ){
    const char *zKey = (const char*)sqlite3_column_text(pStmt, 0);
    const char *zType = (const char*)sqlite3_column_text(pStmt, 1);
    const char *zVal = (const char*)sqlite3_column_text(pStmt, 2);
    int nBad = sqlite3_column_int(pStmt, 3);
    char **pz = 0;
    size_t k;
    if( zKey==0 || zType==0
     || (zVal==0 && sqlite3_column_type(pStmt, 2)!=SQLITE_NULL) ){
      rc = SQLITE_NOMEM;
      break;
    }
    for(k=0; k<sizeof(aOpt)/sizeof(aOpt[0]); k++){
      if( (aOpt[k].m & mAllowed) && strcmp(aOpt[k].zName, zKey)==0 ) break;
    }
    if( k==sizeof(aOpt)/sizeof(aOpt[0]) ){
      sqlite3_str *s = sqlite3_str_new(0);
      int n = 0;
      for(k=0; k<sizeof(aOpt)/sizeof(aOpt[0]); k++){
        if( aOpt[k].m & mAllowed ){
          sqlite3_str_appendf(s, "%s%s", n++ ? ", " : "", aOpt[k].zName);
        }
      }
      *pzErr = migrateMprintf("%s: unknown option '%s' (expected %z)",
                              zFunc, zKey, migrateStrFinish(s));
      rc = SQLITE_ERROR;
      break;
    }
    switch( aOpt[k].m ){
      case OPT_HEAD:    pz = &p->zHead; break;
      case OPT_LABEL:   pz = &p->zLabel; break;
      case OPT_DEPS:    pz = &p->zDeps; break;
      case OPT_REVID:   pz = &p->zRevId; break;
      case OPT_INCLUDE: pz = &p->zInclude; break;
      case OPT_EXCLUDE: pz = &p->zExclude; break;
      default: {
        if( strcmp(zType, "true")!=0 && strcmp(zType, "false")!=0 ){
          *pzErr = migrateMprintf("%s: option 'splice' must be true or false",
                                  zFunc);
          rc = SQLITE_ERROR;
        }
        p->bSplice = zType[0]=='t';
        continue;
      }
    }
    if( strcmp(zType, "null")==0 ) continue;
    if( !(strcmp(zType, "text")==0 || (aOpt[k].bList
          && strcmp(zType, "array")==0 && nBad==0)) ){
      *pzErr = migrateMprintf("%s: option '%s' must be text%s", zFunc, zKey,
                              aOpt[k].bList ? " or an array of text" : "");
      rc = SQLITE_ERROR;
      break;
    }
    sqlite3_free(*pz);
    *pz = sqlite3_mprintf("%s", zVal ? zVal : "");
    if( *pz==0 ) rc = SQLITE_NOMEM;
  }
  if( rc==SQLITE_OK ) rc = sqlite3_finalize(pStmt);
  else sqlite3_finalize(pStmt);
  if( rc!=SQLITE_OK && rc!=SQLITE_NOMEM && *pzErr==0 ){
    *pzErr = migrateMprintf("%s: %s", zFunc, sqlite3_errmsg(db));
  }
  return rc;
}

/* Collapse runs of white space (newlines included) into one space. */
static char *oneLine(const char *z){
  sqlite3_str *s = sqlite3_str_new(0);
  int bSpace = 0;
  while( *z==' ' || *z=='\t' || *z=='\n' || *z=='\r' ) z++;
  for(; *z; z++){
    if( *z==' ' || *z=='\t' || *z=='\n' || *z=='\r' || *z=='\f'
     || *z=='\v' ){
      bSpace = 1;
    }else{
      if( bSpace ) sqlite3_str_appendchar(s, 1, ' ');
      bSpace = 0;
      sqlite3_str_appendchar(s, 1, *z);
    }
  }
  return migrateStrFinish(s);
}

/*
** Make a section's SQL ready for the file: trimmed, with a final semicolon
** added where only that was missing, and free of syntax errors.  Each
** statement is prepared in a scratch in-memory database: a syntax error is
** refused, an error about names (no such table) is not, as the tables may
** come from earlier revisions.
*/
static int prepSection(const char *zFunc, const char *zName, const char *z,
                       char **pzOut, char **pzErr){
  size_t n;
  char *zOut;
  int bAdded = 0, rc = SQLITE_OK, iStmt = 0;
  sqlite3 *pScratch = 0;
  const char *zSql;
  static const char *azSuffix[] = { ";", "\n;" };

  while( *z==' ' || *z=='\t' || *z=='\n' || *z=='\r' ) z++;
  n = strlen(z);
  while( n>0 && (z[n-1]==' ' || z[n-1]=='\t' || z[n-1]=='\n'
              || z[n-1]=='\r') ) n--;
  zOut = sqlite3_mprintf("%.*s", (int)n, z);
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
          *pzErr = migrateMprintf("%s: %s has a syntax error in statement %d "
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
      *pzErr = migrateMprintf("%s: %s is not complete SQL (an unterminated "
                              "string, comment or trigger?)", zFunc, zName);
    }
    return rc;
  }
  *pzOut = zOut;
  return SQLITE_OK;
}

/* The single head of the branch named by zRef ("X@head"). */
static int resolveBranchHead(MigrateGraph *g, const char *zFunc,
                             const char *zRef, int *piRev, char **pzErr){
  char *zLabel = sqlite3_mprintf("%.*s", (int)(strlen(zRef)-5), zRef);
  int *aHead = 0, nHead = 0, iL = -1, rc = SQLITE_OK;
  char *zErr = 0;
  if( zLabel==0 ) return SQLITE_NOMEM;
  rc = migrateResolveOne(g, zLabel, &iL, &zErr);
  if( rc==SQLITE_OK ) rc = migrateBranchHeads(g, iL, &aHead, &nHead);
  if( rc==SQLITE_OK && nHead!=1 ){
    char *z = migrateIdList(g, aHead, nHead, ", ");
    zErr = migrateMprintf("branch '%s' has several heads (%s): name one of "
                          "them", zLabel, z);
    sqlite3_free(z);
    rc = SQLITE_ERROR;
  }
  if( rc==SQLITE_OK ) *piRev = aHead[0];
  if( rc==SQLITE_ERROR ){
    *pzErr = zErr ? migrateMprintf("%s: %s", zFunc, zErr) : 0;
  }
  sqlite3_free(zErr);
  sqlite3_free(aHead);
  sqlite3_free(zLabel);
  return rc;
}

/*
** Write a new revision on the graph g.  aPar: its down revisions.  Checks
** that the written file will read back exactly as meant.  On success
** *pzId is the new id.
*/
static int writeRevision(MigrateGraph *g, const char *zFunc,
                         const char *zMessage, const char *zUp,
                         const char *zDown, const int *aPar, int nPar,
                         const RevOpts *pOpt, char **pzId, char **pzErr){
  MigrateRev rev;
  MigrateRev *pBack = 0;
  char *zText = 0;
  int rc = SQLITE_OK, i;

  memset(&rev, 0, sizeof(rev));
  rev.zMessage = oneLine(zMessage);
  rev.zDate = migrateNow();
  if( rev.zMessage==0 || rev.zDate==0 ) rc = SQLITE_NOMEM;
  if( rc==SQLITE_OK ) rc = prepSection(zFunc, "upgrade_sql", zUp, &rev.zUp, pzErr);
  if( rc==SQLITE_OK ){
    rc = prepSection(zFunc, "downgrade_sql", zDown, &rev.zDownSql, pzErr);
  }

  /* the id */
  if( rc==SQLITE_OK ){
    if( pOpt->zRevId ){
      int j;
      if( !migrateIdValid(pOpt->zRevId) ){
        *pzErr = migrateMprintf("%s: invalid rev_id '%s' (1 to 32 letters, "
                                "digits and _)", zFunc, pOpt->zRevId);
        rc = SQLITE_ERROR;
      }else if( migrateIdReserved(pOpt->zRevId) ){
        *pzErr = migrateMprintf("%s: rev_id '%s' is reserved", zFunc,
                                pOpt->zRevId);
        rc = SQLITE_ERROR;
      }else if( (j = migrateGraphFind(g, pOpt->zRevId))>=0 ){
        *pzErr = migrateMprintf("%s: revision '%s' already exists (%s)",
                                zFunc, pOpt->zRevId, g->aRev[j]->zPath);
        rc = SQLITE_ERROR;
      }else{
        rev.zId = sqlite3_mprintf("%s", pOpt->zRevId);
        if( rev.zId==0 ) rc = SQLITE_NOMEM;
      }
    }else{
      do{
        sqlite3_free(rev.zId);
        rev.zId = migrateNewId();
      }while( rev.zId && migrateGraphFind(g, rev.zId)>=0 );
      if( rev.zId==0 ) rc = SQLITE_NOMEM;
    }
  }

  /* down revisions */
  if( rc==SQLITE_OK && nPar>0 ){
    rev.azDown = sqlite3_malloc64(sizeof(char*)*nPar);
    if( rev.azDown==0 ) rc = SQLITE_NOMEM;
    for(i=0; rc==SQLITE_OK && i<nPar; i++){
      rev.azDown[i] = sqlite3_mprintf("%s", g->aRev[aPar[i]]->zId);
      if( rev.azDown[i]==0 ) rc = SQLITE_NOMEM;
      else rev.nDown++;
    }
  }

  /* branch labels */
  if( rc==SQLITE_OK && pOpt->zLabel ){
    rc = migrateSplitList(pOpt->zLabel, &rev.azLabel, &rev.nLabel);
    for(i=0; rc==SQLITE_OK && i<rev.nLabel; i++){
      int j, k;
      const char *zL = rev.azLabel[i];
      if( !migrateLabelValid(zL) ){
        *pzErr = migrateMprintf("%s: invalid branch label '%s' (letters, "
                                "digits, _, - and .)", zFunc, zL);
        rc = SQLITE_ERROR;
      }else if( (j = migrateGraphFind(g, zL))>=0 || strcmp(zL, rev.zId)==0 ){
        *pzErr = migrateMprintf("%s: branch label '%s' is also a revision "
                                "id", zFunc, zL);
        rc = SQLITE_ERROR;
      }
      for(j=0; rc==SQLITE_OK && j<g->nLabel; j++){
        if( strcmp(g->azLabel[j], zL)==0 ){
          *pzErr = migrateMprintf("%s: branch label '%s' is already used by "
              "revision %s (%s)", zFunc, zL, g->aRev[g->aLabelRev[j]]->zId,
              g->aRev[g->aLabelRev[j]]->zPath);
          rc = SQLITE_ERROR;
        }
      }
      for(k=0; rc==SQLITE_OK && k<i; k++){
        if( strcmp(rev.azLabel[k], zL)==0 ){
          *pzErr = migrateMprintf("%s: branch label '%s' is given twice",
                                  zFunc, zL);
          rc = SQLITE_ERROR;
        }
      }
    }
  }

  /* dependencies: must resolve; prefixes are written in full */
  if( rc==SQLITE_OK && pOpt->zDeps ){
    rc = migrateSplitList(pOpt->zDeps, &rev.azDep, &rev.nDep);
    for(i=0; rc==SQLITE_OK && i<rev.nDep; i++){
      int j;
      char *zErr = 0;
      rc = migrateResolveOne(g, rev.azDep[i], &j, &zErr);
      if( rc==SQLITE_OK && migrateFindLabel(g, rev.azDep[i])<0 ){
        /* an id or a prefix of one is written as the full id; a branch
        ** label is kept as written, as Alembic does */
        sqlite3_free(rev.azDep[i]);
        rev.azDep[i] = sqlite3_mprintf("%s", g->aRev[j]->zId);
        if( rev.azDep[i]==0 ) rc = SQLITE_NOMEM;
      }else if( zErr ){
        *pzErr = migrateMprintf("%s: depends_on: %s", zFunc, zErr);
        sqlite3_free(zErr);
      }
    }
  }

  /* the file must read back as meant: no marker line hidden in the SQL */
  if( rc==SQLITE_OK ){
    zText = migrateRevRender(&rev);
    if( zText==0 ) rc = SQLITE_NOMEM;
  }
  if( rc==SQLITE_OK ){
    char *zErr = 0;
    rc = migrateRevParse("(new revision)", zText, strlen(zText), &pBack,
                         &zErr);
    if( rc==SQLITE_OK && (strcmp(pBack->zUp, rev.zUp)!=0
                       || strcmp(pBack->zDownSql, rev.zDownSql)!=0) ){
      rc = SQLITE_ERROR;
    }
    if( rc==SQLITE_ERROR ){
      *pzErr = migrateMprintf("%s: the SQL holds a line that reads as a "
          "'-- migrate:' section marker; reword that comment", zFunc);
    }
    sqlite3_free(zErr);
  }
  if( rc==SQLITE_OK ) rc = migrateRevWrite(g->zDir, &rev, pzErr);
  if( rc==SQLITE_ERROR ){
    char *z = *pzErr;
    if( z && strncmp(z, zFunc, strlen(zFunc))!=0 ){
      *pzErr = migrateMprintf("%s: %s", zFunc, z);
      sqlite3_free(z);
    }
  }
  if( rc==SQLITE_OK ){
    *pzId = rev.zId;
    rev.zId = 0;
  }
  sqlite3_free(zText);
  migrateRevFree(pBack);
  sqlite3_free(rev.zId);
  migrateFreeList(rev.azDown, rev.nDown);
  migrateFreeList(rev.azLabel, rev.nLabel);
  migrateFreeList(rev.azDep, rev.nDep);
  sqlite3_free(rev.zMessage);
  sqlite3_free(rev.zDate);
  sqlite3_free(rev.zPath);
  sqlite3_free(rev.zUp);
  sqlite3_free(rev.zDownSql);
  return rc;
}

static char *prefixed(const char *zFunc, char *zErr){
  char *z = zErr ? migrateMprintf("%s: %s", zFunc, zErr) : 0;
  sqlite3_free(zErr);
  return z;
}

/* migrate_revision(message [, upgrade_sql [, downgrade_sql [, options]]]) */
static void revisionFunc(sqlite3_context *ctx, int argc,
                         sqlite3_value **argv){
  if( guard(ctx, "migrate_revision", 1) ) return;
  static const char zFunc[] = "migrate_revision";
  Migrate *m = (Migrate*)sqlite3_user_data(ctx);
  const char *zMsg, *zUp = "", *zDown = "";
  MigrateGraph *g = 0;
  RevOpts opt;
  char *zErr = 0, *zId = 0;
  int rc, iPar = -1;

  memset(&opt, 0, sizeof(opt));
  zMsg = argText(ctx, argv, 0, zFunc, "message");
  if( zMsg==0 ) return;
  if( argc>1 && sqlite3_value_type(argv[1])!=SQLITE_NULL ){
    zUp = argText(ctx, argv, 1, zFunc, "upgrade_sql");
    if( zUp==0 ) return;
  }
  if( argc>2 && sqlite3_value_type(argv[2])!=SQLITE_NULL ){
    zDown = argText(ctx, argv, 2, zFunc, "downgrade_sql");
    if( zDown==0 ) return;
  }
  rc = SQLITE_OK;
  if( argc>3 && sqlite3_value_type(argv[3])!=SQLITE_NULL ){
    const char *zJson = argText(ctx, argv, 3, zFunc, "options_json");
    if( zJson==0 ) return;
    rc = parseRevOpts(m->db, zFunc, zJson, OPT_HEAD|OPT_LABEL|OPT_DEPS
                      |OPT_REVID|OPT_SPLICE, &opt, &zErr);
  }
  if( rc==SQLITE_OK ){
    rc = migrateGraphOpen(m, &g, &zErr);
    if( rc ) zErr = prefixed(zFunc, zErr);
  }
  if( rc==SQLITE_OK ){
    const char *zHead = opt.zHead;
    if( zHead==0 || strcmp(zHead, "head")==0 ){
      if( g->nHead==1 ){
        iPar = g->aHead[0];
      }else if( g->nHead>1 ){
        char *z = migrateIdList(g, g->aHead, g->nHead, ", ");
        zErr = migrateMprintf("%s: multiple heads are present (%s): pass "
            "{\"head\": \"<revision>\"} or merge them with migrate_merge()",
            zFunc, z);
        sqlite3_free(z);
        rc = SQLITE_ERROR;
      }
    }else if( strcmp(zHead, "base")==0 ){
      iPar = -1;
    }else if( strlen(zHead)>5 && strcmp(&zHead[strlen(zHead)-5], "@head")==0 ){
      rc = resolveBranchHead(g, zFunc, zHead, &iPar, &zErr);
    }else{
      rc = migrateResolveOne(g, zHead, &iPar, &zErr);
      if( rc ) zErr = prefixed(zFunc, zErr);
      if( rc==SQLITE_OK && g->aRev[iPar]->nKid>0 && !opt.bSplice ){
        zErr = migrateMprintf("%s: revision %s is not a head; pass "
            "\"splice\": true to start a new branch from it", zFunc,
            g->aRev[iPar]->zId);
        rc = SQLITE_ERROR;
      }
    }
  }
  if( rc==SQLITE_OK ){
    rc = writeRevision(g, zFunc, zMsg, zUp, zDown, &iPar, iPar>=0 ? 1 : 0,
                       &opt, &zId, &zErr);
  }
  revOptsClear(&opt);
  migrateGraphFree(g);
  if( rc ){
    resultErr(ctx, rc, zErr);
    return;
  }
  sqlite3_result_text(ctx, zId, -1, sqlite3_free);
}

/* migrate_merge(message [, revisions [, options_json]]) */
static void mergeFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  if( guard(ctx, "migrate_merge", 1) ) return;
  static const char zFunc[] = "migrate_merge";
  Migrate *m = (Migrate*)sqlite3_user_data(ctx);
  const char *zMsg, *zRevs = 0;
  MigrateGraph *g = 0;
  RevOpts opt;
  char *zErr = 0, *zId = 0;
  int *aPar = 0, nPar = 0, rc, i;

  memset(&opt, 0, sizeof(opt));
  zMsg = argText(ctx, argv, 0, zFunc, "message");
  if( zMsg==0 ) return;
  if( argc>1 && sqlite3_value_type(argv[1])!=SQLITE_NULL ){
    zRevs = argText(ctx, argv, 1, zFunc, "revisions");
    if( zRevs==0 ) return;
  }
  rc = SQLITE_OK;
  if( argc>2 && sqlite3_value_type(argv[2])!=SQLITE_NULL ){
    const char *zJson = argText(ctx, argv, 2, zFunc, "options_json");
    if( zJson==0 ) return;
    rc = parseRevOpts(m->db, zFunc, zJson, OPT_REVID|OPT_LABEL, &opt, &zErr);
  }
  if( rc==SQLITE_OK ){
    rc = migrateGraphOpen(m, &g, &zErr);
    if( rc ) zErr = prefixed(zFunc, zErr);
  }
  if( rc==SQLITE_OK ){
    if( zRevs==0 || strcmp(zRevs, "heads")==0 ){
      aPar = sqlite3_malloc64(sizeof(int)*(g->nHead+1));
      if( aPar==0 ) rc = SQLITE_NOMEM;
      for(i=0; rc==SQLITE_OK && i<g->nHead; i++) aPar[nPar++] = g->aHead[i];
    }else{
      char **az = 0;
      int n = 0;
      rc = migrateSplitList(zRevs, &az, &n);
      if( rc==SQLITE_OK ){
        aPar = sqlite3_malloc64(sizeof(int)*(n+1));
        if( aPar==0 ) rc = SQLITE_NOMEM;
      }
      for(i=0; rc==SQLITE_OK && i<n; i++){
        int j, k, bDup = 0;
        rc = migrateResolveOne(g, az[i], &j, &zErr);
        if( rc ){ zErr = prefixed(zFunc, zErr); break; }
        if( g->aRev[j]->nKid>0 ){
          zErr = migrateMprintf("%s: revision %s is not a head", zFunc,
                                g->aRev[j]->zId);
          rc = SQLITE_ERROR;
        }
        for(k=0; k<nPar; k++) if( aPar[k]==j ) bDup = 1;
        if( rc==SQLITE_OK && !bDup ) aPar[nPar++] = j;
      }
      migrateFreeList(az, n);
    }
  }
  if( rc==SQLITE_OK && nPar<2 ){
    zErr = migrateMprintf("%s: nothing to merge: %s", zFunc, nPar==0 ?
        "there are no revisions" : "only one head is given or present");
    rc = SQLITE_ERROR;
  }
  if( rc==SQLITE_OK ){
    rc = writeRevision(g, zFunc, zMsg, "", "", aPar, nPar, &opt, &zId, &zErr);
  }
  sqlite3_free(aPar);
  revOptsClear(&opt);
  migrateGraphFree(g);
  if( rc ){
    resultErr(ctx, rc, zErr);
    return;
  }
  sqlite3_result_text(ctx, zId, -1, sqlite3_free);
}

/* migrate_upgrade, migrate_downgrade, migrate_stamp */
static void runFunc(sqlite3_context *ctx, sqlite3_value **argv, int eDir,
                    const char *zFunc){
  if( guard(ctx, zFunc, 1) ) return;
  Migrate *m = (Migrate*)sqlite3_user_data(ctx);
  const char *zTarget = argText(ctx, argv, 0, zFunc, "target");
  char *zResult = 0, *zErr = 0;
  int rc;
  if( zTarget==0 ) return;
  m->zRunning = zFunc;
  rc = migrateRun(m, zFunc, zTarget, eDir, &zResult, &zErr);
  m->zRunning = 0;
  if( rc ){
    resultErr(ctx, rc, zErr);
    return;
  }
  if( zResult ) sqlite3_result_text(ctx, zResult, -1, sqlite3_free);
  else sqlite3_result_null(ctx);
}
static void upgradeFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  (void)argc;
  runFunc(ctx, argv, MIGRATE_UP, "migrate_upgrade");
}
static void downgradeFunc(sqlite3_context *ctx, int argc,
                          sqlite3_value **argv){
  (void)argc;
  runFunc(ctx, argv, MIGRATE_DOWN, "migrate_downgrade");
}
static void stampFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  (void)argc;
  runFunc(ctx, argv, MIGRATE_STAMP, "migrate_stamp");
}

/* migrate_current() */
static void currentFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  if( guard(ctx, "migrate_current", 0) ) return;
  Migrate *m = (Migrate*)sqlite3_user_data(ctx);
  char *zResult = 0, *zErr = 0;
  int rc;
  (void)argc; (void)argv;
  rc = migrateCurrentText(m, &zResult, &zErr);
  if( rc ){
    resultErr(ctx, rc, prefixed("migrate_current", zErr));
    return;
  }
  if( zResult ) sqlite3_result_text(ctx, zResult, -1, sqlite3_free);
  else sqlite3_result_null(ctx);
}

/* migrate_sql(target [, from]) */
static void sqlFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  if( guard(ctx, "migrate_sql", 0) ) return;
  static const char zFunc[] = "migrate_sql";
  Migrate *m = (Migrate*)sqlite3_user_data(ctx);
  const char *zTarget = argText(ctx, argv, 0, zFunc, "target");
  const char *zFrom = 0;
  MigrateGraph *g = 0;
  MigratePlan plan;
  int *aCur = 0, nCur = 0, rc;
  char *zErr = 0, *zOut = 0;

  memset(&plan, 0, sizeof(plan));
  if( zTarget==0 ) return;
  if( argc>1 && sqlite3_value_type(argv[1])!=SQLITE_NULL ){
    zFrom = argText(ctx, argv, 1, zFunc, "from");
    if( zFrom==0 ) return;
  }
  rc = migrateLoadState(m, &g, zFrom ? 0 : &aCur, &nCur, &zErr);
  if( rc==SQLITE_OK && zFrom ){
    rc = migrateParseState(g, zFrom, &aCur, &nCur, &zErr);
  }
  if( rc==SQLITE_OK ){
    rc = migratePlan(g, aCur, nCur, zTarget, MIGRATE_AUTO, &plan, &zErr);
  }
  if( rc==SQLITE_OK ){
    if( plan.nStep==0 ){
      zOut = sqlite3_mprintf("");
    }else{
      zOut = migratePlanSql(m, g, &plan, plan.eDir==MIGRATE_UP
                            && plan.nFrom==0);
    }
    if( zOut==0 ) rc = SQLITE_NOMEM;
  }
  migratePlanClear(&plan);
  sqlite3_free(aCur);
  migrateGraphFree(g);
  if( rc ){
    resultErr(ctx, rc, prefixed(zFunc, zErr));
    return;
  }
  sqlite3_result_text(ctx, zOut, -1, sqlite3_free);
}

/* migrate_verify() */
static void verifyFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  if( guard(ctx, "migrate_verify", 0) ) return;
  static const char zFunc[] = "migrate_verify";
  Migrate *m = (Migrate*)sqlite3_user_data(ctx);
  MigrateGraph *g = 0;
  int *aCur = 0, nCur = 0, rc, i, nProblem = 0;
  char *zErr = 0;
  char **azSum = 0, **azWhen = 0;
  u8 *aA = 0;
  (void)argc; (void)argv;

  rc = migrateLoadState(m, &g, &aCur, &nCur, &zErr);
  if( rc==SQLITE_OK ) rc = migrateLastSums(m, g, &azSum, &azWhen, &zErr);
  if( rc==SQLITE_OK ){
    aA = sqlite3_malloc64(g->nRev+1);
    if( aA==0 ) rc = SQLITE_NOMEM;
    else{
      memset(aA, 0, g->nRev+1);
      for(i=0; i<nCur; i++) aA[aCur[i]] = 1;
      rc = migrateAncestors(g, aA);
    }
  }
  if( rc==SQLITE_OK ){
    sqlite3_str *s = sqlite3_str_new(0);
    for(i=0; i<g->nRev; i++){
      MigrateRev *p = g->aRev[i];
      if( aA[i] && azSum[i] && strcmp(azSum[i], p->zSum)!=0 ){
        sqlite3_str_appendf(s, "%s%s: revision %s was modified after it was "
            "applied at %s", nProblem++ ? "\n" : "", p->zPath, p->zId,
            azWhen[i]);
      }
    }
    zErr = migrateStrFinish(s);
    if( nProblem ) rc = SQLITE_ERROR;
    else{ sqlite3_free(zErr); zErr = 0; }
  }
  if( azSum ) migrateFreeList(azSum, g->nRev);
  if( azWhen ) migrateFreeList(azWhen, g->nRev);
  sqlite3_free(aA);
  sqlite3_free(aCur);
  migrateGraphFree(g);
  if( rc ){
    resultErr(ctx, rc, prefixed(zFunc, zErr));
    return;
  }
  sqlite3_result_text(ctx, "ok", -1, SQLITE_STATIC);
}

/* Fill a filter from the include/exclude options. */
static int optsFilter(const RevOpts *pOpt, MigrateFilter *pF){
  int rc = SQLITE_OK;
  memset(pF, 0, sizeof(*pF));
  if( pOpt->zInclude ){
    rc = migrateSplitList(pOpt->zInclude, &pF->azInclude, &pF->nInclude);
  }
  if( rc==SQLITE_OK && pOpt->zExclude ){
    rc = migrateSplitList(pOpt->zExclude, &pF->azExclude, &pF->nExclude);
  }
  return rc;
}

static void filterClear(MigrateFilter *pF){
  migrateFreeList(pF->azInclude, pF->nInclude);
  migrateFreeList(pF->azExclude, pF->nExclude);
  memset(pF, 0, sizeof(*pF));
}

/*
** The diff from the live schema of m->db to the model argument.  With
** bBoth, pDown also gets the way back.  Options (argument iOpt, if there)
** may hold the keys of mAllowed.
*/
/*
** What the failure of operation op, with SQLite's message zMsg, asks of
** the next try (see migrateDiffJudge): lift the view or trigger the
** message names, or else rebuild the table that op alters.  1 if that is
** new, 0 if there is nothing more to try.
*/
static int judgeAdvice(MigrateSchema *pFrom, MigrateSchema *pTo,
                       const MigrateOp *op, const char *zMsg,
                       MigrateFilter *pF, int *pRc){
  MigrateSchema *aS[2];
  int k, i;
  aS[0] = pFrom; aS[1] = pTo;
  for(k=0; k<2; k++){
    for(i=0; i<aS[k]->nObj; i++){
      const SchemaObj *o = &aS[k]->aObj[i];
      char *zHead;
      int b;
      if( o->eType!=SCHEMA_VIEW && o->eType!=SCHEMA_TRIGGER ) continue;
      zHead = sqlite3_mprintf("error in %s %s:", o->eType==SCHEMA_VIEW
                              ? "view" : "trigger", o->zName);
      if( zHead==0 ){ *pRc = SQLITE_NOMEM; return 0; }
      b = strncmp(zMsg, zHead, strlen(zHead))==0;
      sqlite3_free(zHead);
      if( !b ) continue;
      for(b=0; b<pF->nLift; b++){
        if( sqlite3_stricmp(pF->azLift[b], o->zName)==0 ) return 0;
      }
      *pRc = migrateListAdd(&pF->azLift, &pF->nLift, o->zName);
      return *pRc==SQLITE_OK;
    }
  }
  for(i=0; i<pTo->nTab; i++){
    const char *zT = pTo->aTab[i].zName;
    size_t n = strlen(zT);
    if( strncmp(op->zObject, zT, n)!=0
     || (op->zObject[n]!=0 && op->zObject[n]!='.') ) continue;
    for(k=0; k<pF->nRebuild; k++){
      if( sqlite3_stricmp(pF->azRebuild[k], zT)==0 ) return 0;
    }
    *pRc = migrateListAdd(&pF->azRebuild, &pF->nRebuild, zT);
    return *pRc==SQLITE_OK;
  }
  return 0;
}

/*
** The diff from the live schema to model pM (bReverse: back), judged by
** SQLite in a scratch copy and tried again with its advice until it runs
** (or there is no advice left: the upgrade will then say what fails).
*/
static int diffJudged(MigrateSchema *pLive, MigrateModel *pM, int bReverse,
                      const MigrateFilter *pFilter, MigrateDiff *pDiff,
                      char **pzErr){
  MigrateSchema *pFrom = bReverse ? pM->pSchema : pLive;
  MigrateSchema *pTo = bReverse ? pLive : pM->pSchema;
  MigrateFilter f = *pFilter;
  int rc, iFail = -1, nTry;
  f.azLift = 0; f.nLift = 0;
  f.azRebuild = 0; f.nRebuild = 0;
  for(nTry=0; ; nTry++){
    char *zMsg = 0;
    rc = migrateDiff(pFrom, pTo, pM->aRen, pM->nRen, bReverse, &f, pDiff,
                     pzErr);
    if( rc==SQLITE_OK ) rc = migrateDiffJudge(pFrom, pTo, pDiff, &iFail, &zMsg);
    if( rc==SQLITE_OK && iFail>=0 && nTry<100
     && judgeAdvice(pFrom, pTo, &pDiff->aOp[iFail], zMsg, &f, &rc) ){
      migrateDiffClear(pDiff);
      sqlite3_free(zMsg);
      continue;
    }
    sqlite3_free(zMsg);
    break;
  }
  if( rc ) migrateDiffClear(pDiff);
  migrateFreeList(f.azLift, f.nLift);
  migrateFreeList(f.azRebuild, f.nRebuild);
  return rc;
}

int migrateModelDiff(Migrate *m, const char *zFunc, sqlite3_value *pModel,
                     sqlite3_value *pOptions, unsigned mAllowed,
                     void *pOptOut, MigrateDiff *pUp, MigrateDiff *pDown,
                     char **pzErr){
  RevOpts opt;
  MigrateFilter filter;
  MigrateModel *pM = 0;
  MigrateSchema *pLive = 0;
  char *zErr = 0;
  int rc = SQLITE_OK;
  memset(&opt, 0, sizeof(opt));
  memset(&filter, 0, sizeof(filter));
  if( pOptions && sqlite3_value_type(pOptions)!=SQLITE_NULL ){
    if( sqlite3_value_type(pOptions)!=SQLITE_TEXT ){
      *pzErr = migrateMprintf("%s: options_json must be text", zFunc);
      return SQLITE_ERROR;
    }
    rc = parseRevOpts(m->db, zFunc, (const char*)sqlite3_value_text(pOptions),
                      mAllowed, &opt, pzErr);
  }
  if( rc==SQLITE_OK ) rc = optsFilter(&opt, &filter);
  if( rc==SQLITE_OK ){
    rc = migrateSchemaRead(m->db, migrateVersionTable(m), &pLive, &zErr);
    if( rc==SQLITE_ERROR ) *pzErr = prefixed(zFunc, zErr), zErr = 0;
  }
  if( rc==SQLITE_OK ){
    /* the live schema first: the model's tables that are word for word
    ** live tables need no second judgement by SQLite */
    rc = migrateModelLoad(pModel, migrateVersionTable(m), m->db, pLive, &pM,
                          &zErr);
    if( rc==SQLITE_ERROR ) *pzErr = prefixed(zFunc, zErr), zErr = 0;
  }
  if( rc==SQLITE_OK ){
    rc = diffJudged(pLive, pM, 0, &filter, pUp, pzErr);
  }
  if( rc==SQLITE_OK && pDown ){
    rc = diffJudged(pLive, pM, 1, &filter, pDown, pzErr);
    if( rc ) migrateDiffClear(pUp);
  }
  sqlite3_free(zErr);
  migrateModelFree(pM);
  migrateSchemaFree(pLive);
  filterClear(&filter);
  if( pOptOut ) *(RevOpts*)pOptOut = opt;
  else revOptsClear(&opt);
  return rc;
}

/* migrate_schema() */
static void schemaFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  if( guard(ctx, "migrate_schema", 0) ) return;
  Migrate *m = (Migrate*)sqlite3_user_data(ctx);
  MigrateSchema *p = 0;
  char *zErr = 0, *zJson;
  int rc;
  (void)argc; (void)argv;
  rc = migrateSchemaRead(m->db, migrateVersionTable(m), &p, &zErr);
  if( rc ){
    resultErr(ctx, rc, prefixed("migrate_schema", zErr));
    return;
  }
  zJson = migrateSchemaJson(p);
  migrateSchemaFree(p);
  if( zJson==0 ){ sqlite3_result_error_nomem(ctx); return; }
  sqlite3_result_text(ctx, zJson, -1, sqlite3_free);
}

/* migrate_diff(model [, options_json]) */
static void diffFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  if( guard(ctx, "migrate_diff", 0) ) return;
  Migrate *m = (Migrate*)sqlite3_user_data(ctx);
  MigrateDiff d;
  char *zErr = 0, *zSql;
  int rc = migrateModelDiff(m, "migrate_diff", argv[0], argc>1 ? argv[1] : 0,
                            OPT_INCLUDE|OPT_EXCLUDE, 0, &d, 0, &zErr);
  if( rc ){ resultErr(ctx, rc, zErr); return; }
  zSql = migrateDiffSql(&d);
  migrateDiffClear(&d);
  if( zSql==0 ){ sqlite3_result_error_nomem(ctx); return; }
  sqlite3_result_text(ctx, zSql, -1, sqlite3_free);
}

/* migrate_check(model [, options_json]) */
static void checkFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  if( guard(ctx, "migrate_check", 0) ) return;
  Migrate *m = (Migrate*)sqlite3_user_data(ctx);
  MigrateDiff d;
  char *zErr = 0;
  int rc = migrateModelDiff(m, "migrate_check", argv[0], argc>1 ? argv[1] : 0,
                            OPT_INCLUDE|OPT_EXCLUDE, 0, &d, 0, &zErr);
  if( rc ){ resultErr(ctx, rc, zErr); return; }
  if( d.nOp==0 ){
    sqlite3_result_text(ctx, "ok", -1, SQLITE_STATIC);
  }else{
    sqlite3_str *s = sqlite3_str_new(0);
    int i;
    sqlite3_str_appendf(s, "migrate_check: the database differs from the "
                        "model in %d operation%s:", d.nOp, d.nOp>1 ? "s" : "");
    for(i=0; i<d.nOp; i++){
      sqlite3_str_appendf(s, "\n  %s %s%s", d.aOp[i].zOp, d.aOp[i].zObject,
                          d.aOp[i].bDestructive ? " (destructive)" : "");
    }
    zErr = migrateStrFinish(s);
    resultErr(ctx, SQLITE_ERROR, zErr);
  }
  migrateDiffClear(&d);
}

/* migrate_autogenerate(message, model [, options_json]) */
static void autogenerateFunc(sqlite3_context *ctx, int argc,
                             sqlite3_value **argv){
  if( guard(ctx, "migrate_autogenerate", 1) ) return;
  static const char zFunc[] = "migrate_autogenerate";
  Migrate *m = (Migrate*)sqlite3_user_data(ctx);
  MigrateGraph *g = 0;
  MigrateDiff up, down;
  RevOpts opt;
  const char *zMsg;
  char *zErr = 0, *zId = 0, *zUp = 0, *zDown = 0;
  int *aCur = 0, nCur = 0, rc, i, iPar = -1, bDiff = 0;
  MigrateTxn tRead;

  memset(&up, 0, sizeof(up));
  memset(&down, 0, sizeof(down));
  memset(&opt, 0, sizeof(opt));
  zMsg = argText(ctx, argv, 0, zFunc, "message");
  if( zMsg==0 ) return;
  /* the version rows and the schema come from one snapshot */
  rc = migrateReadBegin(m, &tRead);
  if( rc==SQLITE_OK ){
    rc = migrateLoadState(m, &g, &aCur, &nCur, &zErr);
  }else if( rc!=SQLITE_NOMEM ){
    zErr = migrateMprintf("%s", sqlite3_errmsg(m->db));
  }
  if( rc ) zErr = prefixed(zFunc, zErr);
  if( rc==SQLITE_OK ){
    int bAtHead = nCur==g->nHead;
    for(i=0; bAtHead && i<nCur; i++) if( aCur[i]!=g->aHead[i] ) bAtHead = 0;
    if( !bAtHead ){
      char *zC = migrateIdList(g, aCur, nCur, ",");
      char *zH = migrateIdList(g, g->aHead, g->nHead, ",");
      zErr = migrateMprintf("%s: the database is not at head (current: %s; "
          "head: %s): upgrade it first, so that the new revision starts "
          "where the others end", zFunc, nCur ? zC : "base", zH);
      sqlite3_free(zC);
      sqlite3_free(zH);
      rc = SQLITE_ERROR;
    }else if( g->nHead>1 ){
      char *zH = migrateIdList(g, g->aHead, g->nHead, ", ");
      zErr = migrateMprintf("%s: multiple heads are present (%s): merge them "
                            "with migrate_merge() first", zFunc, zH);
      sqlite3_free(zH);
      rc = SQLITE_ERROR;
    }else if( g->nHead==1 ){
      iPar = g->aHead[0];
    }
  }
  if( rc==SQLITE_OK ){
    rc = migrateModelDiff(m, zFunc, argv[1], argc>2 ? argv[2] : 0,
                          OPT_REVID|OPT_LABEL|OPT_INCLUDE|OPT_EXCLUDE, &opt,
                          &up, &down, &zErr);
    bDiff = rc==SQLITE_OK;
  }
  migrateReadEnd(m, &tRead);
  if( rc==SQLITE_OK && up.nOp>0 ){
    zUp = migrateDiffSql(&up);
    zDown = migrateDiffSql(&down);
    if( zUp==0 || zDown==0 ) rc = SQLITE_NOMEM;
    if( rc==SQLITE_OK ){
      rc = writeRevision(g, zFunc, zMsg, zUp, zDown, &iPar, iPar>=0 ? 1 : 0,
                         &opt, &zId, &zErr);
    }
  }
  if( bDiff ){
    migrateDiffClear(&up);
    migrateDiffClear(&down);
  }
  revOptsClear(&opt);
  sqlite3_free(zUp);
  sqlite3_free(zDown);
  sqlite3_free(aCur);
  migrateGraphFree(g);
  if( rc ){ resultErr(ctx, rc, zErr); return; }
  if( zId ) sqlite3_result_text(ctx, zId, -1, sqlite3_free);
  else sqlite3_result_null(ctx);
}

static void migrateFree(void *p){
  Migrate *m = (Migrate*)p;
  if( m ){
    sqlite3_free(m->zScriptLocation);
    sqlite3_free(m->zVersionTable);
    sqlite3_free(m->zDirDb);
    sqlite3_free(m);
  }
}

/*
** Is the extension loaded on db already?  Loading it again then changes
** nothing: its settings and functions stay as they are.
*/
static int alreadyLoaded(sqlite3 *db){
  sqlite3_stmt *pStmt = 0;
  int bFound = 0;
  if( sqlite3_prepare_v2(db, "SELECT 1 FROM pragma_function_list "
        "WHERE name='migrate_version'", -1, &pStmt, 0)==SQLITE_OK ){
    bFound = sqlite3_step(pStmt)==SQLITE_ROW;
  }
  sqlite3_finalize(pStmt);
  return bFound;
}

#ifdef _WIN32
__declspec(dllexport)
#endif
int sqlite3_migrate_init(sqlite3 *db, char **pzErrMsg,
                         const sqlite3_api_routines *pApi){
  static const struct {
    const char *zName;
    int nArg;
    void (*xFunc)(sqlite3_context*, int, sqlite3_value**);
  } aFunc[] = {
    { "migrate_config",    1, configFunc },
    { "migrate_config",    2, configFunc },
    { "migrate_init",      0, initFunc },
    { "migrate_init",      1, initFunc },
    { "migrate_revision",  1, revisionFunc },
    { "migrate_revision",  2, revisionFunc },
    { "migrate_revision",  3, revisionFunc },
    { "migrate_revision",  4, revisionFunc },
    { "migrate_merge",     1, mergeFunc },
    { "migrate_merge",     2, mergeFunc },
    { "migrate_merge",     3, mergeFunc },
    { "migrate_upgrade",   1, upgradeFunc },
    { "migrate_downgrade", 1, downgradeFunc },
    { "migrate_stamp",     1, stampFunc },
    { "migrate_current",   0, currentFunc },
    { "migrate_sql",       1, sqlFunc },
    { "migrate_sql",       2, sqlFunc },
    { "migrate_verify",    0, verifyFunc },
    { "migrate_schema",    0, schemaFunc },
    { "migrate_diff",      1, diffFunc },
    { "migrate_diff",      2, diffFunc },
    { "migrate_check",     1, checkFunc },
    { "migrate_check",     2, checkFunc },
    { "migrate_autogenerate", 2, autogenerateFunc },
    { "migrate_autogenerate", 3, autogenerateFunc },
  };
  Migrate *m;
  int rc = SQLITE_OK;
  size_t i;
  SQLITE_EXTENSION_INIT2(pApi);

  if( sqlite3_libversion_number()<MIGRATE_MIN_SQLITE ){
    *pzErrMsg = sqlite3_mprintf("migrate requires SQLite " MIGRATE_MIN_SQLITE_STR
        " or later; this is SQLite %s", sqlite3_libversion());
    return SQLITE_ERROR;
  }
  if( alreadyLoaded(db) ) return SQLITE_OK;
  m = sqlite3_malloc64(sizeof(*m));
  if( m==0 ) return SQLITE_NOMEM;
  memset(m, 0, sizeof(*m));
  m->db = db;
  /* migrate_version owns m: its destructor runs when the connection closes,
  ** or at once if the registration fails */
  rc = sqlite3_create_function_v2(db, "migrate_version", 0,
      SQLITE_UTF8|SQLITE_DETERMINISTIC|SQLITE_INNOCUOUS, m, versionFunc,
      0, 0, migrateFree);
  if( rc!=SQLITE_OK ) return rc;
  for(i=0; rc==SQLITE_OK && i<sizeof(aFunc)/sizeof(aFunc[0]); i++){
    rc = sqlite3_create_function(db, aFunc[i].zName, aFunc[i].nArg,
        SQLITE_UTF8|SQLITE_DIRECTONLY, m, aFunc[i].xFunc, 0, 0);
  }
  if( rc==SQLITE_OK ) rc = migrateVtabInit(db, m);
  return rc;
}
