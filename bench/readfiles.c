/*
** readfiles.c - the limit of start-up at head, for make bench: a SQLite
** loadable extension (dist/bench/readfiles.so, loaded into the same
** connection as the migrate extension) with one function,
**
**   bench_readfiles(dir)   -> the number of bytes read
**
** which does the least that anything reading a script directory must do:
** list the directory (opendir/readdir, the same getdents64 calls), keep the
** names that migrate keeps (*.sql, not hidden), and open, read and close
** each of those files, into one buffer reused from file to file.  It does
** not sort the names, parse, copy or allocate per file, so it is a lower
** bound, not a rival implementation.
**
** Its system calls per file are those of migrate's reader (ext/revfile.c):
** openat, one read of the whole file, close.  A read that returns less than
** it asked for has reached the end of a regular file (POSIX: "less than
** nbyte if the number of bytes left in the file is less than nbyte"), so
** no second read is needed to see the end.  Both go through the same
** SQLite function-call machinery, so the ratio migrate/limit is what the
** extension spends beyond the I/O that no reader can avoid.
*/
#include "sqlite3ext.h"
SQLITE_EXTENSION_INIT1
#include <dirent.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

static void readfilesFunc(sqlite3_context *ctx, int argc,
                          sqlite3_value **argv){
  const char *zDir = (const char*)sqlite3_value_text(argv[0]);
  static char aBuf[1<<16];
  sqlite3_int64 nTotal = 0;
  struct dirent *e;
  DIR *d;
  (void)argc;
  d = zDir ? opendir(zDir) : 0;
  if( d==0 ){
    sqlite3_result_error(ctx, "bench_readfiles: cannot open directory", -1);
    return;
  }
  while( (e = readdir(d))!=0 ){
    size_t n = strlen(e->d_name);
    int fd;
    ssize_t got;
    if( e->d_name[0]=='.' || n<5 || strcmp(&e->d_name[n-4], ".sql")!=0 ){
      continue;
    }
    fd = openat(dirfd(d), e->d_name, O_RDONLY|O_NONBLOCK);
    if( fd<0 ) continue;
    while( (got = read(fd, aBuf, sizeof(aBuf)))==(ssize_t)sizeof(aBuf) ){
      nTotal += got;
    }
    if( got>0 ) nTotal += got;
    close(fd);
  }
  closedir(d);
  sqlite3_result_int64(ctx, nTotal);
}

#ifdef _WIN32
__declspec(dllexport)
#endif
int sqlite3_readfiles_init(sqlite3 *db, char **pzErrMsg,
                           const sqlite3_api_routines *pApi){
  SQLITE_EXTENSION_INIT2(pApi);
  (void)pzErrMsg;
  return sqlite3_create_function(db, "bench_readfiles", 1,
                                 SQLITE_UTF8|SQLITE_DIRECTONLY, 0,
                                 readfilesFunc, 0, 0);
}
