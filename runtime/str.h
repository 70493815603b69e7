/* str.h: Python str. Immutable UTF-8 storage with a cached code-point length,
 * an ASCII flag (O(1) indexing when set) and a cached hash.  Identifiers are
 * interned, so name lookups can compare pointers first. */
#ifndef GILPY_STR_H
#define GILPY_STR_H

#include <stdarg.h>
#include "object.h"

typedef struct StrObj {
    Obj ob;
    intptr_t hash;          /* -1 until computed */
    size_t size;            /* bytes of UTF-8, excluding the trailing NUL */
    size_t length;          /* code points */
    bool ascii;             /* every byte < 0x80: code point index == byte index */
    bool interned;
    char data[];            /* UTF-8, NUL-terminated */
} StrObj;

extern Type StrType;
static inline bool is_str(const Obj *o) { return !is_small(o) && type_has(o->type, TF_STR_SUBCLASS); }
static inline const char *str_data(const Obj *o) { return ((const StrObj *)o)->data; }
static inline size_t str_size(const Obj *o) { return ((const StrObj *)o)->size; }
static inline size_t str_length(const Obj *o) { return ((const StrObj *)o)->length; }

/* From UTF-8 the caller guarantees valid. */
Obj *str_from(const char *utf8, size_t size);
Obj *str_from_cstr(const char *utf8);
/* Decodes UTF-8, raising UnicodeDecodeError on invalid input. */
Obj *str_decode_utf8(const char *bytes, size_t size, const char *errors);
/* Interned string for a C literal (cached forever; borrowed reference). */
Obj *str_intern_cstr(const char *s);
/* Interns s (reference stolen) and returns the canonical object (new reference). */
Obj *str_intern(Obj *s);
/* Formats like err_format (see err.h for the directives). */
Obj *str_from_format(const char *fmt, ...);
Obj *str_from_vformat(const char *fmt, va_list ap);
Obj *str_from_codepoint(uint32_t cp);
Obj *str_concat(Obj *a, Obj *b);
/* a + b made in a's own memory, for `s += t` when only the caller holds a
 * (refcnt 1, exact str, not interned, not b): a loop of += stays linear.
 * Returns the string (a may have moved), or NULL with MemoryError (a is
 * unchanged). */
Obj *str_append_inplace(Obj *a, Obj *b);
Obj *str_join(Obj *sep, Obj *iterable);
bool str_equal(Obj *a, Obj *b);         /* both str */
bool str_equal_cstr(Obj *a, const char *s);
intptr_t str_hash(Obj *s);
Obj *str_repr(Obj *s);                  /* with quotes, CPython's escaping */
Obj *str_format_spec(Obj *s, Obj *spec);    /* format(str, spec) */
Obj *str_percent_format(Obj *fmt, Obj *args); /* fmt % args */
Obj *str_getitem_index(Obj *s, intptr_t i); /* i already normalised, in range */

/* A growable UTF-8 buffer for building strings.  Short results stay in
 * the inline buffer and never touch malloc. */
enum { STRBUF_INLINE = 112 };
typedef struct StrBuf {
    char *data;
    size_t size, cap;
    size_t length;          /* code points appended so far */
    bool ascii;
    char inline_buf[STRBUF_INLINE];
} StrBuf;
void strbuf_init(StrBuf *b);
int strbuf_append(StrBuf *b, const char *utf8, size_t size);   /* -1 MemoryError */
int strbuf_append_cstr(StrBuf *b, const char *s);
int strbuf_append_str(StrBuf *b, Obj *s);
int strbuf_append_char(StrBuf *b, uint32_t cp);
/* Appends an ASCII character (c < 0x80). */
int strbuf_append_ascii(StrBuf *b, char c);
/* Appends n copies of code point cp. */
int strbuf_append_repeat(StrBuf *b, uint32_t cp, size_t n);
/* Makes room for `extra` more bytes (the caller then writes them). */
int strbuf_reserve(StrBuf *b, size_t extra);
Obj *strbuf_finish(StrBuf *b);          /* makes the str and frees the buffer */
void strbuf_free(StrBuf *b);

#endif
