/* str_internal.h: what the str family of files (str*.c, strbuf.c) shares:
 * UTF-8 encoding/decoding helpers, raw string allocation and code-point
 * index to byte offset conversion. */
#ifndef GILPY_STR_INTERNAL_H
#define GILPY_STR_INTERNAL_H

#include <string.h>
#include "str.h"

/* Length of the UTF-8 sequence starting with `lead` (valid UTF-8 only). */
static inline size_t utf8_seq_len(unsigned char lead) {
    return lead < 0x80 ? 1 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
}

/* Decodes one code point of valid UTF-8 at *p and advances *p. */
static inline uint32_t utf8_decode(const unsigned char **p) {
    const unsigned char *s = *p;
    if (s[0] < 0x80) { *p = s + 1; return s[0]; }
    if (s[0] < 0xe0) { *p = s + 2; return ((uint32_t)(s[0] & 0x1f) << 6) | (s[1] & 0x3f); }
    if (s[0] < 0xf0) {
        *p = s + 3;
        return ((uint32_t)(s[0] & 0x0f) << 12) | ((uint32_t)(s[1] & 0x3f) << 6) | (s[2] & 0x3f);
    }
    *p = s + 4;
    return ((uint32_t)(s[0] & 0x07) << 18) | ((uint32_t)(s[1] & 0x3f) << 12) |
           ((uint32_t)(s[2] & 0x3f) << 6) | (s[3] & 0x3f);
}

/* Decodes the code point that ends just before *p and moves *p back to it. */
static inline uint32_t utf8_decode_back(const unsigned char **p) {
    const unsigned char *s = *p - 1;
    while ((*s & 0xc0) == 0x80) s--;
    *p = s;
    const unsigned char *q = s;
    return utf8_decode(&q);
}

/* Writes cp as UTF-8 into out (4 bytes room); returns the byte count.
 * Lone surrogates are written as their 3-byte form (as CPython's
 * "surrogatepass" would) so that chr(0xd800) still makes a string. */
static inline size_t utf8_encode(uint32_t cp, char *out) {
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) { o[0] = (unsigned char)cp; return 1; }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xc0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3f));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xe0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3f));
        o[2] = (unsigned char)(0x80 | (cp & 0x3f));
        return 3;
    }
    o[0] = (unsigned char)(0xf0 | (cp >> 18));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3f));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3f));
    o[3] = (unsigned char)(0x80 | (cp & 0x3f));
    return 4;
}

/* Writes the digits of v in base 8, 10 or 16 just before `end` and returns
 * how many (at most 22); no sign, no prefix. */
static inline size_t str_utoa(uint64_t v, unsigned base, bool upper, char *end) {
    const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    char *p = end;
    do {
        *--p = digits[v % base];
        v /= base;
    } while (v != 0);
    return (size_t)(end - p);
}

/* Appends UTF-8 whose code-point length and ASCII-ness the caller knows. */
static inline int strbuf_append_known(StrBuf *b, const char *utf8, size_t size, size_t length, bool ascii) {
    if (strbuf_reserve(b, size) < 0) return -1;
    memcpy(b->data + b->size, utf8, size);
    b->size += size;
    b->length += length;
    b->ascii &= ascii;
    return 0;
}

/* Code points in valid UTF-8: the bytes that are not continuation bytes. */
size_t utf8_count(const char *s, size_t size);

static inline StrObj *as_str(Obj *o) { return (StrObj *)o; }
static inline bool str_is_ascii(const Obj *o) { return ((const StrObj *)o)->ascii; }

/* A new exact str with room for `size` bytes (data NUL-terminated, else
 * uninitialised); the caller fills data and must give the true length. */
Obj *str_new_raw(size_t size, size_t length, bool ascii);
/* Same for a str subclass `type` (TF_STR_SUBCLASS). */
Obj *str_new_raw_type(Type *type, size_t size, size_t length, bool ascii);
/* From valid UTF-8 whose length/ascii-ness the caller knows. */
Obj *str_from_known(const char *utf8, size_t size, size_t length, bool ascii);
/* The shared empty string and one-character ASCII strings (new refs). */
Obj *str_empty(void);
Obj *str_ascii_char(unsigned char c);

/* Byte offset of code point `index` (0 <= index <= length). */
size_t str_offset(Obj *s, size_t index);
/* Code-point slice [start, stop) (already clamped). */
Obj *str_substr(Obj *s, size_t start, size_t stop);
/* Substring by byte offsets that lie on code point boundaries. */
Obj *str_subbytes(Obj *s, size_t from, size_t to);
/* The code point at index i (in range). */
uint32_t str_char_at(Obj *s, size_t i);
/* Code point count of bytes [0, off) of s. */
size_t str_index_of_offset(Obj *s, size_t off);

void str_dealloc(Obj *o);

/* Returns `s` itself when it is an exact str (new ref), else an exact copy:
 * methods of str subclasses return plain str. */
Obj *str_exact(Obj *s);

/* "must be str, not int" style argument check; -1 with TypeError. */
int str_check_arg(Obj *o, const char *fname, int argno);

/* Byte offset of the first occurrence of sub in s's bytes [from, to), or -1. */
intptr_t str_find_bytes(Obj *s, Obj *sub, size_t from, size_t to);
/* s * n (n <= 0 gives ''). */
Obj *str_repeat(Obj *s, intptr_t n);

/* repr writing into a buffer, shared with ascii-like helpers. */
int strbuf_append_repr(StrBuf *b, Obj *s);
/* Is cp printable by CPython's definition (repr keeps it as is)? */
bool unicode_isprintable(uint32_t cp);

#endif
