/*
** startup.c - an application that carries the migrate extension inside
** itself and brings its database to head every time it starts.
**
**   startup DATABASE [SCRIPT_DIR]
**
** It registers the extension for every connection it will open
** (sqlite3_auto_extension), opens DATABASE, and runs
** SELECT migrate_upgrade('head') as a statement of its own.  It prints
** "DATABASE: at REVISION" (or "at base" when there is no revision), and
** exits with 0; on any failure it prints "startup: MESSAGE" on stderr and
** exits with 1, and the database is as it was: the upgrade is one
** transaction.  SCRIPT_DIR is the script directory; without it, the
** extension's own rule applies (MIGRATE_SCRIPT_LOCATION, else the one the
** database was initialised with, else ./migrations).
**
** Build it with the extension compiled in, from the amalgamation or from
** the installed static library:
**
**   make amalgamation
**   cc -DSQLITE_CORE -Iext -o startup examples/startup.c dist/migrate.c -lsqlite3
**
**   make install
**   cc -o startup examples/startup.c -lmigrate -lsqlite3
*/
#include <stdio.h>
#include <string.h>
#include <sqlite3.h>
#include "sqlite3_migrate.h"

/* Run one statement (with an optional text parameter ?1) and return, in
** *pzOut, a copy of the first column of its row (0 for NULL; free it with
** sqlite3_free).  Returns SQLITE_OK, or an error code with the message in
** db (sqlite3_errmsg). */
static int runOne(sqlite3 *db, const char *zSql, const char *zArg,
                  char **pzOut){
  sqlite3_stmt *pStmt = 0;
  int rc = sqlite3_prepare_v2(db, zSql, -1, &pStmt, 0);
  *pzOut = 0;
  if( rc==SQLITE_OK && zArg ){
    rc = sqlite3_bind_text(pStmt, 1, zArg, -1, SQLITE_TRANSIENT);
  }
  if( rc==SQLITE_OK ){
    rc = sqlite3_step(pStmt);
    if( rc==SQLITE_ROW ){
      const char *z = (const char*)sqlite3_column_text(pStmt, 0);
      if( z ){
        *pzOut = sqlite3_mprintf("%s", z);
        if( *pzOut==0 ) rc = SQLITE_NOMEM;
      }
      if( rc==SQLITE_ROW ) rc = sqlite3_step(pStmt);
    }
    if( rc==SQLITE_DONE ) rc = SQLITE_OK;
  }
  /* After a failed step, finalize leaves the step's message in db. */
  if( sqlite3_finalize(pStmt)!=SQLITE_OK && rc==SQLITE_OK ){
    rc = sqlite3_errcode(db);
  }
  if( rc!=SQLITE_OK ){
    sqlite3_free(*pzOut);
    *pzOut = 0;
  }
  return rc;
}

int main(int argc, char **argv){
  sqlite3 *db = 0;
  char *zRev = 0;
  int rc;

  if( argc<2 || argc>3 ){
    fprintf(stderr, "usage: %s DATABASE [SCRIPT_DIR]\n", argv[0]);
    return 2;
  }

  /* Every connection opened from now on gets the migrate_* functions. */
  rc = sqlite3_auto_extension((void(*)(void))sqlite3_migrate_init);
  if( rc!=SQLITE_OK ){
    fprintf(stderr, "startup: cannot register migrate: %s\n",
            sqlite3_errstr(rc));
    return 1;
  }

  rc = sqlite3_open_v2(argv[1], &db,
                       SQLITE_OPEN_READWRITE|SQLITE_OPEN_CREATE, 0);
  if( rc!=SQLITE_OK ){
    fprintf(stderr, "startup: cannot open %s: %s\n", argv[1],
            db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
    sqlite3_close(db);
    return 1;
  }
  /* Several processes starting at once: the later ones wait, then find
  ** the work done. */
  sqlite3_busy_timeout(db, 10000);

  if( argc==3 ){
    rc = runOne(db, "SELECT migrate_config('script_location', ?1)", argv[2],
                &zRev);
    sqlite3_free(zRev);
  }
  if( rc==SQLITE_OK ){
    rc = runOne(db, "SELECT migrate_upgrade('head')", 0, &zRev);
  }
  if( rc!=SQLITE_OK ){
    fprintf(stderr, "startup: %s\n",
            rc==SQLITE_NOMEM ? sqlite3_errstr(rc) : sqlite3_errmsg(db));
    sqlite3_close(db);
    return 1;
  }
  printf("%s: at %s\n", argv[1], zRev ? zRev : "base");
  sqlite3_free(zRev);

  /* ... the application's own work on db goes here ... */

  rc = sqlite3_close(db);
  if( rc!=SQLITE_OK ){
    fprintf(stderr, "startup: cannot close %s: %s\n", argv[1],
            sqlite3_errstr(rc));
    return 1;
  }
  return 0;
}
