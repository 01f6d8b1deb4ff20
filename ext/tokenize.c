/*
** tokenize.c - SQL text as SQLite reads it: tokens, where statements end,
** unquoting, and the canonical form two texts are compared in.
**
** migrateToken() splits text into SQLite's kinds of token (white space and
** comments, words, quoted names, strings, numbers, blobs, punctuation).
** migrateStmtLength() and migrateSqlComplete() say where a statement ends
** with the rule of sqlite3_complete(): a ";" ends it, except in CREATE
** TRIGGER, which ends at the ";" of "; END ;" (a CASE ... END inside the
** body does not count).  This is decided here, by one state machine, so
** that the answer does not depend on the SQLite that loaded the extension.
**
** The canonical form of a text drops white space and comments, upper-cases
** keywords and names, quotes every name that is not a keyword, spells !=
** and == as <> and =, and drops ASC: two texts with the same meaning under
** SQLite's case-insensitive names have the same canonical form.  A quoted
** name that is one of the keywords SQLite also takes as a name ("key",
** "first", "action", ...) is written bare, as the bare word means it too.
*/
#include "migrate.h"
#include <string.h>

/* Skip white space and complete SQL comments. */
const char *migrateSkipSpace(const char *z){
  for(;;){
    /* SQLite's white space: no \v */
    while( migrateIsSpace(*z) ) z++;
    if( z[0]=='-' && z[1]=='-' ){
      while( *z && *z!='\n' ) z++;
    }else if( z[0]=='/' && z[1]=='*' ){
      const char *zEnd = strstr(z+2, "*/");
      if( zEnd==0 ) return z;      /* unterminated: not blank space */
      z = zEnd+2;
    }else{
      return z;
    }
  }
}

/* ---------------------------------------------------------------- tokens */

#define TOKEN_DIGIT(c) ((c)>='0' && (c)<='9')
#define TOKEN_XDIGIT(c) (TOKEN_DIGIT(c) || ((c)>='a' && (c)<='f') \
                         || ((c)>='A' && (c)<='F'))
#define TOKEN_IDCHAR(c) (TOKEN_DIGIT(c) || ((c)>='a' && (c)<='z') \
                         || ((c)>='A' && (c)<='Z') || (c)=='_' || (c)=='$' \
                         || (unsigned char)(c)>=0x80)

/*
** The length of the number at z, as SQLite reads it: 0x and hex digits, or
** digits, an optional fraction and an optional exponent whose sign counts
** only when a digit follows it ("1e-5", but "1e-x" is "1e" then "-").
** Letters run on ("1abc") belong to the token, which SQLite then refuses.
*/
static int tokenNumber(const char *z){
  int i;
  if( z[0]=='0' && (z[1]=='x' || z[1]=='X') && TOKEN_XDIGIT(z[2]) ){
    for(i=3; TOKEN_XDIGIT(z[i]) || z[i]=='_'; i++){}
  }else{
    for(i=0; TOKEN_DIGIT(z[i]) || z[i]=='_'; i++){}
    if( z[i]=='.' ){
      for(i++; TOKEN_DIGIT(z[i]) || z[i]=='_'; i++){}
    }
    if( (z[i]=='e' || z[i]=='E') && (TOKEN_DIGIT(z[i+1])
         || ((z[i+1]=='+' || z[i+1]=='-') && TOKEN_DIGIT(z[i+2]))) ){
      for(i+=2; TOKEN_DIGIT(z[i]) || z[i]=='_'; i++){}
    }
  }
  while( TOKEN_IDCHAR(z[i]) ) i++;
  return i;
}

/*
** Return the length of the token at z and its kind: TK_SPACE (white space
** or a comment), TK_WORD (a bare word), TK_ID (a quoted identifier),
** TK_STRING, TK_NUMBER, TK_BLOB, TK_PUNCT (an operator or punctuation),
** or TK_END at the end of the text.
*/
int migrateToken(const char *z, int *peType){
  int i;
  unsigned char c = (unsigned char)z[0];
  if( c==0 ){ *peType = TK_END; return 0; }
  if( migrateIsSpace((char)c) ){
    for(i=1; migrateIsSpace(z[i]); i++){}
    *peType = TK_SPACE;
    return i;
  }
  if( c=='-' && z[1]=='-' ){
    for(i=2; z[i] && z[i]!='\n'; i++){}
    *peType = TK_SPACE;
    return i;
  }
  if( c=='/' && z[1]=='*' ){
    for(i=2; z[i] && !(z[i]=='*' && z[i+1]=='/'); i++){}
    *peType = TK_SPACE;
    return z[i] ? i+2 : i;
  }
  if( c=='\'' || c=='"' || c=='`' || c=='[' ){
    char cEnd = c=='[' ? ']' : (char)c;
    for(i=1; z[i]; i++){
      if( z[i]==cEnd ){
        if( cEnd!=']' && z[i+1]==cEnd ){ i++; continue; }
        break;
      }
    }
    *peType = c=='\'' ? TK_STRING : TK_ID;
    return z[i] ? i+1 : i;
  }
  if( (c=='x' || c=='X') && z[1]=='\'' ){
    for(i=2; z[i] && z[i]!='\''; i++){}
    *peType = TK_BLOB;
    return z[i] ? i+1 : i;
  }
  if( (c>='0' && c<='9') || (c=='.' && z[1]>='0' && z[1]<='9') ){
    *peType = TK_NUMBER;
    return tokenNumber(z);
  }
  if( (c>='a' && c<='z') || (c>='A' && c<='Z') || c=='_' || c>=0x80 ){
    for(i=1; TOKEN_IDCHAR(z[i]); i++){}
    *peType = TK_WORD;
    return i;
  }
  *peType = TK_PUNCT;
  if( (c=='|' && z[1]=='|') || (c=='<' && (z[1]=='=' || z[1]=='>'
      || z[1]=='<')) || (c=='>' && (z[1]=='=' || z[1]=='>'))
   || (c=='!' && z[1]=='=') || (c=='=' && z[1]=='=') ){
    return 2;
  }
  if( c=='-' && z[1]=='>' ) return z[2]=='>' ? 3 : 2;
  return 1;
}

/* Is token z (n bytes, of type e) the word zWord (any case)? */
int migrateIsWord(const char *z, int n, int e, const char *zWord){
  return e==TK_WORD && n==(int)strlen(zWord) && sqlite3_strnicmp(z, zWord, n)==0;
}

/*
** Where statements end.  The answer is SQLite's, as sqlite3_complete()
** gives it, from one state machine over the tokens of migrateToken(), so
** that it does not depend on the SQLite that loaded the extension: a ";"
** ends a statement, except in [EXPLAIN] CREATE [TEMP] TRIGGER, which ends
** only at the ";" of "; END ;" (an END closing a CASE inside the body does
** not count).  One difference, on purpose: a "--" comment that runs to the
** end of the text is white space, as SQLite took it up to 3.53.
*/
#define STMT_NOTHING 0       /* nothing but white space yet */
#define STMT_START   1       /* just after a statement's ";" */
#define STMT_TRIGGER 5       /* in a CREATE TRIGGER */

/* The state after the token z (n bytes, of type e) in state s. */
static int tokenStmtNext(int s, const char *z, int n, int e){
  enum { SEMI, OTHER, EXPLAIN, CREATE, TEMP, TRIGGER, END } t = OTHER;
  static const unsigned char aTrans[8][7] = {
    /*                 SEMI OTHER EXPLAIN CREATE TEMP TRIGGER END */
    /* 0 NOTHING */  {   1,   2,     3,     4,    2,     2,    2 },
    /* 1 START   */  {   1,   2,     3,     4,    2,     2,    2 },
    /* 2 NORMAL  */  {   1,   2,     2,     2,    2,     2,    2 },
    /* 3 EXPLAIN */  {   1,   3,     2,     4,    2,     2,    2 },
    /* 4 CREATE  */  {   1,   2,     2,     2,    4,     5,    2 },
    /* 5 TRIGGER */  {   6,   5,     5,     5,    5,     5,    5 },
    /* 6 SEMI    */  {   6,   5,     5,     5,    5,     5,    7 },
    /* 7 END     */  {   1,   5,     5,     5,    5,     5,    5 },
  };
  if( e==TK_SPACE ) return s;
  if( e==TK_PUNCT && z[0]==';' ) t = SEMI;
  else if( migrateIsWord(z, n, e, "CREATE") ) t = CREATE;
  else if( migrateIsWord(z, n, e, "TRIGGER") ) t = TRIGGER;
  else if( migrateIsWord(z, n, e, "END") ) t = END;
  else if( migrateIsWord(z, n, e, "EXPLAIN") ) t = EXPLAIN;
  else if( migrateIsWord(z, n, e, "TEMP") || migrateIsWord(z, n, e, "TEMPORARY") ){
    t = TEMP;
  }
  return aTrans[s][t];
}

/*
** The length of the first statement of z: through the ";" that ends it, or
** to the end of the text when none does.
*/
int migrateStmtLength(const char *z){
  int i = 0, n, e, s = STMT_NOTHING;
  while( (n = migrateToken(&z[i], &e))>0 ){
    s = tokenStmtNext(s, &z[i], n, e);
    i += n;
    if( s==STMT_START ) break;
  }
  return i;
}

/*
** Does z hold at least one statement, and end where a statement ends (no
** statement, trigger body, string or comment left open)?
*/
int migrateSqlComplete(const char *z){
  int n, e, s = STMT_NOTHING, bOpen = 0;
  for(; (n = migrateToken(z, &e))>0; z+=n){
    s = tokenStmtNext(s, z, n, e);
    bOpen = e==TK_SPACE && z[0]=='/' && (n<4 || z[n-2]!='*' || z[n-1]!='/');
  }
  return s==STMT_START && !bOpen;
}

/*
** The name token z (n bytes) without its quotes, into zOut (n+1 bytes):
** "a""b", [a], `a` and 'a' as SQLite reads them; a bare word as it is.
*/
void migrateUnquoteInto(char *zOut, const char *z, int n){
  char cEnd = z[0]=='[' ? ']' : z[0];
  int k, j = 0;
  if( n<2 || !(z[0]=='"' || z[0]=='[' || z[0]=='`' || z[0]=='\'') ){
    memcpy(zOut, z, n);
    zOut[n] = 0;
    return;
  }
  for(k=1; k<n-1; k++){
    if( z[k]==cEnd && cEnd!=']' ) k++;
    zOut[j++] = z[k];
  }
  zOut[j] = 0;
}

/* The name token z (n bytes), without its quotes, or NULL. */
char *migrateUnquote(const char *z, int n){
  char *zOut = sqlite3_malloc64((sqlite3_uint64)n+1);
  if( zOut ) migrateUnquoteInto(zOut, z, n);
  return zOut;
}

/*
** Append SQL text z to s closed, so that more SQL can follow it: a block
** comment left open is closed, a line comment at the end gets its newline,
** and ";" ends the last statement (always if bAlways, else only when it
** has none and there is a statement at all); then a newline.
*/
void migrateAppendClosed(sqlite3_str *s, const char *z, int bAlways){
  const char *p, *zLast = 0;
  int e, n, nLast = 0, eLast = TK_END, bSemi = 0, bStmt = 0;
  for(p=z; (n = migrateToken(p, &e))>0; p+=n){
    zLast = p; nLast = n; eLast = e;
    if( e!=TK_SPACE ){
      bStmt = 1;
      bSemi = e==TK_PUNCT && p[0]==';';
    }
  }
  sqlite3_str_appendall(s, z);
  if( eLast==TK_SPACE && nLast>=2 && zLast[0]=='/' && zLast[1]=='*'
   && !(nLast>=4 && zLast[nLast-2]=='*' && zLast[nLast-1]=='/') ){
    sqlite3_str_appendall(s, " */");
  }else if( eLast==TK_SPACE && nLast>=2 && zLast[0]=='-' && zLast[1]=='-' ){
    sqlite3_str_appendchar(s, 1, '\n');
  }
  if( bAlways || (bStmt && !bSemi) ) sqlite3_str_appendchar(s, 1, ';');
  sqlite3_str_appendchar(s, 1, '\n');
}

/* As migrateAppendClosed(z, 1), into new text. */
char *migrateClosedStmt(const char *z){
  sqlite3_str *s = sqlite3_str_new(0);
  migrateAppendClosed(s, z, 1);
  return migrateStrFinish(s);
}

/*
** Is the quoted identifier z (n bytes, quotes included) one of the
** keywords that SQLite takes as an identifier wherever the keyword does
** not parse ("%fallback ID" in its grammar)?  Then "key" and key mean the
** same, and the canonical form spells both bare.  CURRENT_DATE, _TIME and
** _TIMESTAMP are left out: bare, they are values, not names.
*/
static int tokenFallbackWord(const char *z, int m){
  static const char *const azWord[] = {
    "ABORT", "ACTION", "AFTER", "ALWAYS", "ANALYZE", "ASC", "ATTACH",
    "BEFORE", "BEGIN", "BY", "CASCADE", "CAST", "COLUMN", "CONFLICT",
    "CURRENT", "DATABASE", "DEFERRED", "DESC", "DETACH", "DO", "EACH", "END",
    "EXCLUDE", "EXCLUSIVE", "EXPLAIN", "FAIL", "FIRST", "FOLLOWING", "FOR",
    "GENERATED", "GLOB", "GROUPS", "IF", "IGNORE", "IMMEDIATE", "INDEXED",
    "INITIALLY", "INSTEAD", "KEY", "LAST", "LIKE", "MATCH", "MATERIALIZED",
    "NO", "NULLS", "OF", "OFFSET", "OTHERS", "PARTITION", "PLAN", "PRAGMA",
    "PRECEDING", "QUERY", "RAISE", "RANGE", "RECURSIVE", "REGEXP", "REINDEX",
    "RELEASE", "RENAME", "REPLACE", "RESTRICT", "ROLLBACK", "ROW", "ROWS",
    "SAVEPOINT", "TEMP", "TEMPORARY", "TIES", "TRIGGER", "UNBOUNDED",
    "VACUUM", "VIEW", "VIRTUAL", "WITH", "WITHOUT", 0
  };
  int lo = 0, hi = (int)(sizeof(azWord)/sizeof(azWord[0])) - 2;
  if( m<2 || m>12 ) return 0;
  while( lo<=hi ){                     /* azWord is sorted: bisect it */
    int mid = (lo+hi)/2;
    int c = sqlite3_strnicmp(azWord[mid], z, m);
    if( c==0 && azWord[mid][m]!=0 ) c = 1;
    if( c==0 ) return 1;
    if( c<0 ) lo = mid+1; else hi = mid-1;
  }
  return 0;
}

static int tokenCanonFallback(const char *z, int n){
  return tokenFallbackWord(z+1, n-2);
}

/*
** Does the token z (n bytes, of type e) end a term, so that an ASC after
** it is a sort order ("c ASC", "f(x) ASC", "PRIMARY KEY ASC") and not a
** name ("INDEX asc", "(asc", "OR asc")?  Names, literals, ")" and the
** keywords that SQLite also takes as names do; LIKE, GLOB, MATCH and
** REGEXP only where they are names, not operators: where no term ends
** just before them (bPrevEnd false).
*/
static int tokenEndsTerm(const char *z, int n, int e, int bPrevEnd){
  if( e==TK_ID || e==TK_STRING || e==TK_NUMBER || e==TK_BLOB ) return 1;
  if( e==TK_PUNCT ) return z[0]==')';
  if( e!=TK_WORD ) return 0;
  if( !sqlite3_keyword_check(z, n) ) return 1;
  if( migrateIsWord(z, n, e, "NULL") ) return 1;
  if( migrateIsWord(z, n, e, "LIKE") || migrateIsWord(z, n, e, "GLOB")
   || migrateIsWord(z, n, e, "MATCH") || migrateIsWord(z, n, e, "REGEXP") ){
    return !bPrevEnd;
  }
  return tokenFallbackWord(z, n);
}

/* Append the canonical form of one token to b. */
static void tokenCanonToken(MigrateBuf *b, const char *z, int n, int eType){
  int i;
  if( eType==TK_ID || eType==TK_WORD ){
    /* upper-cased and in double quotes; keywords bare, and so are the
    ** quoted identifiers that are such keywords */
    int bQuote = eType==TK_ID ? !tokenCanonFallback(z, n)
                              : !sqlite3_keyword_check(z, n);
    char cEnd = eType==TK_ID ? (z[0]=='[' ? ']' : z[0]) : 0;
    int iFirst = eType==TK_ID ? 1 : 0;
    int iLast = eType==TK_ID ? n-1 : n;
    if( bQuote ) migrateBufChar(b, '"');
    for(i=iFirst; i<iLast; i++){
      char c = z[i];
      if( cEnd && c==cEnd && cEnd!=']' && i+1<iLast && z[i+1]==cEnd ) i++;
      if( c>='a' && c<='z' ) c -= 'a'-'A';
      if( c=='"' ) migrateBufChar(b, '"');
      migrateBufChar(b, c);
    }
    if( bQuote ) migrateBufChar(b, '"');
  }else if( eType==TK_PUNCT && n==2 && z[0]=='!' ){
    migrateBufAppend(b, "<>", 2);
  }else if( eType==TK_PUNCT && n==2 && z[0]=='=' ){
    migrateBufChar(b, '=');
  }else if( eType==TK_BLOB ){
    migrateBufChar(b, 'X');
    for(i=1; i<n; i++){
      char c = z[i];
      if( c>='a' && c<='f' ) c -= 'a'-'A';
      migrateBufChar(b, c);
    }
  }else{
    migrateBufAppend(b, z, n);
  }
}

/*
** Is the double-quoted name z (n bytes) a string to SQLite, in an
** expression of a table (pCols), where names are its columns?  SQLite
** reads "x" as the string 'x' where no column is x, and ALTER TABLE
** rewrites it so; a name before "." or "(", or after COLLATE, AS or "."
** is not an expression's operand.  Outside a table, it is a name.
*/
static int tokenDqsString(const char *z, int n, const MigrateCols *pCols,
                          int bAfterName){
  const char *zNext;
  int rc;
  char *zName;
  if( pCols==0 || z[0]!='"' || bAfterName ) return 0;
  zNext = migrateSkipSpace(z+n);
  if( zNext[0]=='.' || zNext[0]=='(' ) return 0;
  zName = migrateUnquote(z, n);
  if( zName==0 ) return 0;
  rc = !pCols->xHas(pCols->pCtx, zName);
  sqlite3_free(zName);
  return rc;
}

/* Append double-quoted name z (n bytes) to b as a string literal. */
static void tokenAppendAsString(MigrateBuf *b, const char *z, int n){
  int i;
  migrateBufChar(b, '\'');
  for(i=1; i<n-1; i++){
    if( z[i]=='"' ) i++;                   /* "" is one " */
    if( z[i]=='\'' ) migrateBufChar(b, '\'');
    migrateBufChar(b, z[i]);
  }
  migrateBufChar(b, '\'');
}

/*
** Append the canonical form of the first n bytes of SQL text z (all of it
** if n<0) to b: tokens separated by one space, white space and comments
** dropped, words and identifiers upper-cased, identifiers that are not
** keywords quoted, != and == spelt <> and =, ASC dropped where it is a
** sort order (but kept where it is a name), and with pCols the
** double-quoted names that SQLite reads as strings written as strings.
** Two texts with the same meaning under SQLite's case-insensitive names
** have the same canonical form.
*/
static void tokenCanon(MigrateBuf *b, const char *z, int n,
                       const MigrateCols *pCols){
  int i = 0, nTok = 0;
  int eHead = 0;               /* 1: in the head of a CREATE statement */
  int iP = -1, nP = 0, eP = 0; /* the token before (offset, length, type) */
  int iPP = -1, nPP = 0, ePP = 0;           /* and the one before that */
  if( n<0 ) n = (int)strlen(z);
  while( i<n ){
    int eType, len = migrateToken(&z[i], &eType);
    if( len==0 ) break;
    if( i+len>n ) len = n-i;
    if( eType==TK_SPACE ){ i += len; continue; }
    /* the names of a CREATE statement's head (up to "(", AS, WHEN, FOR
    ** or BEGIN) may be written as strings, which SQLite takes as names */
    if( nTok==0 ) eHead = migrateIsWord(&z[i], len, eType, "CREATE");
    else if( eHead && (eType==TK_PUNCT || migrateIsWord(&z[i],len,eType,"AS")
          || migrateIsWord(&z[i], len, eType, "WHEN")
          || migrateIsWord(&z[i], len, eType, "FOR")
          || migrateIsWord(&z[i], len, eType, "BEGIN")) ){
      eHead = eType==TK_PUNCT && z[i]=='.';
    }
    if( eHead && eType==TK_STRING ) eType = TK_ID;
    if( !(eType==TK_PUNCT && z[i]==';')
     && !(iP>=0 && migrateIsWord(&z[i], len, eType, "ASC")
          && tokenEndsTerm(&z[iP], nP, eP, iPP>=0
                           && tokenEndsTerm(&z[iPP], nPP, ePP, 0))) ){
      if( nTok++ ) migrateBufChar(b, ' ');
      if( eType==TK_ID && !eHead && pCols && z[i]=='"'
       && tokenDqsString(&z[i], len, pCols, iP>=0
              && ((eP==TK_PUNCT && z[iP]=='.')
                  || migrateIsWord(&z[iP], nP, eP, "COLLATE")
                  || migrateIsWord(&z[iP], nP, eP, "AS"))) ){
        tokenAppendAsString(b, &z[i], len);
      }else{
        tokenCanonToken(b, &z[i], len, eType);
      }
    }
    iPP = iP; nPP = nP; ePP = eP;
    iP = i; nP = len; eP = eType;
    i += len;
  }
}

void migrateCanonAppend(MigrateBuf *b, const char *z, int n){
  tokenCanon(b, z, n, 0);
}

char *migrateCanonN(const char *z, int n){
  MigrateBuf b;
  migrateBufInit(&b);
  migrateCanonAppend(&b, z, n);
  return migrateBufFinish(&b);
}

char *migrateCanon(const char *z){
  return migrateCanonN(z, -1);
}

/* The canonical form of statement z, a double-quoted name that is none
** of pCols written as a string (outside the head of a CREATE). */
char *migrateCanonCols(const char *z, const MigrateCols *pCols){
  MigrateBuf b;
  migrateBufInit(&b);
  tokenCanon(&b, z, -1, pCols);
  return migrateBufFinish(&b);
}

/*
** Append the canonical form of expression z (n bytes, or all) to b,
** without parentheses that enclose all of it; pCols as for tokenCanon().
*/
void migrateCanonExprAppend(MigrateBuf *b, const char *z, int n,
                            const MigrateCols *pCols){
  int iStart = b->n;
  tokenCanon(b, z, n, pCols);
  while( !b->bNoMem ){
    char *zC = &b->z[iStart];
    int m = b->n - iStart, i, depth = 0, bWhole = 1;
    if( m<4 || zC[0]!='(' || zC[m-1]!=')' ) break;
    /* drop the outer pair only if it encloses the whole expression */
    for(i=0; i<m; i++){
      if( zC[i]=='\'' || zC[i]=='"' ){
        char q = zC[i];
        for(i++; i<m && zC[i]!=q; i++){}
        continue;
      }
      if( zC[i]=='(' ) depth++;
      if( zC[i]==')' && --depth==0 && i<m-1 ){ bWhole = 0; break; }
    }
    if( !bWhole ) break;
    memmove(zC, zC+2, m-4);              /* "( " and " )" */
    b->n -= 4;
  }
}

/* The canonical form of an expression, as a new text. */
char *migrateCanonExpr(const char *z, int n){
  MigrateBuf b;
  migrateBufInit(&b);
  migrateCanonExprAppend(&b, z, n, 0);
  return migrateBufFinish(&b);
}

/* Is the first word of zSql one of azWord (NULL-terminated, any case)? */
int migrateFirstWordIn(const char *zSql, const char *const *azWord){
  int e, n, i;
  zSql = migrateSkipSpace(zSql);
  n = migrateToken(zSql, &e);
  for(i=0; e==TK_WORD && azWord[i]; i++){
    if( (int)strlen(azWord[i])==n && sqlite3_strnicmp(azWord[i], zSql, n)==0 ){
      return 1;
    }
  }
  return 0;
}
