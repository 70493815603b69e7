/* json_internal.h: what the files of _json (the C accelerator of the json
 * package) share: decoding JSON strings, the per-call key memo, escaping
 * str into JSON strings, errors, and the Scanner and Encoder types.
 *
 * Documents are gilpy strs (UTF-8), so the C code works on byte offsets
 * and converts to code-point indices only where Python sees them (error
 * positions, StopIteration values and returned end indices). */
#ifndef GILPY_JSON_INTERNAL_H
#define GILPY_JSON_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "object.h"
#include "str.h"

extern Type JsonScannerType;   /* _json.Scanner, exported as make_scanner */
extern Type JsonEncoderType;   /* _json.Encoder, exported as make_encoder */

/* ---- errors (json_module.c) --------------------------------------------- */
/* Raises json.decoder.JSONDecodeError(msg, doc, pos) where pos is the code
 * point index of byte offset `off` of doc. */
void json_raise_error(const char *msg, Obj *doc, size_t off);
/* Raises StopIteration(pos), pos the code point index of byte offset off. */
void json_raise_stop(Obj *doc, size_t off);
/* Code point index of byte offset off of str doc. */
size_t json_index(Obj *doc, size_t off);

/* ---- the key memo (json_memo.c) ----------------------------------------- */
/* Object keys of one document are shared: the second "id" key is the same
 * str object as the first (CPython's memo dict). */
enum { JSON_MEMO_INLINE = 32 };
typedef struct JsonMemoSlot {
    uint64_t hash;
    Obj *str;               /* NULL: free slot */
} JsonMemoSlot;
typedef struct JsonMemo {
    size_t cap, used;       /* cap: a power of two */
    JsonMemoSlot *slots;
    JsonMemoSlot inline_slots[JSON_MEMO_INLINE];
} JsonMemo;
void json_memo_init(JsonMemo *m);
void json_memo_free(JsonMemo *m);
/* The memo's str equal to the UTF-8 bytes p[0..n) (new reference), making
 * it from (n, length, ascii) when absent; NULL with MemoryError. */
Obj *json_memo_get(JsonMemo *m, const char *p, size_t n, size_t length, bool ascii);
/* The memo's str equal to s (new reference); s is stolen. */
Obj *json_memo_str(JsonMemo *m, Obj *s);

/* ---- decoding strings (json_scanstr.c) ---------------------------------- */
/* Decodes the JSON string of doc whose body starts at byte offset `off`
 * (just after the opening quote): the str (through memo when not NULL), and
 * in *end the byte offset after the closing quote.  NULL with
 * JSONDecodeError (or MemoryError). */
Obj *json_scan_string(Obj *doc, size_t off, bool strict, JsonMemo *memo, size_t *end);

/* ---- byte scanning helpers ----------------------------------------------- */
/* Eight bytes at a time: the words with a byte below 0x20, a quote or a
 * backslash (the bytes a JSON string cannot hold as they are).  Carries
 * only flag bytes above a real match, so a zero mask means none. */
#define JSON_ONES 0x0101010101010101ull
#define JSON_HIGHS 0x8080808080808080ull
static inline uint64_t json_word_special(uint64_t w) {
    uint64_t q = w ^ (JSON_ONES * '"'), b = w ^ (JSON_ONES * '\\');
    return (((w - JSON_ONES * 0x20) & ~w) | ((q - JSON_ONES) & ~q) | ((b - JSON_ONES) & ~b)) &
           JSON_HIGHS;
}
/* Room for n more bytes in b (the common case inline). */
static inline int json_reserve(StrBuf *b, size_t n) {
    return b->size + n + 1 <= b->cap ? 0 : strbuf_reserve(b, n);
}

/* ---- escaping (json_escape.c) ------------------------------------------- */
/* Appends s (a str) as a quoted JSON string to b: ASCII only (\uXXXX and
 * surrogate pairs for the rest), or keeping non-ASCII characters. */
int json_escape_ascii(StrBuf *b, Obj *s);
int json_escape_utf8(StrBuf *b, Obj *s);
/* _json.encode_basestring_ascii / encode_basestring (the Encoder calls the
 * escapers directly when it is given one of these). */
Obj *json_encode_basestring_ascii(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
Obj *json_encode_basestring(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);

/* "first argument must be a string, not T"; NULL. */
Obj *json_not_a_string(Obj *o);

#endif
