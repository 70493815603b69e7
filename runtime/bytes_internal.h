/* bytes_internal.h: what bytes.c, bytearray.c, bytes_methods.c and
 * bytes_percent share.  Most helpers work on any bytes-like object. */
#ifndef GILPY_BYTES_INTERNAL_H
#define GILPY_BYTES_INTERNAL_H

#include "bytes.h"
#include "str.h"
#include "str_methods.h"

extern const MethodDef bytes_methods[], bytearray_methods[];

/* X(name, flags): methods bytes and bytearray share (bytes_methods.c,
 * functions bytes_m_<name>) and bytearray's own (bytearray.c,
 * bytearray_m_<name>). */
#define BYTES_SHARED_METHODS(X) \
    X(capitalize, 0) X(center, 0) X(count, 0) X(decode, 0) X(endswith, 0) \
    X(expandtabs, 0) X(find, 0) X(fromhex, METH_CLASS) X(hex, 0) X(index, 0) \
    X(isalnum, 0) X(isalpha, 0) X(isascii, 0) X(isdigit, 0) X(islower, 0) \
    X(isspace, 0) X(istitle, 0) X(isupper, 0) X(join, 0) X(ljust, 0) X(lower, 0) \
    X(lstrip, 0) X(maketrans, METH_STATIC) X(partition, 0) X(removeprefix, 0) \
    X(removesuffix, 0) X(replace, 0) X(rfind, 0) X(rindex, 0) X(rjust, 0) \
    X(rpartition, 0) X(rsplit, 0) X(rstrip, 0) X(split, 0) X(splitlines, 0) \
    X(startswith, 0) X(strip, 0) X(swapcase, 0) X(title, 0) X(translate, 0) \
    X(upper, 0) X(zfill, 0)
#define BYTEARRAY_OWN_METHODS(X) \
    X(append, 0) X(extend, 0) X(pop, 0) X(insert, 0) X(remove, 0) X(clear, 0) \
    X(reverse, 0) X(copy, 0)

#define X(name, flags) Obj *bytes_m_##name(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
BYTES_SHARED_METHODS(X)
#undef X
#define X(name, flags) Obj *bytearray_m_##name(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
BYTEARRAY_OWN_METHODS(X)
#undef X

/* b'...' for p[0..n); bytearray's repr also escapes ' inside "...". */
int bytes_append_repr(StrBuf *b, const unsigned char *p, size_t n, bool bytearray);
Obj *byteslike_richcompare(Obj *a, Obj *b, int op);
/* seq * n / n * seq: 1 with *seq and *n set, 0 when not such a pair, -1 on error. */
int byteslike_repeat_args(Obj *a, Obj *b, bool (*is_seq)(const Obj *), Obj **seq, intptr_t *n);
void bytes_fill_repeat(unsigned char *dst, const unsigned char *src, size_t size, size_t n);
/* 1: index in *i; 0: key is a slice; -1: error ("<what> out of range",
 * "<seqname> indices must be integers or slices, not T"). */
int byteslike_index(Obj *key, size_t n, intptr_t *i, const char *what, const char *seqname);
Obj *byteslike_slice(Obj *slice, const unsigned char *data, size_t n, bool bytearray);
int byteslike_contains(Obj *seq, Obj *item);
Obj *byteslike_iter(Obj *seq);
/* The content bytes(src, encoding, errors) would have, appended to out
 * (a StrBuf used as a plain byte buffer). */
int byteslike_source(StrBuf *out, Obj *src, Obj *encoding, Obj *errors, const char *who);
int byteslike_from_iterable(StrBuf *out, Obj *src, const char *who);
/* A new object of self's kind (bytes or bytearray) holding data. */
static inline Obj *byteslike_like(Obj *self, const void *data, size_t size) {
    return is_bytes(self) ? bytes_from(data, size) : bytearray_from(data, size);
}
Obj *bytes_percent_format(Obj *fmt, Obj *args);
/* "bytes.f() takes no arguments (1 given)" and the other argument checks
 * of positional-only methods, naming self's type; -1 with TypeError. */
int bytes_noargs(Obj *self, const char *fname, size_t nargs, Obj *kwnames);
int bytes_positional(Obj *self, const char *fname, size_t nargs, Obj *kwnames, size_t min, size_t max);
/* PieceFn (str_algo.h): bytes [from, to) of self as self's kind. */
Obj *bytes_piece(Obj *self, size_t from, size_t to);
/* bytes.hex(): the hex digits of s[0..n), with sep (str/bytes of length 1,
 * or NULL) every bytes_per_sep bytes (NULL: 1; negative counts from the left). */
Obj *bytes_hex_string(const unsigned char *s, size_t n, Obj *sep, Obj *bytes_per_sep);

#endif
