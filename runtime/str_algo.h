/* str_algo.h: byte-level text algorithms shared by the str methods (on UTF-8,
 * utf8 = true) and the bytes/bytearray methods (raw bytes, utf8 = false):
 * searching, counting, splitting, line splitting, whitespace and replacing.
 * Pieces are made by a PieceFn, so each caller gets its own result type. */
#ifndef GILPY_STR_ALGO_H
#define GILPY_STR_ALGO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "object.h"

/* Makes the piece [from, to) (byte offsets) of self's text; new reference. */
typedef Obj *(*PieceFn)(Obj *self, size_t from, size_t to);

/* A forward searcher for one needle, built once for repeated searches
 * (Horspool's skip table; memchr for one byte). */
typedef struct Finder {
    const unsigned char *needle;
    size_t m;
    uint32_t shift[256];
} Finder;
void algo_finder_init(Finder *f, const char *needle, size_t m);   /* m > 0 */
/* Offset of the first occurrence in s[from..n), or -1. */
intptr_t algo_finder_next(const Finder *f, const char *s, size_t n, size_t from);

/* First/last occurrence of sub (m bytes, m may be 0) in s[0..n), or -1. */
intptr_t algo_find(const char *s, size_t n, const char *sub, size_t m);
intptr_t algo_rfind(const char *s, size_t n, const char *sub, size_t m);
/* Non-overlapping occurrences of a non-empty sub, at most max. */
size_t algo_count(const char *s, size_t n, const char *sub, size_t m, size_t max);

/* Byte length of the whitespace character at p (0: not whitespace).  For
 * utf8, Python's str.isspace() set; else bytes.isspace() (ASCII). */
size_t algo_space_at(const unsigned char *p, const unsigned char *end, bool utf8);
/* Same for the character ending just before p (begin < p). */
size_t algo_space_before(const unsigned char *begin, const unsigned char *p, bool utf8);
/* Byte length of the line break at p: 2 for \r\n, 0 when none.  utf8 adds
 * \v \f \x1c \x1d \x1e \x85 \u2028 \u2029 to \n and \r. */
size_t algo_linebreak_at(const unsigned char *p, const unsigned char *end, bool utf8);
bool unicode_isspace(uint32_t cp);

/* Lists for split/rsplit (maxsplit < 0: no limit), with sep (m > 0 bytes)
 * or on runs of whitespace (sep NULL). */
Obj *algo_split(Obj *self, const char *s, size_t n, const char *sep, size_t m,
                intptr_t maxsplit, bool utf8, PieceFn mk);
Obj *algo_rsplit(Obj *self, const char *s, size_t n, const char *sep, size_t m,
                 intptr_t maxsplit, bool utf8, PieceFn mk);
Obj *algo_splitlines(Obj *self, const char *s, size_t n, bool keepends, bool utf8, PieceFn mk);
/* 3-tuples for partition/rpartition; sep is a ready object for the middle. */
Obj *algo_partition(Obj *self, const char *s, size_t n, Obj *sep, const char *sepd, size_t m,
                    bool reverse, PieceFn mk);

/* Size of s with `count` occurrences of old replaced (count already
 * limited to what exists); for an empty old, count insertions between
 * characters (code points when utf8). */
size_t algo_replace_size(size_t n, size_t oldn, size_t newn, size_t count);
/* Writes that result to dst. */
void algo_replace_fill(char *dst, const char *s, size_t n, const char *old, size_t oldn,
                       const char *new_, size_t newn, size_t count, bool utf8);

#endif
