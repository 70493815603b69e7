/* bytes_methods.c: the methods bytes and bytearray share that search, split,
 * join, strip, pad and replace (the algorithms are str_algo.c's, run on raw
 * bytes), and the method tables of both types.  Results have self's kind.
 * Case conversions, predicates, hex and decode are in bytes_ctype.c. */
#include "bytes_internal.h"
#include "str_algo.h"
#include "err.h"
#include "buffer.h"
#include "int.h"
#include "list.h"
#include "seq_internal.h"
#include "tuple.h"

/* bytes.__bytes__(): self as an exact bytes. */
static Obj *bytes_m___bytes__(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (bytes_noargs(self, "__bytes__", nargs, kwnames) < 0) return NULL;
    if (IS_TYPE(self, BytesType)) return NEWREF(self);
    return bytes_from(byteslike_data(self), byteslike_size(self));
}

static Obj *bytes_m___getnewargs__(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (bytes_noargs(self, "__getnewargs__", nargs, kwnames) < 0) return NULL;
    Obj *b = bytes_from(byteslike_data(self), byteslike_size(self));
    if (b == NULL) return NULL;
    Obj *t = tuple_pack(1, b);
    DECREF(b);
    return t;
}

/* bytearray.__alloc__(): the bytes allocated for the buffer. */
static Obj *bytearray_m___alloc__(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (bytes_noargs(self, "__alloc__", nargs, kwnames) < 0) return NULL;
    return small_new((intptr_t)((ByteArrayObj *)self)->cap);
}

const MethodDef bytes_methods[] = {
    { "__bytes__", bytes_m___bytes__, 0 },
    { "__getnewargs__", bytes_m___getnewargs__, 0 },
#define X(name, flags) { #name, bytes_m_##name, flags },
    BYTES_SHARED_METHODS(X)
#undef X
    { NULL },
};

const MethodDef bytearray_methods[] = {
    { "__alloc__", bytearray_m___alloc__, 0 },
#define X(name, flags) { #name, bytes_m_##name, flags },
    BYTES_SHARED_METHODS(X)
#undef X
#define X(name, flags) { #name, bytearray_m_##name, flags },
    BYTEARRAY_OWN_METHODS(X)
#undef X
    { NULL },
};

/* ---- argument helpers ------------------------------------------------------------------ */
int bytes_noargs(Obj *self, const char *fname, size_t nargs, Obj *kwnames) {
    const char *tn = is_bytes(self) ? "bytes" : "bytearray";
    if (kw_count(kwnames) > 0) {
        err_format(&Exc_TypeError, "%s.%s() takes no keyword arguments", tn, fname);
        return -1;
    }
    if (nargs == 0) return 0;
    err_format(&Exc_TypeError, "%s.%s() takes no arguments (%zu given)", tn, fname, nargs);
    return -1;
}

int bytes_positional(Obj *self, const char *fname, size_t nargs, Obj *kwnames, size_t min, size_t max) {
    if (kw_count(kwnames) > 0) {
        err_format(&Exc_TypeError, "%s.%s() takes no keyword arguments",
                   is_bytes(self) ? "bytes" : "bytearray", fname);
        return -1;
    }
    if (nargs >= min && nargs <= max) return 0;
    if (min == 1 && max == 1) {
        err_format(&Exc_TypeError, "%s.%s() takes exactly one argument (%zu given)",
                   is_bytes(self) ? "bytes" : "bytearray", fname, nargs);
        return -1;
    }
    size_t bound = nargs < min ? min : max;
    err_format(&Exc_TypeError, "%s expected %s%zu argument%s, got %zu", fname,
               min == max ? "" : nargs < min ? "at least " : "at most ", bound,
               bound == 1 ? "" : "s", nargs);
    return -1;
}

Obj *bytes_piece(Obj *self, size_t from, size_t to) {
    return byteslike_like(self, byteslike_data(self) + from, to - from);
}

/* A search argument: bytes-like, or an int naming one byte (kept in *tmp). */
static int sub_arg(Obj *o, const char **d, size_t *n, unsigned char *tmp) {
    if (is_byteslike(o)) {
        *d = (const char *)byteslike_data(o);
        *n = byteslike_size(o);
        return 0;
    }
    if (is_int(o) || (TYPE(o)->number && TYPE(o)->number->index)) {
        intptr_t v;
        if (str_int_arg(o, &v) < 0) return -1;
        if (v < 0 || v > 255) {
            err_set_str(&Exc_ValueError, "byte must be in range(0, 256)");
            return -1;
        }
        *tmp = (unsigned char)v;
        *d = (const char *)tmp;
        *n = 1;
        return 0;
    }
    err_format(&Exc_TypeError, "argument should be integer or bytes-like object, not '%s'",
               type_name(o));
    return -1;
}

/* Optional start/end as slice indices over n bytes; false when start > n. */
static int range_args(Obj *const *args, size_t nargs, size_t n, size_t *from, size_t *to,
                      bool *possible) {
    intptr_t start = 0, end = INTPTR_MAX;
    if ((nargs > 1 && str_slice_index(args[1], &start) < 0) ||
        (nargs > 2 && str_slice_index(args[2], &end) < 0))
        return -1;
    intptr_t len = (intptr_t)n;
    if (end > len) end = len;
    else if (end < 0 && (end += len) < 0) end = 0;
    if (start < 0 && (start += len) < 0) start = 0;
    *possible = start <= len;
    if (end < start) end = start;
    *from = *possible ? (size_t)start : n;
    *to = *possible ? (size_t)end : n;
    return 0;
}

/* ---- find / count / index ---------------------------------------------------------------- */
static Obj *find_common(const char *fname, Obj *self, Obj *const *args, size_t nargs,
                        Obj *kwnames, bool reverse, bool raise, bool count) {
    if (args_no_kwargs(fname, kwnames) < 0 || str_args_count(fname, nargs, 1, 3) < 0) return NULL;
    const char *sub;
    size_t m, from, to;
    unsigned char tmp;
    bool possible;
    if (sub_arg(args[0], &sub, &m, &tmp) < 0 ||
        range_args(args, nargs, byteslike_size(self), &from, &to, &possible) < 0)
        return NULL;
    const char *s = (const char *)byteslike_data(self) + from;
    size_t n = to - from;
    if (count) {
        if (!possible) return small_new(0);
        return small_new((intptr_t)(m == 0 ? n + 1 : algo_count(s, n, sub, m, SIZE_MAX)));
    }
    intptr_t at = !possible ? -1 : reverse ? algo_rfind(s, n, sub, m) : algo_find(s, n, sub, m);
    if (at < 0) {
        if (!raise) return small_new(-1);
        err_set_str(&Exc_ValueError, "subsection not found");
        return NULL;
    }
    return small_new(at + (intptr_t)from);
}

Obj *bytes_m_find(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return find_common("find", self, args, nargs, kwnames, false, false, false);
}
Obj *bytes_m_rfind(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return find_common("rfind", self, args, nargs, kwnames, true, false, false);
}
Obj *bytes_m_index(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return find_common("index", self, args, nargs, kwnames, false, true, false);
}
Obj *bytes_m_rindex(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return find_common("rindex", self, args, nargs, kwnames, true, true, false);
}
Obj *bytes_m_count(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return find_common("count", self, args, nargs, kwnames, false, false, true);
}

static Obj *affix_common(const char *fname, Obj *self, Obj *const *args, size_t nargs,
                         Obj *kwnames, bool at_end) {
    if (args_no_kwargs(fname, kwnames) < 0 || str_args_count(fname, nargs, 1, 3) < 0) return NULL;
    size_t from, to;
    bool possible;
    if (range_args(args, nargs, byteslike_size(self), &from, &to, &possible) < 0) return NULL;
    Obj *a = args[0];
    bool tuple = is_tuple(a);
    size_t k = tuple ? tuple_size(a) : 1;
    if (!tuple && !is_byteslike(a)) {
        err_format(&Exc_TypeError, "%s first arg must be bytes or a tuple of bytes, not %s",
                   fname, type_name(a));
        return NULL;
    }
    const unsigned char *s = byteslike_data(self);
    for (size_t i = 0; i < k; i++) {
        Obj *x = tuple ? tuple_get(a, i) : a;
        if (!is_byteslike(x)) {
            err_format(&Exc_TypeError, "a bytes-like object is required, not '%s'", type_name(x));
            return NULL;
        }
        size_t m = byteslike_size(x);
        if (possible && to - from >= m &&
            memcmp(s + (at_end ? to - m : from), byteslike_data(x), m) == 0)
            return NEWREF(TRUE_);
    }
    return NEWREF(FALSE_);
}

Obj *bytes_m_startswith(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return affix_common("startswith", self, args, nargs, kwnames, false);
}
Obj *bytes_m_endswith(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return affix_common("endswith", self, args, nargs, kwnames, true);
}

/* ---- split family -------------------------------------------------------------------- */
static int split_args(const char *fname, Obj *const *args, size_t nargs, Obj *kwnames,
                      const unsigned char **sep, size_t *m, intptr_t *maxsplit) {
    static const char *const names[] = { "sep", "maxsplit", NULL };
    Obj *a[2];
    if (str_bind(fname, args, nargs, kwnames, names, 0, a) < 0) return -1;
    *sep = NULL;
    *m = 0;
    *maxsplit = -1;
    if (a[0] != NULL && a[0] != NONE) {
        if (byteslike_view(a[0], sep, m) < 0) return -1;
        if (*m == 0) {
            err_set_str(&Exc_ValueError, "empty separator");
            return -1;
        }
    }
    return a[1] ? str_int_arg(a[1], maxsplit) : 0;
}

Obj *bytes_m_split(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    const unsigned char *sep;
    size_t m;
    intptr_t maxsplit;
    if (split_args("split", args, nargs, kwnames, &sep, &m, &maxsplit) < 0) return NULL;
    return algo_split(self, (const char *)byteslike_data(self), byteslike_size(self),
                      (const char *)sep, m, maxsplit, false, bytes_piece);
}

Obj *bytes_m_rsplit(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    const unsigned char *sep;
    size_t m;
    intptr_t maxsplit;
    if (split_args("rsplit", args, nargs, kwnames, &sep, &m, &maxsplit) < 0) return NULL;
    return algo_rsplit(self, (const char *)byteslike_data(self), byteslike_size(self),
                       (const char *)sep, m, maxsplit, false, bytes_piece);
}

Obj *bytes_m_splitlines(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = { "keepends", NULL };
    Obj *a[1];
    if (str_bind("splitlines", args, nargs, kwnames, names, 0, a) < 0) return NULL;
    intptr_t keep = 0;
    if (a[0] != NULL && str_int_arg(a[0], &keep) < 0) return NULL;
    return algo_splitlines(self, (const char *)byteslike_data(self), byteslike_size(self),
                           keep != 0, false, bytes_piece);
}

static Obj *partition_common(const char *fname, Obj *self, Obj *const *args, size_t nargs,
                             Obj *kwnames, bool reverse) {
    if (bytes_positional(self, fname, nargs, kwnames, 1, 1) < 0) return NULL;
    const unsigned char *sep;
    size_t m;
    if (byteslike_view(args[0], &sep, &m) < 0) return NULL;
    if (m == 0) {
        err_set_str(&Exc_ValueError, "empty separator");
        return NULL;
    }
    Obj *mid = byteslike_like(self, sep, m);
    if (mid == NULL) return NULL;
    Obj *r = algo_partition(self, (const char *)byteslike_data(self), byteslike_size(self), mid,
                            (const char *)byteslike_data(mid), m, reverse, bytes_piece);
    DECREF(mid);
    return r;
}

Obj *bytes_m_partition(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return partition_common("partition", self, args, nargs, kwnames, false);
}
Obj *bytes_m_rpartition(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return partition_common("rpartition", self, args, nargs, kwnames, true);
}

/* ---- join ---------------------------------------------------------------------------- */
Obj *bytes_m_join(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (bytes_positional(self, "join", nargs, kwnames, 1, 1) < 0) return NULL;
    Obj *src = args[0];
    Type *t = TYPE(src);
    if (t->iter == NULL && (t->mapping == NULL || t->mapping->getitem == NULL)) {
        err_set_str(&Exc_TypeError, "can only join an iterable");
        return NULL;
    }
    Obj *list = seq_fast_ok(src) ? NEWREF(src) : list_from_iterable(src);
    if (list == NULL) return NULL;
    size_t k = is_list(list) ? list_size(list) : tuple_size(list);
    Obj *const *items = is_list(list) ? (Obj *const *)((ListObj *)list)->items : ((TupleObj *)list)->items;
    StrBuf b;
    strbuf_init(&b);
    const unsigned char *sep = byteslike_data(self);
    size_t m = byteslike_size(self);
    Obj *r = NULL;
    for (size_t i = 0; i < k; i++) {
        Obj *x = items[i];
        const unsigned char *xp;
        size_t xn;
        if (!is_byteslike(x) && !buffer_check(x)) {
            err_format(&Exc_TypeError, "sequence item %zu: expected a bytes-like object, %s found",
                       i, type_name(x));
            goto done;
        }
        if (byteslike_view(x, &xp, &xn) < 0 || (i > 0 && strbuf_append(&b, (const char *)sep, m) < 0) ||
            strbuf_append(&b, (const char *)xp, xn) < 0)
            goto done;
    }
    r = byteslike_like(self, b.data, b.size);
done:
    strbuf_free(&b);
    DECREF(list);
    return r;
}

/* ---- strip family ---------------------------------------------------------------------- */
static Obj *strip_common(const char *fname, Obj *self, Obj *const *args, size_t nargs,
                         Obj *kwnames, int how) {
    if (bytes_positional(self, fname, nargs, kwnames, 0, 1) < 0) return NULL;
    bool set[256] = { false };
    if (nargs > 0 && args[0] != NONE) {
        const unsigned char *c;
        size_t k;
        if (byteslike_view(args[0], &c, &k) < 0) return NULL;
        for (size_t i = 0; i < k; i++) set[c[i]] = true;
    } else {
        set[' '] = set['\t'] = set['\n'] = set['\r'] = set['\v'] = set['\f'] = true;
    }
    const unsigned char *s = byteslike_data(self);
    size_t i = 0, j = byteslike_size(self);
    if (how & 1) while (i < j && set[s[i]]) i++;
    if (how & 2) while (j > i && set[s[j - 1]]) j--;
    if (i == 0 && j == byteslike_size(self) && TYPE(self) == &BytesType)
        return NEWREF(self);              /* nothing stripped: the same object */
    return byteslike_like(self, s + i, j - i);
}

Obj *bytes_m_strip(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return strip_common("strip", self, args, nargs, kwnames, 3);
}
Obj *bytes_m_lstrip(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return strip_common("lstrip", self, args, nargs, kwnames, 1);
}
Obj *bytes_m_rstrip(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return strip_common("rstrip", self, args, nargs, kwnames, 2);
}

static Obj *affix_remove(const char *fname, Obj *self, Obj *const *args, size_t nargs,
                         Obj *kwnames, bool suffix) {
    if (bytes_positional(self, fname, nargs, kwnames, 1, 1) < 0) return NULL;
    const unsigned char *a;
    size_t m;
    if (byteslike_view(args[0], &a, &m) < 0) return NULL;
    const unsigned char *s = byteslike_data(self);
    size_t n = byteslike_size(self);
    if (m <= n && memcmp(suffix ? s + n - m : s, a, m) == 0)
        return suffix ? byteslike_like(self, s, n - m) : byteslike_like(self, s + m, n - m);
    return byteslike_like(self, s, n);
}

Obj *bytes_m_removeprefix(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return affix_remove("removeprefix", self, args, nargs, kwnames, false);
}
Obj *bytes_m_removesuffix(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return affix_remove("removesuffix", self, args, nargs, kwnames, true);
}

/* ---- padding ----------------------------------------------------------------------------- */
static Obj *pad(Obj *self, size_t left, size_t right, unsigned char fill) {
    const unsigned char *s = byteslike_data(self);
    size_t n = byteslike_size(self);
    StrBuf b;
    strbuf_init(&b);
    if (strbuf_reserve(&b, n + left + right) < 0) return NULL;
    memset(b.data, fill, left);
    memcpy(b.data + left, s, n);
    memset(b.data + left + n, fill, right);
    Obj *r = byteslike_like(self, b.data, n + left + right);
    strbuf_free(&b);
    return r;
}

static int pad_args(const char *fname, Obj *self, Obj *const *args, size_t nargs, Obj *kwnames,
                    intptr_t *width, size_t *extra, unsigned char *fill) {
    if (bytes_positional(self, fname, nargs, kwnames, 1, 2) < 0 || str_int_arg(args[0], width) < 0)
        return -1;
    *fill = ' ';
    if (nargs > 1) {
        if (!is_byteslike(args[1]) || byteslike_size(args[1]) != 1) {
            err_format(&Exc_TypeError, "%s() argument 2 must be a byte string of length 1, not %s",
                       fname, type_name(args[1]));
            return -1;
        }
        *fill = byteslike_data(args[1])[0];
    }
    size_t n = byteslike_size(self);
    *extra = *width > 0 && (size_t)*width > n ? (size_t)*width - n : 0;
    return 0;
}

Obj *bytes_m_center(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    intptr_t width;
    size_t extra;
    unsigned char fill;
    if (pad_args("center", self, args, nargs, kwnames, &width, &extra, &fill) < 0) return NULL;
    size_t left = extra / 2 + (extra & (size_t)width & 1);
    return pad(self, left, extra - left, fill);
}

Obj *bytes_m_ljust(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    intptr_t width;
    size_t extra;
    unsigned char fill;
    if (pad_args("ljust", self, args, nargs, kwnames, &width, &extra, &fill) < 0) return NULL;
    return pad(self, 0, extra, fill);
}

Obj *bytes_m_rjust(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    intptr_t width;
    size_t extra;
    unsigned char fill;
    if (pad_args("rjust", self, args, nargs, kwnames, &width, &extra, &fill) < 0) return NULL;
    return pad(self, extra, 0, fill);
}

Obj *bytes_m_zfill(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    intptr_t width;
    if (bytes_positional(self, "zfill", nargs, kwnames, 1, 1) < 0 || str_int_arg(args[0], &width) < 0)
        return NULL;
    size_t n = byteslike_size(self);
    size_t z = width > 0 && (size_t)width > n ? (size_t)width - n : 0;
    Obj *r = pad(self, z, 0, '0');
    if (r == NULL || z == 0) return r;
    unsigned char *d = is_bytes(r) ? ((BytesObj *)r)->data : ((ByteArrayObj *)r)->data;
    if (d[z] == '+' || d[z] == '-') {
        d[0] = d[z];
        d[z] = '0';
    }
    return r;
}

Obj *bytes_m_expandtabs(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = { "tabsize", NULL };
    Obj *a[1];
    if (str_bind("expandtabs", args, nargs, kwnames, names, 0, a) < 0) return NULL;
    intptr_t tab = 8;
    if (a[0] != NULL && str_cint_arg(a[0], &tab) < 0) return NULL;
    const unsigned char *s = byteslike_data(self);
    size_t n = byteslike_size(self), col = 0;
    StrBuf b;
    strbuf_init(&b);
    for (size_t i = 0; i < n; i++) {
        int rc;
        if (s[i] == '\t') {
            size_t k = tab > 0 ? (size_t)tab - col % (size_t)tab : 0;
            rc = strbuf_append_repeat(&b, ' ', k);
            col += k;
        } else {
            rc = strbuf_reserve(&b, 1);
            if (rc == 0) b.data[b.size++] = (char)s[i];
            col = s[i] == '\n' || s[i] == '\r' ? 0 : col + 1;
        }
        if (rc < 0) {
            strbuf_free(&b);
            return NULL;
        }
    }
    Obj *r = byteslike_like(self, b.data, b.size);
    strbuf_free(&b);
    return r;
}

/* ---- replace / translate / maketrans ------------------------------------------------------- */
Obj *bytes_m_replace(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (bytes_positional(self, "replace", nargs, kwnames, 2, 3) < 0) return NULL;
    const unsigned char *old, *new_;
    size_t oldn, newn;
    intptr_t maxcount = -1;
    if (byteslike_view(args[0], &old, &oldn) < 0 || byteslike_view(args[1], &new_, &newn) < 0 ||
        (nargs > 2 && str_int_arg(args[2], &maxcount) < 0))
        return NULL;
    const char *s = (const char *)byteslike_data(self);
    size_t n = byteslike_size(self), max = maxcount < 0 ? SIZE_MAX : (size_t)maxcount, count;
    if (oldn == 0) count = n + 1 < max ? n + 1 : max;
    else count = algo_count(s, n, (const char *)old, oldn, max);
    if (count == 0) return byteslike_like(self, s, n);
    size_t size = algo_replace_size(n, oldn, newn, count);
    StrBuf b;
    strbuf_init(&b);
    if (strbuf_reserve(&b, size) < 0) return NULL;
    algo_replace_fill(b.data, s, n, (const char *)old, oldn, (const char *)new_, newn, count, false);
    Obj *r = byteslike_like(self, b.data, size);
    strbuf_free(&b);
    return r;
}

Obj *bytes_m_translate(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = { "table", "/", "delete", NULL };
    Obj *a[2];
    if (nargs == 0) {
        err_set_str(&Exc_TypeError, "translate() takes at least 1 positional argument (0 given)");
        return NULL;
    }
    if (args_bind("translate", args, nargs, kwnames, names, 1, a) < 0) return NULL;
    const unsigned char *table = NULL, *del = NULL;
    size_t tn = 0, dn = 0;
    if (a[0] != NONE) {
        if (byteslike_view(a[0], &table, &tn) < 0) return NULL;
        if (tn != 256) {
            err_set_str(&Exc_ValueError, "translation table must be 256 characters long");
            return NULL;
        }
    }
    if (a[1] != NULL && byteslike_view(a[1], &del, &dn) < 0) return NULL;
    bool gone[256] = { false };
    for (size_t i = 0; i < dn; i++) gone[del[i]] = true;
    const unsigned char *s = byteslike_data(self);
    size_t n = byteslike_size(self), k = 0;
    StrBuf b;
    strbuf_init(&b);
    if (strbuf_reserve(&b, n) < 0) return NULL;
    for (size_t i = 0; i < n; i++)
        if (!gone[s[i]]) b.data[k++] = (char)(table ? table[s[i]] : s[i]);
    Obj *r = byteslike_like(self, b.data, k);
    strbuf_free(&b);
    return r;
}

Obj *bytes_m_maketrans(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("maketrans", kwnames) < 0) return NULL;
    if (nargs != 2) {
        err_format(&Exc_TypeError, "maketrans expected 2 arguments, got %zu", nargs);
        return NULL;
    }
    const unsigned char *from, *to;
    size_t fn, tn;
    if (byteslike_view(args[0], &from, &fn) < 0 || byteslike_view(args[1], &to, &tn) < 0) return NULL;
    if (fn != tn) {
        err_set_str(&Exc_ValueError, "maketrans arguments must have same length");
        return NULL;
    }
    unsigned char table[256];
    for (int i = 0; i < 256; i++) table[i] = (unsigned char)i;
    for (size_t i = 0; i < fn; i++) table[from[i]] = to[i];
    return bytes_from(table, 256);
}
