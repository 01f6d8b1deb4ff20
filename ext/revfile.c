/*
** revfile.c - revision files: read, parse, validate and write.
**
** Every *.sql file directly in the script directory is one revision.  A
** file is a header of "-- key: value" lines, then two sections:
**
**     -- revision: 3f2a9c1b7d4e
**     -- down_revision: 1a2b3c4d5e6f
**     -- branch_labels: shop
**     -- depends_on:
**     -- message: add email to user
**     -- create_date: 2026-11-21 10:00:00
**
**     -- migrate:upgrade
**     ALTER TABLE user ADD COLUMN email TEXT;
**
**     -- migrate:downgrade
**     ALTER TABLE user DROP COLUMN email;
**
** Header keys are revision and down_revision (both required; an empty
** down_revision marks a root), branch_labels, depends_on, message and
** create_date.  Blank lines may stand between header lines.  An unknown or
** repeated key is an error, so a typo cannot silently turn a revision into a
** root.  Lists are comma-separated.  A revision id is 1 to 32 letters, digits
** and '_'; a branch label may also hold '-' and '.'.  The two marker lines
** "-- migrate:upgrade" and "-- migrate:downgrade" must both be present, in
** that order, once each; a section is everything between its marker and the
** next one (or the end), with surrounding blank space trimmed.  A section may
** hold any SQL: it is later run statement by statement with SQLite's own
** parser, so triggers with inner semicolons need nothing special.
**
** Files written here are named <revision>_<slug>.sql, where the slug keeps
** only [a-z0-9_] of the message.  Because ids are validated and slugs are
** sanitized, a written file always lands directly in the script directory;
** it is created with O_EXCL, so nothing is ever overwritten.
*/
#include "migrate.h"
#include <string.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/stat.h>

char *migrateMprintf(const char *zFmt, ...){
  va_list ap;
  char *z;
  va_start(ap, zFmt);
  z = sqlite3_vmprintf(zFmt, ap);
  va_end(ap);
  return z;
}

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

/*
** The length of the valid UTF-8 character at z (at most n bytes), or 0 if
** the bytes there are not one: a stray continuation byte, a sequence cut
** short, an overlong form, a surrogate or a code point past U+10FFFF.
*/
static int utf8Len(const unsigned char *z, size_t n){
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
    int len = utf8Len((const unsigned char*)&z[i], n-i);
    if( len==0 ) break;
    i += len;
  }
  if( i==n ) return z;
  s = sqlite3_str_new(0);
  sqlite3_str_append(s, z, (int)i);
  while( i<n ){
    int len = utf8Len((const unsigned char*)&z[i], n-i);
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

/* A copy of z, or NULL. */
char *migrateStrdup(const char *z){
  return migrateStrndup(z, (int)strlen(z));
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

/* Skip white space and complete SQL comments. */
const char *migrateSkipSpace(const char *z){
  for(;;){
    /* SQLite's white space: no \v */
    while( *z==' ' || *z=='\t' || *z=='\n' || *z=='\r' || *z=='\f' ) z++;
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

void migrateFreeList(char **az, int n){
  int i;
  if( az==0 ) return;
  for(i=0; i<n; i++) sqlite3_free(az[i]);
  sqlite3_free(az);
}

static int isSpace(char c){
  return c==' ' || c=='\t' || c=='\r' || c=='\n' || c=='\f' || c=='\v';
}

/* Copy n bytes of z, trimmed of white space at both ends. */
static char *trimDup(const char *z, size_t n){
  while( n>0 && isSpace(z[0]) ){ z++; n--; }
  while( n>0 && isSpace(z[n-1]) ) n--;
  return sqlite3_mprintf("%.*s", (int)n, z);
}

/* Append a copy of z to the list *paz of *pn items. */
int migrateListAdd(char ***paz, int *pn, const char *z){
  char *zCopy = migrateStrdup(z);
  char **azNew = zCopy ? sqlite3_realloc64(*paz, sizeof(char*)*(*pn+1)) : 0;
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
    char *zItem = trimDup(z, len);
    if( zItem==0 ){ migrateFreeList(az, n); return SQLITE_NOMEM; }
    if( zItem[0] ){
      char **azNew = sqlite3_realloc64(az, sizeof(char*)*(n+1));
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

int migrateIdValid(const char *z){
  int i;
  for(i=0; z[i]; i++){
    char c = z[i];
    if( !((c>='a' && c<='z') || (c>='A' && c<='Z') || (c>='0' && c<='9')
       || c=='_') ) return 0;
  }
  return i>0 && i<=MIGRATE_MAX_ID;
}

/* Is z one of the target words that no revision may be called? */
int migrateIdReserved(const char *z){
  return strcmp(z, "head")==0 || strcmp(z, "heads")==0 || strcmp(z, "base")==0;
}

int migrateLabelValid(const char *z){
  int i;
  for(i=0; z[i]; i++){
    char c = z[i];
    if( !((c>='a' && c<='z') || (c>='A' && c<='Z') || (c>='0' && c<='9')
       || c=='_' || c=='-' || c=='.') ) return 0;
  }
  return i>0 && i<=64;
}

void migrateRevFree(MigrateRev *p){
  if( p==0 ) return;
  sqlite3_free(p->zId);
  migrateFreeList(p->azDown, p->nDown);
  migrateFreeList(p->azLabel, p->nLabel);
  migrateFreeList(p->azDep, p->nDep);
  sqlite3_free(p->zMessage);
  sqlite3_free(p->zDate);
  sqlite3_free(p->zPath);
  sqlite3_free(p->zUp);
  sqlite3_free(p->zDownSql);
  sqlite3_free(p->aPar);
  sqlite3_free(p->aDepIdx);
  sqlite3_free(p->aNorm);
  sqlite3_free(p->aKid);
  sqlite3_free(p->aDKid);
  sqlite3_free(p);
}

/* If line z[0..n) is "-- migrate:<zWord>", return 1. */
static int isMarker(const char *z, size_t n, const char *zWord){
  size_t nWord = strlen(zWord);
  if( n<2 || z[0]!='-' || z[1]!='-' ) return 0;
  z += 2; n -= 2;
  while( n>0 && (*z==' ' || *z=='\t') ){ z++; n--; }
  if( n<8+nWord || memcmp(z, "migrate:", 8)!=0 ) return 0;
  if( memcmp(z+8, zWord, nWord)!=0 ) return 0;
  z += 8+nWord; n -= 8+nWord;
  while( n>0 && isSpace(*z) ){ z++; n--; }
  return n==0;
}

static const char *azHeaderKey[] = {
  "revision", "down_revision", "branch_labels", "depends_on",
  "message", "create_date"
};

/*
** Parse the text of one revision file.  On error, *pzErr names the file
** and, where there is one, the line.
*/
int migrateRevParse(
  const char *zPath, const char *zText, size_t nText,
  MigrateRev **ppRev, char **pzErr
){
  MigrateRev *p;
  char *azVal[6] = {0,0,0,0,0,0};
  size_t i = 0;
  int iLine = 0;
  int rc = SQLITE_OK;
  size_t iUp = 0, iUpEnd = 0, iDown = 0;   /* section offsets */
  int eState = 0;          /* 0: header, 1: upgrade, 2: downgrade */
  int k;

  *ppRev = 0;
  if( memchr(zText, 0, nText) ){
    *pzErr = migrateMprintf("%s: not a text file (it holds a NUL byte)",
                            zPath);
    return SQLITE_ERROR;
  }
  while( i<nText && rc==SQLITE_OK ){
    size_t iStart = i, n;
    const char *zLine = &zText[i];
    while( i<nText && zText[i]!='\n' ) i++;
    n = i - iStart;
    if( i<nText ) i++;                  /* skip the \n */
    iLine++;
    if( isMarker(zLine, n, "upgrade") ){
      if( eState!=0 ){
        *pzErr = migrateMprintf("%s: line %d: a second '-- migrate:upgrade'"
                                " marker", zPath, iLine);
        rc = SQLITE_ERROR;
      }
      eState = 1;
      iUp = i;
      continue;
    }
    if( isMarker(zLine, n, "downgrade") ){
      if( eState!=1 ){
        *pzErr = migrateMprintf(eState==0 ?
            "%s: line %d: '-- migrate:downgrade' comes before "
            "'-- migrate:upgrade'" :
            "%s: line %d: a second '-- migrate:downgrade' marker",
            zPath, iLine);
        rc = SQLITE_ERROR;
      }
      eState = 2;
      iUpEnd = iStart;
      iDown = i;
      continue;
    }
    if( eState==0 ){
      const char *z = zLine;
      size_t m = n;
      const char *zColon;
      while( m>0 && isSpace(z[m-1]) ) m--;
      while( m>0 && isSpace(z[0]) ){ z++; m--; }
      if( m==0 ) continue;              /* blank line in the header */
      if( m<2 || z[0]!='-' || z[1]!='-'
       || (zColon = memchr(z, ':', m))==0 ){
        *pzErr = migrateMprintf("%s: line %d: expected a header line "
            "'-- key: value' or '-- migrate:upgrade', found '%.*s'",
            zPath, iLine, (int)(m>60?60:m), z);
        rc = SQLITE_ERROR;
        break;
      }else{
        const char *zKey = z+2;
        size_t nKey;
        while( zKey<zColon && isSpace(*zKey) ) zKey++;
        nKey = zColon - zKey;
        while( nKey>0 && isSpace(zKey[nKey-1]) ) nKey--;
        for(k=0; k<6; k++){
          if( strlen(azHeaderKey[k])==nKey
           && memcmp(azHeaderKey[k], zKey, nKey)==0 ) break;
        }
        if( k==6 ){
          *pzErr = migrateMprintf("%s: line %d: unknown header key '%.*s' "
              "(expected revision, down_revision, branch_labels, "
              "depends_on, message or create_date)",
              zPath, iLine, (int)nKey, zKey);
          rc = SQLITE_ERROR;
        }else if( azVal[k] ){
          *pzErr = migrateMprintf("%s: line %d: header key '%s' is repeated",
              zPath, iLine, azHeaderKey[k]);
          rc = SQLITE_ERROR;
        }else{
          azVal[k] = trimDup(zColon+1, (z+m) - (zColon+1));
          if( azVal[k]==0 ) rc = SQLITE_NOMEM;
        }
      }
    }
  }
  if( rc==SQLITE_OK && azVal[0]==0 ){
    *pzErr = migrateMprintf("%s: no '-- revision: <id>' header line", zPath);
    rc = SQLITE_ERROR;
  }
  if( rc==SQLITE_OK && !migrateIdValid(azVal[0]) ){
    *pzErr = migrateMprintf("%s: invalid revision id '%s' (1 to 32 letters, "
        "digits and _)", zPath, azVal[0]);
    rc = SQLITE_ERROR;
  }
  if( rc==SQLITE_OK && azVal[1]==0 ){
    *pzErr = migrateMprintf("%s: no '-- down_revision:' header line "
        "(leave its value empty for a root)", zPath);
    rc = SQLITE_ERROR;
  }
  if( rc==SQLITE_OK && eState==0 ){
    *pzErr = migrateMprintf("%s: missing section '-- migrate:upgrade'",
                            zPath);
    rc = SQLITE_ERROR;
  }
  if( rc==SQLITE_OK && eState==1 ){
    *pzErr = migrateMprintf("%s: missing section '-- migrate:downgrade'",
                            zPath);
    rc = SQLITE_ERROR;
  }
  if( rc!=SQLITE_OK ){
    for(k=0; k<6; k++) sqlite3_free(azVal[k]);
    return rc;
  }

  p = sqlite3_malloc64(sizeof(*p));
  if( p==0 ){
    for(k=0; k<6; k++) sqlite3_free(azVal[k]);
    return SQLITE_NOMEM;
  }
  memset(p, 0, sizeof(*p));
  p->zId = azVal[0];
  p->zMessage = azVal[4] ? azVal[4] : sqlite3_mprintf("");
  p->zDate = azVal[5] ? azVal[5] : sqlite3_mprintf("");
  p->zPath = sqlite3_mprintf("%s", zPath);
  p->zUp = trimDup(&zText[iUp], iUpEnd-iUp);
  p->zDownSql = trimDup(&zText[iDown], nText-iDown);
  if( p->zMessage==0 || p->zDate==0 || p->zPath==0 || p->zUp==0
   || p->zDownSql==0 ){
    rc = SQLITE_NOMEM;
  }
  if( rc==SQLITE_OK ) rc = migrateSplitList(azVal[1], &p->azDown, &p->nDown);
  if( rc==SQLITE_OK && azVal[2] ){
    rc = migrateSplitList(azVal[2], &p->azLabel, &p->nLabel);
  }
  if( rc==SQLITE_OK && azVal[3] ){
    rc = migrateSplitList(azVal[3], &p->azDep, &p->nDep);
  }
  sqlite3_free(azVal[1]);
  sqlite3_free(azVal[2]);
  sqlite3_free(azVal[3]);
  for(k=0; rc==SQLITE_OK && k<p->nDown; k++){
    if( !migrateIdValid(p->azDown[k]) ){
      *pzErr = migrateMprintf("%s: invalid down_revision '%s' (1 to 32 "
          "letters, digits and _)", zPath, p->azDown[k]);
      rc = SQLITE_ERROR;
    }
  }
  for(k=0; rc==SQLITE_OK && k<p->nLabel; k++){
    if( !migrateLabelValid(p->azLabel[k]) ){
      *pzErr = migrateMprintf("%s: invalid branch label '%s' (letters, "
          "digits, _, - and .)", zPath, p->azLabel[k]);
      rc = SQLITE_ERROR;
    }
  }
  for(k=0; rc==SQLITE_OK && k<p->nDep; k++){
    if( !migrateLabelValid(p->azDep[k]) ){
      *pzErr = migrateMprintf("%s: invalid depends_on entry '%s'",
                              zPath, p->azDep[k]);
      rc = SQLITE_ERROR;
    }
  }
  if( rc!=SQLITE_OK ){
    migrateRevFree(p);
    return rc;
  }
  migrateSha256Hex(p->zUp, strlen(p->zUp), p->zSum);
  *ppRev = p;
  return SQLITE_OK;
}

/*
** Read the file zName of the directory open as dirFd into memory from
** sqlite3_malloc64(), NUL-terminated.  *pbDir is set, and nothing read,
** if it is a directory.  zPath names it in messages.
*/
static int readWholeFile(int dirFd, const char *zName, const char *zPath,
                         char **pz, size_t *pn, int *pbDir, char **pzErr){
  /* O_NONBLOCK: a FIFO named like a revision must not hang the call */
  int fd = openat(dirFd, zName, O_RDONLY|O_NONBLOCK);
  struct stat st;
  char *z = 0;
  size_t n = 0, nAlloc;
  *pbDir = 0;
  if( fd<0 || fstat(fd, &st)!=0 ){
    if( fd>=0 && errno==EISDIR ){ close(fd); *pbDir = 1; return SQLITE_OK; }
    *pzErr = migrateMprintf("cannot read %s: %s", zPath, strerror(errno));
    if( fd>=0 ) close(fd);
    return SQLITE_ERROR;
  }
  if( S_ISDIR(st.st_mode) ){
    close(fd);
    *pbDir = 1;
    return SQLITE_OK;
  }
  if( !S_ISREG(st.st_mode) ){
    /* a FIFO, a device (/dev/zero...) or a socket is no revision file */
    *pzErr = migrateMprintf("cannot read %s: not a regular file", zPath);
    close(fd);
    return SQLITE_ERROR;
  }
  nAlloc = (size_t)st.st_size + 1;
  for(;;){
    ssize_t got;
    if( z==0 || n+1>=nAlloc ){
      char *zNew;
      if( z ) nAlloc *= 2;
      zNew = sqlite3_realloc64(z, nAlloc);
      if( zNew==0 ){ sqlite3_free(z); close(fd); return SQLITE_NOMEM; }
      z = zNew;
    }
    got = read(fd, z+n, nAlloc-n-1);
    if( got<0 && errno==EINTR ) continue;
    if( got<0 ){
      *pzErr = migrateMprintf("cannot read %s: %s", zPath, strerror(errno));
      sqlite3_free(z);
      close(fd);
      return SQLITE_ERROR;
    }
    if( got==0 ) break;
    n += (size_t)got;
  }
  close(fd);
  z[n] = 0;
  *pz = z;
  *pn = n;
  return SQLITE_OK;
}

static int cmpName(const void *a, const void *b){
  return strcmp(*(char*const*)a, *(char*const*)b);
}

/*
** Read and parse every revision file in zDir.  The array is in file-name
** order; the caller owns it.
*/
int migrateReadDir(const char *zDir, MigrateRev ***paRev, int *pnRev,
                   char **pzErr){
  DIR *d;
  struct dirent *e;
  char **azName = 0;
  int nName = 0, nAlloc = 0;
  MigrateRev **aRev = 0;
  int nRev = 0;
  int rc = SQLITE_OK;
  int i;

  *paRev = 0; *pnRev = 0;
  d = opendir(zDir);
  if( d==0 ){
    *pzErr = migrateMprintf(errno==ENOENT ?
        "script directory '%s' does not exist (create it with "
        "migrate_init())" : "cannot open script directory '%s': %s",
        zDir, strerror(errno));
    return SQLITE_ERROR;
  }
  while( rc==SQLITE_OK && (e = readdir(d))!=0 ){
    size_t n = strlen(e->d_name);
    if( e->d_name[0]=='.' || n<5 || strcmp(&e->d_name[n-4], ".sql")!=0 ){
      continue;
    }
    if( nName>=nAlloc ){
      char **azNew;
      nAlloc = nAlloc ? nAlloc*2 : 64;
      azNew = sqlite3_realloc64(azName, sizeof(char*)*nAlloc);
      if( azNew==0 ){ rc = SQLITE_NOMEM; break; }
      azName = azNew;
    }
    azName[nName] = sqlite3_mprintf("%s", e->d_name);
    if( azName[nName]==0 ) rc = SQLITE_NOMEM;
    else nName++;
  }
  if( rc==SQLITE_OK && nName>0 ){
    qsort(azName, nName, sizeof(char*), cmpName);
    aRev = sqlite3_malloc64(sizeof(MigrateRev*)*nName);
    if( aRev==0 ) rc = SQLITE_NOMEM;
  }
  for(i=0; rc==SQLITE_OK && i<nName; i++){
    char *zPath = sqlite3_mprintf("%s/%s", zDir, azName[i]);
    char *zText = 0;
    size_t nText = 0;
    int bDir = 0;
    if( zPath==0 ){ rc = SQLITE_NOMEM; break; }
    rc = readWholeFile(dirfd(d), azName[i], zPath, &zText, &nText, &bDir,
                       pzErr);
    /* a directory named *.sql is not a revision file: skip it */
    if( rc==SQLITE_OK && !bDir ){
      rc = migrateRevParse(zPath, zText, nText, &aRev[nRev], pzErr);
      if( rc==SQLITE_OK ) nRev++;
    }
    sqlite3_free(zText);
    sqlite3_free(zPath);
  }
  closedir(d);
  migrateFreeList(azName, nName);
  if( rc!=SQLITE_OK ){
    for(i=0; i<nRev; i++) migrateRevFree(aRev[i]);
    sqlite3_free(aRev);
    return rc;
  }
  *paRev = aRev;
  *pnRev = nRev;
  return SQLITE_OK;
}

static void appendList(sqlite3_str *p, char **az, int n){
  int i;
  for(i=0; i<n; i++) sqlite3_str_appendf(p, "%s%s", i?", ":" ", az[i]);
}

/* The text of a revision file. */
char *migrateRevRender(const MigrateRev *p){
  sqlite3_str *s = sqlite3_str_new(0);
  sqlite3_str_appendf(s, "-- revision: %s\n", p->zId);
  sqlite3_str_appendall(s, "-- down_revision:");
  appendList(s, p->azDown, p->nDown);
  sqlite3_str_appendall(s, "\n-- branch_labels:");
  appendList(s, p->azLabel, p->nLabel);
  sqlite3_str_appendall(s, "\n-- depends_on:");
  appendList(s, p->azDep, p->nDep);
  sqlite3_str_appendf(s, "\n-- message:%s%s\n", p->zMessage[0]?" ":"",
                      p->zMessage);
  sqlite3_str_appendf(s, "-- create_date: %s\n\n", p->zDate);
  sqlite3_str_appendf(s, "-- migrate:upgrade\n%s%s\n", p->zUp,
                      p->zUp[0] ? "\n" : "");
  sqlite3_str_appendf(s, "-- migrate:downgrade\n%s%s", p->zDownSql,
                      p->zDownSql[0] ? "\n" : "");
  return migrateStrFinish(s);
}

/*
** Write pRev as a new file <id>_<slug>.sql in zDir.  Sets pRev->zPath.
** Fails, and writes nothing, if the file exists.
*/
int migrateRevWrite(const char *zDir, MigrateRev *pRev, char **pzErr){
  char zSlug[41];
  int nSlug = 0;
  const char *z;
  char *zPath, *zText, *zTmp;
  int fd, rc = SQLITE_OK;
  size_t nText, nDone = 0;
  struct stat st;

  if( !migrateIdValid(pRev->zId) ){
    *pzErr = migrateMprintf("invalid revision id '%s' (1 to 32 letters, "
                            "digits and _)", pRev->zId);
    return SQLITE_ERROR;
  }
  if( stat(zDir, &st)!=0 || !S_ISDIR(st.st_mode) ){
    *pzErr = migrateMprintf("script directory '%s' does not exist (create "
                            "it with migrate_init())", zDir);
    return SQLITE_ERROR;
  }
  for(z=pRev->zMessage; *z && nSlug<40; z++){
    char c = *z;
    if( c>='A' && c<='Z' ) c += 'a'-'A';
    if( (c>='a' && c<='z') || (c>='0' && c<='9') ){
      zSlug[nSlug++] = c;
    }else if( nSlug>0 && zSlug[nSlug-1]!='_' ){
      zSlug[nSlug++] = '_';
    }
  }
  while( nSlug>0 && zSlug[nSlug-1]=='_' ) nSlug--;
  zSlug[nSlug] = 0;
  zPath = nSlug ? sqlite3_mprintf("%s/%s_%s.sql", zDir, pRev->zId, zSlug)
                : sqlite3_mprintf("%s/%s.sql", zDir, pRev->zId);
  zText = migrateRevRender(pRev);
  if( zPath==0 || zText==0 ){
    sqlite3_free(zPath); sqlite3_free(zText);
    return SQLITE_NOMEM;
  }
  /* The text goes to a hidden file first (readers skip names that start
  ** with "."), which is then linked to its name: a reader never sees half
  ** a revision, and link(), like O_EXCL, never replaces a file that is
  ** there, nor follows a symlink that is.  A hidden file left behind by a
  ** crash is our own, and goes. */
  zTmp = sqlite3_mprintf("%s/.%s.tmp", zDir, pRev->zId);
  if( zTmp==0 ){
    sqlite3_free(zPath); sqlite3_free(zText);
    return SQLITE_NOMEM;
  }
  fd = open(zTmp, O_WRONLY|O_CREAT|O_EXCL, 0644);
  if( fd<0 && errno==EEXIST && unlink(zTmp)==0 ){
    fd = open(zTmp, O_WRONLY|O_CREAT|O_EXCL, 0644);
  }
  if( fd<0 ){
    *pzErr = migrateMprintf("cannot create %s: %s", zTmp, strerror(errno));
    rc = SQLITE_ERROR;
  }
  nText = strlen(zText);
  while( rc==SQLITE_OK && nDone<nText ){
    ssize_t got = write(fd, zText+nDone, nText-nDone);
    if( got<=0 ){
      if( got<0 && errno==EINTR ) continue;
      *pzErr = migrateMprintf("cannot write %s: %s", zTmp,
                              got<0 ? strerror(errno) : "short write");
      rc = SQLITE_ERROR;
      break;
    }
    nDone += (size_t)got;
  }
  if( fd>=0 && close(fd)!=0 && rc==SQLITE_OK ){
    *pzErr = migrateMprintf("cannot write %s: %s", zTmp, strerror(errno));
    rc = SQLITE_ERROR;
  }
  if( rc==SQLITE_OK && link(zTmp, zPath)!=0 ){
    *pzErr = migrateMprintf("cannot create %s: %s", zPath, strerror(errno));
    rc = SQLITE_ERROR;
  }
  if( fd>=0 ) unlink(zTmp);
  sqlite3_free(zTmp);
  if( rc ){
    sqlite3_free(zPath); sqlite3_free(zText);
    return rc;
  }
  sqlite3_free(zText);
  sqlite3_free(pRev->zPath);
  pRev->zPath = zPath;
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
