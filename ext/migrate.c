/*
** migrate.c - the SQL surface: the entry point of the extension, and one
** thin function per SQL function, which checks its arguments, calls the
** layer that does the work, and reports the result or the error.
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
**   migrate_autogenerate(msg, model [, options_json])  a revision to a model
**   migrate_upgrade(target)                   apply revisions
**   migrate_downgrade(target)                 revert revisions
**   migrate_stamp(target)                     set the version rows only
**   migrate_current()                         the current revision(s)
**   migrate_sql(target [, from])              the offline script
**   migrate_verify()                          check graph and checksums
**   migrate_schema()                          the live schema as a model
**   migrate_diff(model [, options_json])      the SQL to the model
**   migrate_check(model [, options_json])     'ok', or what differs
**
** Settings (migrate_config, kept by conn.c) belong to the connection that
** loaded the extension.  Every function but migrate_version() is
** SQLITE_DIRECTONLY: it reads files or the database, and a trigger or view
** must never be able to call it; guard() below adds what SQLite does not
** check (see its comment).
*/
#include "sqlite3ext.h"
SQLITE_EXTENSION_INIT1
#include "migrate.h"
#include <string.h>
#include <stdlib.h>
#include <errno.h>
#include <sys/stat.h>
#include <unistd.h>

/* Report rc/zErr as the function's result; frees zErr.  A transaction
** that the failed call left open is ended first (migrateCallFailed()). */
static void resultErr(sqlite3_context *ctx, int rc, char *zErr){
  migrateCallFailed((Migrate*)sqlite3_user_data(ctx));
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
**
** It also notes whether the caller has a transaction open, so that the
** error report (resultErr) can end one that a failed call leaves open.
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
  migrateCallBegin(m);
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
             || strcmp((const char*)sqlite3_value_text(pVal), "1")==0
             || strcmp((const char*)sqlite3_value_text(pVal), "2")==0)))
       || (v!=0 && v!=1 && !(v==2 && pb==&m->bVerbose)) ){
        const char *zRange = pb==&m->bVerbose ? "0, 1 or 2" : "0 or 1";
        char *z = t==SQLITE_NULL ?
            sqlite3_mprintf("migrate_config: %s must be %s, not NULL",
                            zKey, zRange) :
            sqlite3_mprintf("migrate_config: %s must be %s, not '%q'",
                            zKey, zRange,
                            (const char*)sqlite3_value_text(pVal));
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
  rc = migrateInitDb(m, zDir, &zErr);
  if( rc ){
    resultErr(ctx, rc, migrateErrPrefix("migrate_init", zErr));
    if( zSaved!=(char*)m ){
      /* restore the old setting, unless the commit was done after all */
      if( migrateDirRecorded(m, zDir) ){
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

/* migrate_revision(message [, upgrade_sql [, downgrade_sql [, options]]]) */
static void revisionFunc(sqlite3_context *ctx, int argc,
                         sqlite3_value **argv){
  if( guard(ctx, "migrate_revision", 1) ) return;
  static const char zFunc[] = "migrate_revision";
  Migrate *m = (Migrate*)sqlite3_user_data(ctx);
  const char *zMsg, *zUp = "", *zDown = "";
  char *zErr = 0, *zId = 0;
  int rc;
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
  rc = migrateRevise(m, zFunc, zMsg, zUp, zDown, argc>3 ? argv[3] : 0, &zId,
                     &zErr);
  if( rc ){ resultErr(ctx, rc, zErr); return; }
  sqlite3_result_text(ctx, zId, -1, sqlite3_free);
}

/* migrate_merge(message [, revisions [, options_json]]) */
static void mergeFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  if( guard(ctx, "migrate_merge", 1) ) return;
  Migrate *m = (Migrate*)sqlite3_user_data(ctx);
  const char *zMsg, *zRevs = 0;
  char *zErr = 0, *zId = 0;
  int rc;
  zMsg = argText(ctx, argv, 0, "migrate_merge", "message");
  if( zMsg==0 ) return;
  if( argc>1 && sqlite3_value_type(argv[1])!=SQLITE_NULL ){
    zRevs = argText(ctx, argv, 1, "migrate_merge", "revisions");
    if( zRevs==0 ) return;
  }
  rc = migrateMerge(m, zMsg, zRevs, argc>2 ? argv[2] : 0, &zId, &zErr);
  if( rc ){ resultErr(ctx, rc, zErr); return; }
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
    resultErr(ctx, rc, migrateErrPrefix("migrate_current", zErr));
    return;
  }
  if( zResult ) sqlite3_result_text(ctx, zResult, -1, sqlite3_free);
  else sqlite3_result_null(ctx);
}

/* migrate_sql(target [, from]) */
static void sqlFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  if( guard(ctx, "migrate_sql", 0) ) return;
  Migrate *m = (Migrate*)sqlite3_user_data(ctx);
  const char *zTarget = argText(ctx, argv, 0, "migrate_sql", "target");
  const char *zFrom = 0;
  char *zErr = 0, *zOut = 0;
  int rc;
  if( zTarget==0 ) return;
  if( argc>1 && sqlite3_value_type(argv[1])!=SQLITE_NULL ){
    zFrom = argText(ctx, argv, 1, "migrate_sql", "from");
    if( zFrom==0 ) return;
  }
  rc = migrateScript(m, zTarget, zFrom, &zOut, &zErr);
  if( rc ){ resultErr(ctx, rc, migrateErrPrefix("migrate_sql", zErr)); return; }
  sqlite3_result_text(ctx, zOut, -1, sqlite3_free);
}

/* migrate_verify() */
static void verifyFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  if( guard(ctx, "migrate_verify", 0) ) return;
  Migrate *m = (Migrate*)sqlite3_user_data(ctx);
  char *zErr = 0;
  int rc;
  (void)argc; (void)argv;
  rc = migrateVerify(m, &zErr);
  if( rc ){
    resultErr(ctx, rc, migrateErrPrefix("migrate_verify", zErr));
    return;
  }
  sqlite3_result_text(ctx, "ok", -1, SQLITE_STATIC);
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
    resultErr(ctx, rc, migrateErrPrefix("migrate_schema", zErr));
    return;
  }
  zJson = migrateSchemaJson(p);
  migrateSchemaFree(p);
  if( zJson==0 ){ resultErr(ctx, SQLITE_NOMEM, 0); return; }
  sqlite3_result_text(ctx, zJson, -1, sqlite3_free);
}

/* migrate_diff(model [, options_json]) */
static void diffFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  if( guard(ctx, "migrate_diff", 0) ) return;
  Migrate *m = (Migrate*)sqlite3_user_data(ctx);
  MigrateDiff d;
  char *zErr = 0, *zSql;
  int rc = migrateModelDiff(m, "migrate_diff", argv[0], argc>1 ? argv[1] : 0,
                            OPT_INCLUDE|OPT_EXCLUDE, 0, &d, 0, 0, &zErr);
  if( rc ){ resultErr(ctx, rc, zErr); return; }
  zSql = migrateDiffSql(&d);
  migrateDiffClear(&d);
  if( zSql==0 ){ resultErr(ctx, SQLITE_NOMEM, 0); return; }
  sqlite3_result_text(ctx, zSql, -1, sqlite3_free);
}

/* migrate_check(model [, options_json]) */
static void checkFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  if( guard(ctx, "migrate_check", 0) ) return;
  Migrate *m = (Migrate*)sqlite3_user_data(ctx);
  MigrateDiff d;
  char *zErr = 0;
  int rc = migrateModelDiff(m, "migrate_check", argv[0], argc>1 ? argv[1] : 0,
                            OPT_INCLUDE|OPT_EXCLUDE, 0, &d, 0, 0, &zErr);
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

/* migrate_test([model [, options_json]]) */
static void testFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  if( guard(ctx, "migrate_test", 0) ) return;
  Migrate *m = (Migrate*)sqlite3_user_data(ctx);
  char *zErr = 0;
  int rc = migrateSelfTest(m, argc>0 && sqlite3_value_type(argv[0])!=SQLITE_NULL
                           ? argv[0] : 0, argc>1 ? argv[1] : 0, &zErr);
  if( rc ){ resultErr(ctx, rc, migrateErrPrefix("migrate_test", zErr)); return; }
  sqlite3_result_text(ctx, "ok", -1, SQLITE_STATIC);
}

/* migrate_autogenerate(message, model [, options_json]) */
static void autogenerateFunc(sqlite3_context *ctx, int argc,
                             sqlite3_value **argv){
  if( guard(ctx, "migrate_autogenerate", 1) ) return;
  Migrate *m = (Migrate*)sqlite3_user_data(ctx);
  const char *zMsg = argText(ctx, argv, 0, "migrate_autogenerate", "message");
  char *zErr = 0, *zId = 0;
  int rc;
  if( zMsg==0 ) return;
  rc = migrateAutogenerate(m, zMsg, argv[1], argc>2 ? argv[2] : 0, &zId,
                           &zErr);
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

/* The entry point: register the functions and the virtual tables. */
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
    { "migrate_test",      0, testFunc },
    { "migrate_test",      1, testFunc },
    { "migrate_test",      2, testFunc },
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
