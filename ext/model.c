/*
** model.c - models: the schema a user wants, as JSON or as SQL DDL, read
** into the normal form of schema.c, and diffs from the live schema to a
** model (migrateModelDiff), judged by SQLite before they are taken.
**
** A model that starts with "{" is JSON (every key is in docs/model.md),
** read with json.c's reader, checked key by key and rendered to DDL; an
** error names the place, as in "tables[2].columns[0].nulable".  Anything
** else is DDL: CREATE TABLE, VIRTUAL TABLE, INDEX, VIEW and TRIGGER
** statements only, split where SQLite splits them.  Renames (renamed_from
** on tables and columns in JSON, "-- renamed_from: old" comments in DDL)
** are kept beside the schema for diff.c.  Every statement is judged by
** SQLite in scratch.c before it is taken; the shadow tables of the model's
** virtual tables (which the shell's .schema prints) are left out.
**
** A diff is tried, then run by SQLite in a scratch copy of the schema
** (migrateDiffJudge); what SQLite's own ALTER TABLE fails on is avoided in
** the next try (a view or trigger lifted, a table rebuilt).
*/
#include "migrate.h"
#include <string.h>
#include <stdlib.h>

/*
** What the failure of operation op, with SQLite's message zMsg, asks of
** the next try (see migrateDiffJudge): lift the view or trigger the
** message names, or else rebuild the table that op alters.  1 if that is
** new, 0 if there is nothing more to try.
*/
static int modelJudgeAdvice(MigrateSchema *pFrom, MigrateSchema *pTo,
                       const MigrateOp *op, const char *zMsg,
                       MigrateFilter *pF, int *pRc){
  MigrateSchema *aS[2];
  int k, i;
  aS[0] = pFrom; aS[1] = pTo;
  for(k=0; k<2; k++){
    for(i=0; i<aS[k]->nObj; i++){
      const SchemaObj *o = &aS[k]->aObj[i];
      char *zHead;
      int b;
      if( o->eType!=SCHEMA_VIEW && o->eType!=SCHEMA_TRIGGER ) continue;
      zHead = sqlite3_mprintf("error in %s %s:", o->eType==SCHEMA_VIEW
                              ? "view" : "trigger", o->zName);
      if( zHead==0 ){ *pRc = SQLITE_NOMEM; return 0; }
      b = strncmp(zMsg, zHead, strlen(zHead))==0;
      sqlite3_free(zHead);
      if( !b ) continue;
      for(b=0; b<pF->nLift; b++){
        if( sqlite3_stricmp(pF->azLift[b], o->zName)==0 ) return 0;
      }
      *pRc = migrateListAdd(&pF->azLift, &pF->nLift, o->zName);
      return *pRc==SQLITE_OK;
    }
  }
  for(i=0; i<pTo->nTab; i++){
    const char *zT = pTo->aTab[i].zName;
    size_t n = strlen(zT);
    if( strncmp(op->zObject, zT, n)!=0
     || (op->zObject[n]!=0 && op->zObject[n]!='.') ) continue;
    for(k=0; k<pF->nRebuild; k++){
      if( sqlite3_stricmp(pF->azRebuild[k], zT)==0 ) return 0;
    }
    *pRc = migrateListAdd(&pF->azRebuild, &pF->nRebuild, zT);
    return *pRc==SQLITE_OK;
  }
  return 0;
}

/*
** The diff from the live schema to model pM (bReverse: back), judged by
** SQLite in a scratch copy and tried again with its advice until it runs
** (or there is no advice left: the upgrade will then say what fails).
*/
static int modelDiffJudged(MigrateSchema *pLive, MigrateModel *pM, int bReverse,
                      const MigrateFilter *pFilter, MigrateDiff *pDiff,
                      char **pzErr){
  MigrateSchema *pFrom = bReverse ? pM->pSchema : pLive;
  MigrateSchema *pTo = bReverse ? pLive : pM->pSchema;
  MigrateFilter f = *pFilter;
  int rc, iFail = -1, nTry;
  f.azLift = 0; f.nLift = 0;
  f.azRebuild = 0; f.nRebuild = 0;
  for(nTry=0; ; nTry++){
    char *zMsg = 0;
    rc = migrateDiff(pFrom, pTo, pM->aRen, pM->nRen, bReverse, &f, pDiff,
                     pzErr);
    if( rc==SQLITE_OK ) rc = migrateDiffJudge(pFrom, pTo, pDiff, &iFail, &zMsg);
    if( rc==SQLITE_OK && iFail>=0 && nTry<100
     && modelJudgeAdvice(pFrom, pTo, &pDiff->aOp[iFail], zMsg, &f, &rc) ){
      migrateDiffClear(pDiff);
      sqlite3_free(zMsg);
      continue;
    }
    sqlite3_free(zMsg);
    break;
  }
  if( rc ) migrateDiffClear(pDiff);
  migrateFreeList(f.azLift, f.nLift);
  migrateFreeList(f.azRebuild, f.nRebuild);
  return rc;
}

/* The include and exclude of the options, as the diff's filter. */
static int modelFilter(const MigrateOpts *pOpt, MigrateFilter *pF){
  int rc = SQLITE_OK;
  memset(pF, 0, sizeof(*pF));
  if( pOpt->zInclude ){
    rc = migrateSplitList(pOpt->zInclude, &pF->azInclude, &pF->nInclude);
  }
  if( rc==SQLITE_OK && pOpt->zExclude ){
    rc = migrateSplitList(pOpt->zExclude, &pF->azExclude, &pF->nExclude);
  }
  return rc;
}
static void modelFilterClear(MigrateFilter *pF){
  migrateFreeList(pF->azInclude, pF->nInclude);
  migrateFreeList(pF->azExclude, pF->nExclude);
  memset(pF, 0, sizeof(*pF));
}

/*
** The diff of function zFunc from the live schema to the model pModel
** (*pUp) and, if pDown is not NULL, back (*pDown), with the options of
** pOptions (those of mAllowed), which are also returned in *pOptOut if it
** is not NULL.
*/
int migrateModelDiff(Migrate *m, const char *zFunc, sqlite3_value *pModel,
                     sqlite3_value *pOptions, unsigned mAllowed,
                     MigrateOpts *pOptOut, MigrateDiff *pUp,
                     MigrateDiff *pDown, int bFindings, char **pzErr){
  MigrateOpts opt;
  MigrateFilter filter;
  MigrateModel *pM = 0;
  MigrateSchema *pLive = 0;
  int rc;
  memset(&filter, 0, sizeof(filter));
  memset(pUp, 0, sizeof(*pUp));
  if( pDown ) memset(pDown, 0, sizeof(*pDown));
  rc = migrateOptsParse(zFunc, pOptions, mAllowed, &opt, pzErr);
  if( rc==SQLITE_OK ) rc = modelFilter(&opt, &filter);
  if( rc==SQLITE_OK ){
    rc = migrateSchemaRead(m->db, migrateVersionTable(m), &pLive, pzErr);
  }
  if( rc==SQLITE_OK ){
    /* the live schema first: the model's tables that are word for word
    ** live tables need no second judgement by SQLite */
    rc = migrateModelLoad(pModel, migrateVersionTable(m), m->db, pLive, &pM,
                          pzErr);
  }
  if( rc==SQLITE_OK ){
    rc = modelDiffJudged(pLive, pM, 0, &filter, pUp, pzErr);
    if( rc==SQLITE_OK && bFindings ){
      rc = migrateFindings(m->db, pLive, pM->pSchema, 0, pUp, pzErr);
    }
  }
  if( rc==SQLITE_OK && pDown ){
    rc = modelDiffJudged(pLive, pM, 1, &filter, pDown, pzErr);
    if( rc==SQLITE_OK && bFindings ){
      rc = migrateFindings(m->db, pM->pSchema, pLive, 1, pDown, pzErr);
    }
    if( rc ) migrateDiffClear(pDown);
  }
  if( rc ) migrateDiffClear(pUp);
  *pzErr = migrateErrPrefix(zFunc, *pzErr);
  migrateModelFree(pM);
  migrateSchemaFree(pLive);
  modelFilterClear(&filter);
  if( pOptOut ) *pOptOut = opt;
  else migrateOptsClear(&opt);
  return rc;
}

/* Is zName the name of a column in the columns array node kCols? */
static int modelHasColumn(MigrateJson *p, int kCols, const char *zName){
  int q;
  for(q=p->a[kCols].iFirst; q>=0; q=p->a[q].iNext){
    int kN = migrateJsonGet(p, q, "name");
    if( kN>=0 && p->a[kN].zAtom && sqlite3_stricmp(p->a[kN].zAtom, zName)==0 ){
      return 1;
    }
  }
  return 0;
}

/* Append the names of the text array node k, quoted, comma-separated.  If
** kCols>=0, each must be a column of that columns array (of table zTab). */
static int modelNames(MigrateJson *p, int k, sqlite3_str *s, int *pn, int kCols,
                  const char *zTab, char **pzErr){
  int j, n = 0;
  if( !migrateJsonType(p, k, "array") ){
    *pzErr = sqlite3_mprintf("%s must be an array of names", migrateJsonPath(p, k));
    return SQLITE_ERROR;
  }
  for(j=p->a[k].iFirst; j>=0; j=p->a[j].iNext){
    if( !migrateJsonType(p, j, "text") || p->a[j].zAtom[0]==0 ){
      *pzErr = sqlite3_mprintf("%s must be a name", migrateJsonPath(p, j));
      return SQLITE_ERROR;
    }
    if( kCols>=0 && !modelHasColumn(p, kCols, p->a[j].zAtom) ){
      *pzErr = sqlite3_mprintf("%s: table %s has no column %s",
                               migrateJsonPath(p, j),
                              zTab, p->a[j].zAtom);
      return SQLITE_ERROR;
    }
    sqlite3_str_appendf(s, "%s\"%w\"", n++ ? ", " : "", p->a[j].zAtom);
  }
  if( n==0 ){
    *pzErr = sqlite3_mprintf("%s must not be empty", migrateJsonPath(p, k));
    return SQLITE_ERROR;
  }
  if( pn ) *pn = n;
  return SQLITE_OK;
}

/* Is the expression z a literal that DEFAULT takes without parentheses? */
static int modelIsLiteral(const char *z){
  int e, n, nTok = 0;
  for(;;){
    n = migrateToken(z, &e);
    if( e==TK_END ) break;
    if( e!=TK_SPACE ){
      if( nTok==0 && e==TK_PUNCT && n==1 && (z[0]=='-' || z[0]=='+') ){
        z += n;
        continue;                    /* a sign, then a number */
      }
      nTok++;
      if( nTok>1 ) return 0;
      /* one word or quoted name is taken by DEFAULT as it is (NULL,
      ** CURRENT_TIMESTAMP, or a name read as a string); so is a literal */
      if( e!=TK_WORD && e!=TK_ID && e!=TK_STRING && e!=TK_NUMBER
       && e!=TK_BLOB ){
        return 0;
      }
    }
    z += n;
  }
  return nTok==1;
}

/*
** What a CREATE statement makes.  *peKind is 'T' (table), 'I' (index),
** 'R' (trigger), 'V' (view) or 0; *pzName its name and *pzTable the table
** it belongs to (its own name for a table or view), both unquoted;
** *piName the offset of its name (after any schema prefix); *pFlags has
** DDL_UNIQUE, DDL_VIRTUAL, DDL_IFNOT, DDL_TEMP, DDL_AS (CREATE TABLE ...
** AS SELECT).
*/
#define DDL_UNIQUE  0x01
#define DDL_VIRTUAL 0x02
#define DDL_IFNOT   0x04
#define DDL_TEMP    0x08
#define DDL_AS      0x10
#define DDL_SCHEMA  0x20            /* a schema prefix other than main */

/*
** What a model statement creates: its kind ('T', 'I', 'V', 'R', 0 for
** none of those), its name and the table it is on, the offset of the name
** and DDL_* flags.
*/
static int modelDdlInfo(const char *zSql, int *peKind, char **pzName,
                        char **pzTable, int *piName, int *pFlags){
  const char *z = migrateSkipSpace(zSql);
  int e, n, eKind = 0, flags = 0, iName = -1, bOn = 0;
  char *zName = 0, *zTable = 0;
  *peKind = 0; *pzName = 0; *pzTable = 0; *piName = 0; *pFlags = 0;
  n = migrateToken(z, &e);
  if( !migrateIsWord(z, n, e, "CREATE") ) return SQLITE_OK;
  for(z+=n; (n = migrateToken(z, &e))>0; z+=n){
    if( e==TK_SPACE ) continue;
    if( eKind==0 ){
      if( migrateIsWord(z, n, e, "TEMP") || migrateIsWord(z, n, e, "TEMPORARY") ){
        flags |= DDL_TEMP;
      }else if( migrateIsWord(z, n, e, "UNIQUE") ) flags |= DDL_UNIQUE;
      else if( migrateIsWord(z, n, e, "VIRTUAL") ) flags |= DDL_VIRTUAL;
      else if( migrateIsWord(z, n, e, "TABLE") ) eKind = 'T';
      else if( migrateIsWord(z, n, e, "INDEX") ) eKind = 'I';
      else if( migrateIsWord(z, n, e, "VIEW") ) eKind = 'V';
      else if( migrateIsWord(z, n, e, "TRIGGER") ) eKind = 'R';
      else break;
      continue;
    }
    if( zName==0 ){
      if( migrateIsWord(z, n, e, "IF") || migrateIsWord(z, n, e, "NOT")
       || migrateIsWord(z, n, e, "EXISTS") ){
        flags |= DDL_IFNOT;
        continue;
      }
      if( e!=TK_WORD && e!=TK_ID && e!=TK_STRING ) break;
      iName = (int)(z - zSql);
      zName = migrateUnquote(z, n);
      if( zName==0 ) return SQLITE_NOMEM;
      /* schema.name: the name follows */
      {
        const char *z2 = migrateSkipSpace(z+n);
        int e2, n2 = migrateToken(z2, &e2);
        if( e2==TK_PUNCT && n2==1 && z2[0]=='.' ){
          if( sqlite3_stricmp(zName, "temp")==0 ) flags |= DDL_TEMP;
          else if( sqlite3_stricmp(zName, "main")!=0 ) flags |= DDL_SCHEMA;
          sqlite3_free(zName);
          zName = 0;
          z = z2;
          n = n2;
        }
      }
      continue;
    }
    if( eKind=='T' ){
      if( migrateIsWord(z, n, e, "AS") ) flags |= DDL_AS;
      break;
    }
    if( eKind=='V' ) break;
    /* an index or a trigger: the table follows ON */
    if( !bOn ){
      if( migrateIsWord(z, n, e, "ON") ) bOn = 1;
      continue;
    }
    if( e!=TK_WORD && e!=TK_ID && e!=TK_STRING ) break;
    sqlite3_free(zTable);
    zTable = migrateUnquote(z, n);
    if( zTable==0 ){ sqlite3_free(zName); return SQLITE_NOMEM; }
    {
      const char *z2 = migrateSkipSpace(z+n);
      int e2, n2 = migrateToken(z2, &e2);
      if( !(e2==TK_PUNCT && n2==1 && z2[0]=='.') ) break;
      z = z2;
      n = n2;
    }
  }
  if( zName && (eKind=='T' || eKind=='V') ){
    zTable = sqlite3_mprintf("%s", zName);
    if( zTable==0 ){ sqlite3_free(zName); return SQLITE_NOMEM; }
  }
  *peKind = eKind; *pzName = zName; *pzTable = zTable;
  *piName = iName<0 ? 0 : iName;
  *pFlags = flags;
  return SQLITE_OK;
}

/*
** The statement zSql (n bytes) as sqlite_schema keeps it: "CREATE TABLE",
** "CREATE UNIQUE INDEX", ... followed by the text from the name on (IF
** NOT EXISTS and a schema prefix dropped), up to its last token.
*/
static char *modelNormSql(const char *zSql, int n, int eKind, int flags,
                     int iName){
  int i = iName, iEnd = iName, e, len;
  while( i<n && (len = migrateToken(&zSql[i], &e))>0 ){
    if( i+len>n ) len = n-i;
    if( e!=TK_SPACE && !(e==TK_PUNCT && zSql[i]==';') ) iEnd = i+len;
    i += len;
  }
  return sqlite3_mprintf("CREATE %s%s %.*s",
      (flags & DDL_UNIQUE) ? "UNIQUE " : (flags & DDL_VIRTUAL) ? "VIRTUAL " : "",
      eKind=='T' ? "TABLE" : eKind=='I' ? "INDEX" : eKind=='V' ? "VIEW"
                 : "TRIGGER", iEnd-iName, &zSql[iName]);
}

/*
** Is z one piece of a column definition: parentheses balanced and no comma
** outside them?  Model text (a type, a default, a CHECK, a generated
** expression, an index WHERE) is pasted into DDL, and must not close the
** clause it stands in and start another (a column the model never named).
*/
static int modelOnePiece(const char *z){
  int depth = 0, e, n;
  for(; *z; z+=n){
    n = migrateToken(z, &e);
    if( n==0 ) break;
    if( z[n]==0 && (e==TK_STRING || e==TK_ID || e==TK_BLOB
                    || (e==TK_SPACE && z[0]=='/')) ){
      /* a quote or a block comment left open runs over what follows */
      char cEnd = e==TK_SPACE ? '/' : z[0]=='[' ? ']' : e==TK_BLOB ? '\''
                                    : z[0];
      if( n<2 || z[n-1]!=cEnd || (e==TK_SPACE && (n<4 || z[n-2]!='*')) ){
        return 0;
      }
    }
    if( e!=TK_PUNCT ) continue;
    if( z[0]=='(' ) depth++;
    else if( z[0]==')' && --depth<0 ) return 0;
    else if( (z[0]==',' || z[0]==';') && depth==0 ) return 0;
  }
  return depth==0;
}

/* The end of line that must follow model text z pasted into DDL: a line
** comment in it would otherwise swallow the rest of the line. */
static const char *modelEol(const char *z){
  int e, n;
  for(; (n = migrateToken(z, &e))>0; z+=n){
    if( e==TK_SPACE && z[0]=='-' ) return "\n";
  }
  return "";
}

/* The error for model text that is not modelOnePiece(). */
#define NOT_ONE_PIECE "unbalanced parentheses, a quote or comment left " \
                      "open, or a comma outside them"

/* The error of a JSON value (key zKey of node i) that is not one piece. */
static int modelNotOnePiece(MigrateJson *p, int i, const char *zKey,
                            char **pzErr){
  *pzErr = sqlite3_mprintf("%s.%s must be one %s: " NOT_ONE_PIECE,
      migrateJsonPath(p, i), zKey,
      strcmp(zKey, "type")==0 ? "type name" : "expression");
  return SQLITE_ERROR;
}

/* Rename records: table (zOld -> zNew), and column (table zTab). */
static int modelAddRename(MigrateModel *pM, const char *zTab, const char *zOld,
                     const char *zNew){
  MigrateRename *aNew = migrateGrow(pM->aRen, pM->nRen,
                                    sizeof(MigrateRename));
  MigrateRename *r;
  if( aNew==0 ) return SQLITE_NOMEM;
  pM->aRen = aNew;
  r = &aNew[pM->nRen++];
  r->zTab = zTab ? sqlite3_mprintf("%s", zTab) : 0;
  r->zOld = sqlite3_mprintf("%s", zOld);
  r->zNew = sqlite3_mprintf("%s", zNew);
  if( (zTab && r->zTab==0) || r->zOld==0 || r->zNew==0 ) return SQLITE_NOMEM;
  return SQLITE_OK;
}

static const char *const azTableKeys[] = {
  "name", "columns", "indexes", "foreign_keys", "checks", "primary_key",
  "unique", "without_rowid", "strict", "renamed_from", 0
};

static const char *const azColumnKeys[] = {
  "name", "type", "primary_key", "primary_key_desc", "autoincrement",
  "nullable", "unique", "default", "collate", "check", "generated", "stored",
  "renamed_from", 0
};

static const char *const azIndexKeys[] = {
  "name", "columns", "unique", "where", 0
};

static const char *const azFkKeys[] = {
  "columns", "ref_table", "ref_columns", "on_delete", "on_update",
  "deferrable", "name", 0
};

static const char *const azObjKeys[] = { "name", "sql", 0 };

static const char *const azRootKeys[] = {
  "tables", "virtual_tables", "views", "triggers", 0
};

/* Check an ON DELETE / ON UPDATE action. */
static int modelFkAction(MigrateJson *p, int i, const char *zKey,
                         const char **pz,
                    char **pzErr){
  static const char *az[] = { "NO ACTION", "RESTRICT", "SET NULL",
                              "SET DEFAULT", "CASCADE" };
  int rc = migrateJsonText(p, i, zKey, 0, pz, pzErr), k;
  if( rc || *pz==0 ) return rc;
  for(k=0; k<5; k++) if( sqlite3_stricmp(az[k], *pz)==0 ){ *pz = az[k]; return 0; }
  *pzErr = sqlite3_mprintf("%s.%s must be NO ACTION, RESTRICT, SET NULL, SET "
                          "DEFAULT or CASCADE, not '%s'", migrateJsonPath(p, i), zKey, *pz);
  return SQLITE_ERROR;
}

/* A JSON table being rendered to CREATE TABLE (see modelRenderTable()). */
typedef struct ModelTable ModelTable;
struct ModelTable {
  MigrateScratch *pS;
  MigrateJson *p;
  int i;                     /* the table's node */
  MigrateModel *pM;
  const char *zName;         /* its name */
  int kCols, kIdx, kFk, kChk, kPk, kUq;   /* its arrays, or -1 */
  int bWr, bStrict;
  int nCol;                  /* columns rendered */
  sqlite3_str *s;            /* the CREATE TABLE */
  char **pzErr;
};

/* The members of table node x->i, checked. */
static int modelTableRead(ModelTable *x){
  MigrateJson *p = x->p;
  int i = x->i, rc;
  char **pzErr = x->pzErr;
  const char *zRen = 0;
  rc = migrateJsonKeys(p, i, azTableKeys, pzErr);
  if( rc==SQLITE_OK ) rc = migrateJsonText(p, i, "name", 1, &x->zName, pzErr);
  if( rc==SQLITE_OK ) rc = migrateJsonText(p, i, "renamed_from", 0, &zRen,
                                           pzErr);
  if( rc==SQLITE_OK ) rc = migrateJsonArray(p, i, "columns", &x->kCols, pzErr);
  if( rc==SQLITE_OK && (x->kCols<0 || p->a[x->kCols].iFirst<0) ){
    *pzErr = sqlite3_mprintf("%s has no columns", migrateJsonPath(p, i));
    rc = SQLITE_ERROR;
  }
  if( rc==SQLITE_OK ) rc = migrateJsonArray(p, i, "indexes", &x->kIdx, pzErr);
  if( rc==SQLITE_OK ) rc = migrateJsonArray(p, i, "foreign_keys", &x->kFk,
                                            pzErr);
  if( rc==SQLITE_OK ) rc = migrateJsonArray(p, i, "checks", &x->kChk, pzErr);
  if( rc==SQLITE_OK ) rc = migrateJsonArray(p, i, "primary_key", &x->kPk,
                                            pzErr);
  if( rc==SQLITE_OK ) rc = migrateJsonArray(p, i, "unique", &x->kUq, pzErr);
  if( rc==SQLITE_OK ) rc = migrateJsonBool(p, i, "without_rowid", &x->bWr,
                                           pzErr);
  if( rc==SQLITE_OK ) rc = migrateJsonBool(p, i, "strict", &x->bStrict, pzErr);
  if( rc==SQLITE_OK && zRen ) rc = modelAddRename(x->pM, 0, zRen, x->zName);
  return rc;
}

/* A column of a JSON model, as read. */
typedef struct ModelCol ModelCol;
struct ModelCol {
  const char *zCol, *zType, *zDef, *zColl, *zChk, *zGen, *zRen;
  int bPk, bPkDesc, bAuto, bNull, bUnique, bStored;
};

/* The default of column node c: SQL text, or a number. */
static int modelColumnDefault(MigrateJson *p, int c, const char **pz,
                              char **pzErr){
  int k = migrateJsonGet(p, c, "default"), rc = SQLITE_OK;
  *pz = 0;
  if( k>=0 && (migrateJsonType(p, k, "integer")
            || migrateJsonType(p, k, "real")) ){
    *pz = p->a[k].zAtom;
  }else if( k>=0 && !migrateJsonType(p, k, "null") ){
    rc = migrateJsonText(p, c, "default", 0, pz, pzErr);
    if( rc ){
      sqlite3_free(*pzErr);
      *pzErr = sqlite3_mprintf("%s must be an SQL expression as text, or a "
                               "number", migrateJsonPath(p, k));
    }
  }
  return rc;
}

/* The members of column node c into *q, checked. */
static int modelColumnRead(MigrateJson *p, int c, ModelCol *q, char **pzErr){
  static const char *azPiece[] = { "type", "default", "check", "generated" };
  const char *azVal[4];
  int rc, k;
  memset(q, 0, sizeof(*q));
  q->bNull = 1;
  rc = migrateJsonKeys(p, c, azColumnKeys, pzErr);
  if( rc==SQLITE_OK ) rc = migrateJsonText(p, c, "name", 1, &q->zCol, pzErr);
  if( rc==SQLITE_OK ) rc = migrateJsonText(p, c, "type", 0, &q->zType, pzErr);
  if( rc==SQLITE_OK ) rc = migrateJsonBool(p, c, "primary_key", &q->bPk, pzErr);
  if( rc==SQLITE_OK ) rc = migrateJsonBool(p, c, "primary_key_desc",
                                           &q->bPkDesc, pzErr);
  if( rc==SQLITE_OK ) rc = migrateJsonBool(p, c, "autoincrement", &q->bAuto,
                                           pzErr);
  if( rc==SQLITE_OK ) rc = migrateJsonBool(p, c, "unique", &q->bUnique, pzErr);
  if( rc==SQLITE_OK ) rc = migrateJsonBool(p, c, "stored", &q->bStored, pzErr);
  if( rc==SQLITE_OK && (k = migrateJsonGet(p, c, "nullable"))>=0 ){
    rc = migrateJsonBool(p, c, "nullable", &q->bNull, pzErr);
    if( migrateJsonType(p, k, "null") ) q->bNull = 1;
  }
  if( rc==SQLITE_OK ) rc = modelColumnDefault(p, c, &q->zDef, pzErr);
  if( rc==SQLITE_OK ) rc = migrateJsonText(p, c, "collate", 0, &q->zColl, pzErr);
  if( rc==SQLITE_OK ) rc = migrateJsonText(p, c, "check", 0, &q->zChk, pzErr);
  if( rc==SQLITE_OK ) rc = migrateJsonText(p, c, "generated", 0, &q->zGen,
                                           pzErr);
  if( rc==SQLITE_OK ) rc = migrateJsonText(p, c, "renamed_from", 0, &q->zRen,
                                           pzErr);
  azVal[0] = q->zType; azVal[1] = q->zDef; azVal[2] = q->zChk;
  azVal[3] = q->zGen;
  for(k=0; rc==SQLITE_OK && k<4; k++){
    if( azVal[k] && !modelOnePiece(azVal[k]) ){
      rc = modelNotOnePiece(p, c, azPiece[k], pzErr);
    }
  }
  if( rc==SQLITE_OK ){
    const char *zNeeds = 0;
    if( q->bPkDesc && !q->bPk ) zNeeds = "primary_key_desc needs primary_key";
    else if( q->bAuto && !q->bPk ) zNeeds = "autoincrement needs primary_key";
    else if( q->bStored && !q->zGen ) zNeeds = "stored needs generated";
    if( zNeeds ){
      *pzErr = sqlite3_mprintf("%s: %s", migrateJsonPath(p, c), zNeeds);
      rc = SQLITE_ERROR;
    }
  }
  return rc;
}

/* Column q, rendered into x->s. */
static void modelColumnRender(ModelTable *x, ModelCol *q){
  sqlite3_str *s = x->s;
  sqlite3_str_appendf(s, "%s\n  \"%w\"", x->nCol++ ? "," : "", q->zCol);
  if( q->zType && q->zType[0] ){
    sqlite3_str_appendf(s, " %s%s", q->zType, modelEol(q->zType));
  }
  if( q->bPk ){
    sqlite3_str_appendf(s, " PRIMARY KEY%s%s", q->bPkDesc ? " DESC" : "",
                        q->bAuto ? " AUTOINCREMENT" : "");
  }
  if( !q->bNull ) sqlite3_str_appendall(s, " NOT NULL");
  if( q->bUnique ) sqlite3_str_appendall(s, " UNIQUE");
  if( q->zDef ){
    sqlite3_str_appendf(s, modelIsLiteral(q->zDef) ? " DEFAULT %s%s"
                        : " DEFAULT (%s%s)", q->zDef, modelEol(q->zDef));
  }
  if( q->zColl ) sqlite3_str_appendf(s, " COLLATE \"%w\"", q->zColl);
  if( q->zGen ){
    sqlite3_str_appendf(s, " GENERATED ALWAYS AS (%s%s) %s", q->zGen,
                        modelEol(q->zGen), q->bStored ? "STORED" : "VIRTUAL");
  }
  if( q->zChk ){
    sqlite3_str_appendf(s, " CHECK (%s%s)", q->zChk, modelEol(q->zChk));
  }
}

/* The columns, then the PRIMARY KEY and UNIQUE constraints. */
static int modelTableColumns(ModelTable *x){
  MigrateJson *p = x->p;
  int c, rc = SQLITE_OK;
  for(c=p->a[x->kCols].iFirst; rc==SQLITE_OK && c>=0; c=p->a[c].iNext){
    ModelCol q;
    rc = modelColumnRead(p, c, &q, x->pzErr);
    if( rc==SQLITE_OK && q.zRen ){
      rc = modelAddRename(x->pM, x->zName, q.zRen, q.zCol);
    }
    if( rc==SQLITE_OK ) modelColumnRender(x, &q);
  }
  if( rc==SQLITE_OK && x->kPk>=0 ){
    sqlite3_str_appendall(x->s, ",\n  PRIMARY KEY (");
    rc = modelNames(p, x->kPk, x->s, 0, x->kCols, x->zName, x->pzErr);
    sqlite3_str_appendchar(x->s, 1, ')');
  }
  if( rc==SQLITE_OK && x->kUq>=0 ){
    for(c=p->a[x->kUq].iFirst; rc==SQLITE_OK && c>=0; c=p->a[c].iNext){
      sqlite3_str_appendall(x->s, ",\n  UNIQUE (");
      rc = modelNames(p, c, x->s, 0, x->kCols, x->zName, x->pzErr);
      sqlite3_str_appendchar(x->s, 1, ')');
    }
  }
  return rc;
}

/* CHECK c of the table's checks: an expression, or {name, expr}. */
static int modelTableCheck(ModelTable *x, int c){
  MigrateJson *p = x->p;
  const char *zCName = 0, *zExpr = p->a[c].zAtom;
  int rc = SQLITE_OK;
  if( migrateJsonType(p, c, "text") ){
    if( !modelOnePiece(zExpr) ){
      *x->pzErr = sqlite3_mprintf("%s must be one expression: "
                                  NOT_ONE_PIECE, migrateJsonPath(p, c));
      return SQLITE_ERROR;
    }
  }else if( !migrateJsonType(p, c, "object") ){
    *x->pzErr = sqlite3_mprintf("%s must be text or an object",
                                migrateJsonPath(p, c));
    return SQLITE_ERROR;
  }else{
    rc = migrateJsonKeys(p, c, (const char *const[]){"name", "expr", 0},
                         x->pzErr);
    if( rc==SQLITE_OK ) rc = migrateJsonText(p, c, "name", 0, &zCName,
                                             x->pzErr);
    if( rc==SQLITE_OK ) rc = migrateJsonText(p, c, "expr", 1, &zExpr,
                                             x->pzErr);
    if( rc==SQLITE_OK && !modelOnePiece(zExpr) ){
      rc = modelNotOnePiece(p, c, "expr", x->pzErr);
    }
    if( rc ) return rc;
  }
  if( zCName ) sqlite3_str_appendf(x->s, ",\n  CONSTRAINT \"%w\"", zCName);
  else sqlite3_str_appendall(x->s, ",\n ");
  sqlite3_str_appendf(x->s, " CHECK (%s%s)", zExpr, modelEol(zExpr));
  return SQLITE_OK;
}

/* Foreign key c of the table's foreign_keys. */
static int modelTableFk(ModelTable *x, int c){
  MigrateJson *p = x->p;
  sqlite3_str *s = x->s;
  const char *zRef, *zDel, *zUpd, *zFkName;
  int kFrom = -1, kTo = -1, bDefer = 0, nFrom = 0, nTo = 0, rc;
  char **pzErr = x->pzErr;
  rc = migrateJsonKeys(p, c, azFkKeys, pzErr);
  if( rc==SQLITE_OK ) rc = migrateJsonText(p, c, "ref_table", 1, &zRef, pzErr);
  if( rc==SQLITE_OK ) rc = migrateJsonText(p, c, "name", 0, &zFkName, pzErr);
  if( rc==SQLITE_OK ) rc = migrateJsonArray(p, c, "columns", &kFrom, pzErr);
  if( rc==SQLITE_OK && kFrom<0 ){
    *pzErr = sqlite3_mprintf("%s has no \"columns\"", migrateJsonPath(p, c));
    rc = SQLITE_ERROR;
  }
  if( rc==SQLITE_OK ) rc = migrateJsonArray(p, c, "ref_columns", &kTo, pzErr);
  if( rc==SQLITE_OK ) rc = modelFkAction(p, c, "on_delete", &zDel, pzErr);
  if( rc==SQLITE_OK ) rc = modelFkAction(p, c, "on_update", &zUpd, pzErr);
  if( rc==SQLITE_OK ) rc = migrateJsonBool(p, c, "deferrable", &bDefer, pzErr);
  if( rc ) return rc;
  sqlite3_str_appendall(s, ",\n  ");
  if( zFkName ) sqlite3_str_appendf(s, "CONSTRAINT \"%w\" ", zFkName);
  sqlite3_str_appendall(s, "FOREIGN KEY (");
  rc = modelNames(p, kFrom, s, &nFrom, x->kCols, x->zName, pzErr);
  sqlite3_str_appendf(s, ") REFERENCES \"%w\"", zRef);
  if( rc==SQLITE_OK && kTo>=0 ){
    sqlite3_str_appendall(s, " (");
    rc = modelNames(p, kTo, s, &nTo, -1, 0, pzErr);
    sqlite3_str_appendchar(s, 1, ')');
    if( rc==SQLITE_OK && nTo!=nFrom ){
      *pzErr = sqlite3_mprintf("%s: columns and ref_columns differ in "
                               "number", migrateJsonPath(p, c));
      rc = SQLITE_ERROR;
    }
  }
  if( zDel && strcmp(zDel, "NO ACTION") ){
    sqlite3_str_appendf(s, " ON DELETE %s", zDel);
  }
  if( zUpd && strcmp(zUpd, "NO ACTION") ){
    sqlite3_str_appendf(s, " ON UPDATE %s", zUpd);
  }
  if( bDefer ) sqlite3_str_appendall(s, " DEFERRABLE INITIALLY DEFERRED");
  return rc;
}

/* The CREATE TABLE finished, judged by SQLite, and taken into the model. */
static int modelTableAdd(ModelTable *x){
  char *zSql, *zErr = 0;
  int rc;
  sqlite3_str_appendall(x->s, "\n)");
  if( x->bWr ) sqlite3_str_appendall(x->s, " WITHOUT ROWID");
  if( x->bStrict ) sqlite3_str_appendall(x->s, x->bWr ? ", STRICT"
                                                      : " STRICT");
  zSql = migrateStrFinish(x->s);
  x->s = 0;
  if( zSql==0 ) return SQLITE_NOMEM;
  if( migrateScratchKind(x->pS, x->zName)=='T' ){
    *x->pzErr = sqlite3_mprintf("%s: table %s is defined twice",
                                migrateJsonPath(x->p, x->i), x->zName);
    sqlite3_free(zSql);
    return SQLITE_ERROR;
  }
  rc = migrateScratchReserved(x->pS, x->zName, x->pzErr);
  if( rc==SQLITE_OK ){
    rc = migrateScratchAdd(x->pS, zSql, 0, 'T', x->zName, x->zName, &zErr);
  }
  if( rc && rc!=SQLITE_NOMEM && *x->pzErr==0 ){
    *x->pzErr = sqlite3_mprintf("%s (table %s): %s",
        migrateJsonPath(x->p, x->i), x->zName, zErr ? zErr : "");
  }
  sqlite3_free(zErr);
  sqlite3_free(zSql);
  return rc;
}

/* An index key item, zItem (node j): a column of the table is quoted;
** anything else is SQL text. */
static int modelIndexItem(ModelTable *x, int j, sqlite3_str *t, int *pm){
  MigrateJson *p = x->p;
  const char *zItem = p->a[j].zAtom;
  if( !migrateJsonType(p, j, "text") || zItem[0]==0 ){
    *x->pzErr = sqlite3_mprintf("%s must be a column name or an expression",
                                migrateJsonPath(p, j));
    return SQLITE_ERROR;
  }
  if( modelHasColumn(p, x->kCols, zItem) ){
    sqlite3_str_appendf(t, "%s\"%w\"", (*pm)++ ? ", " : "", zItem);
  }else if( !modelOnePiece(zItem) ){
    *x->pzErr = sqlite3_mprintf("%s must be one expression: " NOT_ONE_PIECE,
                                migrateJsonPath(p, j));
    return SQLITE_ERROR;
  }else{
    sqlite3_str_appendf(t, "%s%s%s", (*pm)++ ? ", " : "", zItem,
                        modelEol(zItem));
  }
  return SQLITE_OK;
}

/* Index c of the table's indexes. */
static int modelTableIndex(ModelTable *x, int c){
  MigrateJson *p = x->p;
  const char *zIdx, *zWhere;
  int bUnique, kIc, j, m = 0, rc;
  char *zI, *zErr = 0;
  sqlite3_str *t;
  rc = migrateJsonKeys(p, c, azIndexKeys, x->pzErr);
  if( rc==SQLITE_OK ) rc = migrateJsonText(p, c, "name", 1, &zIdx, x->pzErr);
  if( rc==SQLITE_OK ) rc = migrateJsonText(p, c, "where", 0, &zWhere,
                                           x->pzErr);
  if( rc==SQLITE_OK && zWhere && !modelOnePiece(zWhere) ){
    rc = modelNotOnePiece(p, c, "where", x->pzErr);
  }
  if( rc==SQLITE_OK ) rc = migrateJsonBool(p, c, "unique", &bUnique, x->pzErr);
  if( rc==SQLITE_OK ) rc = migrateJsonArray(p, c, "columns", &kIc, x->pzErr);
  if( rc==SQLITE_OK && (kIc<0 || p->a[kIc].iFirst<0) ){
    *x->pzErr = sqlite3_mprintf("%s has no columns", migrateJsonPath(p, c));
    rc = SQLITE_ERROR;
  }
  if( rc ) return rc;
  t = sqlite3_str_new(0);
  sqlite3_str_appendf(t, "CREATE %sINDEX \"%w\" ON \"%w\" (",
                      bUnique ? "UNIQUE " : "", zIdx, x->zName);
  for(j=p->a[kIc].iFirst; rc==SQLITE_OK && j>=0; j=p->a[j].iNext){
    rc = modelIndexItem(x, j, t, &m);
  }
  sqlite3_str_appendchar(t, 1, ')');
  if( zWhere ) sqlite3_str_appendf(t, " WHERE %s%s", zWhere, modelEol(zWhere));
  zI = migrateStrFinish(t);
  if( rc==SQLITE_OK && zI==0 ) rc = SQLITE_NOMEM;
  if( rc==SQLITE_OK ){
    rc = migrateScratchAdd(x->pS, zI, 0, 'I', zIdx, x->zName, &zErr);
    if( rc && rc!=SQLITE_NOMEM ){
      *x->pzErr = sqlite3_mprintf("%s (index %s): %s", migrateJsonPath(p, c),
                                  zIdx, zErr ? zErr : "");
    }
  }
  sqlite3_free(zI);
  sqlite3_free(zErr);
  return rc;
}

/*
** Table node i of a JSON model: rendered to CREATE TABLE (and its indexes
** to CREATE INDEX), judged by SQLite and taken into the model; its renames
** go to pM.
*/
static int modelRenderTable(MigrateScratch *pS, MigrateJson *p, int i,
                            MigrateModel *pM, char **pzErr){
  ModelTable x;
  int rc, c;
  memset(&x, 0, sizeof(x));
  x.pS = pS; x.p = p; x.i = i; x.pM = pM; x.pzErr = pzErr;
  x.kCols = x.kIdx = x.kFk = x.kChk = x.kPk = x.kUq = -1;
  rc = modelTableRead(&x);
  if( rc ) return rc;
  x.s = sqlite3_str_new(0);
  sqlite3_str_appendf(x.s, "CREATE TABLE \"%w\" (", x.zName);
  rc = modelTableColumns(&x);
  for(c = x.kChk>=0 ? p->a[x.kChk].iFirst : -1; rc==SQLITE_OK && c>=0;
      c=p->a[c].iNext){
    rc = modelTableCheck(&x, c);
  }
  for(c = x.kFk>=0 ? p->a[x.kFk].iFirst : -1; rc==SQLITE_OK && c>=0;
      c=p->a[c].iNext){
    rc = modelTableFk(&x, c);
  }
  if( rc==SQLITE_OK ) rc = modelTableAdd(&x);
  for(c = x.kIdx>=0 ? p->a[x.kIdx].iFirst : -1; rc==SQLITE_OK && c>=0;
      c=p->a[c].iNext){
    rc = modelTableIndex(&x, c);
  }
  if( x.s ) sqlite3_free(migrateStrFinish(x.s));
  return rc;
}

/* Views and triggers: {name, sql}; the statement must create that name. */
static int modelRenderObjs(MigrateScratch *pS, MigrateJson *p, int k,
                           const char *zWhat,
                      char **pzErr){
  int c, rc = SQLITE_OK;
  int eWant = zWhat[0]=='t' ? 'R' : strcmp(zWhat, "view")==0 ? 'V' : 'X';
  const char *zStmt = eWant=='R' ? "TRIGGER" : eWant=='V' ? "VIEW"
                                             : "VIRTUAL TABLE";
  for(c=p->a[k].iFirst; rc==SQLITE_OK && c>=0; c=p->a[c].iNext){
    const char *zName, *zSql;
    char *zErr = 0, *zTable = 0, *zObj = 0, *zNorm = 0;
    int eKind = 0, flags = 0, iName = 0;
    rc = migrateJsonKeys(p, c, azObjKeys, pzErr);
    if( rc==SQLITE_OK ) rc = migrateJsonText(p, c, "name", 1, &zName, pzErr);
    if( rc==SQLITE_OK ) rc = migrateJsonText(p, c, "sql", 1, &zSql, pzErr);
    if( rc==SQLITE_OK ) rc = modelDdlInfo(zSql, &eKind, &zObj, &zTable, &iName,
                                     &flags);
    if( rc==SQLITE_OK ){
      const char *zS = migrateSkipSpace(zSql);
      if( eKind=='T' && (flags & DDL_VIRTUAL) ){
        eKind = 'X';
        flags &= ~DDL_VIRTUAL;
      }
      if( eKind!=eWant || zObj==0 || (flags & (DDL_TEMP|DDL_VIRTUAL))
       || *migrateSkipSpace(zS + migrateStmtLength(zS))!=0 ){
        *pzErr = sqlite3_mprintf("%s.sql must be one CREATE %s statement",
                                migrateJsonPath(p, c), zStmt);
        rc = SQLITE_ERROR;
      }else if( sqlite3_stricmp(zObj, zName)!=0 ){
        *pzErr = sqlite3_mprintf("%s: its sql does not create the %s %s",
                                migrateJsonPath(p, c), zWhat, zName);
        rc = SQLITE_ERROR;
      }
    }
    if( rc==SQLITE_OK ){
      zNorm = modelNormSql(zSql, (int)strlen(zSql), eKind=='X' ? 'T' : eKind,
                      flags | (eKind=='X' ? DDL_VIRTUAL : 0), iName);
      if( zNorm==0 ) rc = SQLITE_NOMEM;
    }
    if( rc==SQLITE_OK ){
      rc = migrateScratchAdd(pS, zNorm, zSql, eKind, zObj, zTable, &zErr);
      if( rc && rc!=SQLITE_NOMEM ){
        *pzErr = sqlite3_mprintf("%s (%s %s): %s", migrateJsonPath(p, c),
                                 zWhat, zName,
                                zErr ? zErr : "");
      }
    }
    sqlite3_free(zErr);
    sqlite3_free(zTable);
    sqlite3_free(zObj);
    sqlite3_free(zNorm);
  }
  return rc;
}

/* Read JSON model zModel into pM, each table judged in scratch pS. */
static int modelLoadJson(MigrateScratch *pS, const char *zModel,
                         MigrateModel *pM, char **pzErr){
  MigrateJson doc;
  int rc, k;
  rc = migrateJsonLoad(zModel, "the model", &doc, pzErr);
  if( rc ) return rc;
  rc = migrateJsonKeys(&doc, 0, azRootKeys, pzErr);
  if( rc==SQLITE_OK ) rc = migrateJsonArray(&doc, 0, "tables", &k, pzErr);
  if( rc==SQLITE_OK && k>=0 ){
    int c;
    for(c=doc.a[k].iFirst; rc==SQLITE_OK && c>=0; c=doc.a[c].iNext){
      rc = modelRenderTable(pS, &doc, c, pM, pzErr);
    }
  }
  if( rc==SQLITE_OK ) rc = migrateJsonArray(&doc, 0, "virtual_tables", &k, pzErr);
  if( rc==SQLITE_OK && k>=0 ){
    rc = modelRenderObjs(pS, &doc, k, "virtual table", pzErr);
  }
  if( rc==SQLITE_OK ) rc = migrateJsonArray(&doc, 0, "views", &k, pzErr);
  if( rc==SQLITE_OK && k>=0 ) rc = modelRenderObjs(pS, &doc, k, "view", pzErr);
  if( rc==SQLITE_OK ) rc = migrateJsonArray(&doc, 0, "triggers", &k, pzErr);
  if( rc==SQLITE_OK && k>=0 ) rc = modelRenderObjs(pS, &doc, k, "trigger", pzErr);
  migrateJsonFree(&doc);
  return rc;
}

/*
** Rename hints of a DDL model.  A comment "-- renamed_from: OLD" at the end
** of the line of a column's definition says that the column was called
** OLD; on the line of CREATE TABLE (before the first column starts on it),
** or after the table's closing parenthesis, that the table was.  It means
** what "renamed_from" means in JSON.
*/
typedef struct ModelHints ModelHints;
struct ModelHints {
  const char *z;             /* the statement */
  int iLine;                 /* where the current line starts */
  int iItem;                 /* the column definition being read: where it
                             ** starts, or -1 (none, or a constraint) */
  int iLast;                 /* where the last column definition starts */
  int bExpect;               /* an item of the column list comes next */
  int bClosed;               /* after the ")" of the column list */
};

/* The old name of hint comment z (n bytes), or NULL if it is none. */
static char *modelHintName(const char *z, int n, int *pbHint){
  static const char zKey[] = "renamed_from:";
  int i = 2;
  *pbHint = 0;
  while( i<n && (z[i]==' ' || z[i]=='\t') ) i++;
  if( n-i<(int)sizeof(zKey)-1 || sqlite3_strnicmp(&z[i], zKey, sizeof(zKey)-1) ){
    return 0;
  }
  *pbHint = 1;
  i += sizeof(zKey)-1;
  while( i<n && (z[i]==' ' || z[i]=='\t') ) i++;
  while( n>i && (z[n-1]==' ' || z[n-1]=='\t' || z[n-1]=='\r') ) n--;
  return n>i ? migrateUnquote(&z[i], n-i) : 0;
}

/* Is the top-level item at z a column definition (not a constraint)? */
static int modelHintIsColumn(const char *z){
  static const char *const azCons[] = {
    "CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN", 0
  };
  int e, n = migrateToken(z, &e), i;
  for(i=0; azCons[i]; i++) if( migrateIsWord(z, n, e, azCons[i]) ) return 0;
  return 1;
}

/* Record the hint of comment z (n bytes) for table zTab of model pM. */
static int modelHintAdd(MigrateModel *pM, ModelHints *h, const char *zTab,
                   const char *z, int n, char **pzErr){
  int bHint, rc, e;
  char *zOld = modelHintName(z, n, &bHint), *zCol = 0;
  if( !bHint ) return SQLITE_OK;
  if( zOld==0 ){
    *pzErr = sqlite3_mprintf("table %s: a renamed_from comment names no "
                            "old name", zTab);
    return SQLITE_ERROR;
  }
  if( !h->bClosed && h->iLast>=0
   && (h->iItem==h->iLast || h->iLast>=h->iLine) ){
    /* in the column's definition, or after it on the line it starts on */
    const char *zItem = &h->z[h->iLast];
    zCol = migrateUnquote(zItem, migrateToken(zItem, &e));
    rc = zCol ? modelAddRename(pM, zTab, zOld, zCol) : SQLITE_NOMEM;
  }else if( h->bClosed || h->iLine==0 ){
    rc = modelAddRename(pM, 0, zOld, zTab);
  }else{
    *pzErr = sqlite3_mprintf("table %s: the renamed_from comment \"%.*s\" is "
        "on a line that starts no column (put it at the end of the line of "
        "CREATE TABLE or of the column's definition)", zTab, n, z);
    rc = SQLITE_ERROR;
  }
  sqlite3_free(zOld);
  sqlite3_free(zCol);
  return rc;
}

/*
** Read the hints of CREATE TABLE zTab, the n bytes at z, into pM.
** *pzClean is then the statement without them (NULL if it had none), so
** that they are not copied into the database's schema.
*/
static int modelDdlHints(MigrateModel *pM, const char *zTab, const char *z,
                         int n,
                    char **pzClean, char **pzErr){
  ModelHints h;
  MigrateBuf b;
  int i = 0, e, len, depth = 0, rc = SQLITE_OK, nHint = 0;
  *pzClean = 0;
  memset(&h, 0, sizeof(h));
  h.z = z;
  h.iItem = h.iLast = -1;
  migrateBufInit(&b);
  while( rc==SQLITE_OK && i<n && (len = migrateToken(&z[i], &e))>0 ){
    int bDrop = 0;
    if( i+len>n ) len = n-i;
    if( e==TK_SPACE && z[i]=='-' ){
      int nOld = pM->nRen;
      rc = modelHintAdd(pM, &h, zTab, &z[i], len, pzErr);
      bDrop = pM->nRen>nOld;
      nHint += bDrop;
    }else if( e==TK_SPACE ){
      int k;
      for(k=0; k<len; k++) if( z[i+k]=='\n' ) h.iLine = i+k+1;
    }else if( h.bExpect ){
      h.bExpect = 0;
      h.iItem = modelHintIsColumn(&z[i]) ? i : -1;
      if( h.iItem>=0 ) h.iLast = i;
    }
    if( e==TK_PUNCT && z[i]=='(' ){
      if( ++depth==1 && !h.bClosed ) h.bExpect = 1;
    }else if( e==TK_PUNCT && z[i]==')' ){
      if( --depth==0 ) h.bClosed = 1;
    }else if( e==TK_PUNCT && z[i]==',' && depth==1 ){
      h.bExpect = 1;
      h.iItem = -1;
    }
    if( bDrop ){                 /* the hint, and the blanks before it */
      while( b.n>0 && (b.z[b.n-1]==' ' || b.z[b.n-1]=='\t') ) b.n--;
    }else{
      migrateBufAppend(&b, &z[i], len);
    }
    i += len;
  }
  if( rc==SQLITE_OK && nHint ){
    *pzClean = migrateBufFinish(&b);
    if( *pzClean==0 ) rc = SQLITE_NOMEM;
  }
  migrateBufClear(&b);
  return rc;
}

/* Is zName one of the tables SQLite makes itself (AUTOINCREMENT's
** sqlite_sequence, ANALYZE's sqlite_stat1 to sqlite_stat4)? */
static int modelIsInternal(const char *zName){
  return sqlite3_stricmp(zName, "sqlite_sequence")==0
      || (sqlite3_strnicmp(zName, "sqlite_stat", 11)==0
          && zName[11]>='1' && zName[11]<='4' && zName[12]==0);
}

/* The length of a "--" comment that follows at z on the same line. */
static int modelLineTail(const char *z){
  int i = 0;
  while( z[i]==' ' || z[i]=='\t' ) i++;
  if( z[i]!='-' || z[i+1]!='-' ) return 0;
  while( z[i] && z[i]!='\n' ) i++;
  return i;
}

/* A DDL model: CREATE statements only, taken one by one. */
static int modelLoadDdl(MigrateScratch *pS, const char *zModel,
                        MigrateModel *pM, char **pzErr){
  const char *zSql = zModel;
  int rc = SQLITE_OK, iStmt = 0;
  while( rc==SQLITE_OK && *migrateSkipSpace(zSql) ){
    const char *zStart = migrateSkipSpace(zSql);
    int nStmt = migrateStmtLength(zStart);
    int nTail = modelLineTail(zStart+nStmt);
    int nShow = migrateExcerptLen(zStart, nStmt, 80);
    const char *zMore = nStmt>80 ? "..." : "";
    int eKind = 0, flags = 0, iName = 0, e, n;
    char *zName = 0, *zTable = 0, *zNorm = 0, *zErr = 0, *zClean = 0;
    const char *zNoted = 0;    /* when SQLite takes the statement: why not */
    char *zOne = sqlite3_mprintf("%.*s", nStmt, zStart);
    iStmt++;
    if( zOne==0 ) return SQLITE_NOMEM;
    zSql = zStart + nStmt + nTail;
    rc = modelDdlInfo(zStart, &eKind, &zName, &zTable, &iName, &flags);
    if( rc==SQLITE_OK && eKind=='T' && zName && !(flags & DDL_VIRTUAL)
     && (strstr(zOne, "renamed_from") || nTail>0) ){
      /* rename hints: read, then left out of the statement */
      rc = modelDdlHints(pM, zName, zStart, nStmt+nTail, &zClean, &zErr);
      if( rc==SQLITE_OK && zClean ){
        sqlite3_free(zOne); zOne = zClean;
        sqlite3_free(zName); zName = 0;
        sqlite3_free(zTable); zTable = 0;
        zStart = zOne;
        nStmt = (int)strlen(zOne);
        nShow = migrateExcerptLen(zStart, nStmt, 80);
        rc = modelDdlInfo(zStart, &eKind, &zName, &zTable, &iName, &flags);
      }
    }
    n = migrateToken(zStart, &e);
    if( rc ){
      /* out of memory */
    }else if( flags & DDL_TEMP ){
      *pzErr = sqlite3_mprintf("statement %d of the model creates a TEMP "
          "object, which is not part of a database's schema: %.*s%s",
          iStmt, nShow, zStart, zMore);
      rc = SQLITE_ERROR;
    }else if( !migrateIsWord(zStart, n, e, "CREATE") ){
      *pzErr = sqlite3_mprintf("statement %d of the model is not a CREATE "
          "statement: %.*s%s", iStmt, nShow, zStart, zMore);
      rc = SQLITE_ERROR;
    }else if( eKind==0 ){
      zNoted = "not a CREATE TABLE, INDEX, VIEW or TRIGGER statement";
    }else if( zName==0 ){
      zNoted = "incomplete input";
    }else if( flags & DDL_SCHEMA ){
      zNoted = "unknown database";
    }else if( eKind=='T' && modelIsInternal(zName) ){
      /* as the shell's .schema prints them: SQLite's, not the model's */
    }else if( eKind=='T' && (flags & DDL_AS) ){
      zErr = sqlite3_mprintf("a model table must declare its columns, not be "
                             "made AS SELECT");
      rc = zErr ? SQLITE_ERROR : SQLITE_NOMEM;
    }else if( (flags & DDL_IFNOT) && migrateScratchIfNotExists(pS, zName, eKind) ){
      /* IF NOT EXISTS over an object of its kind: nothing, as in SQLite,
      ** once SQLite has read the statement */
      rc = migrateScratchSyntax(pS, zOne, &zErr);
    }else{
      zNorm = modelNormSql(zStart, nStmt, eKind, flags, iName);
      if( flags & DDL_VIRTUAL ) eKind = 'X';
      if( zNorm==0 ) rc = SQLITE_NOMEM;
      if( rc==SQLITE_OK && eKind=='T' ) rc = migrateScratchReserved(pS, zName, pzErr);
      if( rc==SQLITE_OK ){
        rc = migrateScratchAdd(pS, zNorm, zOne, eKind, zName, zTable, &zErr);
      }
    }
    if( zNoted ){
      /* a malformed statement: SQLite names what is wrong with it */
      rc = migrateScratchCheck(pS, zOne, &zErr);
      if( rc==SQLITE_OK ){
        zErr = sqlite3_mprintf("%s", zNoted);
        rc = zErr ? SQLITE_ERROR : SQLITE_NOMEM;
      }
    }
    if( rc && rc!=SQLITE_NOMEM && *pzErr==0 ){
      *pzErr = sqlite3_mprintf("statement %d of the model (%.*s%s): %s",
          iStmt, nShow, zStart, zMore, zErr ? zErr : "");
    }
    sqlite3_free(zName);
    sqlite3_free(zTable);
    sqlite3_free(zNorm);
    sqlite3_free(zErr);
    sqlite3_free(zOne);
  }
  if( rc==SQLITE_OK && iStmt==0 ){
    *pzErr = sqlite3_mprintf("the model holds no statement");
    rc = SQLITE_ERROR;
  }
  return rc;
}

void migrateModelFree(MigrateModel *pM){
  int i;
  if( pM==0 ) return;
  for(i=0; i<pM->nRen; i++){
    sqlite3_free(pM->aRen[i].zTab);
    sqlite3_free(pM->aRen[i].zOld);
    sqlite3_free(pM->aRen[i].zNew);
  }
  sqlite3_free(pM->aRen);
  migrateSchemaFree(pM->pSchema);
  sqlite3_free(pM);
}

/*
** Load the model value pVal (JSON or DDL text) and read its schema.  The
** model may not define the tables this extension keeps for itself.
** The model may use the functions and collations of connection db (if not
** NULL).  pKnown, if not NULL, is db's schema, which the model will be
** compared with: a table whose CREATE TABLE is word for word one of its
** tables is not judged again.
*/
int migrateModelLoad(sqlite3_value *pVal, const char *zVersionTable,
                     sqlite3 *db, MigrateSchema *pKnown, MigrateModel **ppM,
                     char **pzErr){
  MigrateModel *pM;
  MigrateScratch scratch;
  const char *z;
  int rc;
  *ppM = 0;
  if( sqlite3_value_type(pVal)==SQLITE_NULL ){
    *pzErr = sqlite3_mprintf("the model is NULL (readfile() gives NULL for "
                             "a file that is missing or unreadable)");
    return SQLITE_ERROR;
  }
  if( sqlite3_value_type(pVal)!=SQLITE_TEXT
   && sqlite3_value_type(pVal)!=SQLITE_BLOB ){
    /* a BLOB is taken as UTF-8 text: readfile() returns one */
    *pzErr = sqlite3_mprintf("the model must be text: JSON or CREATE "
                            "statements");
    return SQLITE_ERROR;
  }
  if( sqlite3_value_type(pVal)==SQLITE_BLOB && sqlite3_value_bytes(pVal)>0
   && memchr(sqlite3_value_blob(pVal), 0, sqlite3_value_bytes(pVal)) ){
    *pzErr = sqlite3_mprintf("the model is not text (it holds a NUL byte)");
    return SQLITE_ERROR;
  }
  z = (const char*)sqlite3_value_text(pVal);
  if( z==0 ) return SQLITE_NOMEM;
  if( *migrateSkipSpace(z)==0 ){
    *pzErr = sqlite3_mprintf("the model is empty");
    return SQLITE_ERROR;
  }
  if( *migrateSkipSpace(z)=='[' ){
    *pzErr = sqlite3_mprintf("the model must be a JSON object or CREATE "
                            "statements, not a JSON array");
    return SQLITE_ERROR;
  }
  pM = sqlite3_malloc64(sizeof(*pM));
  if( pM==0 ) return SQLITE_NOMEM;
  memset(pM, 0, sizeof(*pM));
  memset(&scratch, 0, sizeof(scratch));
  pM->pSchema = migrateSchemaNew();
  rc = pM->pSchema ? migrateScratchInit(&scratch, pM->pSchema, pKnown,
                                        zVersionTable, db) : SQLITE_NOMEM;
  if( rc==SQLITE_OK ){
    if( *migrateSkipSpace(z)=='{' ) rc = modelLoadJson(&scratch, z, pM, pzErr);
    else rc = modelLoadDdl(&scratch, z, pM, pzErr);
  }
  if( rc==SQLITE_OK ) rc = migrateScratchDropShadows(&scratch);
  migrateScratchClose(&scratch);
  if( rc==SQLITE_OK ) rc = migrateSchemaIndex(pM->pSchema);
  if( rc==SQLITE_OK ) rc = migrateSchemaResolveFks(pM->pSchema);
  if( rc ){
    migrateModelFree(pM);
    return rc;
  }
  *ppM = pM;
  return SQLITE_OK;
}
