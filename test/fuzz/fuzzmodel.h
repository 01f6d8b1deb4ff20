/*
** fuzzmodel.h - the body shared by fuzz_json.c and fuzz_ddl.c.
**
** Both targets go through the SQL interface only (the model reader is
** being rewritten, its internals are not a stable entry point): one
** in-memory database, opened once, with the extension registered by
** sqlite3_migrate_init(db, 0, 0) and a small live schema with rows.  Each
** input is bound as the model text of
**
**   SELECT migrate_diff(?1)
**   SELECT seq, sql FROM migrate_diff_ops(?1)
**   SELECT migrate_check(?1)
**
** Any error result is fine.  What is checked, besides what the sanitizers
** and libFuzzer's leak detection see:
**
**   C1  the three agree: all fail or all succeed; the concatenation of the
**       ops' sql is exactly the diff; the diff is '' exactly when the check
**       is 'ok'; otherwise the check's error counts the ops.
**   C2  the diff is applied inside a SAVEPOINT (with an authorizer that
**       refuses ATTACH, DETACH, BEGIN/COMMIT/ROLLBACK, SAVEPOINT/RELEASE and
**       any PRAGMA but foreign_keys and legacy_alter_table, so generated SQL
**       can never escape the savepoint) and rolled back; the live schema
**       must be the same afterwards.
**   C3  when the diff applied, migrate_check of the same model says 'ok'
**       (the diff converges).
**   C4  an apply error other than a constraint failure or a datatype
**       mismatch (rows that do not fit the model) or an interrupt (the
**       progress handler bounds each apply) is counted as an anomaly:
**       "parse" when the generated SQL does not parse (syntax error,
**       incomplete input, unrecognized token), "model" when it is the
**       model's own text that SQLite rejects only when it runs (a trigger
**       body or view checked by ALTER TABLE, an unknown function in a
**       default, a generated column loop), "apply" for anything else
**       (a trigger or view that the model does not name at all, failing
**       the check of an ALTER TABLE, is the live schema's: "apply").
**   C5  (DDL models only, FUZZ_RAW_DDL) a model that migrate_diff accepts
**       also runs, as it is, in a fresh in-memory database: the reader
**       accepts no statement that SQLite refuses.  Counted as anomaly
**       "lax" with SQLite's message.
**   S1, S2  (DDL models only) the extension's statement splitter cuts
**       the input where SQLite's sqlite3_complete() does: fuzzsplit.h.
**
** C1, C2, S1 and S2 failures abort (they are bugs).  C3, C4 and C5 are counted
** and the first few of each kind are printed; with FUZZ_STRICT=1 they
** abort too (all but "model", which is the model's fault, not a bug), so
** that libFuzzer saves the input.  With FUZZ_ANOMALY_DIR=dir every anomalous
** input is also written to dir/KIND-HASH.  The counts are printed at exit.
*/
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#ifdef FUZZ_RAW_DDL
#include "fuzzsplit.h"        /* S1, S2 */
#endif

int sqlite3_migrate_init(sqlite3*, char**, const sqlite3_api_routines*);

/* The live schema: names a model is likely to use, rows to copy, an
** AUTOINCREMENT counter, a WITHOUT ROWID table, an index, a trigger, a
** view, and the version table (which a model may not define); and what
** the classes of issue 9 are made of: columns named by keywords SQLite
** takes as names (key, end, first), a trigger body with CASE ... END and
** double-quoted strings, a view that says rowid of a table with an
** INTEGER PRIMARY KEY, an external-content FTS5 table with its sync
** trigger, and an R*Tree table, with rows. */
static const char zFuzzLive[] =
  "CREATE TABLE org(id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  name TEXT NOT NULL UNIQUE COLLATE NOCASE);"
  "CREATE TABLE user(id INTEGER PRIMARY KEY,"
  "  org_id INTEGER REFERENCES org(id) ON DELETE CASCADE,"
  "  name TEXT, email TEXT NOT NULL DEFAULT '', score REAL CHECK (score>=0));"
  "CREATE INDEX ix_user_name ON user(name);"
  "CREATE TABLE audit(user_id INTEGER, at TEXT);"
  "CREATE TRIGGER user_audit AFTER INSERT ON user BEGIN"
  "  INSERT INTO audit VALUES (new.id, 'now'); END;"
  "CREATE VIEW user_names AS SELECT name FROM user;"
  "CREATE TABLE t(a, b);"
  "CREATE TABLE membership(user_id INTEGER, org_id INTEGER, role TEXT,"
  "  PRIMARY KEY(user_id, org_id)) WITHOUT ROWID;"
  "CREATE TABLE alembic_version(version_num VARCHAR(32) NOT NULL,"
  "  CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num));"
  "INSERT INTO org(name) VALUES ('acme'), ('initech');"
  "INSERT INTO user VALUES (1, 1, 'ann', 'ann@x', 1.5),"
  "  (2, 2, 'bob', '', 0), (3, NULL, NULL, 'c@y', NULL);"
  "INSERT INTO t VALUES (1, 'x'), (NULL, 2), (3.5, x'00ff');"
  "INSERT INTO membership VALUES (1, 1, 'admin'), (2, 2, NULL);"
  "INSERT INTO alembic_version VALUES ('a1');"
  "CREATE TABLE doc(id INTEGER PRIMARY KEY, key TEXT, \"end\" TEXT, first INT);"
  "CREATE VIRTUAL TABLE doc_fts USING fts5(key, \"end\", content='doc',"
  "  content_rowid='id');"
  "CREATE TRIGGER doc_ai AFTER INSERT ON doc BEGIN"
  "  INSERT INTO doc_fts(rowid, key, \"end\") VALUES (new.rowid, new.key,"
  "    CASE WHEN new.\"end\" IS NULL THEN NULL ELSE new.\"end\" END);"
  "  SELECT CASE WHEN new.first > 0 THEN CASE new.first WHEN 1 THEN 'one' END"
  "    ELSE \"zz!\" END;"
  "END;"
  "CREATE VIEW doc_v AS SELECT rowid, key FROM doc WHERE key IS NOT \"zz!\";"
  "CREATE VIRTUAL TABLE box USING rtree(id, x0, x1);"
  "INSERT INTO doc VALUES (1, 'hello world', 'x', 1), (2, 'bye', NULL, 2);"
  "INSERT INTO box VALUES (1, 0, 5), (2, -1.5, 2);";

static sqlite3 *fuzzDb = 0;
static char *fuzzSchema = 0;      /* the live schema, to compare after */
static int fuzzStrict = 0;
static const char *fuzzAnomalyDir = 0;

static int fuzzInApply = 0;       /* the authorizer watches */
static int fuzzAuthBad = 0;       /* ... and counts what it refused */
static char fuzzAuthWhat[200];
static int fuzzProgress = 0;

static struct {
  long nInput, nModelOk, nDiffEmpty, nApplied, nApplyConstraint,
       nApplyInterrupt, nApplyModel, nApplyOther, nApplyParse, nNonConverge,
       nLax;
} fuzzStat;

static void fuzzFail(const char *zWhat, const char *zModel, const char *z1,
                     const char *z2){
  fprintf(stderr, "FUZZ CHECK FAILED: %s\n  model: %s\n  1: %s\n  2: %s\n",
          zWhat, zModel, z1 ? z1 : "(null)", z2 ? z2 : "(null)");
  abort();
}

static void fuzzAtExit(void){
  fprintf(stderr,
    "fuzzmodel: inputs %ld, models read %ld, empty diffs %ld, applied %ld, "
    "apply failures: constraint %ld, interrupted %ld, model text %ld, "
    "parse %ld, other %ld; non-convergent %ld; lax %ld\n",
    fuzzStat.nInput, fuzzStat.nModelOk, fuzzStat.nDiffEmpty,
    fuzzStat.nApplied, fuzzStat.nApplyConstraint, fuzzStat.nApplyInterrupt,
    fuzzStat.nApplyModel, fuzzStat.nApplyParse, fuzzStat.nApplyOther,
    fuzzStat.nNonConverge, fuzzStat.nLax);
}

/* An anomaly (C3, C4): count, show the first few of each kind, keep the
** input. */
static void fuzzAnomaly(const char *zKind, const char *zModel,
                        const char *zDiff, const char *zMsg){
  static const char *azKind[8];
  static int anPrinted[8];
  int k;
  for(k=0; k<8 && azKind[k] && strcmp(azKind[k], zKind)!=0; k++){}
  if( k<8 && azKind[k]==0 ) azKind[k] = zKind;
  if( k<8 && anPrinted[k]<10 ){
    anPrinted[k]++;
    fprintf(stderr, "ANOMALY %s: %s\n-- model:\n%s\n-- diff:\n%s\n",
            zKind, zMsg ? zMsg : "", zModel, zDiff ? zDiff : "");
  }
  if( fuzzAnomalyDir ){
    unsigned h = 2166136261u;
    const char *z;
    char zPath[512];
    FILE *f;
    for(z=zModel; *z; z++){ h ^= (unsigned char)*z; h *= 16777619u; }
    snprintf(zPath, sizeof(zPath), "%s/%s-%08x", fuzzAnomalyDir, zKind, h);
    f = fopen(zPath, "wb");
    if( f ){ fputs(zModel, f); fclose(f); }
  }
  if( fuzzStrict && strcmp(zKind, "model")!=0 ){
    fprintf(stderr, "FUZZ_STRICT: aborting on anomaly %s\n", zKind);
    abort();
  }
}

static int fuzzAuth(void *p, int eOp, const char *z1, const char *z2,
                    const char *z3, const char *z4){
  (void)p; (void)z3; (void)z4;
  if( !fuzzInApply ) return SQLITE_OK;
  switch( eOp ){
    case SQLITE_PRAGMA:
      if( z1 && (sqlite3_stricmp(z1, "foreign_keys")==0
              || sqlite3_stricmp(z1, "legacy_alter_table")==0) ){
        return SQLITE_OK;
      }
      /* FTS5 and R*Tree read PRAGMA data_version and page_size
      ** themselves (queries: no argument) */
      if( z1 && z2==0 && (sqlite3_stricmp(z1, "data_version")==0
                       || sqlite3_stricmp(z1, "page_size")==0) ){
        return SQLITE_OK;
      }
      /* PRAGMA functions (pragma_table_info in a view) come with z2 set
      ** to NULL and are harmless only when read-only: refuse all */
      break;
    case SQLITE_ATTACH:
    case SQLITE_DETACH:
    case SQLITE_TRANSACTION:
    case SQLITE_SAVEPOINT:
      break;
    default:
      return SQLITE_OK;
  }
  if( fuzzAuthBad++==0 ){
    snprintf(fuzzAuthWhat, sizeof(fuzzAuthWhat), "op %d (%s, %s)", eOp,
             z1 ? z1 : "", z2 ? z2 : "");
  }
  return SQLITE_DENY;
}

/* Bound the run time of one apply: 2 million VM instructions. */
static int fuzzProgressCb(void *p){
  (void)p;
  return ++fuzzProgress > 2000;
}

static char *fuzzSchemaText(void){
  sqlite3_stmt *pStmt = 0;
  char *z = 0;
  if( sqlite3_prepare_v2(fuzzDb, "SELECT group_concat(type||' '||name||' '"
        "||coalesce(sql,''), char(10)) FROM (SELECT * FROM sqlite_schema"
        " ORDER BY name)", -1, &pStmt, 0)==SQLITE_OK
   && sqlite3_step(pStmt)==SQLITE_ROW ){
    z = sqlite3_mprintf("%s", sqlite3_column_text(pStmt, 0));
  }
  sqlite3_finalize(pStmt);
  return z;
}

static void fuzzOpen(void){
  char *zErr = 0;
  if( sqlite3_open(":memory:", &fuzzDb)!=SQLITE_OK ) abort();
  if( sqlite3_migrate_init(fuzzDb, &zErr, 0)!=SQLITE_OK ) abort();
  if( sqlite3_exec(fuzzDb, zFuzzLive, 0, 0, &zErr)!=SQLITE_OK ){
    fprintf(stderr, "live schema: %s\n", zErr);
    abort();
  }
  /* no huge values: randomblob(1e9) in a default is not what we test */
  sqlite3_limit(fuzzDb, SQLITE_LIMIT_LENGTH, 1000000);
  sqlite3_set_authorizer(fuzzDb, fuzzAuth, 0);
  fuzzSchema = fuzzSchemaText();
  if( fuzzSchema==0 ) abort();
}

int LLVMFuzzerInitialize(int *pArgc, char ***pArgv){
  (void)pArgc; (void)pArgv;
  fuzzStrict = getenv("FUZZ_STRICT") && atoi(getenv("FUZZ_STRICT"))>0;
  fuzzAnomalyDir = getenv("FUZZ_ANOMALY_DIR");
  atexit(fuzzAtExit);
  fuzzOpen();
  return 0;
}

/* Run zSql, a query of one text column per row; the rows are joined into
** *pz (from sqlite3_malloc) and the number of rows is returned in *pn.
** The second column of migrate_diff_ops (op) is counted, not joined.
** Returns the result code; *pzErr gets the message on error. */
static int fuzzQuery(const char *zSql, const char *zModel, int iCol,
                     char **pz, int *pn, char **pzErr){
  sqlite3_stmt *pStmt = 0;
  sqlite3_str *s = sqlite3_str_new(0);
  int rc, n = 0;
  *pz = 0; *pzErr = 0;
  rc = sqlite3_prepare_v2(fuzzDb, zSql, -1, &pStmt, 0);
  if( rc==SQLITE_OK ){
    sqlite3_bind_text(pStmt, 1, zModel, -1, SQLITE_STATIC);
    while( (rc = sqlite3_step(pStmt))==SQLITE_ROW ){
      const char *z = (const char*)sqlite3_column_text(pStmt, iCol);
      sqlite3_str_appendall(s, z ? z : "");
      n++;
    }
    if( rc==SQLITE_DONE ) rc = SQLITE_OK;
    if( rc ) *pzErr = sqlite3_mprintf("%s", sqlite3_errmsg(fuzzDb));
  }else{
    *pzErr = sqlite3_mprintf("%s", sqlite3_errmsg(fuzzDb));
  }
  sqlite3_finalize(pStmt);
  *pz = sqlite3_str_finish(s);
  if( *pz==0 ) *pz = sqlite3_mprintf("");
  if( pn ) *pn = n;
  return rc;
}

/* Apply zDiff in a savepoint, check convergence, roll back (C2, C3, C4). */
/* Is zErr "error in trigger NAME: ..." or "error in view NAME: ..." of a
** NAME that the model does not even mention?  Then the object is one of
** the live schema that the diff left in place, not the model's text. */
static int fuzzErrNotInModel(const char *zErr, const char *zModel){
  const char *zName, *zEnd;
  char *z;
  int bIn;
  if( strncmp(zErr, "error in trigger ", 17)==0 ) zName = &zErr[17];
  else if( strncmp(zErr, "error in view ", 14)==0 ) zName = &zErr[14];
  else return 0;
  zEnd = strchr(zName, ':');
  if( zEnd==0 || zEnd==zName ) return 0;
  z = sqlite3_mprintf("%.*s", (int)(zEnd-zName), zName);
  if( z==0 ) return 0;
  bIn = strstr(zModel, z)!=0;
  sqlite3_free(z);
  return !bIn;
}

static void fuzzApply(const char *zModel, const char *zDiff){
  char *zErr = 0;
  int rc;
  if( sqlite3_exec(fuzzDb, "SAVEPOINT fuzz", 0, 0, 0)!=SQLITE_OK ) abort();
  fuzzInApply = 1;
  fuzzAuthBad = 0;
  fuzzProgress = 0;
  sqlite3_progress_handler(fuzzDb, 1000, fuzzProgressCb, 0);
  rc = sqlite3_exec(fuzzDb, zDiff, 0, 0, &zErr);
  sqlite3_progress_handler(fuzzDb, 0, 0, 0);
  fuzzInApply = 0;
  if( fuzzAuthBad ){
    fuzzFail("C2: the generated SQL did what a diff never does",
             zModel, zDiff, fuzzAuthWhat);
  }
  if( rc==SQLITE_OK ){
    char *zCheck = 0, *zCheckErr = 0;
    fuzzStat.nApplied++;
    fuzzQuery("SELECT migrate_check(?1)", zModel, 0, &zCheck, 0, &zCheckErr);
    if( zCheckErr ){
      fuzzStat.nNonConverge++;
      fuzzAnomaly("nonconvergent", zModel, zDiff, zCheckErr);
    }
    sqlite3_free(zCheck);
    sqlite3_free(zCheckErr);
  }else if( (rc&0xff)==SQLITE_CONSTRAINT || rc==SQLITE_MISMATCH ){
    /* the rows do not fit the model: expected (docs/model.md) */
    fuzzStat.nApplyConstraint++;
  }else if( rc==SQLITE_INTERRUPT ){
    fuzzStat.nApplyInterrupt++;
  }else if( zErr && (strstr(zErr, "syntax error")
                  || strstr(zErr, "incomplete input")
                  || strstr(zErr, "unrecognized token")) ){
    fuzzStat.nApplyParse++;
    fuzzAnomaly("parse", zModel, zDiff, zErr);
  }else if( zErr && fuzzErrNotInModel(zErr, zModel) ){
    /* a trigger or view of the live schema, which the model does not
    ** name, fails at an ALTER TABLE of the diff: the diff's order */
    fuzzStat.nApplyOther++;
    fuzzAnomaly("apply", zModel, zDiff, zErr);
  }else if( zErr && (strncmp(zErr, "error in trigger ", 17)==0
                  || strncmp(zErr, "error in view ", 14)==0
                  || strncmp(zErr, "unknown function: ", 18)==0
                  || strncmp(zErr, "no such function: ", 18)==0
                  || strncmp(zErr, "no such collation sequence: ", 28)==0
                  || strncmp(zErr, "wrong number of arguments", 25)==0
                  || strncmp(zErr, "generated column loop", 21)==0) ){
    /* the model's own text fails where SQLite checks it late: a trigger
    ** body or a view is resolved when the schema is next checked (ALTER
    ** TABLE), a default or generated expression when a row is copied */
    fuzzStat.nApplyModel++;
    fuzzAnomaly("model", zModel, zDiff, zErr);
  }else{
    fuzzStat.nApplyOther++;
    fuzzAnomaly("apply", zModel, zDiff, zErr);
  }
  sqlite3_free(zErr);
  if( sqlite3_exec(fuzzDb, "ROLLBACK TO fuzz; RELEASE fuzz; "
                   "PRAGMA legacy_alter_table=OFF;", 0, 0, 0)!=SQLITE_OK
   || sqlite3_get_autocommit(fuzzDb)==0 ){
    fuzzFail("C2: the savepoint did not roll back", zModel, zDiff,
             sqlite3_errmsg(fuzzDb));
  }
  {
    char *zNow = fuzzSchemaText();
    if( zNow==0 || strcmp(zNow, fuzzSchema)!=0 ){
      fuzzFail("C2: the live schema changed", zModel, fuzzSchema, zNow);
    }
    sqlite3_free(zNow);
  }
}

#ifdef FUZZ_RAW_DDL
/* C5: the model, run as it is in a fresh database, must not fail. */
static void fuzzRawDdl(const char *zModel){
  sqlite3 *db = 0;
  char *zErr = 0;
  if( sqlite3_open(":memory:", &db)==SQLITE_OK ){
    sqlite3_limit(db, SQLITE_LIMIT_LENGTH, 1000000);
    if( sqlite3_exec(db, zModel, 0, 0, &zErr)!=SQLITE_OK && zErr ){
      fuzzStat.nLax++;
      fuzzAnomaly("lax", zModel, 0, zErr);
    }
  }
  sqlite3_free(zErr);
  sqlite3_close(db);
}
#endif


static void fuzzModel(const char *zModel){
  char *zDiff = 0, *zDiffErr = 0;
  char *zOps = 0, *zOpsErr = 0;
  char *zCheck = 0, *zCheckErr = 0;
  int rcDiff, rcOps, rcCheck, nOps = 0;

  fuzzStat.nInput++;
  rcDiff = fuzzQuery("SELECT migrate_diff(?1)", zModel, 0, &zDiff, 0,
                     &zDiffErr);
  rcOps = fuzzQuery("SELECT seq, sql FROM migrate_diff_ops(?1)", zModel, 1,
                    &zOps, &nOps, &zOpsErr);
  rcCheck = fuzzQuery("SELECT migrate_check(?1)", zModel, 0, &zCheck, 0,
                      &zCheckErr);

  /* C1 */
  if( rcDiff==SQLITE_NOMEM || rcOps==SQLITE_NOMEM ) goto done;
  if( (rcDiff==SQLITE_OK)!=(rcOps==SQLITE_OK) ){
    fuzzFail("C1: migrate_diff and migrate_diff_ops disagree", zModel,
             zDiffErr ? zDiffErr : zDiff, zOpsErr ? zOpsErr : zOps);
  }
  if( rcDiff==SQLITE_OK ){
    fuzzStat.nModelOk++;
#ifdef FUZZ_RAW_DDL
    fuzzRawDdl(zModel);
#endif
    if( strcmp(zDiff, zOps)!=0 ){
      fuzzFail("C1: the ops' sql is not the diff", zModel, zDiff, zOps);
    }
    if( zDiff[0]==0 ){
      fuzzStat.nDiffEmpty++;
      if( rcCheck!=SQLITE_OK || strcmp(zCheck, "ok")!=0 ){
        fuzzFail("C1: empty diff, but migrate_check is not ok", zModel,
                 zCheck, zCheckErr);
      }
    }else{
      char zWant[100];
      snprintf(zWant, sizeof(zWant), "migrate_check: the database differs "
               "from the model in %d operation%s:\n", nOps, nOps>1?"s":"");
      if( rcCheck==SQLITE_OK || zCheckErr==0
       || strncmp(zCheckErr, zWant, strlen(zWant))!=0 ){
        fuzzFail("C1: migrate_check does not count the ops", zModel,
                 zWant, zCheckErr ? zCheckErr : zCheck);
      }
      fuzzApply(zModel, zDiff);
    }
  }else if( rcCheck==SQLITE_OK ){
    fuzzFail("C1: migrate_diff fails, migrate_check does not", zModel,
             zDiffErr, zCheck);
  }

done:
  sqlite3_free(zDiff); sqlite3_free(zDiffErr);
  sqlite3_free(zOps); sqlite3_free(zOpsErr);
  sqlite3_free(zCheck); sqlite3_free(zCheckErr);
}
