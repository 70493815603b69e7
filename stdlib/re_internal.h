/* re_internal.h: shared pieces of _re, the PCRE2 engine behind re.
 *
 * re.py translates a Python pattern into PCRE2 syntax (with CPython's errors)
 * and hands it to _re.compile, which returns a Code object.  A Code runs
 * searches and the match loops (findall, sub, split, scanning) in C and
 * reports group spans as flat tuples of character offsets for str subjects
 * (byte offsets for bytes), -1 for a group that did not take part. */
#ifndef GILPY_RE_INTERNAL_H
#define GILPY_RE_INTERNAL_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdbool.h>
#include "object.h"

/* Python flag bits (re.I, re.M, ...) that reach _re.compile. */
enum {
    RE_FLAG_IGNORECASE = 2, RE_FLAG_MULTILINE = 8, RE_FLAG_DOTALL = 16,
    RE_FLAG_UNICODE = 32, RE_FLAG_ASCII = 256,
    /* re.py's requests to steer clear of engine bugs (PCRE2 10.42) */
    RE_FLAG_NO_START_OPTIMIZE = 1 << 16, RE_FLAG_NO_JIT = 1 << 17,
};

/* How a search is anchored: the three compiled variants of a pattern. */
enum { RE_SEARCH = 0, RE_MATCH = 1, RE_FULLMATCH = 2, RE_NMODES = 3 };

typedef struct ReCode {
    Obj ob;
    Obj *pattern;                  /* the translated pattern (str or bytes) */
    uint32_t options;              /* PCRE2 compile options */
    bool is_bytes, jit;
    uint32_t groups;               /* capturing groups */
    pcre2_code *code[RE_NMODES];   /* lazily compiled: search, match, fullmatch */
    pcre2_match_data *md;          /* used only while no Python code runs */
    Obj *groupindex;               /* dict name -> number, or NULL */
    Obj *names;                    /* dict number -> name, or NULL */
    Obj *parents;                  /* tuple: the group enclosing each group, or NULL */
} ReCode;

extern Type ReCodeType, ReScanType, ReMatchType;

/* The string searched: its bytes and how to turn byte offsets into the
 * offsets Python sees (characters for str). */
typedef struct ReSubject {
    Obj *obj;                      /* borrowed */
    const unsigned char *data;
    size_t size;
    bool is_str, ascii;
    size_t cur_byte, cur_char;     /* a known pair, for byte -> char walks */
    size_t pos, endpos;            /* the clamped pos/endpos arguments (Python offsets) */
} ReSubject;

/* Checks `o` against the pattern's kind (TypeError as CPython) and fills s. */
int re_subject_init(ReCode *c, Obj *o, ReSubject *s);
/* pos/endpos arguments (None or int, clamped as CPython) as byte offsets. */
int re_subject_range(ReSubject *s, Obj *pos, Obj *endpos, size_t *start, size_t *end);
/* The Python offset of byte offset `off`. */
size_t re_subject_index(ReSubject *s, size_t off);
/* A new str/bytes of subject bytes [a, b). */
Obj *re_subject_slice(ReSubject *s, size_t a, size_t b);

/* Runs the pattern in `mode` over s[.. end) from `start`.  Returns 1 on a
 * match (spans in c->md), 0 for none, -1 with an exception. */
int re_exec(ReCode *c, int mode, ReSubject *s, size_t start, size_t end, uint32_t opts);
/* The spans of the match in c->md as a flat tuple of Python offsets. */
Obj *re_spans(ReCode *c, ReSubject *s);

/* A re.Match of `pattern` for the match in c->md. */
Obj *re_match_new(ReCode *c, Obj *pattern, ReSubject *s);

/* Methods of Code kept in re_loops.c. */
Obj *re_code_findall(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
Obj *re_code_sub(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
Obj *re_code_split(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
Obj *re_code_scan(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);

#endif
