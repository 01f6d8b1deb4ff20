/*
** json.c - the one JSON reader and writer of the extension, and the
** options_json of the functions that take one.
**
** The reader parses a whole document into an array of nodes (objects,
** arrays, strings, numbers, true, false, null), every key and string
** decoded into one pool, and then answers questions about it: the value of
** a key, its type, whether an object has only the keys allowed, each with
** an error that names the place, as in "tables[2].columns[0].nulable".
** Models (model.c) and options (below) are read with it.  The writer
** quotes one string as a JSON string.
**
** Options (migrate_revision, migrate_merge, migrate_autogenerate,
** migrate_diff...): a JSON object whose keys are among those the function
** allows; head, branch_label, depends_on, rev_id, include and exclude are
** text (the list ones also arrays of text), splice is a boolean.
*/
#include "migrate.h"
#include <string.h>
#include <stdlib.h>

void migrateJsonFree(MigrateJson *p){
  int i;
  for(i=0; i<p->n; i++) sqlite3_free(p->a[i].zPath);
  sqlite3_free(p->a);
  sqlite3_free(p->zPool);
  memset(p, 0, sizeof(*p));
}

/*
** The JSON reader: RFC 8259 text into p->a, in document order, each node
** linked to its parent and its siblings.  Numbers keep the text they were
** written with; strings are decoded to UTF-8.  Nesting deeper than
** JSON_MAX_DEPTH and a string holding \u0000 are refused.
*/
#define JSON_MAX_DEPTH 500

static const char *const azJsonType[] = {
  "null", "true", "false", "integer", "real", "text", "array", "object"
};

typedef struct JsonParse JsonParse;
struct JsonParse {
  const char *z;             /* the text */
  size_t i;                  /* read position */
  MigrateJson *p;
  char *zOut;                /* where the next text goes in p->zPool */
  int rc;                    /* SQLITE_NOMEM, or SQLITE_ERROR: not JSON */
};

static void jsonSpace(JsonParse *x){
  for(;;){
    char c = x->z[x->i];
    if( c!=' ' && c!='\t' && c!='\n' && c!='\r' ) return;
    x->i++;
  }
}

/* A new node; its index, or -1 (out of memory). */
static int jsonNode(JsonParse *x, int iParent, char *zKey, int iIdx){
  MigrateJson *p = x->p;
  MigrateJsonNode *q, *aNew = migrateGrow(p->a, p->n, sizeof(MigrateJsonNode));
  if( aNew==0 ){ x->rc = SQLITE_NOMEM; return -1; }
  p->a = aNew;
  q = &p->a[p->n];
  memset(q, 0, sizeof(*q));
  q->iParent = iParent;
  q->zKey = zKey;
  q->iIdx = iIdx;
  q->zType = azJsonType[0];
  q->iFirst = q->iNext = -1;
  return p->n++;
}

static int jsonHex(char c){
  if( c>='0' && c<='9' ) return c-'0';
  if( c>='a' && c<='f' ) return c-'a'+10;
  if( c>='A' && c<='F' ) return c-'A'+10;
  return -1;
}

/* Four hex digits at z, or -1. */
static int jsonHex4(const char *z){
  int k, v = 0;
  for(k=0; k<4; k++){
    int h = jsonHex(z[k]);
    if( h<0 ) return -1;
    v = v*16 + h;
  }
  return v;
}

/*
** The string at x->i (at its opening quote), decoded into the pool; NULL
** on error.  A string takes no more room in the pool than its quotes and
** text took in the JSON, and a number one byte more than its digits,
** which the character after it pays for (or the pool's spare byte).
*/
static char *jsonString(JsonParse *x){
  const char *z = x->z + x->i + 1;
  size_t n = 0, k;
  char *zStart, *zOut;
  while( z[n]!='"' ){
    if( z[n]==0 || (unsigned char)z[n]<0x20 ){ x->rc = SQLITE_ERROR; return 0; }
    if( z[n]=='\\' ){
      if( z[n+1]==0 ){ x->rc = SQLITE_ERROR; return 0; }
      n++;
    }
    n++;
  }
  zStart = zOut = x->zOut;                 /* decoding never lengthens */
  for(k=0; k<n; k++){
    char c = z[k];
    unsigned v;
    int j;
    if( c!='\\' ){ *zOut++ = c; continue; }
    c = z[++k];
    switch( c ){
      case '"': case '\\': case '/': *zOut++ = c; continue;
      case 'b': *zOut++ = '\b'; continue;
      case 'f': *zOut++ = '\f'; continue;
      case 'n': *zOut++ = '\n'; continue;
      case 'r': *zOut++ = '\r'; continue;
      case 't': *zOut++ = '\t'; continue;
      case 'u': break;
      default: goto bad;
    }
    if( k+4>=n || (j = jsonHex4(&z[k+1]))<0 ) goto bad;
    v = (unsigned)j;
    k += 4;
    if( v>=0xd800 && v<0xdc00 && k+6<n && z[k+1]=='\\' && z[k+2]=='u' ){
      int lo = jsonHex4(&z[k+3]);
      if( lo>=0xdc00 && lo<0xe000 ){
        v = 0x10000 + ((v-0xd800)<<10) + (unsigned)(lo-0xdc00);
        k += 6;
      }
    }
    if( v==0 ) goto bad;
    if( v<0x80 ){
      *zOut++ = (char)v;
    }else if( v<0x800 ){
      *zOut++ = (char)(0xc0 | (v>>6));
      *zOut++ = (char)(0x80 | (v&0x3f));
    }else if( v<0x10000 ){
      *zOut++ = (char)(0xe0 | (v>>12));
      *zOut++ = (char)(0x80 | ((v>>6)&0x3f));
      *zOut++ = (char)(0x80 | (v&0x3f));
    }else{
      *zOut++ = (char)(0xf0 | (v>>18));
      *zOut++ = (char)(0x80 | ((v>>12)&0x3f));
      *zOut++ = (char)(0x80 | ((v>>6)&0x3f));
      *zOut++ = (char)(0x80 | (v&0x3f));
    }
  }
  *zOut++ = 0;
  x->zOut = zOut;
  x->i += n + 2;
  return zStart;
bad:
  x->rc = SQLITE_ERROR;
  return 0;
}

/* The value at x->i, as node(s) under iParent; -1 on error. */
static int jsonValue(JsonParse *x, int iParent, char *zKey, int iIdx,
                     int nDepth){
  int iNode = jsonNode(x, iParent, zKey, iIdx);
  const char *z;
  if( iNode<0 ) return -1;
  jsonSpace(x);
  z = &x->z[x->i];
  if( *z=='{' || *z=='[' ){
    int bObj = *z=='{', iLast = -1, n = 0;
    char cEnd = bObj ? '}' : ']';
    x->p->a[iNode].zType = azJsonType[bObj ? 7 : 6];
    if( nDepth>=JSON_MAX_DEPTH ){ x->rc = SQLITE_ERROR; return -1; }
    x->i++;
    jsonSpace(x);
    if( x->z[x->i]==cEnd ){ x->i++; return iNode; }
    for(;;){
      char *zMember = 0;
      int iChild;
      if( bObj ){
        jsonSpace(x);
        if( x->z[x->i]!='"' ){ x->rc = SQLITE_ERROR; return -1; }
        zMember = jsonString(x);
        if( zMember==0 ) return -1;
        jsonSpace(x);
        if( x->z[x->i]!=':' ){
          x->rc = SQLITE_ERROR;
          return -1;
        }
        x->i++;
      }
      iChild = jsonValue(x, iNode, zMember, n++, nDepth+1);
      if( iChild<0 ) return -1;
      if( iLast<0 ) x->p->a[iNode].iFirst = iChild;
      else x->p->a[iLast].iNext = iChild;
      iLast = iChild;
      jsonSpace(x);
      if( x->z[x->i]==',' ){ x->i++; continue; }
      if( x->z[x->i]==cEnd ){ x->i++; return iNode; }
      x->rc = SQLITE_ERROR;
      return -1;
    }
  }
  if( *z=='"' ){
    char *zText = jsonString(x);
    if( zText==0 ) return -1;
    x->p->a[iNode].zType = azJsonType[5];
    x->p->a[iNode].zAtom = zText;
    return iNode;
  }
  if( *z=='-' || (*z>='0' && *z<='9') ){
    size_t k = *z=='-' ? 1 : 0;
    int bReal = 0;
    if( z[k]=='0' ) k++;
    else if( z[k]>='1' && z[k]<='9' ){ while( z[k]>='0' && z[k]<='9' ) k++; }
    else{ x->rc = SQLITE_ERROR; return -1; }
    if( z[k]=='.' ){
      bReal = 1;
      k++;
      if( !(z[k]>='0' && z[k]<='9') ){ x->rc = SQLITE_ERROR; return -1; }
      while( z[k]>='0' && z[k]<='9' ) k++;
    }
    if( z[k]=='e' || z[k]=='E' ){
      bReal = 1;
      k++;
      if( z[k]=='+' || z[k]=='-' ) k++;
      if( !(z[k]>='0' && z[k]<='9') ){ x->rc = SQLITE_ERROR; return -1; }
      while( z[k]>='0' && z[k]<='9' ) k++;
    }
    x->p->a[iNode].zType = azJsonType[bReal ? 4 : 3];
    x->p->a[iNode].zAtom = x->zOut;
    memcpy(x->zOut, z, k);
    x->zOut[k] = 0;
    x->zOut += k+1;
    x->i += k;
    return iNode;
  }
  if( strncmp(z, "true", 4)==0 ){
    x->p->a[iNode].zType = azJsonType[1]; x->i += 4; return iNode;
  }
  if( strncmp(z, "false", 5)==0 ){
    x->p->a[iNode].zType = azJsonType[2]; x->i += 5; return iNode;
  }
  if( strncmp(z, "null", 4)==0 ){
    x->p->a[iNode].zType = azJsonType[0]; x->i += 4; return iNode;
  }
  x->rc = SQLITE_ERROR;
  return -1;
}

/* Read the JSON text z into p. */
int migrateJsonLoad(const char *z, const char *zRoot, MigrateJson *p,
                    char **pzErr){
  JsonParse x;
  memset(p, 0, sizeof(*p));
  memset(&x, 0, sizeof(x));
  p->zRoot = zRoot;
  x.z = z;
  x.p = p;
  p->zPool = x.zOut = sqlite3_malloc64(strlen(z)+2);
  if( p->zPool==0 ) return SQLITE_NOMEM;
  if( jsonValue(&x, -1, 0, 0, 0)>=0 ){
    jsonSpace(&x);
    if( z[x.i]!=0 ) x.rc = SQLITE_ERROR;
  }
  if( x.rc==SQLITE_ERROR ){
    *pzErr = sqlite3_mprintf("%s is not valid JSON", zRoot);
  }
  if( x.rc ) migrateJsonFree(p);
  return x.rc;
}

/* The path of node i for messages: the root is p->zRoot ("the model"). */
const char *migrateJsonPath(MigrateJson *p, int i){
  MigrateJsonNode *q = &p->a[i];
  if( q->iParent<0 ) return p->zRoot;
  if( q->zPath==0 ){
    const char *zPar = p->a[q->iParent].iParent<0 ? "" : migrateJsonPath(p, q->iParent);
    q->zPath = q->zKey ? sqlite3_mprintf("%s%s%s", zPar, zPar[0] ? "." : "",
                                         q->zKey)
                       : sqlite3_mprintf("%s[%d]", zPar, q->iIdx);
  }
  return q->zPath ? q->zPath : "?";
}

/* The member zKey of object node i, or -1. */
int migrateJsonGet(MigrateJson *p, int i, const char *zKey){
  int k;
  for(k=p->a[i].iFirst; k>=0; k=p->a[k].iNext){
    const char *z = p->a[k].zKey;
    if( z && z[0]==zKey[0] && strcmp(z, zKey)==0 ) return k;
  }
  return -1;
}

int migrateJsonType(MigrateJson *p, int i, const char *zType){
  return p->a[i].zType[0]==zType[0] && strcmp(p->a[i].zType, zType)==0;
}

/* Check that object node i has only the keys of azKey (NULL-terminated). */
int migrateJsonKeys(MigrateJson *p, int i, const char *const *azKey,
                    char **pzErr){
  int k;
  if( !migrateJsonType(p, i, "object") ){
    *pzErr = sqlite3_mprintf("%s must be an object", migrateJsonPath(p, i));
    return SQLITE_ERROR;
  }
  for(k=p->a[i].iFirst; k>=0; k=p->a[k].iNext){
    int j;
    const char *z = p->a[k].zKey;
    for(j=0; azKey[j]; j++){
      if( azKey[j][0]==z[0] && strcmp(azKey[j], z)==0 ) break;
    }
    if( azKey[j]==0 ){
      sqlite3_str *s = sqlite3_str_new(0);
      for(j=0; azKey[j]; j++) sqlite3_str_appendf(s, "%s%s", j?", ":"", azKey[j]);
      *pzErr = sqlite3_mprintf("unknown key %s (expected %z)",
                               migrateJsonPath(p, k),
                              migrateStrFinish(s));
      return SQLITE_ERROR;
    }
  }
  return SQLITE_OK;
}

/* The text of member zKey of object i: *pz is NULL if it is absent or
** null.  Any other type is an error; so is an absent bRequired member. */
int migrateJsonText(MigrateJson *p, int i, const char *zKey, int bRequired,
                 const char **pz, char **pzErr){
  int k = migrateJsonGet(p, i, zKey);
  *pz = 0;
  if( k<0 || migrateJsonType(p, k, "null") ){
    if( bRequired ){
      *pzErr = sqlite3_mprintf("%s has no \"%s\"", migrateJsonPath(p, i), zKey);
      return SQLITE_ERROR;
    }
    return SQLITE_OK;
  }
  if( !migrateJsonType(p, k, "text") ){
    *pzErr = sqlite3_mprintf("%s must be text", migrateJsonPath(p, k));
    return SQLITE_ERROR;
  }
  if( bRequired && p->a[k].zAtom[0]==0 ){
    *pzErr = sqlite3_mprintf("%s must not be empty", migrateJsonPath(p, k));
    return SQLITE_ERROR;
  }
  *pz = p->a[k].zAtom;
  return SQLITE_OK;
}

/* A boolean member (absent: 0). */
int migrateJsonBool(MigrateJson *p, int i, const char *zKey, int *pb,
                    char **pzErr){
  int k = migrateJsonGet(p, i, zKey);
  *pb = 0;
  if( k<0 || migrateJsonType(p, k, "null") ) return SQLITE_OK;
  if( migrateJsonType(p, k, "true") ){ *pb = 1; return SQLITE_OK; }
  if( migrateJsonType(p, k, "false") ) return SQLITE_OK;
  *pzErr = sqlite3_mprintf("%s must be true or false", migrateJsonPath(p, k));
  return SQLITE_ERROR;
}

/* An array member: its node, or -1 when absent. */
int migrateJsonArray(MigrateJson *p, int i, const char *zKey, int *pk,
                     char **pzErr){
  int k = migrateJsonGet(p, i, zKey);
  *pk = -1;
  if( k<0 || migrateJsonType(p, k, "null") ) return SQLITE_OK;
  if( !migrateJsonType(p, k, "array") ){
    *pzErr = sqlite3_mprintf("%s must be an array", migrateJsonPath(p, k));
    return SQLITE_ERROR;
  }
  *pk = k;
  return SQLITE_OK;
}

/* ---------------------------------------------------------------- JSON */

/* Append z as a JSON string. */
void migrateJsonString(sqlite3_str *s, const char *z){
  sqlite3_str_appendchar(s, 1, '"');
  for(; *z; z++){
    unsigned char c = (unsigned char)*z;
    if( c=='"' || c=='\\' ){
      sqlite3_str_appendchar(s, 1, '\\');
      sqlite3_str_appendchar(s, 1, c);
    }else if( c<0x20 ){
      switch( c ){
        case '\n': sqlite3_str_appendall(s, "\\n"); break;
        case '\t': sqlite3_str_appendall(s, "\\t"); break;
        case '\r': sqlite3_str_appendall(s, "\\r"); break;
        default: sqlite3_str_appendf(s, "\\u%04x", c); break;
      }
    }else{
      sqlite3_str_appendchar(s, 1, c);
    }
  }
  sqlite3_str_appendchar(s, 1, '"');
}

/* ------------------------------------------------------------ options */

static const struct {
  const char *zName; unsigned m; int bList;
} aJsonOpt[] = {
  { "head", OPT_HEAD, 0 },          { "branch_label", OPT_LABEL, 1 },
  { "depends_on", OPT_DEPS, 1 },    { "rev_id", OPT_REVID, 0 },
  { "splice", OPT_SPLICE, 0 },      { "include", OPT_INCLUDE, 1 },
  { "exclude", OPT_EXCLUDE, 1 },    { "heads", OPT_HEADS, 0 },
  { "findings", OPT_FINDINGS, 0 },
};
#define N_JSON_OPT ((int)(sizeof(aJsonOpt)/sizeof(aJsonOpt[0])))

void migrateOptsClear(MigrateOpts *p){
  sqlite3_free(p->zHead);
  sqlite3_free(p->zLabel);
  sqlite3_free(p->zDeps);
  sqlite3_free(p->zRevId);
  sqlite3_free(p->zInclude);
  sqlite3_free(p->zExclude);
  memset(p, 0, sizeof(*p));
}

/* Where option k goes in p. */
static char **jsonOptSlot(MigrateOpts *p, int k){
  switch( aJsonOpt[k].m ){
    case OPT_HEAD:    return &p->zHead;
    case OPT_LABEL:   return &p->zLabel;
    case OPT_DEPS:    return &p->zDeps;
    case OPT_REVID:   return &p->zRevId;
    case OPT_INCLUDE: return &p->zInclude;
    default:          return &p->zExclude;
  }
}

/* "unknown option" for member iKey, naming the options of mAllowed. */
static char *jsonOptUnknown(const char *zFunc, const char *zKey,
                            unsigned mAllowed){
  sqlite3_str *s = sqlite3_str_new(0);
  int k, n = 0;
  for(k=0; k<N_JSON_OPT; k++){
    if( aJsonOpt[k].m & mAllowed ){
      sqlite3_str_appendf(s, "%s%s", n++ ? ", " : "", aJsonOpt[k].zName);
    }
  }
  return sqlite3_mprintf("%s: unknown option '%s' (expected %z)", zFunc, zKey,
                         migrateStrFinish(s));
}

/* The value of member i (option k): text, or an array of text joined with
** ",", into *pz. */
static int jsonOptValue(const char *zFunc, MigrateJson *p, int i, int k,
                        char **pz, char **pzErr){
  sqlite3_str *s;
  int c;
  if( migrateJsonType(p, i, "text") ){
    sqlite3_free(*pz);
    *pz = migrateStrdup(p->a[i].zAtom);
    return *pz ? SQLITE_OK : SQLITE_NOMEM;
  }
  if( aJsonOpt[k].bList && migrateJsonType(p, i, "array") ){
    s = sqlite3_str_new(0);
    for(c=p->a[i].iFirst; c>=0 && migrateJsonType(p, c, "text"); c=p->a[c].iNext){
      sqlite3_str_appendf(s, "%s%s", c==p->a[i].iFirst ? "" : ",",
                          p->a[c].zAtom);
    }
    if( c<0 ){
      sqlite3_free(*pz);
      *pz = migrateStrFinish(s);
      return *pz ? SQLITE_OK : SQLITE_NOMEM;
    }
    sqlite3_free(sqlite3_str_finish(s));
  }
  *pzErr = sqlite3_mprintf("%s: option '%s' must be text%s", zFunc,
                           p->a[i].zKey, aJsonOpt[k].bList ?
                           " or an array of text" : "");
  return SQLITE_ERROR;
}

/* Take member i of the options object into p. */
static int jsonOptOne(const char *zFunc, MigrateJson *p, int i,
                      unsigned mAllowed, MigrateOpts *pOpts, char **pzErr){
  const char *zKey = p->a[i].zKey;
  int k;
  for(k=0; k<N_JSON_OPT; k++){
    if( (aJsonOpt[k].m & mAllowed) && strcmp(aJsonOpt[k].zName, zKey)==0 ){
      break;
    }
  }
  if( k==N_JSON_OPT ){
    *pzErr = jsonOptUnknown(zFunc, zKey, mAllowed);
    return *pzErr ? SQLITE_ERROR : SQLITE_NOMEM;
  }
  if( aJsonOpt[k].m==OPT_SPLICE ){
    if( !migrateJsonType(p, i, "true") && !migrateJsonType(p, i, "false") ){
      *pzErr = sqlite3_mprintf("%s: option 'splice' must be true or false",
                               zFunc);
      return SQLITE_ERROR;
    }
    pOpts->bSplice = migrateJsonType(p, i, "true");
    return SQLITE_OK;
  }
  if( aJsonOpt[k].m==OPT_HEADS ){
    const char *z = p->a[i].zAtom;
    int n = 0;
    if( migrateJsonType(p, i, "integer") && z[0]!='-' && strlen(z)<6 ){
      n = atoi(z);
    }
    if( n<1 ){
      *pzErr = sqlite3_mprintf("%s: option 'heads' must be a whole number "
                               "of 1 or more", zFunc);
      return SQLITE_ERROR;
    }
    pOpts->nHeads = n;
    return SQLITE_OK;
  }
  if( aJsonOpt[k].m==OPT_FINDINGS ){
    const char *z = migrateJsonType(p, i, "text") ? p->a[i].zAtom : "";
    if( strcmp(z, "comment")!=0 && strcmp(z, "refuse")!=0 ){
      *pzErr = sqlite3_mprintf("%s: option 'findings' must be \"comment\" "
                               "or \"refuse\"", zFunc);
      return SQLITE_ERROR;
    }
    pOpts->bRefuse = z[0]=='r';
    return SQLITE_OK;
  }
  if( migrateJsonType(p, i, "null") ) return SQLITE_OK;
  return jsonOptValue(zFunc, p, i, k, jsonOptSlot(pOpts, k), pzErr);
}

/*
** Read the options_json argument pJson of function zFunc (NULL, or an SQL
** NULL: none) into *p, accepting only the options of mAllowed.  A key
** given twice takes its last value.
*/
int migrateOptsParse(const char *zFunc, sqlite3_value *pJson,
                     unsigned mAllowed, MigrateOpts *p, char **pzErr){
  MigrateJson doc;
  const char *zJson, *z;
  char *zErr = 0;
  int rc, i;
  memset(p, 0, sizeof(*p));
  if( pJson==0 || sqlite3_value_type(pJson)==SQLITE_NULL ) return SQLITE_OK;
  if( sqlite3_value_type(pJson)!=SQLITE_TEXT ){
    *pzErr = sqlite3_mprintf("%s: options_json must be text", zFunc);
    return SQLITE_ERROR;
  }
  zJson = (const char*)sqlite3_value_text(pJson);
  if( zJson==0 ) return SQLITE_NOMEM;
  for(z=zJson; (z = strstr(z, "\\u0000"))!=0; z++){
    /* an escaped NUL (not an escaped backslash before "u0000") */
    int nSlash = 0;
    while( z-nSlash>zJson && z[-nSlash-1]=='\\' ) nSlash++;
    if( nSlash%2==0 ){
      *pzErr = sqlite3_mprintf("%s: options_json holds a NUL character "
                               "(\\u0000)", zFunc);
      return SQLITE_ERROR;
    }
  }
  rc = migrateJsonLoad(zJson, "options_json", &doc, &zErr);
  sqlite3_free(zErr);
  if( rc==SQLITE_OK && !migrateJsonType(&doc, 0, "object") ){
    migrateJsonFree(&doc);
    rc = SQLITE_ERROR;
  }
  if( rc==SQLITE_ERROR ){
    *pzErr = sqlite3_mprintf("%s: options_json is not a JSON object: %s",
                             zFunc, zJson);
  }
  if( rc ) return rc;
  for(i=doc.a[0].iFirst; rc==SQLITE_OK && i>=0; i=doc.a[i].iNext){
    rc = jsonOptOne(zFunc, &doc, i, mAllowed, p, pzErr);
  }
  migrateJsonFree(&doc);
  if( rc ) migrateOptsClear(p);
  return rc;
}
