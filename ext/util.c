/*
** util.c - the leaves: text, buffers, lists, arrays, one name hash, one
** white-space test, one error prefix, and the checks that keep error
** messages valid UTF-8.  Nothing here knows about migrations; everything
** above uses it, and it uses only SQLite's allocator.
**
**   migrateStrdup(), migrateStrndup()     copies (sqlite3_malloc64)
**   migrateStrFinish(s)                   an sqlite3_str's text, "" for none
**   MigrateBuf                            a text built on the stack first
**   migrateGrow(a, n, sz)                 room for one more array element
**   migrateSplitList(), migrateFreeList() comma-separated lists
**   migrateNameHash(z)                    a hash of a name, any case
**   migrateIsSpace(c)                     SQLite's white space (inline, in
**                                         migrate.h: the readers' hot loops)
**   migrateErrPrefix(zFunc, zErr)         "zFunc: zErr", once
**   migrateUtf8Clean(), migrateExcerptLen()  messages stay valid UTF-8
**   migrateStrMask(s, iFrom)              control characters shown as '?'
**   migrateNewId(), migrateNow()          a new revision id; the time
*/
#include "migrate.h"
#include <string.h>
#include <time.h>

/* sqlite3_str_finish(), but an empty text is "" rather than NULL: NULL
** then always means out of memory. */
char *migrateStrFinish(sqlite3_str *s){
  int rc = sqlite3_str_errcode(s);
  char *z = sqlite3_str_finish(s);
  if( z==0 && rc==SQLITE_OK ) z = sqlite3_mprintf("");
  return z;
}

/* A copy of the first n bytes of z (none if n<0), or NULL. */
char *migrateStrndup(const char *z, int n){
  char *zNew;
  if( n<0 ) n = 0;
  zNew = sqlite3_malloc64((sqlite3_uint64)n+1);
  if( zNew ){
    memcpy(zNew, z, n);
    zNew[n] = 0;
  }
  return zNew;
}

/* A copy of z, or NULL. */
char *migrateStrdup(const char *z){
  return migrateStrndup(z, (int)strlen(z));
}

/*
** The length of the valid UTF-8 character at z (at most n bytes), or 0 if
** the bytes there are not one: a stray continuation byte, a sequence cut
** short, an overlong form, a surrogate or a code point past U+10FFFF.
*/
static int utilUtf8Len(const unsigned char *z, size_t n){
  int len, i;
  unsigned c = z[0];
  if( c<0x80 ) return 1;
  if( c<0xc2 || c>0xf4 ) return 0;
  len = c<0xe0 ? 2 : c<0xf0 ? 3 : 4;
  if( n<(size_t)len ) return 0;
  for(i=1; i<len; i++) if( (z[i]&0xc0)!=0x80 ) return 0;
  if( c==0xe0 && z[1]<0xa0 ) return 0;          /* overlong */
  if( c==0xed && z[1]>=0xa0 ) return 0;         /* surrogate */
  if( c==0xf0 && z[1]<0x90 ) return 0;          /* overlong */
  if( c==0xf4 && z[1]>=0x90 ) return 0;         /* past U+10FFFF */
  return len;
}

/*
** The length of an excerpt of z (n bytes) of at most nMax bytes that does
** not end inside a UTF-8 character.
*/
int migrateExcerptLen(const char *z, int n, int nMax){
  if( n<=nMax ) return n;
  while( nMax>0 && (z[nMax]&0xc0)==0x80 ) nMax--;
  return nMax;
}

/*
** z itself if it is valid UTF-8, else a new text in which every byte that
** is not part of a valid character is written \xHH; z is then freed.
** Error messages pass through here, as they may quote any input.  NULL in
** (or out of memory), NULL out.
*/
char *migrateUtf8Clean(char *z){
  size_t i, n;
  sqlite3_str *s;
  if( z==0 ) return 0;
  n = strlen(z);
  for(i=0; i<n; ){
    int len = utilUtf8Len((const unsigned char*)&z[i], n-i);
    if( len==0 ) break;
    i += len;
  }
  if( i==n ) return z;
  s = sqlite3_str_new(0);
  sqlite3_str_append(s, z, (int)i);
  while( i<n ){
    int len = utilUtf8Len((const unsigned char*)&z[i], n-i);
    if( len==0 ){
      sqlite3_str_appendf(s, "\\x%02x", (unsigned char)z[i]);
      len = 1;
    }else{
      sqlite3_str_append(s, &z[i], len);
    }
    i += len;
  }
  sqlite3_free(z);
  return migrateStrFinish(s);
}

void migrateBufInit(MigrateBuf *b){
  b->z = b->aSpace;
  b->n = 0;
  b->nAlloc = (int)sizeof(b->aSpace);
  b->bNoMem = 0;
}

void migrateBufAppend(MigrateBuf *b, const char *z, int n){
  if( n<0 ) n = (int)strlen(z);
  if( b->bNoMem ) return;
  if( b->n+n>b->nAlloc ){
    sqlite3_int64 nNew = ((sqlite3_int64)b->n + n)*2;
    char *zNew;
    if( nNew>0x7fffff00 ){
      zNew = 0;
    }else if( b->z==b->aSpace ){
      zNew = sqlite3_malloc64(nNew);
      if( zNew ) memcpy(zNew, b->z, b->n);
    }else{
      zNew = sqlite3_realloc64(b->z, nNew);
    }
    if( zNew==0 ){
      migrateBufClear(b);
      b->bNoMem = 1;
      return;
    }
    b->z = zNew;
    b->nAlloc = (int)nNew;
  }
  memcpy(b->z+b->n, z, n);
  b->n += n;
}

char *migrateBufFinish(MigrateBuf *b){
  char *z = b->bNoMem ? 0 : migrateStrndup(b->z, b->n);
  migrateBufClear(b);
  return z;
}

void migrateBufClear(MigrateBuf *b){
  if( b->z!=b->aSpace ) sqlite3_free(b->z);
  migrateBufInit(b);
}


/* A copy of the n bytes at z, trimmed of white space at both ends. */
char *migrateTrimDup(const char *z, size_t n){
  while( n>0 && migrateIsSpace(z[0]) ){ z++; n--; }
  while( n>0 && migrateIsSpace(z[n-1]) ) n--;
  return migrateStrndup(z, (int)n);
}

void migrateFreeList(char **az, int n){
  int i;
  if( az==0 ) return;
  for(i=0; i<n; i++) sqlite3_free(az[i]);
  sqlite3_free(az);
}

/* Append a copy of z to the list *paz of *pn items. */
int migrateListAdd(char ***paz, int *pn, const char *z){
  char *zCopy = migrateStrdup(z);
  char **azNew = zCopy ? migrateGrow(*paz, *pn, sizeof(char*)) : 0;
  if( azNew==0 ){
    sqlite3_free(zCopy);
    return SQLITE_NOMEM;
  }
  azNew[(*pn)++] = zCopy;
  *paz = azNew;
  return SQLITE_OK;
}

/* Split the comma-separated list z into trimmed non-empty items. */
int migrateSplitList(const char *z, char ***paz, int *pn){
  char **az = 0;
  int n = 0;
  *paz = 0; *pn = 0;
  while( z && *z ){
    const char *zEnd = strchr(z, ',');
    size_t len = zEnd ? (size_t)(zEnd-z) : strlen(z);
    char *zItem = migrateTrimDup(z, len);
    if( zItem==0 ){ migrateFreeList(az, n); return SQLITE_NOMEM; }
    if( zItem[0] ){
      char **azNew = migrateGrow(az, n, sizeof(char*));
      if( azNew==0 ){
        sqlite3_free(zItem); migrateFreeList(az, n); return SQLITE_NOMEM;
      }
      az = azNew;
      az[n++] = zItem;
    }else{
      sqlite3_free(zItem);
    }
    z = zEnd ? zEnd+1 : z+len;
  }
  *paz = az; *pn = n;
  return SQLITE_OK;
}

/* 12 random lowercase hex digits. */
char *migrateNewId(void){
  unsigned char a[6];
  sqlite3_randomness(sizeof(a), a);
  return sqlite3_mprintf("%02x%02x%02x%02x%02x%02x",
                         a[0], a[1], a[2], a[3], a[4], a[5]);
}

/* The current time, UTC, as "YYYY-MM-DD HH:MM:SS". */
char *migrateNow(void){
  time_t t = time(0);
  struct tm tm;
  gmtime_r(&t, &tm);
  return sqlite3_mprintf("%04d-%02d-%02d %02d:%02d:%02d",
      tm.tm_year+1900, tm.tm_mon+1, tm.tm_mday,
      tm.tm_hour, tm.tm_min, tm.tm_sec);
}

/*
** Room for element n of array a, which holds n elements of sz bytes and
** only ever grows through here: its size is a power of two (4 at least),
** so it grows, doubling, when n is 0 or a power of two.  The array, or
** NULL when memory runs out (a is then still valid).  An array may shrink
** (n goes down) and grow again: it is never smaller than this assumes.
*/
void *migrateGrow(void *a, int n, size_t sz){
  if( n>0 && (n<4 || (n & (n-1))!=0) ) return a;
  return sqlite3_realloc64(a, sz*(n==0 ? 4 : 2*(sqlite3_uint64)n));
}

/* Append v to the array *pa of *pn integers (grown by migrateGrow()). */
int migrateIntPush(int **pa, int *pn, int v){
  int *aNew = migrateGrow(*pa, *pn, sizeof(int));
  if( aNew==0 ) return SQLITE_NOMEM;
  aNew[(*pn)++] = v;
  *pa = aNew;
  return SQLITE_OK;
}

/* A hash of a name that ignores ASCII case, as SQLite's names do. */
unsigned migrateNameHash(const char *z){
  unsigned h = 0;
  for(; *z; z++){
    unsigned char c = (unsigned char)*z;
    if( c>='A' && c<='Z' ) c += 'a'-'A';
    h = h*31 + c;
  }
  return h;
}

/*
** The error message zErr as "zFunc: zErr" (unless it says so already); zErr
** is freed.  NULL (out of memory) stays NULL.
*/
char *migrateErrPrefix(const char *zFunc, char *zErr){
  size_t n = strlen(zFunc);
  char *z;
  if( zErr==0 || (strncmp(zErr, zFunc, n)==0 && zErr[n]==':') ) return zErr;
  z = sqlite3_mprintf("%s: %s", zFunc, zErr);
  sqlite3_free(zErr);
  return z;
}

/*
** Show every control character of s from byte iFrom on as '?': text that
** goes into a comment line of generated SQL, or into one line of a list,
** cannot end that line (and have the rest of itself read as SQL).
*/
void migrateStrMask(sqlite3_str *s, int iFrom){
  char *z = sqlite3_str_value(s);
  int i, n = sqlite3_str_length(s);
  for(i=iFrom; z && i<n; i++){
    if( (unsigned char)z[i]<0x20 || z[i]==0x7f ) z[i] = '?';
  }
}

/* z with every run of white space (newlines included) one space. */
char *migrateOneLine(const char *z){
  sqlite3_str *s = sqlite3_str_new(0);
  int bSpace = 0;
  while( migrateIsSpace(*z) || *z=='\v' ) z++;
  for(; *z; z++){
    if( migrateIsSpace(*z) || *z=='\v' ){
      bSpace = 1;
    }else{
      if( bSpace ) sqlite3_str_appendchar(s, 1, ' ');
      bSpace = 0;
      sqlite3_str_appendchar(s, 1, *z);
    }
  }
  return migrateStrFinish(s);
}
