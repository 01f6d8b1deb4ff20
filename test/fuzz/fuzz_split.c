/*
** fuzz_split.c - libFuzzer target for the statement splitter of the
** extension (ext/tokenize.c), against SQLite's sqlite3_complete(): S1 and
** S2 of fuzzsplit.h, alone, so that it runs fast (fuzz_ddl checks the
** same on every model, at the speed of the model functions).
**
** An input is SQL text (up to the first NUL byte).  A disagreement aborts.
**
**   dist/fuzz/fuzz_split -dict=test/fuzz/split.dict dist/fuzz/corpus/split \
**       test/fuzz/corpus/split
**   dist/fuzz/fuzz_split FILE...         run the given inputs once
*/
#include "fuzzsplit.h"
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData){
  char *z;
  if( nData>20000 ) return 0;
  z = malloc(nData+1);
  if( z==0 ) return 0;
  memcpy(z, aData, nData);
  z[nData] = 0;
  fuzzSplit(z);
  free(z);
  return 0;
}
