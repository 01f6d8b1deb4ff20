/*
** vfsname.c - a database whose VFS is named as dqlite names its own, for
** test/dqlite.test (section 0), which runs where dqlite is not installed.
**
**   vfsname DB SQL...
**
** Registers "dqlite-shim", a copy of the default VFS under another name,
** opens DB with it, loads the extension named by $MIGRATE_EXT (default
** dist/migrate), and runs each SQL argument in turn (sqlite3_exec), printing
** one line for each: its number, then "ok" and the values of its rows
** (separated by "|", NULL as empty), or "error" and the message.  Exit
** status 0 unless the set-up fails.
*/
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>

/* Append the values of one row to the sqlite3_str p. */
static int appendRow(void *p, int n, char **az, char **azCol){
  sqlite3_str *s = (sqlite3_str*)p;
  int i;
  (void)azCol;
  for(i=0; i<n; i++){
    sqlite3_str_appendf(s, "%s%s", sqlite3_str_length(s) ? "|" : " ",
                        az[i] ? az[i] : "");
  }
  return 0;
}

int main(int argc, char **argv){
  static sqlite3_vfs shim;
  sqlite3 *db = 0;
  const char *zExt = getenv("MIGRATE_EXT");
  char *zErr = 0;
  int rc, i;
  if( argc<2 ){
    fprintf(stderr, "usage: vfsname DB SQL...\n");
    return 2;
  }
  if( zExt==0 ) zExt = "dist/migrate";
  shim = *sqlite3_vfs_find(0);
  shim.zName = "dqlite-shim";
  rc = sqlite3_vfs_register(&shim, 0);
  if( rc==SQLITE_OK ){
    rc = sqlite3_open_v2(argv[1], &db,
             SQLITE_OPEN_READWRITE|SQLITE_OPEN_CREATE, "dqlite-shim");
  }
  if( rc==SQLITE_OK ){
    rc = sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 1, 0);
  }
  if( rc==SQLITE_OK ) rc = sqlite3_load_extension(db, zExt, 0, &zErr);
  if( rc!=SQLITE_OK ){
    fprintf(stderr, "vfsname: %s\n", zErr ? zErr : sqlite3_errmsg(db));
    sqlite3_free(zErr);
    sqlite3_close(db);
    return 1;
  }
  for(i=2; i<argc; i++){
    sqlite3_str *s = sqlite3_str_new(db);
    char *zRows;
    rc = sqlite3_exec(db, argv[i], appendRow, s, &zErr);
    zRows = sqlite3_str_finish(s);
    if( rc==SQLITE_OK ){
      printf("%d ok%s\n", i-1, zRows ? zRows : "");
    }else{
      printf("%d error %s\n", i-1, zErr ? zErr : sqlite3_errstr(rc));
    }
    sqlite3_free(zRows);
    sqlite3_free(zErr);
    zErr = 0;
  }
  sqlite3_close(db);
  return 0;
}
