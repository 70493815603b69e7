/* array_buffer.c: the byte-buffer helper of array.h: which objects expose
 * their bytes to struct, hashlib, binascii, zlib and array. */
#include "array.h"
#include "bytes.h"
#include "err.h"

int buf_try(Obj *o, BufView *v) {
    if (is_bytes(o)) {
        v->data = ((BytesObj *)o)->data;
        v->size = ((BytesObj *)o)->size;
        v->readonly = true;
        return 1;
    }
    if (is_bytearray(o)) {
        v->data = ((ByteArrayObj *)o)->data;
        v->size = ((ByteArrayObj *)o)->size;
        v->readonly = false;
        return 1;
    }
    if (is_array(o)) {
        v->data = ((ArrayObj *)o)->data;
        v->size = ((ArrayObj *)o)->size * ((ArrayObj *)o)->itemsize;
        v->readonly = false;
        return 1;
    }
    return 0;
}

int buf_get(Obj *o, BufView *v) {
    if (buf_try(o, v)) return 0;
    err_format(&Exc_TypeError, "a bytes-like object is required, not '%s'", type_name(o));
    return -1;
}

int buf_get_writable(Obj *o, BufView *v) {
    if (buf_try(o, v) && !v->readonly) return 0;
    err_format(&Exc_TypeError, "argument must be read-write bytes-like object, not %s",
               type_name(o));
    return -1;
}
