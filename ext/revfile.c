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
    *pzErr = sqlite3_mprintf("%s: not a text file (it holds a NUL byte)",
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
    if( revfileIsMarker(zLine, n, "upgrade") ){
      if( eState!=0 ){
        *pzErr = sqlite3_mprintf("%s: line %d: a second '-- migrate:upgrade'"
                                " marker", zPath, iLine);
        rc = SQLITE_ERROR;
      }
      eState = 1;
      iUp = i;
      continue;
    }
    if( revfileIsMarker(zLine, n, "downgrade") ){
      if( eState!=1 ){
        *pzErr = sqlite3_mprintf(eState==0 ?
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
      while( m>0 && migrateIsSpace(z[m-1]) ) m--;
      while( m>0 && migrateIsSpace(z[0]) ){ z++; m--; }
      if( m==0 ) continue;              /* blank line in the header */
      if( m<2 || z[0]!='-' || z[1]!='-'
       || (zColon = memchr(z, ':', m))==0 ){
        *pzErr = sqlite3_mprintf("%s: line %d: expected a header line "
            "'-- key: value' or '-- migrate:upgrade', found '%.*s'",
            zPath, iLine, (int)(m>60?60:m), z);
        rc = SQLITE_ERROR;
        break;
      }else{
        const char *zKey = z+2;
        size_t nKey;
        while( zKey<zColon && migrateIsSpace(*zKey) ) zKey++;
        nKey = zColon - zKey;
        while( nKey>0 && migrateIsSpace(zKey[nKey-1]) ) nKey--;
        for(k=0; k<6; k++){
          if( strlen(azHeaderKey[k])==nKey
           && memcmp(azHeaderKey[k], zKey, nKey)==0 ) break;
        }
        if( k==6 ){
          *pzErr = sqlite3_mprintf("%s: line %d: unknown header key '%.*s' "
              "(expected revision, down_revision, branch_labels, "
              "depends_on, message or create_date)",
              zPath, iLine, (int)nKey, zKey);
          rc = SQLITE_ERROR;
        }else if( azVal[k] ){
          *pzErr = sqlite3_mprintf("%s: line %d: header key '%s' is repeated",
              zPath, iLine, azHeaderKey[k]);
          rc = SQLITE_ERROR;
        }else{
          azVal[k] = migrateTrimDup(zColon+1, (z+m) - (zColon+1));
          if( azVal[k]==0 ) rc = SQLITE_NOMEM;
        }
      }
    }
  }
  if( rc==SQLITE_OK && azVal[0]==0 ){
    *pzErr = sqlite3_mprintf("%s: no '-- revision: <id>' header line", zPath);
    rc = SQLITE_ERROR;
  }
  if( rc==SQLITE_OK && !migrateIdValid(azVal[0]) ){
    *pzErr = sqlite3_mprintf("%s: invalid revision id '%s' (1 to 32 letters, "
        "digits and _)", zPath, azVal[0]);
    rc = SQLITE_ERROR;
  }
  if( rc==SQLITE_OK && azVal[1]==0 ){
    *pzErr = sqlite3_mprintf("%s: no '-- down_revision:' header line "
        "(leave its value empty for a root)", zPath);
    rc = SQLITE_ERROR;
  }
  if( rc==SQLITE_OK && eState==0 ){
    *pzErr = sqlite3_mprintf("%s: missing section '-- migrate:upgrade'",
                            zPath);
    rc = SQLITE_ERROR;
  }
  if( rc==SQLITE_OK && eState==1 ){
    *pzErr = sqlite3_mprintf("%s: missing section '-- migrate:downgrade'",
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
  p->zUp = migrateTrimDup(&zText[iUp], iUpEnd-iUp);
  p->zDownSql = migrateTrimDup(&zText[iDown], nText-iDown);
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
      *pzErr = sqlite3_mprintf("%s: invalid down_revision '%s' (1 to 32 "
          "letters, digits and _)", zPath, p->azDown[k]);
      rc = SQLITE_ERROR;
    }
  }
  for(k=0; rc==SQLITE_OK && k<p->nLabel; k++){
    if( !migrateLabelValid(p->azLabel[k]) ){
      *pzErr = sqlite3_mprintf("%s: invalid branch label '%s' (letters, "
          "digits, _, - and .)", zPath, p->azLabel[k]);
      rc = SQLITE_ERROR;
    }
  }
  for(k=0; rc==SQLITE_OK && k<p->nDep; k++){
    if( !migrateLabelValid(p->azDep[k]) ){
      *pzErr = sqlite3_mprintf("%s: invalid depends_on entry '%s'",
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
  int nName = 0, nAlloc = 0;
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

