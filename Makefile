# Makefile: builds ./gilpy, its tests and benchmarks.
#
#   make            release build (-O2) of ./gilpy
#   make debug      -O0 -g build in build/debug, binary ./gilpy-debug
#   make test       unit tests (Criterion), command-line tests, script tests
#                   (all compared with CPython's output)
#   make asan       the whole suite under AddressSanitizer + UBSan
#   make tsan       the thread, socket and multiprocessing tests under ThreadSanitizer
#   make bench      benchmarks: time ratios gilpy/python3
#   make expected   regenerate tests/scripts/**/*.py.exp|.err with python3
#   make deps       install missing build dependencies (Debian, apt-get)
#
# Everything generated goes to build/.

CC      ?= cc
MODE    ?= release
BUILD   ?= build/$(MODE)
# generated sources, per build directory (parallel builds never share them)
GEN     ?= $(BUILD)/gen
BIN     ?= gilpy

WARN    := -Wall -Wextra -Werror -Wno-unused-parameter -Wno-missing-field-initializers
CSTD    := -std=c11 -D_GNU_SOURCE
# -iquote: "x.h" finds project headers, <float.h> stays the C library's.
INCS    := -iquote runtime -iquote grammar -iquote interp -iquote stdlib -iquote $(GEN)
OPT_release := -O2 -g
OPT_debug   := -O0 -g3
SANITIZE    := -fsanitize=address,undefined
OPT_asan    := -O1 -g $(SANITIZE) -fno-omit-frame-pointer -fno-sanitize-recover=undefined
OPT_tsan    := -O1 -g -fsanitize=thread -fno-omit-frame-pointer
CFLAGS  ?=
CFLAGS  += $(CSTD) $(WARN) $(INCS) $(OPT_$(MODE)) -MMD -MP
LDFLAGS += $(if $(filter asan,$(MODE)),$(SANITIZE)) $(if $(filter tsan,$(MODE)),-fsanitize=thread)
LIBS    := -lgmp -lutf8proc -lxxhash -ledit -lnettle -lpcre2-8 -lcrypto -lz -lm -lpthread

# ---- sources ---------------------------------------------------------------
LIB_SRCS := $(wildcard runtime/*.c grammar/*.c interp/*.c stdlib/*.c)
LIB_SRCS := $(filter-out interp/main.c,$(LIB_SRCS))
# TRACKED_ONLY=1 builds only the files git knows (new files need `git add -N`):
# a build that ignores someone's half-written new file in a shared checkout.
ifdef TRACKED_ONLY
LIB_SRCS := $(filter $(shell git ls-files 'runtime/*.c' 'grammar/*.c' 'interp/*.c' 'stdlib/*.c'),$(LIB_SRCS))
endif
# The grammar's generated files join the build once their sources exist.
GEN_SRCS := $(if $(wildcard grammar/lexer.re),$(GEN)/lexer.c) \
            $(if $(wildcard grammar/parser.y),$(GEN)/parser.c) $(GEN)/stdlib_embed.c
LIB_OBJS := $(patsubst %.c,$(BUILD)/%.o,$(LIB_SRCS)) \
            $(patsubst $(GEN)/%.c,$(BUILD)/gen/%.o,$(GEN_SRCS))
MAIN_OBJ := $(BUILD)/interp/main.o
UNIT_SRCS := $(wildcard tests/unit/*.c)
UNIT_BIN  := $(BUILD)/unit_tests
PY_LIB    := $(sort $(wildcard stdlib/lib/*.py stdlib/lib/*/*.py stdlib/lib/*/*/*.py))

.PHONY: all debug test unit scripts cli asan tsan bench expected deps clean
all: $(BIN)

# ---- dependencies (installed on a fresh Debian machine) ---------------------
# Each entry: a command or header that must exist, and the Debian package giving it.
# (python3 drives the terminal tests in tests/cli through a pty.)
DEPS := re2c:re2c bison:bison /usr/include/criterion/criterion.h:libcriterion-dev \
        /usr/include/gmp.h:libgmp-dev /usr/include/utf8proc.h:libutf8proc-dev \
        /usr/include/xxhash.h:libxxhash-dev /usr/include/editline/readline.h:libedit-dev \
        /usr/include/nettle/sha2.h:nettle-dev /usr/include/pcre2.h:libpcre2-dev \
        /usr/include/openssl/evp.h:libssl-dev /usr/include/zlib.h:zlib1g-dev \
        pkg-config:pkg-config python3:python3
DEPS_STAMP := build/.deps-ok
deps: $(DEPS_STAMP)
$(DEPS_STAMP):
	@missing=""; for d in $(DEPS); do what=$${d%%:*}; pkg=$${d##*:}; \
	  if [ "$${what#/}" = "$$what" ]; then command -v $$what >/dev/null 2>&1 || missing="$$missing $$pkg"; \
	  else [ -e $$what ] || missing="$$missing $$pkg"; fi; done; \
	if [ -n "$$missing" ]; then echo "installing:$$missing"; \
	  SUDO=; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; fi
	@mkdir -p build && touch $@

# ---- generated sources -----------------------------------------------------
$(GEN)/lexer.c: grammar/lexer.re $(GEN)/parser.c | $(DEPS_STAMP)
	@mkdir -p $(GEN)
	re2c -W -Werror --utf-8 --no-debug-info -o $@ $<

$(GEN)/parser.c: grammar/parser.y | $(DEPS_STAMP)
	@mkdir -p $(GEN)
	bison -Wall -Werror --header=$(GEN)/parser.h -o $@ $<

$(GEN)/stdlib_embed.c: stdlib/embed.sh $(PY_LIB) | $(DEPS_STAMP)
	@mkdir -p $(GEN)
	sh stdlib/embed.sh $(PY_LIB) > $@

# ---- objects and binaries --------------------------------------------------
$(BUILD)/%.o: %.c | $(DEPS_STAMP)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -c $< -o $@

# Only the grammar layer sees bison's header.
$(BUILD)/grammar/%.o: grammar/%.c | $(DEPS_STAMP) $(filter %parser.c,$(GEN_SRCS))
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -c $< -o $@

$(BUILD)/gen/%.o: $(GEN)/%.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -Wno-unused-function -Wno-sign-compare -c $< -o $@

$(BUILD)/libgilpy.a: $(LIB_OBJS)
	@rm -f $@
	ar rcs $@ $^

$(BIN): $(MAIN_OBJ) $(BUILD)/libgilpy.a
	$(CC) $(LDFLAGS) -o $@ $(MAIN_OBJ) -Wl,--whole-archive $(BUILD)/libgilpy.a -Wl,--no-whole-archive $(LIBS)

debug:
	$(MAKE) MODE=debug BIN=gilpy-debug

# ---- tests -----------------------------------------------------------------
$(UNIT_BIN): $(UNIT_SRCS) $(BUILD)/libgilpy.a
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(UNIT_SRCS) -Wl,--whole-archive $(BUILD)/libgilpy.a \
	    -Wl,--no-whole-archive $(LIBS) -lcriterion

unit: $(UNIT_BIN)
	$(UNIT_BIN) --jobs 2

scripts: $(BIN)
	sh tests/run-scripts.sh ./$(BIN)

cli: $(BIN)
	sh tests/run-cli.sh ./$(BIN)

test: $(BIN) $(UNIT_BIN)
	$(UNIT_BIN) --jobs 2
	sh tests/run-cli.sh ./$(BIN)
	sh tests/run-scripts.sh ./$(BIN)

# Leaks are not checked: interned strings and the built-in types live until
# the process ends, by design (as in CPython).  faulthandler's tests crash a
# child on purpose and expect it to die of SIGSEGV after the report, so ASan
# leaves SIGSEGV alone (a stray crash still fails its test, without ASan's
# stack).
asan:
	ASAN_OPTIONS=detect_leaks=0:handle_segv=0 UBSAN_OPTIONS=print_stacktrace=1 TEST_TIMEOUT=120 \
	  $(MAKE) MODE=asan BIN=gilpy-asan test

# The GIL makes object access race-free; ThreadSanitizer checks that every
# touch of shared state outside the GIL (the GIL itself, locks, the
# statistics) is synchronised.  Suppressions: tests/tsan.supp.
tsan:
	$(MAKE) MODE=tsan BIN=gilpy-tsan gilpy-tsan
	TSAN_OPTIONS="halt_on_error=1 die_after_fork=0 suppressions=$(CURDIR)/tests/tsan.supp" \
	  TEST_TIMEOUT=120 sh tests/run-scripts.sh ./gilpy-tsan $$(find tests/scripts/threads tests/scripts/socket tests/scripts/multiprocessing -name "*.py" | sort)

expected:
	sh tests/make-expected.sh
	sh tests/run-cli.sh --expected

bench: $(BIN)
	python3 tests/bench/run.py ./$(BIN)

clean:
	rm -rf build gilpy gilpy-debug gilpy-asan gilpy-tsan

-include $(shell find build -name '*.d' 2>/dev/null)
