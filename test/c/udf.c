/*
** udf.c - the application's own aggregate and window functions in models,
** for test/model.test (section 12).  Tcl's "db function" makes scalar
** functions only, so this driver registers the other kinds in C.
**
**   udf
**
** Opens an in-memory database, loads the extension named by $MIGRATE_EXT
** (default dist/migrate), registers the aggregate myagg(X) and the window
** function mywin(X), and prints one line per statement below: its number,
** then "ok" and the value, or "error" and the message.  The SQL of the
** first is run, so that the second reads back what it made.  Exit status
** 0 unless the set-up fails.
*/
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>

static void aggStep(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  sqlite3_int64 *p = sqlite3_aggregate_context(ctx, sizeof(*p));
  (void)argc; (void)argv;
  if( p ) (*p)++;
}
static void aggFinal(sqlite3_context *ctx){
  sqlite3_int64 *p = sqlite3_aggregate_context(ctx, 0);
  sqlite3_result_int64(ctx, p ? *p : 0);
}
static void winInverse(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  sqlite3_int64 *p = sqlite3_aggregate_context(ctx, sizeof(*p));
  (void)argc; (void)argv;
  if( p ) (*p)--;
}

static const char *azSql[] = {
  /* 1: a view using each, as a model, on the empty database */
  "SELECT migrate_diff('CREATE TABLE t(x); "
  "CREATE VIEW va AS SELECT myagg(x) AS n FROM t; "
  "CREATE VIEW vw AS SELECT mywin(x) OVER (ORDER BY x) AS n FROM t;')",
  /* 2: made, then the schema reads back with no difference */
  "SELECT migrate_diff(migrate_schema())",
  /* 3, 4: each where SQLite refuses it, with the message of this
  ** connection (not "no such function") */
  "SELECT migrate_diff('CREATE TABLE t(x CHECK (myagg(x) > 0));')",
  "SELECT migrate_diff('CREATE TABLE t(x, y AS (mywin(x)));')",
  0
};

int main(void){
  sqlite3 *db = 0;
  const char *zExt = getenv("MIGRATE_EXT");
  char *zErr = 0;
  int rc, i;
  if( zExt==0 ) zExt = "dist/migrate";
  rc = sqlite3_open(":memory:", &db);
  if( rc==SQLITE_OK ){
    rc = sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 1, 0);
  }
  if( rc==SQLITE_OK ) rc = sqlite3_load_extension(db, zExt, 0, &zErr);
  if( rc==SQLITE_OK ){
    rc = sqlite3_create_function_v2(db, "myagg", 1, SQLITE_UTF8, 0, 0,
                                    aggStep, aggFinal, 0);
  }
  if( rc==SQLITE_OK ){
    rc = sqlite3_create_window_function(db, "mywin", 1, SQLITE_UTF8, 0,
                                        aggStep, aggFinal, aggFinal,
                                        winInverse, 0);
  }
  if( rc!=SQLITE_OK ){
    fprintf(stderr, "udf: set-up: %s\n", zErr ? zErr : sqlite3_errmsg(db));
    sqlite3_free(zErr);
    sqlite3_close(db);
    return 1;
  }
  for(i=0; azSql[i]; i++){
    sqlite3_stmt *pStmt = 0;
    rc = sqlite3_prepare_v2(db, azSql[i], -1, &pStmt, 0);
    if( rc==SQLITE_OK && sqlite3_step(pStmt)==SQLITE_ROW ){
      const char *z = (const char*)sqlite3_column_text(pStmt, 0);
      printf("%d ok %s\n", i+1, z ? z : "NULL");
      if( i==0 && z ){
        /* make what the diff says, for statement 2 */
        if( sqlite3_exec(db, z, 0, 0, &zErr)!=SQLITE_OK ){
          printf("%d apply error %s\n", i+1, zErr);
          sqlite3_free(zErr);
          zErr = 0;
        }
      }
    }else{
      printf("%d error %s\n", i+1, sqlite3_errmsg(db));
    }
    sqlite3_finalize(pStmt);
  }
  sqlite3_close(db);
  return 0;
}
