/* array_buffer.c: the byte-buffer helper of array.h, on the runtime's
 * buffer protocol (runtime/buffer.h): which objects expose their bytes to
 * struct, hashlib, binascii, zlib and array; and array.array's own export
 * (a typed view; no resizing while exported, as CPython). */
#include "array.h"
#include "buffer.h"
#include "bytes.h"
#include "err.h"

int buf_try(Obj *o, BufView *v) {
    if (is_bytes(o)) {   /* the common case, without the protocol's round trip */
        v->data = ((BytesObj *)o)->data;
        v->size = ((BytesObj *)o)->size;
        v->readonly = true;
        return 1;
    }
    if (!buffer_check(o)) return 0;
    Buffer view;
    if (buffer_get(o, &view, BUF_SIMPLE) < 0) {
        err_clear();
        return 0;
    }
    /* a borrowed view: the callers read or write it at once, running no
     * Python code meanwhile (or look again afterwards) */
    v->data = view.buf;
    v->size = (size_t)view.len;
    v->readonly = view.readonly;
    buffer_release(&view);
    return 1;
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

/* ---- array.array as an exporter --------------------------------------------- */

static int array_buffer_get(Obj *o, Buffer *view, int flags) {
    ArrayObj *a = (ArrayObj *)o;
    static const char formats[][2] = {
        ['b'] = "b", ['B'] = "B", ['u'] = "w", ['h'] = "h", ['H'] = "H", ['i'] = "i", ['I'] = "I",
        ['l'] = "l", ['L'] = "L", ['q'] = "q", ['Q'] = "Q", ['f'] = "f", ['d'] = "d",
    };
    view->buf = a->data ? a->data : (void *)"";
    view->len = (intptr_t)(a->size * a->itemsize);
    view->itemsize = (intptr_t)a->itemsize;
    view->format = formats[(unsigned char)a->typecode];
    view->readonly = false;
    a->exports++;
    return 0;
}

static void array_buffer_release(Obj *o, Buffer *view) { ((ArrayObj *)o)->exports--; }

const BufferProcs array_buffer_procs = {array_buffer_get, array_buffer_release};

int array_check_resizable(const ArrayObj *a) {
    if (a->exports == 0) return 0;
    err_set_str(&Exc_BufferError, "cannot resize an array that is exporting buffers");
    return -1;
}
