/*
** migrate.h - the private header shared by the files of the migrate
** extension.  Nothing here is public: the public interface is the set of
** SQL functions and virtual tables that sqlite3_migrate_init() registers.
**
** The extension is split by concern:
**
**   migrate.c   entry point, per-connection settings, the SQL functions
**   revfile.c   revision files: read, parse, validate, write
**   graph.c     the revision graph, heads, targets and plans
**   runner.c    transactions, the version table, migrate_log, execution
**   vtab.c      the migrate_history and migrate_plan virtual tables
**   sha256.c    SHA-256, for the checksums kept in migrate_log
**
** Every object that lives longer than one call belongs to a connection
** (struct Migrate); there is no global mutable state.
*/
#ifndef MIGRATE_H
#define MIGRATE_H

#include "sqlite3ext.h"
SQLITE_EXTENSION_INIT3

#include <stddef.h>

#define MIGRATE_VERSION "0.1.0"
#define MIGRATE_MIN_SQLITE 3037000          /* 3.37.0 */
#define MIGRATE_MIN_SQLITE_STR "3.37.0"
#define MIGRATE_MAX_ID 32                   /* VARCHAR(32) of version_num */

typedef unsigned char u8;

/* Per-connection settings and state: the user data of every function. */
typedef struct Migrate Migrate;
struct Migrate {
  sqlite3 *db;
  char *zScriptLocation;     /* NULL: $MIGRATE_SCRIPT_LOCATION or "migrations" */
  char *zVersionTable;       /* NULL: "alembic_version" */
  int bTxnPerMigration;      /* transaction_per_migration */
  int bVerbose;              /* one line per step on stderr */
};

const char *migrateScriptDir(Migrate*);
const char *migrateVersionTable(Migrate*);

/* ---------------------------------------------------------------- revfile */

/* One revision, as read from its file. */
typedef struct MigrateRev MigrateRev;
struct MigrateRev {
  char *zId;                 /* revision id */
  char **azDown; int nDown;  /* down_revision ids */
  char **azLabel; int nLabel;/* branch_labels */
  char **azDep; int nDep;    /* depends_on, as written (ids or labels) */
  char *zMessage;
  char *zDate;               /* create_date */
  char *zPath;               /* the file it was read from */
  char *zUp;                 /* the upgrade section */
  char *zDownSql;            /* the downgrade section */
  char zSum[65];             /* SHA-256 of zUp, lowercase hex */

  /* Filled in by graph.c */
  int *aPar; int nPar;       /* down_revision, as indexes */
  int *aDepIdx; int nDepIdx; /* depends_on, resolved to indexes */
  int *aNorm; int nNorm;     /* normalized down revisions (see graph.c) */
  int *aKid; int nKid;       /* children through down_revision */
  int *aDKid; int nDKid;     /* children through depends_on */
};

void migrateRevFree(MigrateRev*);
int migrateRevParse(const char *zPath, const char *zText, size_t nText,
                    MigrateRev **ppRev, char **pzErr);
int migrateReadDir(const char *zDir, MigrateRev ***paRev, int *pnRev,
                   char **pzErr);
char *migrateRevRender(const MigrateRev*);
int migrateRevWrite(const char *zDir, MigrateRev *pRev, char **pzErr);
int migrateIdValid(const char *z);
int migrateLabelValid(const char *z);
char *migrateNewId(void);
char *migrateNow(void);
const char *migrateSkipSpace(const char *z);
int migrateStmtLength(const char *z);
int migrateSplitList(const char *z, char ***paz, int *pn);
void migrateFreeList(char **az, int n);

/* ---------------------------------------------------------------- graph */

typedef struct MigrateGraph MigrateGraph;
struct MigrateGraph {
  MigrateRev **aRev; int nRev;   /* every revision, sorted by id */
  int *aHash; int nHash;         /* open addressing: id -> index+1 */
  int *aHead; int nHead;         /* heads, sorted by id */
  char **azLabel; int *aLabelRev; int nLabel;  /* labels, sorted */
  char *zDir;                    /* the script directory */
};

int migrateGraphLoad(const char *zDir, MigrateGraph **ppG, char **pzErr);
int migrateGraphBuild(MigrateGraph*, char **pzErr);
void migrateGraphFree(MigrateGraph*);
int migrateGraphFind(MigrateGraph*, const char *zId);
int migrateFindLabel(MigrateGraph*, const char *zLabel);
int migrateGraphVerify(MigrateGraph*, char **pzErr);
int migrateResolveOne(MigrateGraph*, const char *zRef, int *piRev,
                      char **pzErr);
int migrateAncestors(MigrateGraph*, u8 *aMark);
int migrateDescendants(MigrateGraph*, u8 *aMark);
int migrateLineage(MigrateGraph*, int i, u8 *aOut);
int migrateBranchHeads(MigrateGraph*, int iLabel, int **paHead, int *pnHead);
int *migrateTopo(MigrateGraph*, const u8 *aSet, int *pn);
char *migrateIdList(MigrateGraph*, const int *a, int n, const char *zSep);

/* A move computed by migratePlan(). */
#define MIGRATE_UP    1
#define MIGRATE_DOWN  2
#define MIGRATE_STAMP 3
#define MIGRATE_AUTO  4              /* up, or down when nothing goes up */

typedef struct MigrateStep MigrateStep;
struct MigrateStep {
  int iRev;                  /* revision run (-1 for a stamp) */
  int eDir;                  /* MIGRATE_UP, _DOWN or _STAMP */
  int *aDel; int nDel;       /* version rows removed, as indexes */
  int *aIns; int nIns;       /* version rows added */
};

typedef struct MigratePlan MigratePlan;
struct MigratePlan {
  int eDir;                  /* MIGRATE_UP, _DOWN or _STAMP */
  MigrateStep *aStep; int nStep;
  int *aFrom; int nFrom;     /* version rows before */
  int *aTo; int nTo;         /* version rows after */
  u8 *aApplied;              /* revisions applied after the move */
};

int migratePlan(MigrateGraph*, const int *aCur, int nCur, const char *zTarget,
                int eDir, MigratePlan *pPlan, char **pzErr);
void migratePlanClear(MigratePlan*);
int migratePlanToward(MigrateGraph*, const int *aCur, int nCur,
                      const u8 *aFinal, int eDir, MigratePlan *pPlan);
int migrateParseState(MigrateGraph*, const char *zState, int **paCur,
                      int *pnCur, char **pzErr);

/* ---------------------------------------------------------------- runner */

int migrateTableExists(sqlite3*, const char *zTab);
int migrateReadCurrent(Migrate*, MigrateGraph*, int **paCur, int *pnCur,
                       char **pzErr);
int migrateEnsureTables(Migrate*, char **pzErr);
char *migrateStepSql(Migrate*, MigrateGraph*, const MigrateStep*);
char *migratePlanSql(Migrate*, MigrateGraph*, const MigratePlan*, int bBase);
int migrateRun(Migrate*, const char *zFunc, const char *zTarget, int eDir,
               char **pzResult, char **pzErr);
int migrateCurrentText(Migrate*, char **pzResult, char **pzErr);
int migrateLoadState(Migrate*, MigrateGraph **ppG, int **paCur, int *pnCur,
                     char **pzErr);
int migrateLastSums(Migrate*, MigrateGraph*, char ***pazSum,
                    char ***pazWhen, char **pzErr);

/* ---------------------------------------------------------------- vtab */

int migrateVtabInit(sqlite3*, Migrate*);

/* ---------------------------------------------------------------- sha256 */

void migrateSha256Hex(const void *p, size_t n, char zOut[65]);

/* ---------------------------------------------------------------- util */

char *migrateMprintf(const char *zFmt, ...);
char *migrateStrFinish(sqlite3_str*);

#endif /* MIGRATE_H */
