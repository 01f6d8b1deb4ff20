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
** A directory is read in one pass, since an application may do it at every
** start: the names (readdir), sorted; then each file with three system
** calls, openat, one read into a buffer reused from file to file (a short
** read is the end of a regular file; a name that readdir does not call a
** regular file is checked with fstat first, and a FIFO, a device or a
** socket is refused), and close.  The text is parsed where it lies and each
** revision copied once into one block (the MigrateRev, its lists and its
** texts), cut from 64 KiB chunks that are freed with the graph.  The
** SHA-256 of an upgrade section is computed only when it is asked for
** (migrateRevSum).
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

/* Are the n bytes at z a revision id: 1 to 32 letters, digits and '_'? */
static int revfileIdValidN(const char *z, size_t n){
  size_t i;
  for(i=0; i<n; i++){
    char c = z[i];
    if( !((c>='a' && c<='z') || (c>='A' && c<='Z') || (c>='0' && c<='9')
       || c=='_') ) return 0;
  }
  return n>0 && n<=MIGRATE_MAX_ID;
}

int migrateIdValid(const char *z){
  return revfileIdValidN(z, strlen(z));
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
** the stack).  A revision that migrateRevParse() made is one allocation,
** its texts and lists included (bBlock).  The index arrays that graph.c
** fills in belong to the graph's pool. */
void migrateRevClear(MigrateRev *p){
  if( !p->bBlock ){
    sqlite3_free(p->zId);
    migrateFreeList(p->azDown, p->nDown);
    migrateFreeList(p->azLabel, p->nLabel);
    migrateFreeList(p->azDep, p->nDep);
    sqlite3_free(p->zMessage);
    sqlite3_free(p->zDate);
    sqlite3_free(p->zPath);
    sqlite3_free(p->zUp);
    sqlite3_free(p->zDownSql);
  }
  memset(p, 0, sizeof(*p));
}

void migrateRevFree(MigrateRev *p){
  if( p==0 || p->bBlock==2 ) return;       /* 2: its chunk's owner frees */
  if( !p->bBlock ) migrateRevClear(p);
  sqlite3_free(p);
}

/*
** Memory that the revisions of one directory are cut from: chunks that
** never move, freed all together (migrateChunkFree) with the graph, so
** that reading a directory costs a few allocations rather than one per
** file (and freeing it as few).
*/
struct MigrateChunk {
  MigrateChunk *pNext;       /* the chunk filled before this one */
  char *zFree;               /* its first free byte (8-aligned) */
  size_t nFree;              /* bytes free after it */
};
#define REVFILE_CHUNK 65536

void migrateChunkFree(MigrateChunk *p){
  while( p ){
    MigrateChunk *pNext = p->pNext;
    sqlite3_free(p);
    p = pNext;
  }
}

/* n bytes (8-aligned) from the chunks *pp, a new chunk if they lack room. */
static void *revfileChunkAlloc(MigrateChunk **pp, size_t n){
  MigrateChunk *p = *pp;
  void *pOut;
  n = (n+7) & ~(size_t)7;
  if( p==0 || p->nFree<n ){
    size_t nHead = (sizeof(MigrateChunk)+7) & ~(size_t)7;
    size_t nBody = n>REVFILE_CHUNK ? n : REVFILE_CHUNK;
    p = sqlite3_malloc64(nHead + nBody);
    if( p==0 ) return 0;
    p->pNext = *pp;
    p->zFree = (char*)p + nHead;
    p->nFree = nBody;
    *pp = p;
  }
  pOut = p->zFree;
  p->zFree += n;
  p->nFree -= n;
  return pOut;
}

/*
** The SHA-256 of revision p's upgrade section, as 64 lowercase hex
** digits: computed the first time it is asked for (migrate_log, verify,
** history), not when the file is read, since a call that only plans needs
** none.
*/
const char *migrateRevSum(MigrateRev *p){
  if( p->zSum[0]==0 ) migrateSha256Hex(p->zUp, strlen(p->zUp), p->zSum);
  return p->zSum;
}

/* Which section marker line z[0..n) is: 1 for "-- migrate:upgrade", 2 for
** "-- migrate:downgrade" (blank space allowed after "--" and at the end),
** 0 for none. */
static int revfileMarker(const char *z, size_t n){
  int e;
  if( n<2 || z[0]!='-' || z[1]!='-' ) return 0;
  z += 2; n -= 2;
  while( n>0 && (*z==' ' || *z=='\t') ){ z++; n--; }
  if( n<8 || memcmp(z, "migrate:", 8)!=0 ) return 0;
  z += 8; n -= 8;
  if( n>=7 && memcmp(z, "upgrade", 7)==0 ){
    e = 1; z += 7; n -= 7;
  }else if( n>=9 && memcmp(z, "downgrade", 9)==0 ){
    e = 2; z += 9; n -= 9;
  }else{
    return 0;
  }
  while( n>0 && migrateIsSpace(*z) ){ z++; n--; }
  return n==0 ? e : 0;
}

static const char *azHeaderKey[] = {
  "revision", "down_revision", "branch_labels", "depends_on",
  "message", "create_date"
};
static const unsigned char aHeaderKeyLen[] = { 8, 13, 13, 10, 7, 11 };

/* A revision file being read.  Header values and sections are slices of
** the text until revfileBuild() copies them, once, into the revision. */
typedef struct RevfileParse RevfileParse;
struct RevfileParse {
  const char *zPath;         /* the file, for messages */
  const char *zText; size_t nText;
  const char *azVal[6];      /* the header values (trimmed), by azHeaderKey;
                             ** NULL where the key is absent */
  size_t anVal[6];           /* their lengths */
  MigrateChunk **ppChunk;    /* where the revision goes, or NULL: its own
                             ** allocation */
  size_t iUp, iUpEnd, iDown; /* where the sections are */
  int eState;                /* 0: header, 1: upgrade, 2: downgrade */
  int iLine;                 /* the line being read, from 1 */
  char **pzErr;
};

/* Line zLine (n bytes, at iStart; the next line at iNext) if it is a
** section marker: 1, else 0. */
static int revfileMarkerLine(RevfileParse *x, const char *zLine, size_t n,
                             size_t iStart, size_t iNext, int *pRc){
  int e = revfileMarker(zLine, n);
  if( e==1 ){
    if( x->eState!=0 ){
      *x->pzErr = sqlite3_mprintf("%s: line %d: a second "
          "'-- migrate:upgrade' marker", x->zPath, x->iLine);
      *pRc = SQLITE_ERROR;
    }
    x->eState = 1;
    x->iUp = iNext;
    return 1;
  }
  if( e==2 ){
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

/* Trim white space from both ends of the n bytes at *pz. */
static void revfileTrim(const char **pz, size_t *pn){
  const char *z = *pz;
  size_t n = *pn;
  while( n>0 && migrateIsSpace(z[0]) ){ z++; n--; }
  while( n>0 && migrateIsSpace(z[n-1]) ) n--;
  *pz = z;
  *pn = n;
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
    if( aHeaderKeyLen[k]==nKey && memcmp(azHeaderKey[k], zKey, nKey)==0 ){
      break;
    }
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
  x->azVal[k] = zColon+1;
  x->anVal[k] = (size_t)((z+m) - (zColon+1));
  revfileTrim(&x->azVal[k], &x->anVal[k]);
  return SQLITE_OK;
}

/* Read the lines: the header values, and where the sections are. */
static int revfileScan(RevfileParse *x){
  size_t i = 0;
  int rc = SQLITE_OK;
  while( i<x->nText && rc==SQLITE_OK ){
    size_t iStart = i, n;
    const char *zLine = &x->zText[i], *z = zLine;
    const char *zNl = memchr(zLine, '\n', x->nText - i);
    i = zNl ? (size_t)(zNl - x->zText) : x->nText;
    n = i - iStart;
    if( i<x->nText ) i++;                  /* skip the \n */
    x->iLine++;
    if( revfileMarkerLine(x, zLine, n, iStart, i, &rc) ) continue;
    if( x->eState!=0 ) continue;
    revfileTrim(&z, &n);
    if( n>0 ) rc = revfileHeaderLine(x, z, n);   /* else a blank line */
  }
  return rc;
}

/* The header keys and the sections that must be there. */
static int revfileComplete(RevfileParse *x){
  const char *zPath = x->zPath;
  if( x->azVal[0]==0 ){
    *x->pzErr = sqlite3_mprintf("%s: no '-- revision: <id>' header line",
                                zPath);
  }else if( !revfileIdValidN(x->azVal[0], x->anVal[0]) ){
    *x->pzErr = sqlite3_mprintf("%s: invalid revision id '%.*s' (1 to 32 "
        "letters, digits and _)", zPath, (int)x->anVal[0], x->azVal[0]);
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

/* Copy the n bytes at z to *pzOut, NUL-terminated, and advance *pzOut;
** the copy. */
static char *revfileCopy(char **pzOut, const char *z, size_t n){
  char *zCopy = *pzOut;
  if( n ) memcpy(zCopy, z, n);
  zCopy[n] = 0;
  *pzOut += n+1;
  return zCopy;
}

/* Split the comma-separated list z, in place, into its trimmed non-empty
** items, stored at az; how many. */
static int revfileSplit(char *z, char **az){
  int n = 0;
  while( z && *z ){
    char *zEnd = strchr(z, ',');
    const char *zItem = z;
    size_t len = zEnd ? (size_t)(zEnd-z) : strlen(z);
    z = zEnd ? zEnd+1 : z+len;
    revfileTrim(&zItem, &len);
    if( len>0 ){
      az[n] = (char*)zItem;
      az[n++][len] = 0;       /* on white space, the comma or the end */
    }
  }
  return n;
}

/* How many items list value k (a slice) can have at most. */
static int revfileListMax(RevfileParse *x, int k){
  const char *z = x->azVal[k];
  size_t i, n = x->anVal[k];
  int nItem = z ? 1 : 0;
  for(i=0; z && i<n; i++) if( z[i]==',' ) nItem++;
  return nItem;
}

/*
** The revision of what x read, as one block: the MigrateRev, then the
** arrays of its three lists, then its texts.  The block is an allocation
** of its own (bBlock 1), or cut from the chunks x->ppChunk (bBlock 2).
*/
static int revfileBuild(RevfileParse *x, MigrateRev **pp){
  const char *zUp = &x->zText[x->iUp], *zDown = &x->zText[x->iDown];
  size_t nUp = x->iUpEnd - x->iUp, nDown = x->nText - x->iDown;
  size_t nPath = strlen(x->zPath), nByte, nHead;
  int aMax[3], k;
  MigrateRev *p;
  char **az, *z;
  revfileTrim(&zUp, &nUp);
  revfileTrim(&zDown, &nDown);
  for(k=0; k<3; k++) aMax[k] = revfileListMax(x, k+1);
  nHead = (sizeof(MigrateRev) + 7) & ~(size_t)7;
  nByte = nHead + sizeof(char*)*(aMax[0]+aMax[1]+aMax[2]) + nPath + nUp
        + nDown + 3;
  for(k=0; k<6; k++) nByte += x->anVal[k] + 1;
  p = x->ppChunk ? revfileChunkAlloc(x->ppChunk, nByte)
                 : sqlite3_malloc64(nByte);
  if( p==0 ) return SQLITE_NOMEM;
  memset(p, 0, sizeof(*p));
  p->bBlock = x->ppChunk ? 2 : 1;
  az = (char**)((char*)p + nHead);
  z = (char*)&az[aMax[0]+aMax[1]+aMax[2]];
  p->zId = revfileCopy(&z, x->azVal[0], x->anVal[0]);
  p->zMessage = revfileCopy(&z, x->azVal[4], x->anVal[4]);
  p->zDate = revfileCopy(&z, x->azVal[5], x->anVal[5]);
  p->zPath = revfileCopy(&z, x->zPath, nPath);
  p->zUp = revfileCopy(&z, zUp, nUp);
  p->zDownSql = revfileCopy(&z, zDown, nDown);
  p->azDown = az;
  p->nDown = revfileSplit(revfileCopy(&z, x->azVal[1], x->anVal[1]), az);
  p->azLabel = az += aMax[0];
  if( x->azVal[2] ){
    p->nLabel = revfileSplit(revfileCopy(&z, x->azVal[2], x->anVal[2]), az);
  }
  p->azDep = az += aMax[1];
  if( x->azVal[3] ){
    p->nDep = revfileSplit(revfileCopy(&z, x->azVal[3], x->anVal[3]), az);
  }
  if( p->nLabel==0 ) p->azLabel = 0;
  if( p->nDep==0 ) p->azDep = 0;
  if( p->nDown==0 ) p->azDown = 0;
  *pp = p;
  return SQLITE_OK;
}

/*
** Parse the text of one revision file, into a block of its own, or, if
** ppChunk is not NULL, of those chunks.  On error, *pzErr names the file
** and, where there is one, the line.
*/
static int revfileParse(
  const char *zPath, const char *zText, size_t nText,
  MigrateChunk **ppChunk, MigrateRev **ppRev, char **pzErr
){
  RevfileParse x;
  MigrateRev *p = 0;
  int rc;
  *ppRev = 0;
  if( memchr(zText, 0, nText) ){
    *pzErr = sqlite3_mprintf("%s: not a text file (it holds a NUL byte)",
                             zPath);
    return SQLITE_ERROR;
  }
  memset(&x, 0, sizeof(x));
  x.zPath = zPath; x.zText = zText; x.nText = nText; x.pzErr = pzErr;
  x.ppChunk = ppChunk;
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
  if( rc!=SQLITE_OK ){
    migrateRevFree(p);
    return rc;
  }
  *ppRev = p;
  return SQLITE_OK;
}

/* Parse the text of one revision file (see revfileParse). */
int migrateRevParse(
  const char *zPath, const char *zText, size_t nText,
  MigrateRev **ppRev, char **pzErr
){
  return revfileParse(zPath, zText, nText, 0, ppRev, pzErr);
}

/*
** What reading a directory's files needs, allocated once for them all:
** the names (each after a byte of its readdir() type), the path of the
** file being read, and the buffer its text is read into.
*/
typedef struct RevfileDir RevfileDir;
struct RevfileDir {
  const char *zDir; size_t nDir;
  char *zPool; size_t nPool, nPoolAlloc;   /* [type][name\0], ... */
  char **azName; int nName;                /* into zPool, sorted */
  char *zPath; size_t nPathAlloc;          /* zDir/name */
  char *zBuf; size_t nBufAlloc;            /* the text of one file */
  MigrateChunk *pChunk;                    /* the revisions' memory */
};

/* Grow the allocation *pz of *pnAlloc bytes to hold at least n bytes. */
static int revfileReserve(char **pz, size_t *pnAlloc, size_t n){
  size_t nNew = *pnAlloc ? *pnAlloc : 4096;
  char *zNew;
  if( n<=*pnAlloc ) return SQLITE_OK;
  while( nNew<n ) nNew *= 2;
  zNew = sqlite3_realloc64(*pz, nNew);
  if( zNew==0 ) return SQLITE_NOMEM;
  *pz = zNew;
  *pnAlloc = nNew;
  return SQLITE_OK;
}

static int revfileCmpName(const void *a, const void *b){
  return strcmp(*(char*const*)a, *(char*const*)b);
}

/* The *.sql names of directory d (not hidden ones), sorted. */
static int revfileNames(RevfileDir *r, DIR *d){
  struct dirent *e;
  size_t i;
  int rc = SQLITE_OK;
  while( rc==SQLITE_OK && (e = readdir(d))!=0 ){
    size_t n = strlen(e->d_name);
    if( e->d_name[0]=='.' || n<5 || strcmp(&e->d_name[n-4], ".sql")!=0 ){
      continue;
    }
    rc = revfileReserve(&r->zPool, &r->nPoolAlloc, r->nPool+n+2);
    if( rc ) break;
    r->zPool[r->nPool] = (char)e->d_type;
    memcpy(&r->zPool[r->nPool+1], e->d_name, n+1);
    r->nPool += n+2;
    r->nName++;
  }
  if( rc || r->nName==0 ) return rc;
  r->azName = sqlite3_malloc64(sizeof(char*)*r->nName);
  if( r->azName==0 ) return SQLITE_NOMEM;
  r->nName = 0;
  for(i=0; i<r->nPool; i+=strlen(&r->zPool[i+1])+2){
    r->azName[r->nName++] = &r->zPool[i+1];
  }
  qsort(r->azName, r->nName, sizeof(char*), revfileCmpName);
  return SQLITE_OK;
}

/* Open what may not be a regular file (readdir() did not say it is one):
** a directory is skipped (*pbDir), anything else but a regular file is an
** error. */
static int revfileCheckType(int fd, const char *zPath, int *pbDir,
                            char **pzErr){
  struct stat st;
  if( fstat(fd, &st)!=0 ){
    *pzErr = sqlite3_mprintf("cannot read %s: %s", zPath, strerror(errno));
    return SQLITE_ERROR;
  }
  if( S_ISDIR(st.st_mode) ){
    *pbDir = 1;
    return SQLITE_OK;
  }
  if( !S_ISREG(st.st_mode) ){
    /* a FIFO, a device (/dev/zero...) or a socket is no revision file */
    *pzErr = sqlite3_mprintf("cannot read %s: not a regular file", zPath);
    return SQLITE_ERROR;
  }
  return SQLITE_OK;
}

/*
** Read the file zName of the directory open as dirFd into r->zBuf (its
** length in *pn, NUL-terminated); *pbDir is set, and nothing read, if it
** is a directory.  r->zPath names it in messages.  A file that readdir()
** calls regular costs three system calls: openat, one read (a read that
** returns less than it asked for has met the end of a regular file) and
** close; another kind is checked with fstat first.
*/
static int revfileRead(RevfileDir *r, int dirFd, const char *zName,
                       size_t *pn, int *pbDir, char **pzErr){
  /* O_NONBLOCK: a FIFO named like a revision must not hang the call */
  int fd = openat(dirFd, zName, O_RDONLY|O_NONBLOCK);
  int rc = SQLITE_OK;
  size_t n = 0;
  *pbDir = 0;
  if( fd<0 ){
    *pzErr = sqlite3_mprintf("cannot read %s: %s", r->zPath, strerror(errno));
    return SQLITE_ERROR;
  }
  if( (unsigned char)zName[-1]!=DT_REG ){
    rc = revfileCheckType(fd, r->zPath, pbDir, pzErr);
  }
  while( rc==SQLITE_OK && !*pbDir ){
    ssize_t got;
    size_t nWant;
    rc = revfileReserve(&r->zBuf, &r->nBufAlloc, n+2);
    if( rc ) break;
    nWant = r->nBufAlloc - n - 1;
    got = read(fd, r->zBuf+n, nWant);
    if( got<0 && errno==EINTR ) continue;
    if( got<0 && errno==EISDIR ){ *pbDir = 1; break; }
    if( got<0 ){
      *pzErr = sqlite3_mprintf("cannot read %s: %s", r->zPath,
                               strerror(errno));
      rc = SQLITE_ERROR;
      break;
    }
    n += (size_t)got;
    if( (size_t)got<nWant ) break;
    rc = revfileReserve(&r->zBuf, &r->nBufAlloc, r->nBufAlloc*2);
  }
  close(fd);
  if( rc==SQLITE_OK && !*pbDir ) r->zBuf[n] = 0;
  *pn = n;
  return rc;
}

/* r->zPath = r->zDir + "/" + zName */
static int revfilePath(RevfileDir *r, const char *zName){
  size_t n = strlen(zName);
  if( revfileReserve(&r->zPath, &r->nPathAlloc, r->nDir+n+2) ){
    return SQLITE_NOMEM;
  }
  memcpy(r->zPath, r->zDir, r->nDir);
  r->zPath[r->nDir] = '/';
  memcpy(&r->zPath[r->nDir+1], zName, n+1);
  return SQLITE_OK;
}

/* Read and parse the files r->azName of directory d, in order. */
static int revfileReadAll(RevfileDir *r, DIR *d, MigrateRev **aRev,
                          int *pnRev, char **pzErr){
  int rc = SQLITE_OK, i;
  for(i=0; rc==SQLITE_OK && i<r->nName; i++){
    size_t nText = 0;
    int bDir = 0;
    rc = revfilePath(r, r->azName[i]);
    if( rc==SQLITE_OK ){
      rc = revfileRead(r, dirfd(d), r->azName[i], &nText, &bDir, pzErr);
    }
    /* a directory named *.sql is not a revision file: skip it */
    if( rc==SQLITE_OK && !bDir ){
      rc = revfileParse(r->zPath, r->zBuf, nText, &r->pChunk, &aRev[*pnRev],
                        pzErr);
      if( rc==SQLITE_OK ) (*pnRev)++;
    }
  }
  return rc;
}

/*
** Read and parse every revision file in zDir.  The array is in file-name
** order; the caller owns it, and *ppChunk, the memory of the revisions in
** it (migrateChunkFree(), after migrateRevFree() of each).
*/
int migrateReadDir(const char *zDir, MigrateRev ***paRev, int *pnRev,
                   MigrateChunk **ppChunk, char **pzErr){
  RevfileDir r;
  DIR *d;
  MigrateRev **aRev = 0;
  int nRev = 0;
  int rc = SQLITE_OK;
  int i;

  *paRev = 0; *pnRev = 0; *ppChunk = 0;
  d = opendir(zDir);
  if( d==0 ){
    *pzErr = sqlite3_mprintf(errno==ENOENT ?
        "script directory '%s' does not exist (create it with "
        "migrate_init())" : "cannot open script directory '%s': %s",
        zDir, strerror(errno));
    return SQLITE_ERROR;
  }
  memset(&r, 0, sizeof(r));
  r.zDir = zDir;
  r.nDir = strlen(zDir);
  rc = revfileNames(&r, d);
  if( rc==SQLITE_OK && r.nName>0 ){
    aRev = sqlite3_malloc64(sizeof(MigrateRev*)*r.nName);
    if( aRev==0 ) rc = SQLITE_NOMEM;
  }
  if( rc==SQLITE_OK ) rc = revfileReadAll(&r, d, aRev, &nRev, pzErr);
  closedir(d);
  sqlite3_free(r.zPool);
  sqlite3_free(r.azName);
  sqlite3_free(r.zPath);
  sqlite3_free(r.zBuf);
  if( rc!=SQLITE_OK ){
    for(i=0; i<nRev; i++) migrateRevFree(aRev[i]);
    sqlite3_free(aRev);
    migrateChunkFree(r.pChunk);
    return rc;
  }
  *paRev = aRev;
  *pnRev = nRev;
  *ppChunk = r.pChunk;
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

