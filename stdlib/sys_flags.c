/* sys_flags.c: sys.flags, the command-line flags as a named tuple with
 * CPython 3.11's fields.  main.c records the flags with sys_set_flags()
 * before the sys module is made; sys.c adds the tuple and honours -E. */
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include "sys_internal.h"
#include "modules.h"
#include "structseq.h"

static SysFlags flags;

void sys_set_flags(const SysFlags *f) { flags = *f; }

bool sys_ignore_environment(void) { return flags.ignore_environment != 0; }

/* The LC_CTYPE locale the environment names, as CPython's start-up sees it
 * (it asks setlocale; gilpy asks and puts the "C" locale back). */
static bool locale_is(bool (*test)(const char *)) {
    const char *loc = setlocale(LC_CTYPE, "");
    bool r = test(loc ? loc : "C");
    setlocale(LC_CTYPE, "C");
    return r;
}

static bool is_c_locale(const char *loc) { return strcmp(loc, "C") == 0 || strcmp(loc, "POSIX") == 0; }

static bool is_utf8_c_locale(const char *loc) {
    return strcmp(loc, "C.UTF-8") == 0 || strcmp(loc, "C.utf8") == 0 || strcmp(loc, "UTF-8") == 0;
}

/* PEP 540: PYTHONUTF8=1, or the plain C locale, turns UTF-8 mode on. */
static int utf8_mode(void) {
    static int mode = -1;
    if (mode < 0) {
        const char *v = sys_ignore_environment() ? NULL : getenv("PYTHONUTF8");
        mode = v && *v ? strcmp(v, "1") == 0 : locale_is(is_c_locale);
    }
    return mode;
}

const char *sys_stdio_errors(void) {
    return utf8_mode() || locale_is(is_utf8_c_locale) ? "surrogateescape" : "strict";
}

static const char *const flag_fields[] = {
    "debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site",
    "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization",
    "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path",
    "int_max_str_digits", NULL,
};
static STRUCTSEQ_TYPE(FlagsType, "sys.flags", flag_fields);

Obj *sys_make_flags(void) {
    Obj *items[] = {
        small_new(flags.debug), small_new(flags.inspect), small_new(flags.interactive),
        small_new(flags.optimize), small_new(1) /* gilpy never writes bytecode files */,
        small_new(flags.no_user_site), small_new(flags.no_site),
        small_new(flags.ignore_environment), small_new(flags.verbose),
        small_new(flags.bytes_warning), small_new(flags.quiet),
        small_new(0) /* str hashes are not randomised */, small_new(flags.isolated),
        FALSE_, small_new(utf8_mode()), small_new(0), bool_from(flags.safe_path), small_new(-1),
    };
    return structseq_new(&FlagsType, items, sizeof items / sizeof items[0]);
}
