/* re_loops.c: the match loops of _re.Code: findall, sub (literal or
 * template replacement), split, and scan (the iterator behind finditer and
 * sub with a function).
 *
 * All follow CPython's rule for empty matches (3.7+): after an empty match
 * the next match may not be empty at the same place, but a non-empty match
 * starting there is allowed (PCRE2_NOTEMPTY_ATSTART says exactly that). */
#include <stdlib.h>
#include <string.h>
#include "re_internal.h"
#include "api.h"
#include "args.h"
#include "bytes.h"
#include "err.h"
#include "int.h"
#include "list.h"
#include "str.h"
#include "str_internal.h"
#include "tuple.h"

/* ---- stepping through the matches ------------------------------------- */

typedef struct ReLoop {
    size_t at, end;
    bool must_advance, done;
} ReLoop;

/* The next match: 1 (spans in c->md), 0 at the end, -1 on error. */
static int loop_next(ReCode *c, ReSubject *s, ReLoop *l) {
    if (l->done || l->at > l->end) return 0;
    int rc;
    if (l->must_advance) {
        /* A non-empty match anchored here, else any match from the next
         * character on.  (PCRE2 10.42's JIT gets an unanchored search with
         * PCRE2_NOTEMPTY_ATSTART wrong for some alternations; anchored it
         * is right.) */
        rc = re_exec(c, RE_MATCH, s, l->at, l->end, PCRE2_NOTEMPTY_ATSTART);
        if (rc == 0) {
            if (l->at >= l->end) {
                l->done = true;
                return 0;
            }
            size_t next = l->at + 1;
            if (s->is_str)
                while (next < l->end && (s->data[next] & 0xc0) == 0x80) next++;
            rc = re_exec(c, RE_SEARCH, s, next, l->end, 0);
        }
    } else {
        rc = re_exec(c, RE_SEARCH, s, l->at, l->end, 0);
    }
    if (rc <= 0) {
        l->done = true;
        return rc;
    }
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(c->md);
    l->must_advance = ov[1] == ov[0];
    l->at = ov[1];
    return 1;
}

/* Parses (string, pos, endpos) into a subject and a loop. */
static int loop_start(ReCode *c, const char *fname, Obj *const *args, size_t nargs,
                      Obj *kwnames, ReSubject *s, ReLoop *l) {
    if (args_no_kwargs(fname, kwnames) < 0 || args_count(fname, nargs, 1, 3) < 0) return -1;
    if (re_subject_init(c, args[0], s) < 0) return -1;
    if (re_subject_range(s, nargs > 1 ? args[1] : NULL, nargs > 2 ? args[2] : NULL, &l->at,
                         &l->end) < 0)
        return -1;
    l->must_advance = l->done = false;
    return 0;
}

/* Group g of the match in c->md as str/bytes, or `missing` when unset
 * (a new reference either way). */
static Obj *group_value(ReCode *c, ReSubject *s, uint32_t g, Obj *missing) {
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(c->md);
    if (ov[2 * g] == PCRE2_UNSET) return NEWREF(missing);
    return re_subject_slice(s, ov[2 * g], ov[2 * g + 1]);
}

static Obj *empty_of(ReSubject *s) { return s->is_str ? str_empty() : bytes_from("", 0); }

/* ---- findall ------------------------------------------------------------ */

Obj *re_code_findall(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    ReCode *c = (ReCode *)self;
    ReSubject s;
    ReLoop l;
    if (loop_start(c, "findall", args, nargs, kwnames, &s, &l) < 0) return NULL;
    Obj *out = list_new(0), *empty = empty_of(&s);
    if (out == NULL || empty == NULL) goto fail;
    int rc;
    while ((rc = loop_next(c, &s, &l)) > 0) {
        Obj *item;
        if (c->groups == 0) {
            item = group_value(c, &s, 0, empty);
        } else if (c->groups == 1) {
            item = group_value(c, &s, 1, empty);
        } else {
            item = tuple_new(c->groups);
            if (item != NULL) {
                for (uint32_t g = 1; g <= c->groups; g++) {
                    Obj *v = group_value(c, &s, g, empty);
                    if (v == NULL) {
                        CLEAR(item);
                        break;
                    }
                    tuple_set(item, g - 1, v);
                }
            }
        }
        if (item == NULL) goto fail;
        int r = list_append(out, item);
        DECREF(item);
        if (r < 0) goto fail;
    }
    if (rc < 0) goto fail;
    DECREF(empty);
    return out;
fail:
    XDECREF(out);
    XDECREF(empty);
    return NULL;
}

/* ---- a growable byte buffer for sub ------------------------------------- */

typedef struct ReBuf {
    char *data;
    size_t size, cap;
} ReBuf;

static int buf_add(ReBuf *b, const void *p, size_t n) {
    if (b->size + n > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->size + n) cap *= 2;
        char *d = realloc(b->data, cap);
        if (d == NULL) {
            err_set_str(&Exc_MemoryError, "");
            return -1;
        }
        b->data = d;
        b->cap = cap;
    }
    if (n > 0) memcpy(b->data + b->size, p, n);   /* p may be NULL when n is 0 */
    b->size += n;
    return 0;
}

/* Bytes of a literal piece of a replacement (str or bytes). */
static void piece_bytes(Obj *o, const char **p, size_t *n) {
    if (is_str(o)) {
        *p = str_data(o);
        *n = str_size(o);
    } else {
        *p = (const char *)byteslike_data(o);
        *n = byteslike_size(o);
    }
}

/* Appends the replacement for the match in c->md: `repl` is a literal or a
 * tuple of literals and group numbers (unset groups add nothing). */
static int add_replacement(ReCode *c, ReSubject *s, Obj *repl, ReBuf *b) {
    const char *p;
    size_t n;
    if (!is_tuple(repl)) {
        piece_bytes(repl, &p, &n);
        return buf_add(b, p, n);
    }
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(c->md);
    for (size_t i = 0; i < tuple_size(repl); i++) {
        Obj *item = tuple_get(repl, i);
        if (is_small(item)) {
            intptr_t g = small_value(item);
            if (g < 0 || (uint32_t)g > c->groups || ov[2 * g] == PCRE2_UNSET) continue;
            if (buf_add(b, s->data + ov[2 * g], ov[2 * g + 1] - ov[2 * g]) < 0) return -1;
        } else {
            piece_bytes(item, &p, &n);
            if (buf_add(b, p, n) < 0) return -1;
        }
    }
    return 0;
}

/* Code.sub(repl, string, count): (new string, number of replacements). */
Obj *re_code_sub(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("sub", kwnames) < 0 || args_count("sub", nargs, 3, 3) < 0) return NULL;
    ReCode *c = (ReCode *)self;
    Obj *repl = args[0];
    ReSubject s;
    ReLoop l = {0, 0, false, false};
    if (re_subject_init(c, args[1], &s) < 0) return NULL;
    intptr_t count = int_as_ssize(args[2]);
    if (count == -1 && err_occurred()) return NULL;
    l.end = s.size;
    ReBuf b = {NULL, 0, 0};
    size_t copied = 0;
    intptr_t n = 0;
    int rc = 0;
    if (count < 0) l.done = true;   /* CPython: a negative count replaces nothing */
    while ((count == 0 || n < count) && (rc = loop_next(c, &s, &l)) > 0) {
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(c->md);
        size_t ms = ov[0], me = ov[1];
        if (buf_add(&b, s.data + copied, ms - copied) < 0 || add_replacement(c, &s, repl, &b) < 0)
            goto fail;
        copied = me;
        n++;
    }
    if (rc < 0) goto fail;
    Obj *result;
    if (n == 0) {
        result = s.is_str && TYPE(s.obj) == &StrType ? NEWREF(s.obj)
                 : s.is_str ? str_from((const char *)s.data, s.size)
                            : bytes_from(s.data, s.size);
    } else {
        if (buf_add(&b, s.data + copied, s.size - copied) < 0) goto fail;
        result = s.is_str ? str_from(b.data, b.size) : bytes_from(b.data, b.size);
    }
    free(b.data);
    if (result == NULL) return NULL;
    Obj *t = tuple_pack(2, result, small_new(n));
    DECREF(result);
    return t;
fail:
    free(b.data);
    return NULL;
}

/* ---- split -------------------------------------------------------------- */

/* Code.split(string, maxsplit): the pieces between matches, with the
 * groups of each match (None when unset) between them. */
Obj *re_code_split(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("split", kwnames) < 0 || args_count("split", nargs, 2, 2) < 0)
        return NULL;
    ReCode *c = (ReCode *)self;
    ReSubject s;
    ReLoop l = {0, 0, false, false};
    if (re_subject_init(c, args[0], &s) < 0) return NULL;
    intptr_t maxsplit = int_as_ssize(args[1]);
    if (maxsplit == -1 && err_occurred()) return NULL;
    l.end = s.size;
    Obj *out = list_new(0);
    if (out == NULL) return NULL;
    size_t last = 0;
    intptr_t n = 0;
    int rc = 0;
    while ((maxsplit <= 0 || n < maxsplit) && (rc = loop_next(c, &s, &l)) > 0) {
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(c->md);
        Obj *piece = re_subject_slice(&s, last, ov[0]);
        if (piece == NULL || list_append(out, piece) < 0) {
            XDECREF(piece);
            goto fail;
        }
        DECREF(piece);
        for (uint32_t g = 1; g <= c->groups; g++) {
            Obj *v = group_value(c, &s, g, NONE);
            if (v == NULL || list_append(out, v) < 0) {
                XDECREF(v);
                goto fail;
            }
            DECREF(v);
        }
        last = ov[1];
        n++;
    }
    if (rc < 0) goto fail;
    Obj *tail = re_subject_slice(&s, last, s.size);
    if (tail == NULL || list_append(out, tail) < 0) {
        XDECREF(tail);
        goto fail;
    }
    DECREF(tail);
    return out;
fail:
    DECREF(out);
    return NULL;
}

/* ---- scan: an iterator of spans tuples ---------------------------------- */

typedef struct ReScan {
    Obj ob;
    ReCode *code;
    Obj *string;
    Obj *pattern;          /* re.Pattern for Match objects, or NULL for spans */
    ReSubject s;
    ReLoop l;
} ReScan;

/* Code.scan(string[, pos, endpos[, pattern]]): an iterator of re.Match
 * objects of `pattern` (of spans tuples without one). */
Obj *re_code_scan(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    ReCode *c = (ReCode *)self;
    ReSubject s;
    ReLoop l;
    Obj *pattern = NULL;
    if (nargs == 4) pattern = args[--nargs];
    if (loop_start(c, "scan", args, nargs, kwnames, &s, &l) < 0) return NULL;
    ReScan *it = (ReScan *)obj_alloc(&ReScanType, sizeof(ReScan));
    if (it == NULL) return NULL;
    it->code = (ReCode *)NEWREF(self);
    it->string = NEWREF(args[0]);
    it->pattern = pattern ? NEWREF(pattern) : NULL;
    it->s = s;
    it->s.obj = it->string;
    it->l = l;
    return (Obj *)it;
}

static Obj *scan_next(Obj *o) {
    ReScan *it = (ReScan *)o;
    /* A bytearray may have been resized by the caller between steps. */
    if (!it->s.is_str) {
        it->s.data = byteslike_data(it->string);
        it->s.size = byteslike_size(it->string);
        if (it->l.end > it->s.size) it->l.end = it->s.size;
    }
    int rc = loop_next(it->code, &it->s, &it->l);
    if (rc <= 0) return NULL;
    if (it->pattern != NULL)
        return re_match_new(it->code, it->pattern, &it->s);
    return re_spans(it->code, &it->s);
}

static Obj *scan_self(Obj *o) { return NEWREF(o); }

static void scan_dealloc(Obj *o) {
    ReScan *it = (ReScan *)o;
    DECREF((Obj *)it->code);
    DECREF(it->string);
    XDECREF(it->pattern);
    obj_free(o);
}

Type ReScanType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "_re.Scan",
    .size = sizeof(ReScan),
    .base = &ObjectType,
    .dealloc = scan_dealloc,
    .iter = scan_self,
    .iternext = scan_next,
};
