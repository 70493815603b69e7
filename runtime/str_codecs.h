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

#endif
