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

/* Free what revision p holds, and zero it (p itself stays: it may be on
** the stack). */
void migrateRevClear(MigrateRev *p){
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
  memset(p, 0, sizeof(*p));
}

void migrateRevFree(MigrateRev *p){
  if( p==0 ) return;
  migrateRevClear(p);
  sqlite3_free(p);
}

/* If line z[0..n) is "-- migrate:<zWord>", return 1. */
static int revfileIsMarker(const char *z, size_t n, const char *zWord){
  size_t nWord = strlen(zWord);
  if( n<2 || z[0]!='-' || z[1]!='-' ) return 0;
  z += 2; n -= 2;
  while( n>0 && (*z==' ' || *z=='\t') ){ z++; n--; }
  if( n<8+nWord || memcmp(z, "migrate:", 8)!=0 ) return 0;
  if( memcmp(z+8, zWord, nWord)!=0 ) return 0;
  z += 8+nWord; n -= 8+nWord;
  while( n>0 && migrateIsSpace(*z) ){ z++; n--; }
  return n==0;
}

static const char *azHeaderKey[] = {
  "revision", "down_revision", "branch_labels", "depends_on",
  "message", "create_date"
};

/* A revision file being read. */
typedef struct RevfileParse RevfileParse;
struct RevfileParse {
  const char *zPath;         /* the file, for messages */
  const char *zText; size_t nText;
  char *azVal[6];            /* the header values, by azHeaderKey */
  size_t iUp, iUpEnd, iDown; /* where the sections are */
  int eState;                /* 0: header, 1: upgrade, 2: downgrade */
  int iLine;                 /* the line being read, from 1 */
  char **pzErr;
};

/* Line zLine (n bytes, at iStart; the next line at iNext) if it is a
** section marker: 1, else 0. */
static int revfileMarkerLine(RevfileParse *x, const char *zLine, size_t n,
                             size_t iStart, size_t iNext, int *pRc){
  if( revfileIsMarker(zLine, n, "upgrade") ){
    if( x->eState!=0 ){
      *x->pzErr = sqlite3_mprintf("%s: line %d: a second "
          "'-- migrate:upgrade' marker", x->zPath, x->iLine);
      *pRc = SQLITE_ERROR;
    }
    x->eState = 1;
    x->iUp = iNext;
    return 1;
  }
  if( revfileIsMarker(zLine, n, "downgrade") ){
    if( x->eState!=1 ){
      *x->pzErr = sqlite3_mprintf(x->eState==0 ?
          "%s: line %d: '-- migrate:downgrade' comes before "
          "'-- migrate:upgrade'" :
          "%s: line %d: a second '-- migrate:downgrade' marker",
          x->zPath, x->iLine);
      *pRc = SQLITE_ERROR;
    }
    x->eState = 2;
    x->iUpEnd = iStart;
    x->iDown = iNext;
    return 1;
  }
  return 0;
}

/* A line of the header, z (m bytes, trimmed, not blank). */
static int revfileHeaderLine(RevfileParse *x, const char *z, size_t m){
  const char *zColon, *zKey;
  size_t nKey;
  int k;
  if( m<2 || z[0]!='-' || z[1]!='-' || (zColon = memchr(z, ':', m))==0 ){
    *x->pzErr = sqlite3_mprintf("%s: line %d: expected a header line "
        "'-- key: value' or '-- migrate:upgrade', found '%.*s'",
        x->zPath, x->iLine, (int)(m>60?60:m), z);
    return SQLITE_ERROR;
  }
  zKey = z+2;
  while( zKey<zColon && migrateIsSpace(*zKey) ) zKey++;
  nKey = zColon - zKey;
  while( nKey>0 && migrateIsSpace(zKey[nKey-1]) ) nKey--;
  for(k=0; k<6; k++){
    if( strlen(azHeaderKey[k])==nKey
     && memcmp(azHeaderKey[k], zKey, nKey)==0 ) break;
  }
  if( k==6 ){
    *x->pzErr = sqlite3_mprintf("%s: line %d: unknown header key '%.*s' "
        "(expected revision, down_revision, branch_labels, depends_on, "
        "message or create_date)", x->zPath, x->iLine, (int)nKey, zKey);
    return SQLITE_ERROR;
  }
  if( x->azVal[k] ){
    *x->pzErr = sqlite3_mprintf("%s: line %d: header key '%s' is repeated",
        x->zPath, x->iLine, azHeaderKey[k]);
    return SQLITE_ERROR;
  }
  x->azVal[k] = migrateTrimDup(zColon+1, (z+m) - (zColon+1));
  return x->azVal[k] ? SQLITE_OK : SQLITE_NOMEM;
}

/* Read the lines: the header values, and where the sections are. */
static int revfileScan(RevfileParse *x){
  size_t i = 0;
  int rc = SQLITE_OK;
  while( i<x->nText && rc==SQLITE_OK ){
    size_t iStart = i, n, m;
    const char *zLine = &x->zText[i], *z = zLine;
    while( i<x->nText && x->zText[i]!='\n' ) i++;
    n = i - iStart;
    if( i<x->nText ) i++;                  /* skip the \n */
    x->iLine++;
    if( revfileMarkerLine(x, zLine, n, iStart, i, &rc) ) continue;
    if( x->eState!=0 ) continue;
    m = n;
    while( m>0 && migrateIsSpace(z[m-1]) ) m--;
    while( m>0 && migrateIsSpace(z[0]) ){ z++; m--; }
    if( m>0 ) rc = revfileHeaderLine(x, z, m);   /* else a blank line */
  }
  return rc;
}

/* The header keys and the sections that must be there. */
static int revfileComplete(RevfileParse *x){
  const char *zPath = x->zPath;
  if( x->azVal[0]==0 ){
    *x->pzErr = sqlite3_mprintf("%s: no '-- revision: <id>' header line",
                                zPath);
  }else if( !migrateIdValid(x->azVal[0]) ){
    *x->pzErr = sqlite3_mprintf("%s: invalid revision id '%s' (1 to 32 "
        "letters, digits and _)", zPath, x->azVal[0]);
  }else if( x->azVal[1]==0 ){
    *x->pzErr = sqlite3_mprintf("%s: no '-- down_revision:' header line "
        "(leave its value empty for a root)", zPath);
  }else if( x->eState==0 ){
    *x->pzErr = sqlite3_mprintf("%s: missing section '-- migrate:upgrade'",
                                zPath);
  }else if( x->eState==1 ){
    *x->pzErr = sqlite3_mprintf("%s: missing section '-- migrate:downgrade'",
                                zPath);
  }else{
    return SQLITE_OK;
  }
  return SQLITE_ERROR;
}

/* Is every item of list az (n) valid (xValid)?  Else an error. */
static int revfileCheckList(const char *zPath, char **az, int n,
                            int (*xValid)(const char*), const char *zFmt,
                            char **pzErr){
  int k;
  for(k=0; k<n; k++){
    if( !xValid(az[k]) ){
      *pzErr = sqlite3_mprintf(zFmt, zPath, az[k]);
      return SQLITE_ERROR;
    }
  }
  return SQLITE_OK;
}

/* The revision of what x read; it takes the header values. */
static int revfileBuild(RevfileParse *x, MigrateRev **pp){
  MigrateRev *p = sqlite3_malloc64(sizeof(*p));
  int rc = SQLITE_OK;
  if( p==0 ) return SQLITE_NOMEM;
  memset(p, 0, sizeof(*p));
  p->zId = x->azVal[0];
  p->zMessage = x->azVal[4] ? x->azVal[4] : migrateStrdup("");
  p->zDate = x->azVal[5] ? x->azVal[5] : migrateStrdup("");
  x->azVal[0] = x->azVal[4] = x->azVal[5] = 0;
  p->zPath = migrateStrdup(x->zPath);
  p->zUp = migrateTrimDup(&x->zText[x->iUp], x->iUpEnd - x->iUp);
  p->zDownSql = migrateTrimDup(&x->zText[x->iDown], x->nText - x->iDown);
  if( p->zMessage==0 || p->zDate==0 || p->zPath==0 || p->zUp==0
   || p->zDownSql==0 ){
    rc = SQLITE_NOMEM;
  }
  if( rc==SQLITE_OK ){
    rc = migrateSplitList(x->azVal[1], &p->azDown, &p->nDown);
  }
  if( rc==SQLITE_OK && x->azVal[2] ){
    rc = migrateSplitList(x->azVal[2], &p->azLabel, &p->nLabel);
  }
  if( rc==SQLITE_OK && x->azVal[3] ){
    rc = migrateSplitList(x->azVal[3], &p->azDep, &p->nDep);
  }
  *pp = p;
  return rc;
}

/*
** Parse the text of one revision file.  On error, *pzErr names the file
** and, where there is one, the line.
*/
int migrateRevParse(
  const char *zPath, const char *zText, size_t nText,
  MigrateRev **ppRev, char **pzErr
){
  RevfileParse x;
  MigrateRev *p = 0;
  int rc, k;
  *ppRev = 0;
  if( memchr(zText, 0, nText) ){
    *pzErr = sqlite3_mprintf("%s: not a text file (it holds a NUL byte)",
                             zPath);
    return SQLITE_ERROR;
  }
  memset(&x, 0, sizeof(x));
  x.zPath = zPath; x.zText = zText; x.nText = nText; x.pzErr = pzErr;
  rc = revfileScan(&x);
  if( rc==SQLITE_OK ) rc = revfileComplete(&x);
  if( rc==SQLITE_OK ) rc = revfileBuild(&x, &p);
  if( rc==SQLITE_OK ){
    rc = revfileCheckList(zPath, p->azDown, p->nDown, migrateIdValid,
        "%s: invalid down_revision '%s' (1 to 32 letters, digits and _)",
        pzErr);
  }
  if( rc==SQLITE_OK ){
    rc = revfileCheckList(zPath, p->azLabel, p->nLabel, migrateLabelValid,
        "%s: invalid branch label '%s' (letters, digits, _, - and .)",
        pzErr);
  }
  if( rc==SQLITE_OK ){
    rc = revfileCheckList(zPath, p->azDep, p->nDep, migrateLabelValid,
                          "%s: invalid depends_on entry '%s'", pzErr);
  }
  for(k=0; k<6; k++) sqlite3_free(x.azVal[k]);
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
static int revfileRead(int dirFd, const char *zName, const char *zPath,
                         char **pz, size_t *pn, int *pbDir, char **pzErr){
  /* O_NONBLOCK: a FIFO named like a revision must not hang the call */
  int fd = openat(dirFd, zName, O_RDONLY|O_NONBLOCK);
  struct stat st;
  char *z = 0;
  size_t n = 0, nAlloc;
  *pbDir = 0;
  if( fd<0 || fstat(fd, &st)!=0 ){
    if( fd>=0 && errno==EISDIR ){ close(fd); *pbDir = 1; return SQLITE_OK; }
    *pzErr = sqlite3_mprintf("cannot read %s: %s", zPath, strerror(errno));
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
    *pzErr = sqlite3_mprintf("cannot read %s: not a regular file", zPath);
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
      *pzErr = sqlite3_mprintf("cannot read %s: %s", zPath, strerror(errno));
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

static int revfileCmpName(const void *a, const void *b){
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
  int nName = 0;
  MigrateRev **aRev = 0;
  int nRev = 0;
  int rc = SQLITE_OK;
  int i;

  *paRev = 0; *pnRev = 0;
  d = opendir(zDir);
  if( d==0 ){
    *pzErr = sqlite3_mprintf(errno==ENOENT ?
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
    rc = migrateListAdd(&azName, &nName, e->d_name);
  }
  if( rc==SQLITE_OK && nName>0 ){
    qsort(azName, nName, sizeof(char*), revfileCmpName);
    aRev = sqlite3_malloc64(sizeof(MigrateRev*)*nName);
    if( aRev==0 ) rc = SQLITE_NOMEM;
  }
  for(i=0; rc==SQLITE_OK && i<nName; i++){
    char *zPath = sqlite3_mprintf("%s/%s", zDir, azName[i]);
    char *zText = 0;
    size_t nText = 0;
    int bDir = 0;
    if( zPath==0 ){ rc = SQLITE_NOMEM; break; }
    rc = revfileRead(dirfd(d), azName[i], zPath, &zText, &nText, &bDir,
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

/* Append " a, b, c". */
static void revfileAppendList(sqlite3_str *p, char **az, int n){
  int i;
  for(i=0; i<n; i++) sqlite3_str_appendf(p, "%s%s", i?", ":" ", az[i]);
}

/* The text of a revision file. */
char *migrateRevRender(const MigrateRev *p){
  sqlite3_str *s = sqlite3_str_new(0);
  sqlite3_str_appendf(s, "-- revision: %s\n", p->zId);
  sqlite3_str_appendall(s, "-- down_revision:");
  revfileAppendList(s, p->azDown, p->nDown);
  sqlite3_str_appendall(s, "\n-- branch_labels:");
  revfileAppendList(s, p->azLabel, p->nLabel);
  sqlite3_str_appendall(s, "\n-- depends_on:");
  revfileAppendList(s, p->azDep, p->nDep);
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
    *pzErr = sqlite3_mprintf("invalid revision id '%s' (1 to 32 letters, "
                            "digits and _)", pRev->zId);
    return SQLITE_ERROR;
  }
  if( stat(zDir, &st)!=0 || !S_ISDIR(st.st_mode) ){
    *pzErr = sqlite3_mprintf("script directory '%s' does not exist (create "
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
    *pzErr = sqlite3_mprintf("cannot create %s: %s", zTmp, strerror(errno));
    rc = SQLITE_ERROR;
  }
  nText = strlen(zText);
  while( rc==SQLITE_OK && nDone<nText ){
    ssize_t got = write(fd, zText+nDone, nText-nDone);
    if( got<=0 ){
      if( got<0 && errno==EINTR ) continue;
      *pzErr = sqlite3_mprintf("cannot write %s: %s", zTmp,
                              got<0 ? strerror(errno) : "short write");
      rc = SQLITE_ERROR;
      break;
    }
    nDone += (size_t)got;
  }
  if( fd>=0 && close(fd)!=0 && rc==SQLITE_OK ){
    *pzErr = sqlite3_mprintf("cannot write %s: %s", zTmp, strerror(errno));
    rc = SQLITE_ERROR;
  }
  if( rc==SQLITE_OK && link(zTmp, zPath)!=0 ){
    *pzErr = sqlite3_mprintf("cannot create %s: %s", zPath, strerror(errno));
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

/* mkdir -p */
int migrateMakeDirs(const char *zDir, char **pzErr){
  char *z = sqlite3_mprintf("%s", zDir);
  size_t i, n;
  struct stat st;
  if( z==0 ) return SQLITE_NOMEM;
  n = strlen(z);
  for(i=1; i<=n; i++){
    if( z[i]=='/' || z[i]==0 ){
      char c = z[i];
      z[i] = 0;
      if( stat(z, &st)!=0 ){
        if( mkdir(z, 0777)!=0 && errno!=EEXIST ){
          *pzErr = sqlite3_mprintf("cannot create directory '%s': %s", z,
                                  strerror(errno));
          sqlite3_free(z);
          return SQLITE_ERROR;
        }
      }else if( !S_ISDIR(st.st_mode) ){
        *pzErr = sqlite3_mprintf("'%s' exists and is not a directory", z);
        sqlite3_free(z);
        return SQLITE_ERROR;
      }
      z[i] = c;
    }
  }
  sqlite3_free(z);
  return SQLITE_OK;
}

