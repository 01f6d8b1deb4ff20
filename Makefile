# migrate: Alembic's migration workflow as a SQLite loadable extension.
#
#   make          build dist/migrate.so
#   make demo     the main job: a tour on a fresh project, through sqlite3
#   make test     the Tcl test suite; ends with "N passed, N failed"
#   make bench    benchmarks (ratios against raw SQL and against Alembic)
#   make test-asan  the suite on an AddressSanitizer + UBSan build
#   make test-valgrind  the suite with the extension under valgrind
#   make test-versions  the suite on SQLite 3.37.0, 3.45.1 and 3.54.1
#   make fuzz     the libFuzzer targets of test/fuzz, FUZZ_TIME seconds each
#   make lint     compiler warnings are errors; ext/'s layers (test/lint.tcl)
#   make amalgamation  dist/migrate.c: the whole extension as one file
#   make install  the module, libmigrate.a and its header, the make fragment,
#                 the Python scripts and the docs, under $(DESTDIR)$(PREFIX)
#                 (PREFIX=/usr/local); see docs/install.md
#   make uninstall  removes what make install put there
#   make clean    remove build output
#
# On a fresh Debian machine, run as root, the Debian packages needed are
# installed when missing.

SHELL   := /bin/bash
CC      ?= cc
CFLAGS  ?= -O2 -g
WARN    := -Wall -Wextra -Werror=implicit-function-declaration
SRC     := $(wildcard ext/*.c)
HDR     := $(wildcard ext/*.h)
DEBS    := libsqlite3-dev tcl libsqlite3-tcl sqlite3
TCLSH   ?= tclsh

ifeq ($(shell uname -s),Darwin)
  SOEXT := dylib
  SOFLAGS := -dynamiclib
else
  SOEXT := so
  SOFLAGS := -shared
endif

LIB := dist/migrate.$(SOEXT)

.PHONY: all loadable deps demo test test-asan test-valgrind test-versions fuzz \
        bench clean lint amalgamation install uninstall

all: loadable
loadable: $(LIB)

$(LIB): $(SRC) $(HDR) | deps
	@mkdir -p dist
	$(CC) $(CFLAGS) $(WARN) -fPIC $(SOFLAGS) -o $@ $(SRC)

# Install missing Debian packages when running as root.
deps:
	@missing=""; \
	for p in $(DEBS); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "installing:$$missing"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
	      apt-get install -y -qq $$missing) >/dev/null || exit 1; \
	  else \
	    echo "missing Debian packages:$$missing (run make as root, or install them)"; \
	  fi; \
	fi

demo: $(LIB)
	@sh sql/demo.sh

# C test drivers (test/c/NAME.c -> dist/test/NAME), linked with the system
# libsqlite3; they load the extension named by $MIGRATE_EXT (default
# dist/migrate), so that the sanitizer builds can be swept as well.
CTEST_BIN := $(patsubst test/c/%.c,dist/test/%,$(wildcard test/c/*.c))
dist/test/%: test/c/%.c | deps
	@mkdir -p dist/test
	$(CC) $(CFLAGS) $(WARN) -o $@ $< -lsqlite3 -lpthread -ldl

test: $(LIB) $(CTEST_BIN)
	@$(TCLSH) test/all.tcl

# The suite on an ASan+UBSan build of the extension, loaded into the system
# tclsh with the sanitizer runtimes preloaded; any report fails the file.
ASAN_LIB := dist/asan/migrate.$(SOEXT)
$(ASAN_LIB): $(SRC) $(HDR) | deps
	@mkdir -p dist/asan
	$(CC) -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer \
	  -fno-sanitize-recover=undefined $(WARN) -fPIC $(SOFLAGS) -o $@ $(SRC)

test-asan: $(LIB) $(ASAN_LIB) $(CTEST_BIN)
	@MIGRATE_EXT=dist/asan/migrate \
	  LD_PRELOAD="$$($(CC) -print-file-name=libasan.so):$$($(CC) -print-file-name=libubsan.so)" \
	  ASAN_OPTIONS=detect_leaks=1 $(TCLSH) test/all.tcl

# libFuzzer targets (test/fuzz/fuzz_NAME.c), built with clang with the
# extension's sources compiled in; seeds in test/fuzz/corpus/NAME, the
# growing corpus in dist/fuzz/corpus/NAME, findings in dist/fuzz/crashes.
# FUZZ_FLAGS go to libFuzzer (CI: a fixed -seed); FUZZ_STRICT=1 in the
# environment also fails on generated SQL that does not parse or converge.
FUZZ_NAMES := $(patsubst test/fuzz/fuzz_%.c,%,$(wildcard test/fuzz/fuzz_*.c))
FUZZ_TIME ?= 60
FUZZ_CC ?= clang
FUZZ_FLAGS ?=
dist/fuzz/fuzz_%: test/fuzz/fuzz_%.c $(wildcard test/fuzz/*.h) $(SRC) $(HDR) | deps
	@mkdir -p dist/fuzz
	$(FUZZ_CC) -g -O1 -fsanitize=fuzzer,address,undefined \
	  -fno-sanitize-recover=undefined -DSQLITE_CORE -Iext -o $@ $< $(SRC) -lsqlite3

fuzz: $(patsubst %,dist/fuzz/fuzz_%,$(FUZZ_NAMES))
	@for n in $(FUZZ_NAMES); do \
	  mkdir -p dist/fuzz/corpus/$$n; \
	  echo "fuzz_$$n: $(FUZZ_TIME) s"; \
	  mkdir -p dist/fuzz/crashes/$$n; \
	  dist/fuzz/fuzz_$$n -max_total_time=$(FUZZ_TIME) -print_final_stats=1 \
	    -timeout=10 -dict=test/fuzz/$$n.dict $(FUZZ_FLAGS) \
	    -artifact_prefix=dist/fuzz/crashes/$$n/ \
	    dist/fuzz/corpus/$$n test/fuzz/corpus/$$n 2>&1 | \
	    grep -aE '^(stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss|INFO: seed corpus|==|SUMMARY|Done|fuzz|FUZZ|ANOMALY)' ; \
	  test $${PIPESTATUS[0]} -eq 0 || exit 1; \
	done

# The suite with each test file's tclsh (and so the extension) under
# valgrind's memcheck: any error, or memory definitely lost, fails the file.
VALGRIND := valgrind -q --error-exitcode=99 --leak-check=full \
  --errors-for-leak-kinds=definite --show-leak-kinds=definite \
  --suppressions=test/valgrind.supp
# Under valgrind (some 30 times slower) the seeded tests draw less: a
# sample of the corpus, fewer property pairs and oracle graphs.
VALGRIND_DRAW := CORPUS_ONLY=chinook,fossil,firefox_places,sakila,synapse \
  PROPERTY_PAIRS=30 ORACLE_GRAPHS=6
test-valgrind: $(LIB) $(CTEST_BIN)
	@command -v valgrind >/dev/null || { echo "valgrind is not installed"; exit 1; }
	@TEST_WRAP="$(VALGRIND)" CRASH_TRIALS=8 CRASH_DOWN_TRIALS=4 \
	  $(VALGRIND_DRAW) $(TCLSH) test/all.tcl

# The SQLite version matrix (test/versions.sh): the whole suite on each
# SQLite named, built from the amalgamation that a release of the npm
# package better-sqlite3 ships (SQLITE=BETTER_SQLITE3), as
# dist/versions/SQLITE/libsqlite3.so.0, which the Tcl binding, the sqlite3
# shell, Python's sqlite3 and the C drivers then load (LD_LIBRARY_PATH).
# The floor, a 3.4x and the newest in the npm registry; it needs npm (and
# tcl-dev, to build a Tcl binding for SQLite older than 3.38).
SQLITE_VERSIONS ?= 3.37.0=7.4.6 3.45.1=9.4.5 3.54.1=13.2.0
test-versions: $(LIB) $(CTEST_BIN)
	@bash test/versions.sh $(SQLITE_VERSIONS)

# bench/readfiles.c: the limit that start-up at head is measured against
# (a function that only lists and reads the script directory's files).
BENCH_LIB := dist/bench/readfiles.$(SOEXT)
$(BENCH_LIB): bench/readfiles.c | deps
	@mkdir -p dist/bench
	$(CC) $(CFLAGS) $(WARN) -fPIC $(SOFLAGS) -o $@ $<

bench: $(LIB) $(BENCH_LIB)
	@$(TCLSH) bench/bench.tcl

# Every warning is an error; then the layering of ext/ (each file calls
# only files of the sections before its own in ext/migrate.h), one home per
# static name, no function over 120 lines.
lint: | deps
	$(CC) $(WARN) -Werror -fsyntax-only $(SRC)
	@$(TCLSH) test/lint.tcl

# The files of ext/ in the order of ext/migrate.h's sections (lowest layer
# first), after the header: one file an application can compile in (with
# -DSQLITE_CORE and sqlite3_auto_extension(sqlite3_migrate_init)).  It is
# compiled here with every warning an error, which proves that no two files
# define the same static name.
LAYERS = $(shell sed -n 's/.*Interface to code in \([a-z0-9]*\.c\).*/\1/p' ext/migrate.h) migrate.c
dist/migrate.c: $(SRC) $(HDR)
	@mkdir -p dist
	@{ echo '/* migrate: every file of ext/ in one (make amalgamation) */'; \
	  sed '/^#include "migrate.h"/d' ext/migrate.h; \
	  for f in $(LAYERS); do \
	    echo "/************** $$f **************/"; \
	    sed '/^#include "migrate.h"/d; /^#include "sqlite3ext.h"/d' ext/$$f; \
	  done; } > $@
amalgamation: dist/migrate.c | deps
	@mkdir -p dist/amalgamation
	$(CC) $(CFLAGS) $(WARN) -Werror -fPIC $(SOFLAGS) -o dist/amalgamation/migrate.$(SOEXT) dist/migrate.c
	@echo "dist/migrate.c: $$(wc -l < dist/migrate.c) lines, $(words $(LAYERS)) files"

# make install: under $(DESTDIR)$(PREFIX), the loadable module as
# lib/migrate.$(SOEXT) (".load migrate" finds it by name where the dynamic
# loader looks: LD_LIBRARY_PATH, /usr/lib; see docs/install.md), the
# amalgamation compiled with -DSQLITE_CORE as lib/libmigrate.a with its
# header include/sqlite3_migrate.h (forced into that compilation, so that
# its declaration is checked against the definition) and its pkg-config
# file lib/pkgconfig/migrate.pc, and in share/migrate
# the make fragment (its MIGRATE_EXT defaulting to the installed module)
# and the Python scripts; the docs in share/doc/migrate.  make uninstall
# removes the same list (as this source tree names it), then the
# directories of its own that are left empty.
PREFIX     ?= /usr/local
LIBDIR     ?= $(PREFIX)/lib
INCLUDEDIR ?= $(PREFIX)/include
DATADIR    ?= $(PREFIX)/share
DOCDIR     ?= $(DATADIR)/doc/migrate
AR         ?= ar
INSTALL_PY  := $(notdir $(wildcard python/*.py))
INSTALL_DOC := $(notdir $(wildcard docs/*.md))
PKGDIR      = $(DESTDIR)$(DATADIR)/migrate
PC_VERSION   = $(shell sed -n 's/^\#define MIGRATE_VERSION "\(.*\)"/\1/p' ext/migrate.h)
# migrate.pc names its directories from ${prefix} where they are under it,
# so that pkg-config --define-prefix can move it
pcdir = $(patsubst $(PREFIX)/%,$${prefix}/%,$(1))

dist/static/migrate.o: dist/migrate.c ext/sqlite3_migrate.h | deps
	@mkdir -p dist/static
	$(CC) $(CFLAGS) $(WARN) -Werror -fPIC -DSQLITE_CORE \
	  -include ext/sqlite3_migrate.h -c -o $@ dist/migrate.c
dist/libmigrate.a: dist/static/migrate.o
	rm -f $@
	$(AR) rcs $@ $<

install: $(LIB) dist/libmigrate.a
	install -d "$(DESTDIR)$(LIBDIR)" "$(DESTDIR)$(INCLUDEDIR)" \
	  "$(PKGDIR)/python" "$(DESTDIR)$(DOCDIR)"
	install -m 755 $(LIB) "$(DESTDIR)$(LIBDIR)/migrate.$(SOEXT)"
	install -m 644 dist/libmigrate.a "$(DESTDIR)$(LIBDIR)/libmigrate.a"
	install -m 644 ext/sqlite3_migrate.h "$(DESTDIR)$(INCLUDEDIR)/sqlite3_migrate.h"
	install -d "$(DESTDIR)$(LIBDIR)/pkgconfig"
	printf '%s\n' 'prefix=$(PREFIX)' 'libdir=$(call pcdir,$(LIBDIR))' \
	  'includedir=$(call pcdir,$(INCLUDEDIR))' '' 'Name: migrate' \
	  "Description: Alembic's migration workflow in SQLite, compiled in" \
	  'Version: $(PC_VERSION)' 'Requires: sqlite3 >= 3.37.0' \
	  'Libs: -L$${libdir} -lmigrate' 'Cflags: -I$${includedir}' \
	  > "$(DESTDIR)$(LIBDIR)/pkgconfig/migrate.pc"
	chmod 644 "$(DESTDIR)$(LIBDIR)/pkgconfig/migrate.pc"
	sed -e 's|^\(MIGRATE_EXT *?= *\).*|\1$(LIBDIR)/migrate|' \
	    -e 's|^\(# MIGRATE_EXT defaults to\).*|\1 $(LIBDIR)/migrate, the installed module.|' \
	  sql/migrate.mk > "$(PKGDIR)/migrate.mk"
	chmod 644 "$(PKGDIR)/migrate.mk"
	$(if $(INSTALL_PY),install -m 755 $(addprefix python/,$(INSTALL_PY)) "$(PKGDIR)/python")
	install -m 644 $(addprefix docs/,$(INSTALL_DOC)) "$(DESTDIR)$(DOCDIR)"

uninstall:
	rm -f "$(DESTDIR)$(LIBDIR)/migrate.$(SOEXT)" "$(DESTDIR)$(LIBDIR)/libmigrate.a" \
	  "$(DESTDIR)$(INCLUDEDIR)/sqlite3_migrate.h" "$(PKGDIR)/migrate.mk" \
	  "$(DESTDIR)$(LIBDIR)/pkgconfig/migrate.pc" \
	  $(foreach f,$(INSTALL_PY),"$(PKGDIR)/python/$(f)") \
	  $(foreach f,$(INSTALL_DOC),"$(DESTDIR)$(DOCDIR)/$(f)")
	@for d in "$(PKGDIR)/python" "$(PKGDIR)" "$(DESTDIR)$(DOCDIR)"; do \
	  if [ -d "$$d" ]; then rmdir "$$d" 2>/dev/null || echo "kept $$d: not empty"; fi; \
	done

clean:
	rm -rf dist test/tmp bench/tmp
