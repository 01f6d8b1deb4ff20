/*
** fuzz_json.c - libFuzzer target for JSON models, through the SQL
** interface: migrate_diff, migrate_diff_ops and migrate_check on one
** in-memory database with a live schema, the diff applied in a savepoint
** and rolled back.  See fuzzmodel.h for what is checked.
**
** An input is the model text.  So that the fuzzer spends its time in the
** JSON reader rather than in the DDL one, an input whose first byte is not
** '{' is read with a '{' in front of it.  Text after a NUL byte is ignored
** (the functions read a C string).
**
**   dist/fuzz/fuzz_json -dict=test/fuzz/json.dict dist/fuzz/corpus/json \
**       test/fuzz/corpus/json
**   dist/fuzz/fuzz_json FILE...          run the given inputs once
*/
#include "fuzzmodel.h"

int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData){
  char *z;
  size_t n = 0;
  if( nData>100000 ) return 0;
  z = malloc(nData+2);
  if( z==0 ) return 0;
  if( nData==0 || aData[0]!='{' ) z[n++] = '{';
  memcpy(&z[n], aData, nData);
  z[n+nData] = 0;
  fuzzModel(z);
  free(z);
  return 0;
}
