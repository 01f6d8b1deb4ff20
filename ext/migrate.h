/*
** migrate.h - the private header shared by the files of the migrate
** extension.  Nothing here is public: the public interface is the set of
** SQL functions and virtual tables that sqlite3_migrate_init() registers
** (see docs/README.md).
**
** The extension is built in layers, each file calling only files of its
** own section or of the sections before it (make lint checks this), so
** that the architecture reads top-down from the sections of this header:
**
**   layer 0  leaves            util.c      text, buffers, lists, arrays, hash
**                              sha256.c    SHA-256
**   layer 1  primitives        tokenize.c  SQL tokens, statements, canonical
**                              json.c      JSON reader and writer; options
**                              conn.c      a connection's settings and
**                                          transactions
**   layer 2  data              revfile.c   revision files
**                              graph.c     the revision graph
**                              plan.c      targets and plans
**                              schema.c    a schema's normal form
**                              diff.c      two schemas compared: the SQL
**                              scratch.c   SQLite judges model statements
**                              model.c     models (JSON or DDL) and diffs
**   layer 3  database effects  version.c   version table, log, state
**                              runner.c    running a plan
**                              revise.c    writing new revisions
**                              selftest.c  migrate_test on a scratch database
**   layer 4  SQL surface       vtab.c      the virtual tables
**                              migrate.c   entry point, the SQL functions
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

/**************************************************************************
** Interface to code in util.c
*/

char *migrateStrdup(const char *z);
char *migrateStrndup(const char *z, int n);
char *migrateStrFinish(sqlite3_str*);
char *migrateTrimDup(const char *z, size_t n);
char *migrateOneLine(const char *z);
void migrateStrMask(sqlite3_str*, int iFrom);
unsigned migrateNameHash(const char *z);
void *migrateGrow(void *a, int n, size_t sz);
int migrateIntPush(int **pa, int *pn, int v);
void migrateFreeList(char **az, int n);
int migrateListAdd(char ***paz, int *pn, const char *z);
int migrateSplitList(const char *z, char ***paz, int *pn);
char *migrateErrPrefix(const char *zFunc, char *zErr);
char *migrateUtf8Clean(char *z);
int migrateExcerptLen(const char *z, int n, int nMax);
char *migrateNewId(void);
char *migrateNow(void);

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

/* Is c white space, as SQLite's tokenizer has it (\v is not)?  Inline:
** the readers of files and schemas ask it of nearly every byte. */
static inline int migrateIsSpace(char c){
  return c==' ' || c=='\t' || c=='\n' || c=='\r' || c=='\f';
}

/**************************************************************************
** Interface to code in sha256.c
*/

void migrateSha256Hex(const void *p, size_t n, char zOut[65]);

/**************************************************************************
** Interface to code in tokenize.c
*/

#define TK_END    0
#define TK_SPACE  1                 /* white space, or a comment */
#define TK_WORD   2                 /* a keyword or a bare name */
#define TK_ID     3                 /* a quoted name: "x", [x], `x` */
#define TK_STRING 4
#define TK_NUMBER 5
#define TK_BLOB   6
#define TK_PUNCT  7

int migrateToken(const char *z, int *peType);
int migrateIsWord(const char *z, int n, int e, const char *zWord);
const char *migrateSkipSpace(const char *z);
int migrateFirstWordIn(const char *zSql, const char *const *azWord);
int migrateStmtLength(const char *z);
int migrateSqlComplete(const char *z);
char *migrateUnquote(const char *z, int n);
void migrateUnquoteInto(char *zOut, const char *z, int n);
void migrateAppendClosed(sqlite3_str*, const char *zSql, int bAlways);
char *migrateClosedStmt(const char *zSql);
char *migrateCanon(const char *zSql);
char *migrateCanonN(const char *zSql, int n);
void migrateCanonAppend(MigrateBuf*, const char *z, int n);

/* The columns of a table, for the canonical form of its expressions:
** xHas(pCtx, zName) is true if zName (any case) is one. */
typedef struct MigrateCols MigrateCols;
struct MigrateCols {
  int (*xHas)(const void *pCtx, const char *zName);
  const void *pCtx;
};
void migrateCanonExprAppend(MigrateBuf*, const char *z, int n,
                            const MigrateCols*);
char *migrateCanonCols(const char *zSql, const MigrateCols*);
char *migrateCanonExpr(const char *z, int n);

/**************************************************************************
** Interface to code in json.c
*/

/* A JSON document, parsed: a[0] is the root; a node's children are the
** chain iFirst, iNext. */
typedef struct MigrateJsonNode MigrateJsonNode;
struct MigrateJsonNode {
  int iParent;               /* index of the parent node, -1 for the root */
  char *zKey;                /* member name in an object, or NULL */
  int iIdx;                  /* index in an array (when zKey is NULL) */
  const char *zType;         /* null, true, false, integer, real, text, ... */
  char *zAtom;               /* the value, as text, of a scalar */
  char *zPath;               /* "tables[2].columns[0].name", made on demand */
  int iFirst, iNext;         /* first child, next sibling (-1: none) */
};
typedef struct MigrateJson MigrateJson;
struct MigrateJson {
  MigrateJsonNode *a; int n;
  char *zPool;               /* the decoded keys and atoms, one after another */
  const char *zRoot;         /* what the document is, for messages */
};

int migrateJsonLoad(const char *z, const char *zRoot, MigrateJson*,
                    char **pzErr);
void migrateJsonFree(MigrateJson*);
const char *migrateJsonPath(MigrateJson*, int i);
int migrateJsonGet(MigrateJson*, int i, const char *zKey);
int migrateJsonType(MigrateJson*, int i, const char *zType);
int migrateJsonKeys(MigrateJson*, int i, const char *const *azKey,
                    char **pzErr);
int migrateJsonText(MigrateJson*, int i, const char *zKey, int bRequired,
                    const char **pz, char **pzErr);
int migrateJsonBool(MigrateJson*, int i, const char *zKey, int *pb,
                    char **pzErr);
int migrateJsonArray(MigrateJson*, int i, const char *zKey, int *pk,
                     char **pzErr);
void migrateJsonString(sqlite3_str*, const char *z);

/* The options a function accepts in its options_json */
#define OPT_HEAD     0x01
#define OPT_LABEL    0x02
#define OPT_DEPS     0x04
#define OPT_REVID    0x08
#define OPT_SPLICE   0x10
#define OPT_INCLUDE  0x20
#define OPT_EXCLUDE  0x40
#define OPT_HEADS    0x80
#define OPT_FINDINGS 0x100

typedef struct MigrateOpts MigrateOpts;
struct MigrateOpts {
  char *zHead;          /* head: the revision to build on */
  char *zLabel;         /* branch_label: comma-separated */
  char *zDeps;          /* depends_on: comma-separated */
  char *zRevId;         /* rev_id */
  int bSplice;          /* splice: allow a parent that is not a head */
  char *zInclude;       /* include: GLOB patterns, comma-separated */
  char *zExclude;       /* exclude: the same */
  int nHeads;           /* heads: how many the graph must have (0: 1) */
  int bRefuse;          /* findings: "refuse" (not "comment") */
};
int migrateOptsParse(const char *zFunc, sqlite3_value *pJson,
                     unsigned mAllowed, MigrateOpts*, char **pzErr);
void migrateOptsClear(MigrateOpts*);

/**************************************************************************
** Interface to code in conn.c
*/

/* Per-connection settings and state: the user data of every function. */
typedef struct MigrateTxn MigrateTxn;
typedef struct Migrate Migrate;
struct Migrate {
  sqlite3 *db;
  char *zScriptLocation;     /* NULL: $MIGRATE_SCRIPT_LOCATION, the
                             ** database's (migrate_init), or "migrations" */
  char *zDirDb;              /* the database's, resolved (see conn.c) */
  const char *zDirFrom;      /* where migrateScriptDir() found it */
  char *zVersionTable;       /* NULL: "alembic_version" */
  int bTxnPerMigration;      /* transaction_per_migration */
  int bVerbose;              /* one line per step on stderr */
  int bNoJoin;               /* join_transaction=0: refuse to run inside
                             ** the caller's transaction */
  const char *zRunning;      /* the upgrade, downgrade or stamp running */
  MigrateTxn *pTxn;          /* the transaction of that run */
  int bStuck;                /* a failed run's transaction is still open */
  int bHooks;                /* the hooks of conn.c are installed */
  int bCallAuto;             /* the latest call began in autocommit mode */
  struct MigrateGraph *pGraph; /* borrowed: the script directory, read once
                             ** (migrate_test's scratch runs), or NULL */
};

const char *migrateScriptDir(Migrate*);
const char *migrateVersionTable(Migrate*);
int migrateDirRecord(Migrate*, const char *zDir, char **pzErr);
int migrateDirRecorded(Migrate*, const char *zDir);
int migrateTableExists(sqlite3*, const char *zTab);
const char *migrateDqliteVfs(sqlite3*);
int migrateDqliteRefuse(Migrate*, char **pzErr);
#define MIGRATE_EXISTS_NOMEM (-2)  /* migrateTableExists: out of memory */

struct MigrateTxn {
  sqlite3_stmt *pUndo1, *pUndo2;   /* prepared before the transaction */
  int bOpen;
  int bStuck;                      /* the undo could not run (see conn.c) */
  sqlite3_stmt *pRead;             /* holds a snapshot (migrateReadBegin) */
};
int migrateTxnBegin(sqlite3*, const char *zBegin, const char *zUndo1,
                    const char *zUndo2, MigrateTxn*);
int migrateTxnEnd(sqlite3*, MigrateTxn*, const char *zCommit);
int migrateTxnRefresh(sqlite3*, MigrateTxn*);
int migrateReadBegin(sqlite3*, MigrateTxn*);
void migrateReadEnd(MigrateTxn*);
void migrateMarkStuck(Migrate*);
void migrateCallBegin(Migrate*);
void migrateCallFailed(Migrate*);

/**************************************************************************
** Interface to code in revfile.c
*/

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
  char zSum[65];             /* SHA-256 of zUp, lowercase hex, once
                             ** migrateRevSum() has computed it; else "" */
  int bBlock;                /* one block holds the texts and lists above
                             ** (a revision read from a file): 1 its own
                             ** allocation, 2 cut from a MigrateChunk */

  /* Filled in by graph.c: slices of its graph's aPool */
  int *aPar; int nPar;       /* down_revision, as indexes */
  int *aDepIdx; int nDepIdx; /* depends_on, resolved to indexes */
  int *aNorm; int nNorm;     /* normalized down revisions (see graph.c) */
  int *aKid; int nKid;       /* children through down_revision */
  int *aDKid; int nDKid;     /* children through depends_on */
};

void migrateRevClear(MigrateRev*);
void migrateRevFree(MigrateRev*);
const char *migrateRevSum(MigrateRev*);
int migrateRevParse(const char *zPath, const char *zText, size_t nText,
                    MigrateRev **ppRev, char **pzErr);
typedef struct MigrateChunk MigrateChunk;   /* see revfile.c */
void migrateChunkFree(MigrateChunk*);
int migrateReadDir(const char *zDir, MigrateRev ***paRev, int *pnRev,
                   MigrateChunk **ppChunk, char **pzErr);
char *migrateRevRender(const MigrateRev*);
int migrateRevWrite(const char *zDir, MigrateRev *pRev, char **pzErr);
int migrateMakeDirs(const char *zDir, char **pzErr);
int migrateIdValid(const char *z);
int migrateIdReserved(const char *z);
int migrateLabelValid(const char *z);

/**************************************************************************
** Interface to code in graph.c
*/

typedef struct MigrateGraph MigrateGraph;
struct MigrateGraph {
  MigrateRev **aRev; int nRev;   /* every revision, sorted by id */
  int *aHash; int nHash;         /* open addressing: id -> index+1 */
  int *aHead; int nHead;         /* heads, sorted by id */
  char **azLabel; int *aLabelRev; int nLabel;  /* labels, sorted */
  char *zDir;                    /* the script directory */
  int *aPool;                    /* every revision's aPar, aKid, ... */
  MigrateChunk *pChunk;          /* the memory of revisions read from
                                 ** files (migrateGraphLoad) */
};

int migrateGraphLoad(const char *zDir, MigrateGraph **ppG, char **pzErr);
int migrateGraphBuild(MigrateGraph*, char **pzErr);
void migrateGraphFree(MigrateGraph*);
int migrateGraphFind(MigrateGraph*, const char *zId);
int migrateFindLabel(MigrateGraph*, const char *zLabel);
int migrateResolveOne(MigrateGraph*, const char *zRef, int *piRev,
                      char **pzErr);
u8 *migrateGraphMarks(MigrateGraph*);
int migrateReachable(MigrateGraph*, u8 *aMark, int bDown, int bDeps);
int migrateAncestors(MigrateGraph*, u8 *aMark);
int migrateDescendants(MigrateGraph*, u8 *aMark);
int migrateLineage(MigrateGraph*, int i, u8 *aOut);
int migrateBranchHeads(MigrateGraph*, int iLabel, int **paHead, int *pnHead);
int *migrateTopo(MigrateGraph*, const u8 *aSet, int *pn);
char *migrateIdList(MigrateGraph*, const int *a, int n, const char *zSep);

/**************************************************************************
** Interface to code in plan.c
*/

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

/**************************************************************************
** Interface to code in schema.c
*/

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
int migrateSchemaAddTable(MigrateSchema*, const char *zName, const char *zSql);
int migrateSchemaAddObj(MigrateSchema*, int eType, const char *zName,
                        const char *zTbl, const char *zSql);
void migrateSchemaFree(MigrateSchema*);
void migrateSchemaDropTable(MigrateSchema*, int iTab);
char *migrateFkKey(const SchemaFk*);
int migrateSchemaIndex(MigrateSchema*);
int migrateSchemaResolveFks(MigrateSchema*);
int migrateSchemaTable(MigrateSchema*, const char *zName);
SchemaCol *migrateSchemaColumn(SchemaTable*, const char *zName);
int migrateSchemaObj(MigrateSchema*, int eType, const char *zName);
char *migrateSchemaJson(MigrateSchema*);
int migrateSchemaSkip(const char *zName, const char *zVersionTable);
char *migrateObjKey(const char *zSql, int eType, SchemaTable *pTab);
int migrateParseIndex(const char *zSql, int *pbUnique, char ***paz, int *pn,
                      char **pzWhere);

/**************************************************************************
** Interface to code in diff.c
*/

typedef struct MigrateOp MigrateOp;
struct MigrateOp {
  const char *zOp;           /* create_table, rebuild_table, ... (static) */
  char *zObject;             /* what it acts on: "t", "t.c", "ix" */
  int bDestructive;          /* it can lose data */
  char *zSql;                /* the statements, each ending ";\n" */
  /* a rebuild_table: its from-table (index in the diff's from-schema) and,
  ** for each column of the to-table, the from-column it copies or -1 */
  int iFrom;
  int *aSrc;
  char *zWarning;            /* what the rows will make fail (findings.c),
                             ** one finding per line, or NULL */
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

/* A rename from a model: a table (zTab NULL) or a column of table zTab
** (its name in the model). */
typedef struct MigrateRename MigrateRename;
struct MigrateRename {
  char *zTab;
  char *zOld;
  char *zNew;
};

int migrateDiff(MigrateSchema *pFrom, MigrateSchema *pTo,
                const MigrateRename *aRen, int nRen, int bReverse,
                const MigrateFilter*, MigrateDiff *pDiff, char **pzErr);
void migrateDiffClear(MigrateDiff*);
char *migrateDiffSql(const MigrateDiff*);
int migrateDiffAddOp(MigrateDiff*, const char *zOp, char *zObject,
                     int bDestructive, char *zSql);

/**************************************************************************
** Interface to code in findings.c
*/

int migrateFindings(sqlite3*, MigrateSchema *pFrom, MigrateSchema *pTo,
                    int bReverse, MigrateDiff*, char **pzErr);

/**************************************************************************
** Interface to code in scratch.c
*/

typedef struct MigrateScratch MigrateScratch;
typedef struct ScratchName ScratchName;
typedef struct ScratchFunc ScratchFunc;
struct MigrateScratch {
  MigrateSchema *pSchema;    /* the model's schema, being built */
  MigrateSchema *pKnown;     /* tables SQLite has read already, or NULL */
  ScratchFunc *aFunc; int nFunc;   /* the connection's own functions and
                             ** collations, given to every scratch db */
  const char *zVersionTable;
  sqlite3 *dbCheck;          /* prepares CREATE TABLE; holds nothing */
  sqlite3 *dbView;           /* views, virtual tables, triggers on views */
  sqlite3 **aDb; int nDb;    /* scratch databases of tables, on demand */
  int nTab;                  /* tables so far */
  ScratchName *aName; int nName;
  int *aHash; int nHash;     /* index+1 into aName, by lower-case name */
  sqlite3 *dbApp;            /* the application's connection, or NULL */
  int bAppModule;            /* a virtual table of a module only dbApp has */
};

int migrateScratchInit(MigrateScratch*, MigrateSchema *pSchema,
                       MigrateSchema *pKnown, const char *zVersionTable,
                       sqlite3 *dbApp);
void migrateScratchClose(MigrateScratch*);
int migrateScratchAdd(MigrateScratch*, const char *zSql, const char *zOrig,
                      int eKind, const char *zName, const char *zTable,
                      char **pzErr);
int migrateScratchCheck(MigrateScratch*, const char *zSql, char **pzErr);
int migrateScratchKind(MigrateScratch*, const char *zName);
int migrateScratchSyntax(MigrateScratch*, const char *zSql, char **pzErr);
int migrateScratchIfNotExists(MigrateScratch*, const char *zName, int eKind);
int migrateScratchReserved(MigrateScratch*, const char *zName, char **pzErr);
int migrateScratchDropShadows(MigrateScratch*);
int migrateDiffJudge(MigrateSchema *pFrom, MigrateSchema *pTo, MigrateDiff*,
                     int *piFail, char **pzMsg);

/**************************************************************************
** Interface to code in model.c
*/

typedef struct MigrateModel MigrateModel;
struct MigrateModel {
  MigrateSchema *pSchema;        /* the model, as SQLite read it */
  MigrateRename *aRen; int nRen;
};

int migrateModelLoad(sqlite3_value*, const char *zVersionTable, sqlite3 *db,
                     MigrateSchema *pKnown, MigrateModel**, char **pzErr);
void migrateModelFree(MigrateModel*);
int migrateModelDiff(Migrate*, const char *zFunc, sqlite3_value *pModel,
                     sqlite3_value *pOptions, unsigned mAllowed,
                     MigrateOpts *pOptOut, MigrateDiff *pUp,
                     MigrateDiff *pDown, int bFindings, char **pzErr);

/**************************************************************************
** Interface to code in version.c
*/

int migrateEnsureTables(Migrate*, char **pzErr);
int migrateInitDb(Migrate*, const char *zDir, char **pzErr);
int migrateGraphOpen(Migrate*, MigrateGraph **ppG, char **pzErr);
int migrateReadCurrent(Migrate*, MigrateGraph*, int **paCur, int *pnCur,
                       char **pzErr);
int migrateCurrentText(Migrate*, char **pzResult, char **pzErr);
int migrateLoadState(Migrate*, MigrateGraph **ppG, int **paCur, int *pnCur,
                     char **pzErr);
int migrateLastSums(Migrate*, MigrateGraph*, char ***pazSum,
                    char ***pazWhen, double **paMs, char **pzErr);
char *migrateStepTitle(MigrateGraph*, const MigrateStep*);
int migrateVersionOps(Migrate*, MigrateGraph*, const MigrateStep*,
                      sqlite3_str *pOut, char **pzErr);
int migrateVersionCheck(Migrate*, MigrateGraph*, const int *aExp, int nExp,
                        char **pzErr);
int migrateLogRow(Migrate*, const char *zRev, const char *zDir,
                  const char *zSum, double ms, char **pzErr);
char *migrateStepSql(Migrate*, MigrateGraph*, const MigrateStep*);
char *migratePlanSql(Migrate*, MigrateGraph*, const MigratePlan*, int bBase);
int migrateScript(Migrate*, const char *zTarget, const char *zFrom,
                  char **pzOut, char **pzErr);
int migrateVerify(Migrate*, char **pzErr);

/**************************************************************************
** Interface to code in runner.c
*/

int migrateRun(Migrate*, const char *zFunc, const char *zTarget, int eDir,
               char **pzResult, char **pzErr);
int migrateRunSection(Migrate*, const char *zFunc, MigrateRev*, int eDir,
                      char **pzErr);

/**************************************************************************
** Interface to code in revise.c
*/

int migrateRevise(Migrate*, const char *zFunc, const char *zMsg,
                  const char *zUp, const char *zDown, sqlite3_value *pOpts,
                  char **pzId, char **pzErr);
int migrateMerge(Migrate*, const char *zMsg, const char *zRevs,
                 sqlite3_value *pOpts, char **pzId, char **pzErr);
int migrateAutogenerate(Migrate*, const char *zMsg, sqlite3_value *pModel,
                        sqlite3_value *pOpts, char **pzId, char **pzErr);

/**************************************************************************
** Interface to code in selftest.c
*/

int migrateSelfTest(Migrate*, sqlite3_value *pModel, sqlite3_value *pOpts,
                    char **pzErr);

/**************************************************************************
** Interface to code in vtab.c
*/

int migrateVtabInit(sqlite3*, Migrate*);

#endif /* MIGRATE_H */
