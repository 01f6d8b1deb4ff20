/*
** sha256.c - SHA-256 (FIPS 180-4), used for the checksum that migrate_log
** keeps of every applied upgrade section, so that an edit made to a
** revision file after it was applied can be detected (migrate_verify,
** migrate_history.modified).
**
**   migrateSha256Hex(p, n, zOut)  writes the 64 lowercase hex digits of the
**                                 digest of the n bytes at p, and a NUL.
**
** The compression function is written twice: in portable C, and, on x86
** processors that have them, with the SHA extensions (SHA256RNDS2 does two
** rounds, SHA256MSG1 and SHA256MSG2 the message schedule), some twenty
** times faster.  Which one runs is decided once per process by CPUID (a
** fact about the machine, the same for every connection and thread); both
** give the same digest, and the test suite checks them against sha256sum
** (make test-valgrind runs the portable one: valgrind's CPU has no SHA
** extensions).
*/
#include "migrate.h"
#include <stdint.h>
#include <string.h>

static const uint32_t sha256K[64] = {
  0x428a2f98,0x71374491,0xb5c0fbcf,0xe9b5dba5,0x3956c25b,0x59f111f1,
  0x923f82a4,0xab1c5ed5,0xd807aa98,0x12835b01,0x243185be,0x550c7dc3,
  0x72be5d74,0x80deb1fe,0x9bdc06a7,0xc19bf174,0xe49b69c1,0xefbe4786,
  0x0fc19dc6,0x240ca1cc,0x2de92c6f,0x4a7484aa,0x5cb0a9dc,0x76f988da,
  0x983e5152,0xa831c66d,0xb00327c8,0xbf597fc7,0xc6e00bf3,0xd5a79147,
  0x06ca6351,0x14292967,0x27b70a85,0x2e1b2138,0x4d2c6dfc,0x53380d13,
  0x650a7354,0x766a0abb,0x81c2c92e,0x92722c85,0xa2bfe8a1,0xa81a664b,
  0xc24b8b70,0xc76c51a3,0xd192e819,0xd6990624,0xf40e3585,0x106aa070,
  0x19a4c116,0x1e376c08,0x2748774c,0x34b0bcb5,0x391c0cb3,0x4ed8aa4a,
  0x5b9cca4f,0x682e6ff3,0x748f82ee,0x78a5636f,0x84c87814,0x8cc70208,
  0x90befffa,0xa4506ceb,0xbef9a3f7,0xc67178f2
};

#define ROR(x,n) (((x)>>(n))|((x)<<(32-(n))))
#define SHA_S0(x) (ROR(x,2)^ROR(x,13)^ROR(x,22))
#define SHA_S1(x) (ROR(x,6)^ROR(x,11)^ROR(x,25))
#define SHA_CH(x,y,z) ((z)^((x)&((y)^(z))))
#define SHA_MAJ(x,y,z) (((x)&(y))|((z)&((x)|(y))))

/* One round, with the eight working variables renamed instead of moved:
** d becomes the new e, h the new a. */
#define SHA_RND(a,b,c,d,e,f,g,h,i) \
  t1 = h + SHA_S1(e) + SHA_CH(e,f,g) + sha256K[i] + w[i]; \
  d += t1; \
  h = t1 + SHA_S0(a) + SHA_MAJ(a,b,c)

static void sha256Block(uint32_t *h, const unsigned char *p){
  uint32_t w[64], a, b, c, d, e, f, g, k, t1;
  int i;
  for(i=0; i<16; i++){
    w[i] = ((uint32_t)p[i*4]<<24)|((uint32_t)p[i*4+1]<<16)
         | ((uint32_t)p[i*4+2]<<8)|(uint32_t)p[i*4+3];
  }
  for(i=16; i<64; i++){
    uint32_t s0 = ROR(w[i-15],7)^ROR(w[i-15],18)^(w[i-15]>>3);
    uint32_t s1 = ROR(w[i-2],17)^ROR(w[i-2],19)^(w[i-2]>>10);
    w[i] = w[i-16] + s0 + w[i-7] + s1;
  }
  a=h[0]; b=h[1]; c=h[2]; d=h[3]; e=h[4]; f=h[5]; g=h[6]; k=h[7];
  for(i=0; i<64; i+=8){
    SHA_RND(a,b,c,d,e,f,g,k,i);
    SHA_RND(k,a,b,c,d,e,f,g,i+1);
    SHA_RND(g,k,a,b,c,d,e,f,i+2);
    SHA_RND(f,g,k,a,b,c,d,e,i+3);
    SHA_RND(e,f,g,k,a,b,c,d,i+4);
    SHA_RND(d,e,f,g,k,a,b,c,i+5);
    SHA_RND(c,d,e,f,g,k,a,b,i+6);
    SHA_RND(b,c,d,e,f,g,k,a,i+7);
  }
  h[0]+=a; h[1]+=b; h[2]+=c; h[3]+=d; h[4]+=e; h[5]+=f; h[6]+=g; h[7]+=k;
}

static void sha256Blocks(uint32_t *h, const unsigned char *p, size_t n){
  for(; n>0; n--, p+=64) sha256Block(h, p);
}

#if (defined(__x86_64__) || defined(__i386__)) \
    && (defined(__GNUC__) || defined(__clang__))
#include <cpuid.h>
#include <immintrin.h>

/* Does the processor have the SHA extensions, and the SSSE3 and SSE4.1
** instructions that sha256BlocksNi() uses with them?  Asked once. */
static int sha256HasNi(void){
  static int eHas = 0;                /* 0: not asked yet, 1: yes, 2: no */
  int e = __atomic_load_n(&eHas, __ATOMIC_RELAXED);
  if( e==0 ){
    unsigned a = 0, b = 0, c = 0, d = 0, c1 = 0;
    int bSha = 0;
    if( __get_cpuid(1, &a, &b, &c1, &d)
     && __get_cpuid_count(7, 0, &a, &b, &c, &d) ){
      bSha = ((b>>29)&1) && ((c1>>9)&1) && ((c1>>19)&1);
    }
    e = bSha ? 1 : 2;
    __atomic_store_n(&eHas, e, __ATOMIC_RELAXED);
  }
  return e==1;
}

/*
** n blocks at p with the SHA extensions.  The state is kept as two
** vectors, ABEF and CDGH (A in the highest lane), the order SHA256RNDS2
** takes: each call of it does two rounds, taking the next two words of
** message plus constant from the low lanes of its third operand and
** returning the new ABEF, while the old ABEF becomes the new CDGH.  The
** message words are loaded big-endian; from word 16 on, each group of
** four is W[t-16] + s0(W[t-15]) (MSG1), plus W[t-7..t-4], plus s1(W[t-2])
** (MSG2).
*/
__attribute__((target("sha,ssse3,sse4.1")))
static void sha256BlocksNi(uint32_t *h, const unsigned char *p, size_t n){
  const __m128i mBswap = _mm_set_epi64x(0x0c0d0e0f08090a0bLL,
                                        0x0405060700010203LL);
  __m128i s0, s1, t, aM[4];
  int i;
  t = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i*)&h[0]), 0xB1);
  s1 = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i*)&h[4]), 0x1B);
  s0 = _mm_alignr_epi8(t, s1, 8);                       /* ABEF */
  s1 = _mm_blend_epi16(s1, t, 0xF0);                    /* CDGH */
  for(; n>0; n--, p+=64){
    __m128i s0Save = s0, s1Save = s1;
    for(i=0; i<16; i++){
      __m128i m;
      if( i<4 ){
        aM[i] = _mm_shuffle_epi8(
            _mm_loadu_si128((const __m128i*)(p+16*i)), mBswap);
      }else{
        m = _mm_add_epi32(_mm_sha256msg1_epu32(aM[i&3], aM[(i+1)&3]),
                          _mm_alignr_epi8(aM[(i+3)&3], aM[(i+2)&3], 4));
        aM[i&3] = _mm_sha256msg2_epu32(m, aM[(i+3)&3]);
      }
      m = _mm_add_epi32(aM[i&3],
                        _mm_loadu_si128((const __m128i*)&sha256K[4*i]));
      s1 = _mm_sha256rnds2_epu32(s1, s0, m);
      s0 = _mm_sha256rnds2_epu32(s0, s1, _mm_shuffle_epi32(m, 0x0E));
    }
    s0 = _mm_add_epi32(s0, s0Save);
    s1 = _mm_add_epi32(s1, s1Save);
  }
  t = _mm_shuffle_epi32(s0, 0x1B);                      /* FEBA */
  s1 = _mm_shuffle_epi32(s1, 0xB1);                     /* DCHG */
  _mm_storeu_si128((__m128i*)&h[0], _mm_blend_epi16(t, s1, 0xF0));
  _mm_storeu_si128((__m128i*)&h[4], _mm_alignr_epi8(s1, t, 8));
}
#define SHA256_BLOCKS (sha256HasNi() ? sha256BlocksNi : sha256Blocks)
#else
#define SHA256_BLOCKS sha256Blocks
#endif

void migrateSha256Hex(const void *pData, size_t n, char zOut[65]){
  static const char hex[] = "0123456789abcdef";
  void (*xBlocks)(uint32_t*, const unsigned char*, size_t) = SHA256_BLOCKS;
  uint32_t h[8] = {
    0x6a09e667,0xbb67ae85,0x3c6ef372,0xa54ff53a,
    0x510e527f,0x9b05688c,0x1f83d9ab,0x5be0cd19
  };
  const unsigned char *p = (const unsigned char*)pData;
  unsigned char buf[128];
  uint64_t nBits = (uint64_t)n*8;
  size_t nTail, i;
  xBlocks(h, p, n/64);
  p += n - n%64;
  n %= 64;
  memset(buf, 0, sizeof(buf));
  if( n ) memcpy(buf, p, n);
  buf[n] = 0x80;
  nTail = (n<56) ? 64 : 128;
  for(i=0; i<8; i++) buf[nTail-1-i] = (unsigned char)(nBits>>(8*i));
  xBlocks(h, buf, nTail/64);
  for(i=0; i<32; i++){
    unsigned char x = (unsigned char)(h[i/4]>>(24-8*(i%4)));
    zOut[i*2] = hex[x>>4];
    zOut[i*2+1] = hex[x&15];
  }
  zOut[64] = 0;
}
