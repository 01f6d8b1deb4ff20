/*
** threads.c - the threaded workers of test/concurrency.test.
**
**   threads DBFILE GOFILE MODE NTHREAD NOPS SEED WFIRST NCHAIN [TPM]
**
** Starts NTHREAD threads.  Each opens its own connection on DBFILE with
** PRAGMA busy_timeout=60000, loads the extension named by $MIGRATE_EXT
** (default dist/migrate), creates TEMP TABLE me(w, call) holding its worker
** number (WFIRST, WFIRST+1, ...) and the number of the call it is making,
** which the revisions of the test copy into their events table, and waits
** until GOFILE exists, so that every thread of every process starts at
** once.  Then it makes NOPS calls chosen at random (seeded by SEED and the
** worker number):
**
**   MODE run  (a fixed chain r01..rNCHAIN)
**     up_head   migrate_upgrade('head')      up_1    migrate_upgrade('+1')
**     down_1    migrate_downgrade('-1')      up_rev  migrate_upgrade('rNN')
**     down_rev  migrate_downgrade('rNN' or 'base')
**     stamp     migrate_stamp('head', 'base', '+1', '-1' or 'rNN')
**     read      a count of migrate_history, migrate_schema(), and
**               migrate_current() (the result)
**
**   MODE gen  (the graph grows)
**     up_heads  migrate_upgrade('heads')     up_1, down_1, read as above
**     gen       migrate_autogenerate('gen W C', MODEL, {"rev_id":"gW_C",
**               "include":["ag_W_C"]}), MODEL being a new table
**               ag_W_C(x TEXT): the revision creates it and nothing else,
**               whatever the others do meanwhile, so that two heads never
**               conflict; when it fails because there are several heads,
**               the thread's next call is
**     merge     migrate_merge('merge W C', NULL, {"rev_id":"mW_C"})
**
** Each call first sets transaction_per_migration to TPM (0, 1, or r: at
** random per call, the default).  Nothing is checked here: every call is
** printed, and test/concurrency.test checks the lot against the database.
** Output, after every thread is done, in worker order, one line per call
** and one summary line per thread, fields separated by tabs (a tab,
** newline or backslash in a field is written \t, \n, \\):
**
**   op W CALL KIND TARGET TPM ok|error RESULT-OR-MESSAGE [MODEL]
**   thread W calls N ok N error N up N down N stamp N gen N merge N read N
**
** The exit status is 0 unless a thread could not set up its connection.
*/
#include <sqlite3.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <time.h>

typedef struct Worker Worker;
struct Worker {
  int w;                    /* worker number */
  pthread_t tid;
  unsigned long long rnd;   /* xorshift64* state */
  char *zOut;               /* output lines */
  size_t nOut, nAlloc;
  int bSetupFailed;
  int nCall, nOk, nErr;
  int nUp, nDown, nStamp, nGen, nMerge, nRead;
};

static const char *zDbFile, *zGoFile, *zMode, *zExt;
static int nOps, nChain, eTpm = -1;     /* -1: at random */

static unsigned long long rnd64(Worker *p){
  p->rnd ^= p->rnd >> 12;
  p->rnd ^= p->rnd << 25;
  p->rnd ^= p->rnd >> 27;
  return p->rnd * 2685821657736338717ULL;
}
/* A seed for each worker, from the run's seed and its number. */
static unsigned long long splitmix(unsigned long long x){
  x += 0x9E3779B97F4A7C15ULL;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}
static int rndInt(Worker *p, int n){ return (int)((rnd64(p) >> 33) % n); }

static void outAppend(Worker *p, const char *z, size_t n){
  if( p->nOut+n+1 > p->nAlloc ){
    size_t nNew = (p->nAlloc + n) * 2 + 256;
    char *zNew = realloc(p->zOut, nNew);
    if( zNew==0 ){ fprintf(stderr, "out of memory\n"); exit(2); }
    p->zOut = zNew;
    p->nAlloc = nNew;
  }
  memcpy(p->zOut+p->nOut, z, n);
  p->nOut += n;
  p->zOut[p->nOut] = 0;
}

/* One field: a tab before it (unless first), escapes inside. */
static void outField(Worker *p, const char *z, int bFirst){
  if( !bFirst ) outAppend(p, "\t", 1);
  for(; z && *z; z++){
    if( *z=='\t' ) outAppend(p, "\\t", 2);
    else if( *z=='\n' ) outAppend(p, "\\n", 2);
    else if( *z=='\\' ) outAppend(p, "\\\\", 2);
    else outAppend(p, z, 1);
  }
}

/*
** Run zSql with up to three text parameters; on success *pzRes is the
** first column of the first row (NULL for SQL NULL), else *pzErr the error
** message.  Both sqlite3_malloc'ed.  Returns the result code.
*/
static int runSql(sqlite3 *db, const char *zSql, const char *z1,
                  const char *z2, const char *z3, char **pzRes, char **pzErr){
  sqlite3_stmt *pStmt = 0;
  int rc = sqlite3_prepare_v2(db, zSql, -1, &pStmt, 0);
  *pzRes = 0;
  *pzErr = 0;
  if( rc==SQLITE_OK ){
    if( z1 ) sqlite3_bind_text(pStmt, 1, z1, -1, SQLITE_TRANSIENT);
    if( z2 ) sqlite3_bind_text(pStmt, 2, z2, -1, SQLITE_TRANSIENT);
    if( z3 ) sqlite3_bind_text(pStmt, 3, z3, -1, SQLITE_TRANSIENT);
    rc = sqlite3_step(pStmt);
    if( rc==SQLITE_ROW ){
      const char *z = (const char*)sqlite3_column_text(pStmt, 0);
      if( z ) *pzRes = sqlite3_mprintf("%s", z);
      while( (rc = sqlite3_step(pStmt))==SQLITE_ROW ){}
    }
    if( rc==SQLITE_DONE ) rc = SQLITE_OK;
  }
  if( rc!=SQLITE_OK ){
    *pzErr = sqlite3_mprintf("%s", sqlite3_errmsg(db));
    sqlite3_free(*pzRes);
    *pzRes = 0;
  }
  sqlite3_finalize(pStmt);
  return rc;
}

static int setup(Worker *p, sqlite3 **pDb){
  sqlite3 *db = 0;
  char *zErr = 0, *zSql;
  int rc = sqlite3_open_v2(zDbFile, &db, SQLITE_OPEN_READWRITE, 0);
  if( rc==SQLITE_OK ) rc = sqlite3_busy_timeout(db, 60000);
  if( rc==SQLITE_OK ){
    rc = sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 1, 0);
  }
  if( rc==SQLITE_OK ) rc = sqlite3_load_extension(db, zExt, 0, &zErr);
  if( rc==SQLITE_OK ){
    zSql = sqlite3_mprintf("CREATE TEMP TABLE me(w INTEGER, call INTEGER);"
                           "INSERT INTO temp.me VALUES(%d, 0);", p->w);
    rc = sqlite3_exec(db, zSql, 0, 0, &zErr);
    sqlite3_free(zSql);
  }
  if( rc!=SQLITE_OK ){
    fprintf(stderr, "worker %d: setup: %s\n", p->w,
            zErr ? zErr : db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
    sqlite3_free(zErr);
    sqlite3_close(db);
    return 1;
  }
  *pDb = db;
  return 0;
}

static const char *azRunKind[] = {
  "up_head", "up_head", "up_1", "up_1", "up_1", "up_1", "down_1", "down_1",
  "down_1", "down_1", "up_rev", "down_rev", "stamp", "stamp", "read"
};
static const char *azGenKind[] = {
  "up_heads", "up_heads", "up_heads", "up_1", "up_1", "down_1", "down_1",
  "down_1", "gen", "gen", "gen", "read"
};

static void *workerMain(void *pArg){
  Worker *p = (Worker*)pArg;
  sqlite3 *db = 0;
  int bGen = strcmp(zMode, "gen")==0;
  int bMergeNext = 0;
  int i, n;
  long nWait = 0;
  char zNum[64];

  if( setup(p, &db) ){
    p->bSetupFailed = 1;
    return 0;
  }
  /* the barrier; the limit only keeps a lost run from hanging the suite */
  while( access(zGoFile, F_OK)!=0 && nWait++ < 120000 ){
    struct timespec t = { 0, 1000000 };
    nanosleep(&t, 0);
  }

  for(i=1; i<=nOps; i++){
    const char *zKind;
    char zTarget[40], zTpm[2];
    char *zRes = 0, *zErr = 0, *zModel = 0;
    int tpm = eTpm>=0 ? eTpm : rndInt(p, 2);
    int rc;

    if( bMergeNext ){
      zKind = "merge";
      bMergeNext = 0;
    }else if( bGen ){
      zKind = azGenKind[rndInt(p, sizeof(azGenKind)/sizeof(azGenKind[0]))];
    }else{
      zKind = azRunKind[rndInt(p, sizeof(azRunKind)/sizeof(azRunKind[0]))];
    }
    zTarget[0] = 0;
    zTpm[0] = tpm ? '1' : '0';
    zTpm[1] = 0;
    snprintf(zNum, sizeof(zNum), "UPDATE temp.me SET call=%d", i);
    rc = sqlite3_exec(db, zNum, 0, 0, 0);
    if( rc==SQLITE_OK ){
      snprintf(zNum, sizeof(zNum),
               "SELECT migrate_config('transaction_per_migration', %d)", tpm);
      rc = sqlite3_exec(db, zNum, 0, 0, 0);
    }
    if( rc!=SQLITE_OK ){
      zErr = sqlite3_mprintf("setting up the call: %s", sqlite3_errmsg(db));
    }else if( strcmp(zKind, "up_head")==0 || strcmp(zKind, "up_heads")==0 ){
      strcpy(zTarget, zKind[7] ? "heads" : "head");
      runSql(db, "SELECT migrate_upgrade(?1)", zTarget, 0, 0, &zRes, &zErr);
    }else if( strcmp(zKind, "up_1")==0 ){
      strcpy(zTarget, "+1");
      runSql(db, "SELECT migrate_upgrade(?1)", zTarget, 0, 0, &zRes, &zErr);
    }else if( strcmp(zKind, "down_1")==0 ){
      strcpy(zTarget, "-1");
      runSql(db, "SELECT migrate_downgrade(?1)", zTarget, 0, 0, &zRes, &zErr);
    }else if( strcmp(zKind, "up_rev")==0 ){
      snprintf(zTarget, sizeof(zTarget), "r%02d", 1+rndInt(p, nChain));
      runSql(db, "SELECT migrate_upgrade(?1)", zTarget, 0, 0, &zRes, &zErr);
    }else if( strcmp(zKind, "down_rev")==0 ){
      if( rndInt(p, 4)==0 ) strcpy(zTarget, "base");
      else snprintf(zTarget, sizeof(zTarget), "r%02d", 1+rndInt(p, nChain));
      runSql(db, "SELECT migrate_downgrade(?1)", zTarget, 0, 0, &zRes, &zErr);
    }else if( strcmp(zKind, "stamp")==0 ){
      static const char *az[] = { "head", "base", "+1", "-1" };
      int k = rndInt(p, 6);
      if( k<4 ) strcpy(zTarget, az[k]);
      else snprintf(zTarget, sizeof(zTarget), "r%02d", 1+rndInt(p, nChain));
      runSql(db, "SELECT migrate_stamp(?1)", zTarget, 0, 0, &zRes, &zErr);
    }else if( strcmp(zKind, "read")==0 ){
      rc = runSql(db, "SELECT count(*) FROM migrate_history", 0, 0, 0,
                  &zRes, &zErr);
      if( rc==SQLITE_OK ){
        sqlite3_free(zRes);
        rc = runSql(db, "SELECT length(migrate_schema())", 0, 0, 0,
                    &zRes, &zErr);
      }
      if( rc==SQLITE_OK ){
        sqlite3_free(zRes);
        runSql(db, "SELECT migrate_current()", 0, 0, 0, &zRes, &zErr);
      }
    }else if( strcmp(zKind, "gen")==0 ){
      char zTab[40], zId[40], zMsg[40];
      snprintf(zTab, sizeof(zTab), "ag_%d_%d", p->w, i);
      snprintf(zId, sizeof(zId), "g%d_%d", p->w, i);
      snprintf(zMsg, sizeof(zMsg), "gen %d %d", p->w, i);
      strcpy(zTarget, zId);
      rc = runSql(db, "SELECT json_object('tables', json_array("
          "json_object('name', ?1, 'columns', json_array("
          "json_object('name', 'x', 'type', 'TEXT')))))",
          zTab, 0, 0, &zModel, &zErr);
      if( rc==SQLITE_OK ){
        runSql(db, "SELECT migrate_autogenerate(?1, ?2, json_object('rev_id', "
               "?3, 'include', json_array(json_extract(?2, '$.tables[0].name'))))",
               zMsg, zModel, zId, &zRes, &zErr);
        if( zErr && strstr(zErr, "multiple heads are present") ){
          bMergeNext = 1;
        }
      }
    }else{  /* merge */
      char zId[40], zMsg[40];
      snprintf(zId, sizeof(zId), "m%d_%d", p->w, i);
      snprintf(zMsg, sizeof(zMsg), "merge %d %d", p->w, i);
      strcpy(zTarget, zId);
      runSql(db, "SELECT migrate_merge(?1, NULL, json_object('rev_id', ?2))",
             zMsg, zId, 0, &zRes, &zErr);
    }

    p->nCall++;
    if( zErr ){
      p->nErr++;
    }else{
      p->nOk++;
      switch( zKind[0] ){
        case 'u': p->nUp++; break;
        case 'd': p->nDown++; break;
        case 's': p->nStamp++; break;
        case 'g': p->nGen++; break;
        case 'm': p->nMerge++; break;
        default:  p->nRead++; break;
      }
    }
    outField(p, "op", 1);
    snprintf(zNum, sizeof(zNum), "%d", p->w);
    outField(p, zNum, 0);
    snprintf(zNum, sizeof(zNum), "%d", i);
    outField(p, zNum, 0);
    outField(p, zKind, 0);
    outField(p, zTarget, 0);
    outField(p, zTpm, 0);
    outField(p, zErr ? "error" : "ok", 0);
    outField(p, zErr ? zErr : zRes ? zRes : "", 0);
    if( zModel ) outField(p, zModel, 0);
    outAppend(p, "\n", 1);
    sqlite3_free(zRes);
    sqlite3_free(zErr);
    sqlite3_free(zModel);
  }
  n = snprintf(zNum, sizeof(zNum), "thread\t%d", p->w);
  outAppend(p, zNum, n);
  {
    char zLine[200];
    n = snprintf(zLine, sizeof(zLine), "\tcalls\t%d\tok\t%d\terror\t%d\tup\t%d"
        "\tdown\t%d\tstamp\t%d\tgen\t%d\tmerge\t%d\tread\t%d\n", p->nCall,
        p->nOk, p->nErr, p->nUp, p->nDown, p->nStamp, p->nGen, p->nMerge,
        p->nRead);
    outAppend(p, zLine, n);
  }
  sqlite3_close(db);
  return 0;
}

int main(int argc, char **argv){
  Worker *a;
  int nThread, i, wFirst, rc = 0;
  unsigned long long seed;

  if( argc!=9 && argc!=10 ){
    fprintf(stderr, "usage: %s DBFILE GOFILE MODE NTHREAD NOPS SEED WFIRST "
            "NCHAIN [TPM]\n", argv[0]);
    return 1;
  }
  zDbFile = argv[1];
  zGoFile = argv[2];
  zMode = argv[3];
  nThread = atoi(argv[4]);
  nOps = atoi(argv[5]);
  seed = strtoull(argv[6], 0, 10);
  wFirst = atoi(argv[7]);
  nChain = atoi(argv[8]);
  if( argc==10 && strcmp(argv[9], "r")!=0 ) eTpm = atoi(argv[9]);
  zExt = getenv("MIGRATE_EXT");
  if( zExt==0 || zExt[0]==0 ) zExt = "dist/migrate";
  if( (strcmp(zMode, "run")!=0 && strcmp(zMode, "gen")!=0)
   || nThread<1 || nOps<0 || nChain<1 ){
    fprintf(stderr, "%s: bad arguments\n", argv[0]);
    return 1;
  }
  if( sqlite3_threadsafe()==0 ){
    fprintf(stderr, "%s: this SQLite is built without threads\n", argv[0]);
    return 1;
  }
  a = calloc(nThread, sizeof(Worker));
  if( a==0 ) return 2;
  for(i=0; i<nThread; i++){
    a[i].w = wFirst + i;
    a[i].rnd = splitmix(seed*0x9E3779B97F4A7C15ULL + (unsigned)a[i].w);
    if( a[i].rnd==0 ) a[i].rnd = 1;
    if( pthread_create(&a[i].tid, 0, workerMain, &a[i])!=0 ){
      fprintf(stderr, "cannot start thread %d\n", i);
      return 2;
    }
  }
  for(i=0; i<nThread; i++) pthread_join(a[i].tid, 0);
  for(i=0; i<nThread; i++){
    if( a[i].zOut ) fputs(a[i].zOut, stdout);
    if( a[i].bSetupFailed ) rc = 1;
    free(a[i].zOut);
  }
  free(a);
  return rc;
}
