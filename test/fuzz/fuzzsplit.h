/*
** fuzzsplit.h - the statement splitter of the extension (ext/tokenize.c:
** migrateToken, migrateStmtLength, migrateSqlComplete) against SQLite's
** own sqlite3_complete(), on the same text.  Used by fuzz_split.c (alone,
** fast) and fuzz_ddl.c (on every model text, through fuzzmodel.h).
**
**   S1  migrateSqlComplete(z) is sqlite3_complete(z followed by a
**       newline).  The newline: a text that ends inside a "--" comment
**       (no newline after it) is complete for us on purpose, as SQLite
**       took it up to 3.53 (ext/tokenize.c), whatever the SQLite linked here
**       says; with the newline, the comment is white space for both.
**   S2  every statement that migrateStmtLength() cuts, from the start of
**       the text on, ends where the shortest prefix of the rest that
**       sqlite3_complete() calls complete ends (at a ";"), or at the end
**       of the text when no prefix is complete.
**
** sqlite3_complete()'s rules (src/complete.c): a ";" ends a statement,
** except in [EXPLAIN] CREATE [TEMP|TEMPORARY] TRIGGER, which ends only at
** "; END ;" (white space and comments between); strings '...', quoted
** names "...", `...`, [...], block and "--" comments hide what they hold
** (an unterminated one: incomplete); a word is a run of letters, digits,
** "_", "$" and bytes >= 0x80, and only the words CREATE, TEMP, TEMPORARY,
** TRIGGER, END and EXPLAIN count.  A disagreement aborts (a bug).
*/
#ifndef FUZZSPLIT_H
#define FUZZSPLIT_H
#include "migrate.h"
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void fuzzSplitFail(const char *zWhat, const char *zText,
                          const char *z1, const char *z2){
  fprintf(stderr, "FUZZ CHECK FAILED: %s\n  text: %s\n  1: %s\n  2: %s\n",
          zWhat, zText, z1, z2);
  abort();
}

/* S1, S2 on the text z (a bounded amount of work: texts up to 20000
** bytes, 4000 prefixes). */
static void fuzzSplit(const char *z){
  size_t n = strlen(z), iStart = 0, i;
  char *zBuf;
  char zOurs[120], zLite[120];
  int bOurs, bLite, nWork = 0;
  if( n>20000 ) return;
  zBuf = malloc(n+2);
  if( zBuf==0 ) return;
  memcpy(zBuf, z, n);
  zBuf[n] = '\n';
  zBuf[n+1] = 0;
  bOurs = migrateSqlComplete(z);
  bLite = sqlite3_complete(zBuf);
  if( bOurs!=bLite ){
    snprintf(zOurs, sizeof(zOurs), "migrateSqlComplete: %d", bOurs);
    snprintf(zLite, sizeof(zLite), "sqlite3_complete (text and a newline): %d",
             bLite);
    fuzzSplitFail("S1: our splitter and sqlite3_complete() disagree", z,
                  zOurs, zLite);
  }
  while( iStart<n ){
    size_t nOurs = (size_t)migrateStmtLength(&z[iStart]);
    size_t nLite = n - iStart;
    for(i=iStart; i<n; i++){
      if( z[i]!=';' ) continue;
      if( ++nWork>4000 ) goto done;
      memcpy(zBuf, &z[iStart], i+1-iStart);
      zBuf[i+1-iStart] = '\n';
      zBuf[i+2-iStart] = 0;
      if( sqlite3_complete(zBuf) ){ nLite = i+1-iStart; break; }
    }
    if( nOurs!=nLite ){
      snprintf(zOurs, sizeof(zOurs), "migrateStmtLength: the statement at "
               "byte %d has %d bytes", (int)iStart, (int)nOurs);
      snprintf(zLite, sizeof(zLite), "sqlite3_complete: %d bytes", (int)nLite);
      fuzzSplitFail("S2: our splitter and sqlite3_complete() cut differently",
                    z, zOurs, zLite);
    }
    if( nOurs==0 ) break;
    iStart += nOurs;
  }
done:
  free(zBuf);
}
#endif /* FUZZSPLIT_H */
