/*
** readfiles.c - the limit of start-up at head, for make bench: a SQLite
** loadable extension (dist/bench/readfiles.so, loaded into the same
** connection as the migrate extension) with one function,
**
**   bench_readfiles(dir)   -> the number of bytes read
**   bench_cpu_ns()         -> the CPU time this thread has used, in ns
**                             (CLOCK_THREAD_CPUTIME_ID: user and system
**                             time, not time spent waiting for a CPU)
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
#include <time.h>
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

static void cpuFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  struct timespec ts;
  (void)argc; (void)argv;
  if( clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)!=0 ){
    sqlite3_result_error(ctx, "bench_cpu_ns: no thread CPU clock", -1);
    return;
  }
  sqlite3_result_int64(ctx, (sqlite3_int64)ts.tv_sec*1000000000 + ts.tv_nsec);
}

#ifdef _WIN32
__declspec(dllexport)
#endif
int sqlite3_readfiles_init(sqlite3 *db, char **pzErrMsg,
                           const sqlite3_api_routines *pApi){
  SQLITE_EXTENSION_INIT2(pApi);
  (void)pzErrMsg;
  int rc = sqlite3_create_function(db, "bench_readfiles", 1,
                                   SQLITE_UTF8|SQLITE_DIRECTONLY, 0,
                                   readfilesFunc, 0, 0);
  if( rc==SQLITE_OK ){
    rc = sqlite3_create_function(db, "bench_cpu_ns", 0, SQLITE_UTF8, 0,
                                 cpuFunc, 0, 0);
  }
  return rc;
}
