/* bytes.h: Python bytes (immutable) and bytearray (mutable). */
#ifndef GILPY_BYTES_H
#define GILPY_BYTES_H

#include "object.h"

typedef struct BytesObj {
    Obj ob;
    intptr_t hash;
    size_t size;
    unsigned char data[];   /* NUL-terminated for convenience */
} BytesObj;

typedef struct ByteArrayObj {
    Obj ob;
    size_t size, cap;
    unsigned char *data;
    intptr_t exports;       /* buffers lent (buffer.h): no resizing while > 0 */
} ByteArrayObj;

extern Type BytesType, ByteArrayType;
static inline bool is_bytes(const Obj *o) { return !is_small(o) && type_has(o->type, TF_BYTES_SUBCLASS); }
static inline bool is_bytearray(const Obj *o) { return !is_small(o) && type_is_subtype(o->type, &ByteArrayType); }

Obj *bytes_from(const void *data, size_t size);
Obj *bytearray_from(const void *data, size_t size);
Obj *bytes_repr(Obj *b);    /* b'...' with CPython's escaping */

/* A bytes of `size` uninitialised bytes (NUL-terminated) to fill before sharing. */
Obj *bytes_new_raw(size_t size);
/* A bytes object of `size` bytes whose contents are left as they are, for a
 * caller that overwrites them all at once (a receive buffer). */
Obj *bytes_new_unfilled(size_t size);
/* The bytes of a bytes or bytearray (or subclass) object; borrowed. */
static inline const unsigned char *byteslike_data(const Obj *o) {
    return is_bytes(o) ? ((const BytesObj *)o)->data : ((const ByteArrayObj *)o)->data;
}
static inline size_t byteslike_size(const Obj *o) {
    return is_bytes(o) ? ((const BytesObj *)o)->size : ((const ByteArrayObj *)o)->size;
}
static inline bool is_byteslike(const Obj *o) { return is_bytes(o) || is_bytearray(o); }
/* Gets a bytes-like object's data (bytes, bytearray, or any exporter of
 * the buffer protocol: memoryview, array...), or raises TypeError "a
 * bytes-like object is required, not 'T'"; -1 on error.  The pointer is
 * borrowed from o: use it before running any Python code (or take a
 * buffer_get view instead). */
int byteslike_view(Obj *o, const unsigned char **data, size_t *size);
/* bytearray growth: makes room for `extra` more bytes; -1 MemoryError. */
int bytearray_reserve(Obj *ba, size_t extra);
int bytearray_append_bytes(Obj *ba, const void *data, size_t size);

#endif
