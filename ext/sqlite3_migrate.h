/*
** sqlite3_migrate.h - the public header of the migrate extension, for an
** application that compiles the extension in instead of loading it.
**
** The extension's whole public interface is the set of SQL functions and
** virtual tables that its entry point registers on a connection (see
** docs/README.md); this header declares only that entry point.  Compile
** the amalgamation (make amalgamation: dist/migrate.c) with -DSQLITE_CORE
** into the application, or link the installed static library (make
** install: libmigrate.a), then register the extension for every
** connection the process opens afterwards:
**
**   #include <sqlite3.h>
**   #include "sqlite3_migrate.h"
**
**   sqlite3_auto_extension((void(*)(void))sqlite3_migrate_init);
**
** or on one connection only: sqlite3_migrate_init(db, &zErr, 0), where
** zErr receives a message to be freed with sqlite3_free() when the
** result is not SQLITE_OK (on a SQLite older than 3.37.0).  A loadable
** build (dist/migrate.so) needs none of this: SQLite finds the entry point
** by the file's name.  examples/startup.c is a complete program.
*/
#ifndef SQLITE3_MIGRATE_H
#define SQLITE3_MIGRATE_H

#include <sqlite3.h>

#ifdef __cplusplus
extern "C" {
#endif

int sqlite3_migrate_init(sqlite3 *db, char **pzErrMsg,
                         const sqlite3_api_routines *pApi);

#ifdef __cplusplus
}
#endif

#endif /* SQLITE3_MIGRATE_H */
