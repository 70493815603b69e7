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
} ByteArrayObj;

extern Type BytesType, ByteArrayType;
static inline bool is_bytes(const Obj *o) { return !is_small(o) && type_has(o->type, TF_BYTES_SUBCLASS); }
static inline bool is_bytearray(const Obj *o) { return !is_small(o) && type_is_subtype(o->type, &ByteArrayType); }

Obj *bytes_from(const void *data, size_t size);
Obj *bytearray_from(const void *data, size_t size);
Obj *bytes_repr(Obj *b);    /* b'...' with CPython's escaping */

#endif
