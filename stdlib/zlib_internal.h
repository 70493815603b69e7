/* zlib_internal.h: what zlib.c (the module and its one-shot functions) and
 * zlib_stream.c (the Compress and Decompress objects) share. */
#ifndef GILPY_ZLIB_INTERNAL_H
#define GILPY_ZLIB_INTERNAL_H

#include <zlib.h>
#include "object.h"

/* Raises zlib.error "Error <code> while <what>[: <zlib's message>]". */
void zlib_fail(const z_stream *zs, int code, const char *what);

/* An optional C int argument: dflt when o is NULL, else through __index__
 * with CPython's OverflowError messages.  0 or -1. */
int zlib_int_arg(Obj *o, int dflt, int *out);

/* Output collected in a growing malloc'd buffer; at most limit bytes when
 * limit is not 0. */
typedef struct ZOut {
    unsigned char *data;
    size_t size, cap, limit;
} ZOut;

/* Points zs's output at the free room, growing the buffer (doubling) to
 * at least `want` free bytes but never past the limit: 1, 0 when the limit
 * is reached, -1 after MemoryError. */
int zout_room(ZOut *b, z_stream *zs, size_t want);
/* Counts what zlib wrote since zout_room. */
static inline void zout_took(ZOut *b, const z_stream *zs) {
    b->size = (size_t)(zs->next_out - b->data);
}
/* The output as bytes; the buffer is freed. */
Obj *zout_bytes(ZOut *b);

/* zlib.compressobj() and zlib.decompressobj() (zlib_stream.c). */
Obj *zlib_compressobj(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
Obj *zlib_decompressobj(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);

#endif
