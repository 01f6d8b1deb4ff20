/*
** dqnode.c - a dqlite node with the migrate extension registered, and a
** small client of dqlite's wire protocol, for test/dqlite.test.
**
**   dqnode node ID ADDRESS DIR EXT
**       Runs a dqlite node (libdqlite's public API, dqlite.h) with id ID,
**       bound to ADDRESS (127.0.0.1:PORT), its Raft data in DIR, until
**       SIGTERM or SIGINT.  Before the node starts, the extension EXT (the
**       path of dist/migrate.so) is dlopen()ed and its entry point
**       sqlite3_migrate_init registered with sqlite3_auto_extension(), so
**       every connection the node opens (the leader's among them) has the
**       migrate functions.  Node 1 bootstraps a cluster of itself; the
**       others wait to be added.  Prints "ready" once started.  With
**       $DQNODE_LATENCY_MS, the node's network latency (Raft's election
**       timeout is 15 times that; dqlite's default is 3 s).
**
**   dqnode leader ADDRESS                the leader's address, as ADDRESS
**                                        sees it ("" when there is none)
**   dqnode add LEADER ID ADDRESS         add node ID to the cluster
**   dqnode assign LEADER ID ROLE         0 voter, 1 stand-by, 2 spare
**   dqnode transfer LEADER ID            make node ID the leader
**   dqnode exec LEADER DB SQL            one EXEC_SQL request, outside any
**                                        transaction; prints "ok"
**   dqnode query LEADER DB SQL           one QUERY_SQL request, outside any
**                                        transaction; prints the rows, one
**                                        a line, values separated by "|"
**
** A request that fails prints dqlite's message on stderr and exits 1.
** The protocol (version 1): a client sends the 8-byte version, then
** requests; each message is an 8-byte header (body length in 8-byte
** words, type, schema, 2 unused bytes) and a body of little-endian
** 64-bit words and NUL-terminated texts padded to 8 bytes.
*/
#include <dqlite.h>
#include <sqlite3.h>
#include <arpa/inet.h>
#include <dlfcn.h>
#include <errno.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

/* Request and response types (dqlite's protocol.h) */
#define REQ_LEADER 0
#define REQ_OPEN 3
#define REQ_EXEC_SQL 8
#define REQ_QUERY_SQL 9
#define REQ_ADD 12
#define REQ_ASSIGN 13
#define REQ_TRANSFER 17
#define RES_FAILURE 0
#define RES_SERVER 1
#define RES_DB 4
#define RES_RESULT 6
#define RES_ROWS 7
#define RES_EMPTY 8
#define ROWS_PART 0xeeeeeeeeeeeeeeeeULL
#define ROWS_DONE 0xffffffffffffffffULL

static volatile sig_atomic_t bStop = 0;
static void onSignal(int sig){ (void)sig; bStop = 1; }

static int runNode(unsigned long long id, const char *zAddr,
                   const char *zDir, const char *zExt){
  dqlite_node *n = 0;
  void *h = dlopen(zExt, RTLD_NOW);
  void *xInit = h ? dlsym(h, "sqlite3_migrate_init") : 0;
  int rc;
  if( xInit==0 ){
    fprintf(stderr, "dqnode: cannot load %s: %s\n", zExt, dlerror());
    return 1;
  }
  signal(SIGPIPE, SIG_IGN);     /* a peer that died: an error, not death */
  rc = sqlite3_auto_extension((void(*)(void))xInit);
  if( rc==SQLITE_OK ) rc = dqlite_node_create(id, zAddr, zDir, &n);
  if( rc==0 ) rc = dqlite_node_set_bind_address(n, zAddr);
  if( rc==0 && getenv("DQNODE_LATENCY_MS") ){
    rc = dqlite_node_set_network_latency_ms(n,
                                 (unsigned)atoi(getenv("DQNODE_LATENCY_MS")));
  }
  if( rc==0 ) rc = dqlite_node_start(n);
  if( rc!=0 ){
    fprintf(stderr, "dqnode: node %llu at %s: error %d: %s\n", id, zAddr, rc,
            n ? dqlite_node_errmsg(n) : "");
    if( n ) dqlite_node_destroy(n);
    return 1;
  }
  signal(SIGTERM, onSignal);
  signal(SIGINT, onSignal);
  printf("ready\n");
  fflush(stdout);
  while( !bStop ) pause();
  dqlite_node_stop(n);
  dqlite_node_destroy(n);
  return 0;
}

/* A message being built or read. */
typedef struct Msg Msg;
struct Msg {
  unsigned char a[1<<16];
  size_t n;                  /* bytes used (building) or read */
  size_t i;                  /* read cursor */
  int type;
};

static void putU64(Msg *p, uint64_t v){
  int k;
  for(k=0; k<8; k++) p->a[p->n++] = (unsigned char)(v>>(8*k));
}
static void putText(Msg *p, const char *z){
  size_t n = strlen(z)+1;
  memcpy(&p->a[p->n], z, n);
  p->n += n;
  while( p->n%8 ) p->a[p->n++] = 0;
}
static uint64_t getU64(Msg *p){
  uint64_t v = 0;
  int k;
  if( p->i+8>p->n ) return 0;
  for(k=0; k<8; k++) v |= (uint64_t)p->a[p->i+k]<<(8*k);
  p->i += 8;
  return v;
}
static const char *getText(Msg *p){
  const char *z = (const char*)&p->a[p->i];
  size_t n = strnlen(z, p->n-p->i)+1;
  p->i += (n+7)/8*8;
  return z;
}

static int sendAll(int fd, const void *p, size_t n){
  const char *z = p;
  while( n>0 ){
    ssize_t k = write(fd, z, n);
    if( k<=0 ) return -1;
    z += k; n -= (size_t)k;
  }
  return 0;
}
static int recvAll(int fd, void *p, size_t n){
  char *z = p;
  while( n>0 ){
    ssize_t k = read(fd, z, n);
    if( k<=0 ) return -1;
    z += k; n -= (size_t)k;
  }
  return 0;
}

/* Connect to ADDRESS (host:port) and send the protocol version. */
static int dial(const char *zAddr){
  char zHost[64];
  const char *zColon = strrchr(zAddr, ':');
  struct sockaddr_in sa;
  unsigned char v[8] = {1,0,0,0,0,0,0,0};
  int fd;
  if( zColon==0 || zColon-zAddr>=(int)sizeof(zHost) ) return -1;
  memcpy(zHost, zAddr, (size_t)(zColon-zAddr));
  zHost[zColon-zAddr] = 0;
  memset(&sa, 0, sizeof(sa));
  sa.sin_family = AF_INET;
  sa.sin_port = htons((uint16_t)atoi(zColon+1));
  if( inet_pton(AF_INET, zHost, &sa.sin_addr)!=1 ) return -1;
  fd = socket(AF_INET, SOCK_STREAM, 0);
  if( fd<0 ) return -1;
  if( connect(fd, (struct sockaddr*)&sa, sizeof(sa))!=0
   || sendAll(fd, v, 8)!=0 ){
    close(fd);
    return -1;
  }
  return fd;
}

/* Send request p (its body built from offset 8), read the response into
** p.  A FAILURE response is printed; returns 0 on any other. */
static int roundTrip(int fd, Msg *p, int type){
  uint32_t nWord = (uint32_t)((p->n-8)/8);
  unsigned char *h = p->a;
  h[0] = (unsigned char)nWord; h[1] = (unsigned char)(nWord>>8);
  h[2] = (unsigned char)(nWord>>16); h[3] = (unsigned char)(nWord>>24);
  h[4] = (unsigned char)type; h[5] = 0; h[6] = h[7] = 0;
  if( sendAll(fd, p->a, p->n)!=0 || recvAll(fd, h, 8)!=0 ){
    fprintf(stderr, "dqnode: connection lost: %s\n", strerror(errno));
    return 1;
  }
  nWord = (uint32_t)h[0] | (uint32_t)h[1]<<8 | (uint32_t)h[2]<<16
        | (uint32_t)h[3]<<24;
  p->type = h[4];
  p->n = (size_t)nWord*8;
  p->i = 0;
  if( p->n>sizeof(p->a) || recvAll(fd, p->a, p->n)!=0 ){
    fprintf(stderr, "dqnode: bad response\n");
    return 1;
  }
  if( p->type==RES_FAILURE ){
    uint64_t code = getU64(p);
    fprintf(stderr, "dqnode: error %llu: %s\n", (unsigned long long)code,
            getText(p));
    return 1;
  }
  return 0;
}

/* Print the rows of a ROWS response (and of its further parts). */
static int printRows(int fd, Msg *p){
  uint64_t nCol = getU64(p), i, eof;
  for(i=0; i<nCol; i++) getText(p);
  for(;;){
    size_t iSave = p->i;
    unsigned char aType[64];
    eof = getU64(p);
    if( eof==ROWS_DONE ) return 0;
    if( eof==ROWS_PART ){
      if( recvAll(fd, p->a, 8)!=0 ) return 1;     /* the next batch */
      p->n = ((size_t)p->a[0] | (size_t)p->a[1]<<8 | (size_t)p->a[2]<<16)*8;
      p->i = 0;
      if( p->n>sizeof(p->a) || recvAll(fd, p->a, p->n)!=0 ) return 1;
      getU64(p);
      for(i=0; i<nCol; i++) getText(p);
      continue;
    }
    p->i = iSave;
    if( nCol>64 ) return 1;
    for(i=0; i<nCol; i++){
      aType[i] = (p->a[p->i + i/2] >> (i%2 ? 4 : 0)) & 0x0f;
    }
    p->i += ((nCol+1)/2+7)/8*8;
    for(i=0; i<nCol; i++){
      if( i ) printf("|");
      switch( aType[i] ){
        case SQLITE_INTEGER: case 9: case 11:
          printf("%lld", (long long)getU64(p)); break;
        case SQLITE_FLOAT: {
          uint64_t u = getU64(p);
          double d;
          memcpy(&d, &u, 8);
          printf("%.17g", d);
          break;
        }
        case SQLITE_NULL: getU64(p); break;
        case SQLITE_BLOB: {
          uint64_t n = getU64(p);
          printf("<blob %llu>", (unsigned long long)n);
          p->i += (size_t)(n+7)/8*8;
          break;
        }
        default: printf("%s", getText(p)); break;
      }
    }
    printf("\n");
  }
}

static int runClient(int argc, char **argv){
  static Msg m;
  const char *zCmd = argv[1];
  int fd = dial(argv[2]), rc = 1;
  if( fd<0 ){
    fprintf(stderr, "dqnode: cannot connect to %s\n", argv[2]);
    return 1;
  }
  if( argc>=5 && strlen(argv[4])>sizeof(m.a)/2 ){
    fprintf(stderr, "dqnode: SQL too long\n");
    close(fd);
    return 1;
  }
  m.n = 8;
  if( strcmp(zCmd, "leader")==0 && argc==3 ){
    putU64(&m, 0);
    rc = roundTrip(fd, &m, REQ_LEADER);
    if( rc==0 && m.type==RES_SERVER ){
      getU64(&m);
      printf("%s\n", getText(&m));
    }
  }else if( strcmp(zCmd, "add")==0 && argc==5 ){
    putU64(&m, strtoull(argv[3], 0, 10));
    putText(&m, argv[4]);
    rc = roundTrip(fd, &m, REQ_ADD);
  }else if( strcmp(zCmd, "assign")==0 && argc==5 ){
    putU64(&m, strtoull(argv[3], 0, 10));
    putU64(&m, strtoull(argv[4], 0, 10));
    rc = roundTrip(fd, &m, REQ_ASSIGN);
  }else if( strcmp(zCmd, "transfer")==0 && argc==4 ){
    putU64(&m, strtoull(argv[3], 0, 10));
    rc = roundTrip(fd, &m, REQ_TRANSFER);
  }else if( (strcmp(zCmd, "exec")==0 || strcmp(zCmd, "query")==0)
         && argc==5 ){
    int bQuery = zCmd[0]=='q';
    putText(&m, argv[3]);
    putU64(&m, 0);
    putText(&m, "volatile");
    rc = roundTrip(fd, &m, REQ_OPEN);
    if( rc==0 ){
      uint64_t iDb = getU64(&m) & 0xffffffff;
      m.n = 8;
      putU64(&m, iDb);
      putText(&m, argv[4]);
      rc = roundTrip(fd, &m, bQuery ? REQ_QUERY_SQL : REQ_EXEC_SQL);
    }
    if( rc==0 && bQuery ) rc = m.type==RES_ROWS ? printRows(fd, &m) : 1;
    if( rc==0 && !bQuery ) printf("ok\n");
  }else{
    fprintf(stderr, "dqnode: bad arguments for %s\n", zCmd);
  }
  close(fd);
  return rc;
}

int main(int argc, char **argv){
  if( argc==6 && strcmp(argv[1], "node")==0 ){
    return runNode(strtoull(argv[2], 0, 10), argv[3], argv[4], argv[5]);
  }
  if( argc>=3 ) return runClient(argc, argv);
  fprintf(stderr, "usage: dqnode node ID ADDRESS DIR EXT | leader ADDRESS"
          " | add LEADER ID ADDRESS | assign LEADER ID ROLE"
          " | transfer LEADER ID | exec LEADER DB SQL"
          " | query LEADER DB SQL\n");
  return 2;
}
