/* str_find.c: substring search and the methods built on it: find, rfind,
 * index, rindex, count, startswith, endswith (and `in` via str_find_bytes).
 *
 * Searching works on UTF-8 bytes (a match of valid UTF-8 in valid UTF-8 is
 * always on character boundaries); glibc's memmem does the forward search
 * in linear time.  start/end arguments are code-point indices, converted to
 * byte offsets once. */
#include "str_methods.h"
#include "str_algo.h"
#include "err.h"
#include "int.h"
#include "tuple.h"

intptr_t str_find_bytes(Obj *s, Obj *sub, size_t from, size_t to) {
    size_t n = str_size(sub);
    if (to < from || to - from < n) return -1;
    if (n == 0) return (intptr_t)from;
    const char *base = str_data(s);
    const char *hit = n == 1 ? memchr(base + from, str_data(sub)[0], to - from)
                             : memmem(base + from, to - from, str_data(sub), n);
    return hit ? hit - base : -1;
}

/* Last occurrence within [from, to), or -1. */
static intptr_t rfind_bytes(Obj *s, Obj *sub, size_t from, size_t to) {
    size_t n = str_size(sub);
    if (to < from || to - from < n) return -1;
    if (n == 0) return (intptr_t)to;
    const char *base = str_data(s), *needle = str_data(sub);
    size_t limit = to - n + 1;   /* candidate starts lie in [from, limit) */
    while (limit > from) {
        const char *hit = memrchr(base + from, needle[0], limit - from);
        if (hit == NULL) return -1;
        if (memcmp(hit, needle, n) == 0) return hit - base;
        limit = (size_t)(hit - base);
    }
    return -1;
}

/* Non-overlapping occurrences within [from, to). */
size_t str_count_bytes(Obj *s, Obj *sub, size_t from, size_t to, size_t max) {
    if (to < from) return 0;   /* callers handle the empty needle */
    return algo_count(str_data(s) + from, to - from, str_data(sub), str_size(sub), max);
}

/* ---- argument helpers -------------------------------------------------------------- */
int str_args_count(const char *fname, size_t nargs, size_t min, size_t max) {
    if (nargs >= min && nargs <= max) return 0;
    size_t bound = nargs < min ? min : max;
    err_format(&Exc_TypeError, "%s() takes %s %zu argument%s (%zu given)", fname,
               min == max ? "exactly" : nargs < min ? "at least" : "at most",
               bound, bound == 1 ? "" : "s", nargs);
    return -1;
}

/* A slice index argument: None keeps *out, ints and __index__ objects
 * replace it (clamped to the intptr_t range as CPython does). */
int str_slice_index(Obj *o, intptr_t *out) {
    if (o == NONE) return 0;
    if (is_small(o)) {
        *out = small_value(o);
        return 0;
    }
    if (!is_int(o) && (TYPE(o)->number == NULL || TYPE(o)->number->index == NULL)) {
        err_set_str(&Exc_TypeError, "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    Obj *i = obj_index(o);
    if (i == NULL) return -1;
    int overflow = 0;
    int64_t v = int_as_i64(i, &overflow);
    if (overflow) v = int_sign(i) < 0 ? INTPTR_MIN : INTPTR_MAX;
    DECREF(i);
    *out = (intptr_t)v;
    return 0;
}

/* Normalises optional start/end (code points) like a slice; returns false
 * when start is beyond the string (nothing can match, not even ""). */
static bool adjust_range(Obj *s, intptr_t *start, intptr_t *end) {
    intptr_t n = (intptr_t)str_length(s);
    if (*end > n) *end = n;
    else if (*end < 0 && (*end += n) < 0) *end = 0;
    if (*start < 0 && (*start += n) < 0) *start = 0;
    return *start <= n;
}

/* Parses (sub, [start, [end]]): sub must be str; gives the byte range. */
int str_parse_search(const char *fname, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames,
                     bool sub_any, Obj **sub, size_t *from, size_t *to, bool *possible) {
    if (args_no_kwargs(fname, kwnames) < 0 || str_args_count(fname, nargs, 1, 3) < 0) return -1;
    *sub = args[0];
    if (!sub_any && !is_str(*sub)) {
        err_format(&Exc_TypeError, "must be str, not %s", type_name(*sub));
        return -1;
    }
    intptr_t start = 0, end = INTPTR_MAX;
    if ((nargs > 1 && str_slice_index(args[1], &start) < 0) ||
        (nargs > 2 && str_slice_index(args[2], &end) < 0))
        return -1;
    *possible = adjust_range(self, &start, &end);
    if (end < start) end = start;
    *from = *possible ? str_offset(self, (size_t)start) : str_size(self);
    *to = *possible ? str_offset(self, (size_t)end) : str_size(self);
    return 0;
}

/* ---- find / rfind / index / rindex --------------------------------------------- */
static Obj *find_common(const char *fname, Obj *self, Obj *const *args, size_t nargs,
                        Obj *kwnames, bool reverse, bool raise) {
    Obj *sub;
    size_t from, to;
    bool possible;
    if (str_parse_search(fname, self, args, nargs, kwnames, false, &sub, &from, &to, &possible) < 0)
        return NULL;
    intptr_t at = !possible ? -1 : reverse ? rfind_bytes(self, sub, from, to)
                                           : str_find_bytes(self, sub, from, to);
    if (at < 0) {
        if (!raise) return small_new(-1);
        err_set_str(&Exc_ValueError, "substring not found");
        return NULL;
    }
    return small_new((intptr_t)str_index_of_offset(self, (size_t)at));
}

Obj *str_m_find(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return find_common("find", self, args, nargs, kwnames, false, false);
}
Obj *str_m_rfind(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return find_common("rfind", self, args, nargs, kwnames, true, false);
}
Obj *str_m_index(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return find_common("index", self, args, nargs, kwnames, false, true);
}
Obj *str_m_rindex(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return find_common("rindex", self, args, nargs, kwnames, true, true);
}

Obj *str_m_count(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    Obj *sub;
    size_t from, to;
    bool possible;
    if (str_parse_search("count", self, args, nargs, kwnames, false, &sub, &from, &to, &possible) < 0)
        return NULL;
    if (!possible) return small_new(0);
    if (str_size(sub) == 0)   /* one match before each character and one at the end */
        return small_new((intptr_t)(str_index_of_offset(self, to) - str_index_of_offset(self, from) + 1));
    return small_new((intptr_t)str_count_bytes(self, sub, from, to, SIZE_MAX));
}

/* ---- startswith / endswith ------------------------------------------------------- */
static bool affix_matches(Obj *self, Obj *affix, size_t from, size_t to, bool at_end) {
    size_t n = str_size(affix);
    if (to < from || to - from < n) return false;
    const char *p = str_data(self) + (at_end ? to - n : from);
    return memcmp(p, str_data(affix), n) == 0;
}

static Obj *affix_common(const char *fname, Obj *self, Obj *const *args, size_t nargs,
                         Obj *kwnames, bool at_end) {
    Obj *affix;
    size_t from, to;
    bool possible;
    if (str_parse_search(fname, self, args, nargs, kwnames, true, &affix, &from, &to, &possible) < 0)
        return NULL;
    if (is_str(affix)) return NEWREF(bool_from(possible && affix_matches(self, affix, from, to, at_end)));
    if (!is_tuple(affix)) {
        err_format(&Exc_TypeError, "%s first arg must be str or a tuple of str, not %s",
                   fname, type_name(affix));
        return NULL;
    }
    for (size_t i = 0; i < tuple_size(affix); i++) {
        Obj *a = tuple_get(affix, i);
        if (!is_str(a)) {
            err_format(&Exc_TypeError, "tuple for %s must only contain str, not %s", fname, type_name(a));
            return NULL;
        }
        if (possible && affix_matches(self, a, from, to, at_end)) return NEWREF(TRUE_);
    }
    return NEWREF(FALSE_);
}

Obj *str_m_startswith(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return affix_common("startswith", self, args, nargs, kwnames, false);
}
Obj *str_m_endswith(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return affix_common("endswith", self, args, nargs, kwnames, true);
}
