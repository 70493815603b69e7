/* str_algo.c: the byte-level algorithms of str_algo.h (search, count,
 * whitespace and line breaks, split/rsplit/splitlines/partition, replace),
 * shared by str (UTF-8) and bytes/bytearray (raw bytes). */
#include <string.h>
#include "str_algo.h"
#include "str_internal.h"
#include "list.h"
#include "tuple.h"

/* ---- searching ------------------------------------------------------------------- */
intptr_t algo_find(const char *s, size_t n, const char *sub, size_t m) {
    if (m > n) return -1;
    if (m == 0) return 0;
    const char *hit = m == 1 ? memchr(s, sub[0], n) : memmem(s, n, sub, m);
    return hit ? hit - s : -1;
}

intptr_t algo_rfind(const char *s, size_t n, const char *sub, size_t m) {
    if (m > n) return -1;
    if (m == 0) return (intptr_t)n;
    size_t limit = n - m + 1;   /* candidate starts lie in [0, limit) */
    while (limit > 0) {
        const char *hit = memrchr(s, sub[0], limit);
        if (hit == NULL) return -1;
        if (memcmp(hit, sub, m) == 0) return hit - s;
        limit = (size_t)(hit - s);
    }
    return -1;
}

void algo_finder_init(Finder *f, const char *needle, size_t m) {
    f->needle = (const unsigned char *)needle;
    f->m = m;
    if (m < 2) return;
    uint32_t dflt = m > UINT32_MAX ? UINT32_MAX : (uint32_t)m;
    for (int c = 0; c < 256; c++) f->shift[c] = dflt;
    for (size_t i = 0; i + 1 < m; i++) {
        size_t k = m - 1 - i;
        f->shift[f->needle[i]] = k > UINT32_MAX ? UINT32_MAX : (uint32_t)k;
    }
}

intptr_t algo_finder_next(const Finder *f, const char *s, size_t n, size_t from) {
    size_t m = f->m;
    if (from > n || n - from < m) return -1;
    if (m == 1) {
        const char *hit = memchr(s + from, f->needle[0], n - from);
        return hit ? hit - s : -1;
    }
    const unsigned char *t = (const unsigned char *)s, *p = f->needle;
    unsigned char last = p[m - 1];
    for (size_t i = from; i + m <= n;) {
        unsigned char c = t[i + m - 1];
        if (c == last && memcmp(t + i, p, m - 1) == 0) return (intptr_t)i;
        i += f->shift[c];
    }
    return -1;
}

size_t algo_count(const char *s, size_t n, const char *sub, size_t m, size_t max) {
    size_t count = 0, from = 0;
    if (m == 0 || m > n) return 0;
    Finder f;
    algo_finder_init(&f, sub, m);
    while (count < max) {
        intptr_t at = algo_finder_next(&f, s, n, from);
        if (at < 0) break;
        count++;
        from = (size_t)at + m;
    }
    return count;
}

/* ---- character classes ------------------------------------------------------------- */
/* ASCII whitespace: str's set adds \x1c-\x1f to bytes' " \t\n\r\v\f". */
static const unsigned char ascii_space[128] = {
    ['\t'] = 3, ['\n'] = 3, ['\v'] = 3, ['\f'] = 3, ['\r'] = 3, [' '] = 3,
    [0x1c] = 1, [0x1d] = 1, [0x1e] = 1, [0x1f] = 1,
};

bool unicode_isspace(uint32_t cp) {
    if (cp < 128) return ascii_space[cp] != 0;
    switch (cp) {
    case 0x85: case 0xa0: case 0x1680: case 0x2028: case 0x2029: case 0x202f:
    case 0x205f: case 0x3000:
        return true;
    default:
        return cp >= 0x2000 && cp <= 0x200a;
    }
}

static inline size_t space_at(const unsigned char *p, bool utf8) {
    if (*p < 0x80) return ascii_space[*p] & (utf8 ? 1 : 2) ? 1 : 0;
    if (!utf8) return 0;
    const unsigned char *q = p;
    uint32_t cp = utf8_decode(&q);
    return unicode_isspace(cp) ? (size_t)(q - p) : 0;
}

size_t algo_space_at(const unsigned char *p, const unsigned char *end, bool utf8) {
    (void)end;
    return space_at(p, utf8);
}

size_t algo_space_before(const unsigned char *begin, const unsigned char *p, bool utf8) {
    (void)begin;
    unsigned char c = p[-1];
    if (c < 0x80) return ascii_space[c] & (utf8 ? 1 : 2) ? 1 : 0;
    if (!utf8) return 0;
    const unsigned char *q = p;
    uint32_t cp = utf8_decode_back(&q);
    return unicode_isspace(cp) ? (size_t)(p - q) : 0;
}

size_t algo_linebreak_at(const unsigned char *p, const unsigned char *end, bool utf8) {
    unsigned char c = *p;
    if (c == '\n') return 1;
    if (c == '\r') return p + 1 < end && p[1] == '\n' ? 2 : 1;
    if (!utf8) return 0;
    if (c == '\v' || c == '\f' || c == 0x1c || c == 0x1d || c == 0x1e) return 1;
    if (c == 0xc2 && p + 1 < end && p[1] == 0x85) return 2;
    if (c == 0xe2 && p + 2 < end && p[1] == 0x80 && (p[2] == 0xa8 || p[2] == 0xa9)) return 3;
    return 0;
}

static inline size_t char_len(const unsigned char *p, bool utf8) {
    return utf8 ? utf8_seq_len(*p) : 1;
}

/* ---- splitting ----------------------------------------------------------------------- */
/* Appends piece [from, to) to list; -1 on error. */
static int add_piece(Obj *list, Obj *self, size_t from, size_t to, PieceFn mk) {
    Obj *piece = mk(self, from, to);
    if (piece == NULL) return -1;
    int rc = list_append(list, piece);
    DECREF(piece);
    return rc;
}

static Obj *fail(Obj *list) {
    DECREF(list);
    return NULL;
}

static Obj *split_ws(Obj *self, const char *s, size_t n, intptr_t maxsplit, bool utf8, PieceFn mk) {
    Obj *list = list_new(0);
    if (list == NULL) return NULL;
    const unsigned char *b = (const unsigned char *)s, *p = b, *end = b + n;
    size_t w;
    for (;;) {
        while (p < end && (w = space_at(p, utf8)) > 0) p += w;
        if (p == end) break;
        if (maxsplit == 0) {   /* the rest, trailing whitespace kept */
            if (add_piece(list, self, (size_t)(p - b), n, mk) < 0) return fail(list);
            break;
        }
        const unsigned char *start = p;
        while (p < end) {
            if (*p < 0x80) {   /* ASCII: one table lookup */
                if (ascii_space[*p] & (utf8 ? 1 : 2)) break;
                p++;
            } else {
                if (space_at(p, utf8) > 0) break;
                p += char_len(p, utf8);
            }
        }
        if (add_piece(list, self, (size_t)(start - b), (size_t)(p - b), mk) < 0) return fail(list);
        if (maxsplit > 0) maxsplit--;
    }
    return list;
}

static Obj *split_sep(Obj *self, const char *s, size_t n, const char *sep, size_t m,
                      intptr_t maxsplit, PieceFn mk) {
    Obj *list = list_new(0);
    if (list == NULL) return NULL;
    size_t from = 0;
    Finder f;
    algo_finder_init(&f, sep, m);
    while (maxsplit != 0) {
        intptr_t at = algo_finder_next(&f, s, n, from);
        if (at < 0) break;
        if (add_piece(list, self, from, (size_t)at, mk) < 0) return fail(list);
        from = (size_t)at + m;
        if (maxsplit > 0) maxsplit--;
    }
    if (add_piece(list, self, from, n, mk) < 0) return fail(list);
    return list;
}

Obj *algo_split(Obj *self, const char *s, size_t n, const char *sep, size_t m,
                intptr_t maxsplit, bool utf8, PieceFn mk) {
    return sep ? split_sep(self, s, n, sep, m, maxsplit, mk) : split_ws(self, s, n, maxsplit, utf8, mk);
}

/* Reverses a list built back to front. */
static void reverse_list(Obj *list) {
    size_t k = list_size(list);
    Obj **items = ((ListObj *)list)->items;
    for (size_t i = 0; i < k / 2; i++) {
        Obj *t = items[i];
        items[i] = items[k - 1 - i];
        items[k - 1 - i] = t;
    }
}

static Obj *rsplit_ws(Obj *self, const char *s, size_t n, intptr_t maxsplit, bool utf8, PieceFn mk) {
    Obj *list = list_new(0);
    if (list == NULL) return NULL;
    const unsigned char *b = (const unsigned char *)s, *p = b + n;
    size_t w;
    for (;;) {
        while (p > b && (w = algo_space_before(b, p, utf8)) > 0) p -= w;
        if (p == b) break;
        if (maxsplit == 0) {
            if (add_piece(list, self, 0, (size_t)(p - b), mk) < 0) return fail(list);
            break;
        }
        const unsigned char *stop = p;
        while (p > b && algo_space_before(b, p, utf8) == 0) {
            p--;
            if (utf8) while (p > b && (*p & 0xc0) == 0x80) p--;
        }
        if (add_piece(list, self, (size_t)(p - b), (size_t)(stop - b), mk) < 0) return fail(list);
        if (maxsplit > 0) maxsplit--;
    }
    reverse_list(list);
    return list;
}

static Obj *rsplit_sep(Obj *self, const char *s, size_t n, const char *sep, size_t m,
                       intptr_t maxsplit, PieceFn mk) {
    Obj *list = list_new(0);
    if (list == NULL) return NULL;
    size_t to = n;
    while (maxsplit != 0) {
        intptr_t at = algo_rfind(s, to, sep, m);
        if (at < 0) break;
        if (add_piece(list, self, (size_t)at + m, to, mk) < 0) return fail(list);
        to = (size_t)at;
        if (maxsplit > 0) maxsplit--;
    }
    if (add_piece(list, self, 0, to, mk) < 0) return fail(list);
    reverse_list(list);
    return list;
}

Obj *algo_rsplit(Obj *self, const char *s, size_t n, const char *sep, size_t m,
                 intptr_t maxsplit, bool utf8, PieceFn mk) {
    return sep ? rsplit_sep(self, s, n, sep, m, maxsplit, mk) : rsplit_ws(self, s, n, maxsplit, utf8, mk);
}

Obj *algo_splitlines(Obj *self, const char *s, size_t n, bool keepends, bool utf8, PieceFn mk) {
    Obj *list = list_new(0);
    if (list == NULL) return NULL;
    const unsigned char *b = (const unsigned char *)s, *p = b, *end = b + n, *start = b;
    while (p < end) {
        size_t w = algo_linebreak_at(p, end, utf8);
        if (w == 0) {
            p++;
            continue;
        }
        size_t stop = (size_t)(p - b) + (keepends ? w : 0);
        if (add_piece(list, self, (size_t)(start - b), stop, mk) < 0) return fail(list);
        p += w;
        start = p;
    }
    if (start < end && add_piece(list, self, (size_t)(start - b), n, mk) < 0) return fail(list);
    return list;
}

Obj *algo_partition(Obj *self, const char *s, size_t n, Obj *sep, const char *sepd, size_t m,
                    bool reverse, PieceFn mk) {
    intptr_t at = reverse ? algo_rfind(s, n, sepd, m) : algo_find(s, n, sepd, m);
    Obj *a, *mid, *c;
    if (at < 0) {
        Obj *whole = mk(self, 0, n), *empty = mk(self, 0, 0);
        Obj *empty2 = empty ? NEWREF(empty) : NULL;
        if (whole == NULL || empty == NULL) {
            XDECREF(whole);
            XDECREF(empty);
            XDECREF(empty2);
            return NULL;
        }
        a = reverse ? empty : whole;
        mid = empty2;
        c = reverse ? whole : empty;
    } else {
        a = mk(self, 0, (size_t)at);
        c = mk(self, (size_t)at + m, n);
        mid = NEWREF(sep);
        if (a == NULL || c == NULL) {
            XDECREF(a);
            XDECREF(c);
            DECREF(mid);
            return NULL;
        }
    }
    Obj *t = tuple_new(3);
    if (t == NULL) {
        DECREF(a);
        DECREF(mid);
        DECREF(c);
        return NULL;
    }
    tuple_set(t, 0, a);
    tuple_set(t, 1, mid);
    tuple_set(t, 2, c);
    return t;
}

/* ---- replace --------------------------------------------------------------------------- */
size_t algo_replace_size(size_t n, size_t oldn, size_t newn, size_t count) {
    return n - count * oldn + count * newn;
}

void algo_replace_fill(char *dst, const char *s, size_t n, const char *old, size_t oldn,
                       const char *new_, size_t newn, size_t count, bool utf8) {
    const char *p = s, *end = s + n;
    if (oldn == 0) {
        for (size_t i = 0; i < count; i++) {
            memcpy(dst, new_, newn);
            dst += newn;
            if (p < end) {
                size_t w = char_len((const unsigned char *)p, utf8);
                memcpy(dst, p, w);
                dst += w;
                p += w;
            }
        }
    } else {
        Finder f;
        algo_finder_init(&f, old, oldn);
        for (size_t i = 0; i < count; i++) {
            const char *hit = s + algo_finder_next(&f, s, n, (size_t)(p - s));
            size_t k = (size_t)(hit - p);
            memcpy(dst, p, k);
            dst += k;
            memcpy(dst, new_, newn);
            dst += newn;
            p = hit + oldn;
        }
    }
    memcpy(dst, p, (size_t)(end - p));
}
