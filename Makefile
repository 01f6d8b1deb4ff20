# migrate: Alembic's migration workflow as a SQLite loadable extension.
#
#   make          build dist/migrate.so
#   make demo     the main job: a tour on a fresh project, through sqlite3
#   make test     the Tcl test suite; ends with "N passed, N failed"
#   make bench    benchmarks (ratios against raw SQL and against Alembic)
#   make test-asan  the suite on an AddressSanitizer + UBSan build
#   make clean    remove build output
#
# On a fresh Debian machine, run as root, the Debian packages needed are
# installed when missing.

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

.PHONY: all loadable deps demo test test-asan bench clean lint

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

test: $(LIB)
	@$(TCLSH) test/all.tcl

# The suite on an ASan+UBSan build of the extension, loaded into the system
# tclsh with the sanitizer runtimes preloaded; any report fails the file.
ASAN_LIB := dist/asan/migrate.$(SOEXT)
$(ASAN_LIB): $(SRC) $(HDR) | deps
	@mkdir -p dist/asan
	$(CC) -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer \
	  -fno-sanitize-recover=undefined $(WARN) -fPIC $(SOFLAGS) -o $@ $(SRC)

test-asan: $(ASAN_LIB)
	@MIGRATE_EXT=dist/asan/migrate \
	  LD_PRELOAD="$$($(CC) -print-file-name=libasan.so):$$($(CC) -print-file-name=libubsan.so)" \
	  ASAN_OPTIONS=detect_leaks=1 $(TCLSH) test/all.tcl

bench: $(LIB)
	@$(TCLSH) bench/bench.tcl

lint:
	$(CC) $(WARN) -Wextra -fsyntax-only $(SRC)

clean:
	rm -rf dist test/tmp bench/tmp
