/*
** fuzz_ddl.c - libFuzzer target for DDL models (CREATE statements),
** through the SQL interface: migrate_diff, migrate_diff_ops and
** migrate_check on one in-memory database with a live schema, the diff
** applied in a savepoint and rolled back.  See fuzzmodel.h for what is
** checked; C5 as well: a model the reader accepts runs as it is in SQLite;
** and S1, S2: the extension's statement splitter (ext/tokenize.c) cuts the
** input where SQLite's sqlite3_complete() does.
**
** An input is the model text.  One that reads as JSON (its first
** character after white space is '{') is left to fuzz_json and skipped.
** Text after a NUL byte is ignored (the functions read a C string).
**
**   dist/fuzz/fuzz_ddl -dict=test/fuzz/ddl.dict dist/fuzz/corpus/ddl \
**       test/fuzz/corpus/ddl
**   dist/fuzz/fuzz_ddl FILE...           run the given inputs once
*/
#define FUZZ_RAW_DDL 1        /* C5: what the reader accepts, SQLite runs */
#include "fuzzmodel.h"

int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData){
  char *z;
  size_t i;
  if( nData>100000 ) return 0;
  for(i=0; i<nData && (aData[i]==' ' || aData[i]=='\t' || aData[i]=='\n'
                       || aData[i]=='\r' || aData[i]=='\f'); i++){}
  if( i<nData && aData[i]=='{' ) return 0;
  z = malloc(nData+1);
  if( z==0 ) return 0;
  memcpy(z, aData, nData);
  z[nData] = 0;
  fuzzSplit(z);
  fuzzModel(z);
  free(z);
  return 0;
}
