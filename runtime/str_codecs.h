/* str_codecs.h: the built-in codecs (utf-8, ascii, latin-1) behind
 * str.encode, bytes.decode, str(bytes, encoding) and bytes(str, encoding). */
#ifndef GILPY_STR_CODECS_H
#define GILPY_STR_CODECS_H

#include "object.h"

/* encoding/errors: str objects or NULL (utf-8 / strict).  `who` names the
 * caller for argument type errors ("str", "decode"). */
Obj *str_decode(const char *data, size_t size, Obj *encoding, Obj *errors, const char *who);
/* Returns bytes. */
Obj *str_encode(Obj *s, Obj *encoding, Obj *errors);

/* The unicode_escape / raw_unicode_escape codecs (str_escape_codec.c),
 * for str_codecs.c.  A decoding error on bytes [start, end) goes to
 * on_error (the error handler: raise, skip or replace); -1 on error. */
typedef struct StrBuf StrBuf;
typedef int (*EscapeErrorFn)(void *ctx, StrBuf *b, size_t start, size_t end, const char *reason);
int str_escape_decode(StrBuf *b, bool raw, const char *data, size_t size, EscapeErrorFn on_error, void *ctx);
int str_escape_encode(StrBuf *b, Obj *s, bool raw);

#endif
