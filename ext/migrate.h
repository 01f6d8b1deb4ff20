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
**   vtab.c      the migrate_history, migrate_plan and migrate_diff_ops
**               virtual tables
**   sha256.c    SHA-256, for the checksums kept in migrate_log
**   schema.c    schema introspection into one normal form; SQL tokens
**   model.c     models (JSON or DDL), judged by SQLite, read as schemas
**   diff.c      comparing two schemas, and the SQL that moves one to the
**               other (ALTER TABLE where exact, else a table rebuild)
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
  char *zScriptLocation;     /* NULL: $MIGRATE_SCRIPT_LOCATION, the
                             ** database's (migrate_init), or "migrations" */
  char *zDirDb;              /* the database's, resolved (see migrate.c) */
  const char *zDirFrom;      /* where migrateScriptDir() found it */
  char *zVersionTable;       /* NULL: "alembic_version" */
  int bTxnPerMigration;      /* transaction_per_migration */
  int bVerbose;              /* one line per step on stderr */
  int bNoJoin;               /* join_transaction=0: refuse to run inside
                             ** the caller's transaction */
  const char *zRunning;      /* the upgrade, downgrade or stamp running */
  struct MigrateTxn *pTxn;   /* the transaction of that run */
  int bStuck;                /* a failed run's transaction is still open */
  int (*xPrevCommit)(void*); void *pPrevCommit;    /* hooks chained to */
  void (*xPrevRollback)(void*); void *pPrevRollback;
  int bHooks;                /* the hooks below are installed */
};

const char *migrateScriptDir(Migrate*);
int migrateDirRecord(Migrate*, const char *zDir, char **pzErr);
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
int migrateIdReserved(const char *z);
int migrateLabelValid(const char *z);
char *migrateNewId(void);
char *migrateNow(void);
const char *migrateSkipSpace(const char *z);
int migrateSplitList(const char *z, char ***paz, int *pn);
int migrateListAdd(char ***paz, int *pn, const char *z);
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
int migrateGraphOpen(Migrate*, MigrateGraph **ppG, char **pzErr);
char *migrateStepSql(Migrate*, MigrateGraph*, const MigrateStep*);
char *migratePlanSql(Migrate*, MigrateGraph*, const MigratePlan*, int bBase);
int migrateRun(Migrate*, const char *zFunc, const char *zTarget, int eDir,
               char **pzResult, char **pzErr);
int migrateCurrentText(Migrate*, char **pzResult, char **pzErr);
typedef struct MigrateTxn MigrateTxn;
struct MigrateTxn {
  sqlite3_stmt *pUndo1, *pUndo2;   /* prepared before the transaction */
  int bOpen;
  int bStuck;                      /* the undo could not run (see runner.c) */
};
int migrateTxnBegin(sqlite3*, const char *zBegin, const char *zUndo1,
                    const char *zUndo2, MigrateTxn*);
int migrateTxnEnd(sqlite3*, MigrateTxn*, const char *zCommit);
int migrateTxnRefresh(sqlite3*, MigrateTxn*);
int migrateReadBegin(Migrate*, MigrateTxn*);
void migrateReadEnd(Migrate*, MigrateTxn*);
int migrateLoadState(Migrate*, MigrateGraph **ppG, int **paCur, int *pnCur,
                     char **pzErr);
int migrateLastSums(Migrate*, MigrateGraph*, char ***pazSum,
                    char ***pazWhen, char **pzErr);

/* ---------------------------------------------------------------- schema */

#define TK_END    0
#define TK_SPACE  1
#define TK_WORD   2
#define TK_ID     3
#define TK_STRING 4
#define TK_NUMBER 5
#define TK_BLOB   6
#define TK_PUNCT  7

int migrateToken(const char *z, int *peType);
int migrateIsWord(const char *z, int n, int e, const char *zWord);
int migrateStmtLength(const char *z);
int migrateSqlComplete(const char *z);
char *migrateCanon(const char *zSql);
char *migrateUnquote(const char *z, int n);
void migrateAppendClosed(sqlite3_str*, const char *zSql, int bAlways);
char *migrateClosedStmt(const char *zSql);
char *migrateCanonN(const char *zSql, int n);
char *migrateObjKey(const char *zSql, int eType);

typedef struct SchemaCol SchemaCol;
struct SchemaCol {
  char *zName;
  char *zType;               /* declared type, as written */
  int bNotNull;
  char *zDefault;            /* default expression, as PRAGMA reports it */
  int iPk;                   /* position in the primary key (1-based), or 0 */
  int bPkDesc;               /* PRIMARY KEY DESC on the column */
  int eGen;                  /* 0, 2 (VIRTUAL) or 3 (STORED) */
  char *zGen;                /* generated expression */
  char *zCollate;            /* COLLATE name, or NULL */
  char *zDef;                /* the column definition, as written */
  char *zKey;                /* canonical signature */
};

typedef struct SchemaFk SchemaFk;
struct SchemaFk {
  char **azFrom; int nFrom;
  char *zTable;
  char **azTo; int nTo;      /* nTo==0: the parent's primary key */
  const char *zOnDelete;     /* static: "NO ACTION", "CASCADE", ... */
  const char *zOnUpdate;
  int bDeferred;             /* DEFERRABLE INITIALLY DEFERRED */
  int bImplicitTo;           /* azTo is the parent's key, not written */
};

typedef struct SchemaTable SchemaTable;
struct SchemaTable {
  char *zName;
  char *zSql;                /* CREATE TABLE, as stored */
  int bWithoutRowid, bStrict, bAutoinc;
  SchemaCol *aCol; int nCol;
  char **azCheckExpr; char **azCheckName; int nCheck;
  char **azUnique; int nUnique;  /* canonical column lists */
  SchemaFk *aFk; int nFk;
  char *zKey;                /* canonical signature, column order aside */
};

#define SCHEMA_INDEX   1
#define SCHEMA_VIEW    2
#define SCHEMA_TRIGGER 3
#define SCHEMA_VTAB    4      /* a virtual table, created and dropped whole */

typedef struct SchemaObj SchemaObj;
struct SchemaObj {
  int eType;                 /* SCHEMA_INDEX, _VIEW, _TRIGGER or _VTAB */
  char *zName;
  char *zTable;              /* the table it belongs to (tbl_name) */
  char *zSql;                /* CREATE statement, as stored */
  char *zKey;                /* canonical form of zSql */
  int iTab;                  /* index of zTable in aTab, or -1 (a view) */
};

typedef struct MigrateSchema MigrateSchema;
struct MigrateSchema {
  SchemaTable *aTab; int nTab;   /* in creation order */
  SchemaObj *aObj; int nObj;     /* explicit indexes, views, triggers and
                                 ** virtual tables */
  int nTabAlloc, nObjAlloc;      /* allocated sizes of aTab and aObj */
  /* built by migrateSchemaIndex() */
  int *aTabHash; int nTabHash;   /* table name -> index+1 */
  int *aObjHash; int nObjHash;   /* object name -> index+1 */
  int *aTabObj;                  /* objects grouped by table ... */
  int *aTabObjStart;             /* ... table i: aTabObj[start[i]..start[i+1]) */
  struct SchemaChunk *pChunk;    /* every text above, freed together */
};

int migrateSchemaRead(sqlite3*, const char *zVersionTable, MigrateSchema**,
                      char **pzErr);
MigrateSchema *migrateSchemaNew(void);
void *migrateGrow(void *a, int n, int *pnAlloc, size_t sz);
int migrateSchemaAddTable(MigrateSchema*, const char *zName, const char *zSql);
int migrateSchemaAddObj(MigrateSchema*, int eType, const char *zName,
                        const char *zTbl, const char *zSql);
void migrateSchemaFree(MigrateSchema*);
void migrateSchemaDropTable(MigrateSchema*, int iTab);
char *migrateFkKey(const SchemaFk*);
int migrateSchemaIndex(MigrateSchema*);
int migrateSchemaResolveFks(MigrateSchema*);
int migrateSchemaTable(MigrateSchema*, const char *zName);
unsigned migrateNameHash(const char *z);
int migrateSchemaObj(MigrateSchema*, int eType, const char *zName);
char *migrateSchemaJson(MigrateSchema*);
int migrateSchemaSkip(const char *zName, const char *zVersionTable);
void migrateJsonString(sqlite3_str*, const char *z);
int migrateParseIndex(const char *zSql, int *pbUnique, char ***paz, int *pn,
                      char **pzWhere);

/* ---------------------------------------------------------------- model */

/* A rename from JSON: a table (zTab NULL) or a column of table zTab (its
** name in the model). */
typedef struct MigrateRename MigrateRename;
struct MigrateRename {
  char *zTab;
  char *zOld;
  char *zNew;
};

typedef struct MigrateModel MigrateModel;
struct MigrateModel {
  MigrateSchema *pSchema;        /* the model, as SQLite read it */
  MigrateRename *aRen; int nRen;
};

int migrateJsonIsObject(const char *zJson);
int migrateModelLoad(sqlite3_value*, const char *zVersionTable, sqlite3 *db,
                     MigrateSchema *pKnown, MigrateModel**, char **pzErr);
void migrateModelFree(MigrateModel*);

/* ---------------------------------------------------------------- diff */

typedef struct MigrateOp MigrateOp;
struct MigrateOp {
  const char *zOp;           /* create_table, rebuild_table, ... (static) */
  char *zObject;             /* what it acts on: "t", "t.c", "ix" */
  int bDestructive;          /* it can lose data */
  char *zSql;                /* the statements, each ending ";\n" */
};

typedef struct MigrateDiff MigrateDiff;
struct MigrateDiff {
  MigrateOp *aOp; int nOp;
};

/*
** What a diff compares, and how it may change things: include and exclude
** (GLOB patterns of table names), and what SQLite's judgement of an
** earlier try asked for (see migrateModelDiff): views and triggers to drop
** before the tables change and make again after, and tables that ALTER
** TABLE cannot change and must be rebuilt.
*/
typedef struct MigrateFilter MigrateFilter;
struct MigrateFilter {
  char **azInclude; int nInclude;    /* GLOB patterns of table names */
  char **azExclude; int nExclude;
  char **azLift; int nLift;          /* views and triggers, by name */
  char **azRebuild; int nRebuild;    /* tables, by name */
};

int migrateDiff(MigrateSchema *pFrom, MigrateSchema *pTo,
                const MigrateRename *aRen, int nRen, int bReverse,
                const MigrateFilter*, MigrateDiff *pDiff, char **pzErr);
void migrateDiffClear(MigrateDiff*);
char *migrateDiffSql(const MigrateDiff*);
int migrateDiffJudge(MigrateSchema *pFrom, MigrateSchema *pTo, MigrateDiff*,
                     int *piFail, char **pzMsg);

/* The options a function accepts in its options_json (see migrate.c) */
#define OPT_HEAD     0x01
#define OPT_LABEL    0x02
#define OPT_DEPS     0x04
#define OPT_REVID    0x08
#define OPT_SPLICE   0x10
#define OPT_INCLUDE  0x20
#define OPT_EXCLUDE  0x40

int migrateModelDiff(Migrate*, const char *zFunc, sqlite3_value *pModel,
                     sqlite3_value *pOptions, unsigned mAllowed,
                     void *pOptOut, MigrateDiff *pUp, MigrateDiff *pDown,
                     char **pzErr);

/* ---------------------------------------------------------------- vtab */

int migrateVtabInit(sqlite3*, Migrate*);

/* ---------------------------------------------------------------- sha256 */

void migrateSha256Hex(const void *p, size_t n, char zOut[65]);

/* ---------------------------------------------------------------- util */

char *migrateMprintf(const char *zFmt, ...);
char *migrateStrFinish(sqlite3_str*);
char *migrateStrndup(const char *z, int n);
char *migrateStrdup(const char *z);
char *migrateUtf8Clean(char *z);
int migrateExcerptLen(const char *z, int n, int nMax);

/*
** A text being built, for the hot paths that read schemas: it stays in
** aSpace while it fits and only then moves to the heap, so that most texts
** cost one allocation, the one migrateBufFinish() returns.  After an
** allocation fails, appends do nothing and Finish returns NULL.
*/
typedef struct MigrateBuf MigrateBuf;
struct MigrateBuf {
  char *z;                   /* the text so far, not terminated */
  int n;                     /* its length */
  int nAlloc;                /* bytes at z */
  int bNoMem;                /* an allocation failed */
  char aSpace[240];
};
void migrateBufInit(MigrateBuf*);
void migrateBufAppend(MigrateBuf*, const char *z, int n);  /* n<0: strlen */
char *migrateBufFinish(MigrateBuf*);       /* the text; the buffer reset */
void migrateBufClear(MigrateBuf*);         /* the text dropped */
static inline void migrateBufChar(MigrateBuf *b, char c){
  if( b->n<b->nAlloc ) b->z[b->n++] = c;
  else migrateBufAppend(b, &c, 1);
}

#endif /* MIGRATE_H */
