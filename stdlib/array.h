/* array.h: array.array objects (stdlib/array*.c) and the byte-buffer helper
 * that the byte-level modules (struct, hashlib, binascii, zlib, array) use
 * wherever CPython accepts any object with the buffer protocol.  Until the
 * runtime has a shared buffer protocol, a buffer is a bytes, a bytearray or
 * an array.array; this helper is the one place to switch over. */
#ifndef GILPY_ARRAY_H
#define GILPY_ARRAY_H

#include <stdbool.h>
#include <stddef.h>
#include "object.h"

/* A borrowed view of an object's bytes; valid while the object is alive and
 * not resized (no Python code may run in between). */
typedef struct BufView {
    unsigned char *data;
    size_t size;
    bool readonly;   /* bytes: true; bytearray, array: false */
} BufView;

/* 1 and *v filled when o exposes its bytes, 0 (no exception) otherwise. */
int buf_try(Obj *o, BufView *v);
/* The view, or -1 with TypeError "a bytes-like object is required, not 'T'". */
int buf_get(Obj *o, BufView *v);
/* A writable view, or -1 with TypeError "argument must be read-write
 * bytes-like object, not 'T'"-style message (CPython's). */
int buf_get_writable(Obj *o, BufView *v);

/* ---- array.array -------------------------------------------------------- */

typedef struct ArrayObj {
    Obj ob;
    char typecode;           /* one of array_typecodes */
    size_t itemsize;
    size_t size, cap;        /* items */
    unsigned char *data;
    size_t exports;          /* buffer views lent out: no resizing meanwhile */
} ArrayObj;

extern Type ArrayType;
extern const char array_typecodes[];
static inline bool is_array(const Obj *o) {
    return !is_small(o) && type_is_subtype(o->type, &ArrayType);
}
/* Item size of a typecode, 0 when unknown. */
size_t array_itemsize(char typecode);
/* Item i as a Python object / stores v as item i (CPython's conversions
 * and messages); array_items.c. */
Obj *array_item_get(const ArrayObj *a, size_t i);
int array_item_set(ArrayObj *a, size_t i, Obj *v);
/* Room for n items in total; -1 MemoryError. */
int array_reserve(ArrayObj *a, size_t n);
/* 0, or -1 with BufferError when a buffer view of a is alive. */
int array_check_resizable(const ArrayObj *a);
/* Pickling (array_pickle.c): array.__reduce_ex__, array._array_reconstructor. */
Obj *array_reduce_ex(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
Obj *array_reconstructor(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
/* The array module object (borrowed), made by array_module_init. */
Obj *array_module_obj(void);
struct BufferProcs;
extern const struct BufferProcs array_buffer_procs;

#endif
