/* buffer.c: getting and releasing buffers (see buffer.h). */
#include "buffer.h"
#include "err.h"

int buffer_get(Obj *o, Buffer *view, int flags) {
    const BufferProcs *p = TYPE(o)->buffer;
    view->obj = NULL;
    if (p == NULL || p->get == NULL) {
        err_format(&Exc_TypeError, "a bytes-like object is required, not '%s'", type_name(o));
        return -1;
    }
    view->internal = NULL;
    if (p->get(o, view, flags) < 0) return -1;
    if ((flags & BUF_WRITABLE) && view->readonly) {
        if (p->release != NULL) p->release(o, view);
        err_set_str(&Exc_BufferError, "Object is not writable.");
        return -1;
    }
    view->obj = NEWREF(o);
    return 0;
}

void buffer_release(Buffer *view) {
    Obj *o = view->obj;
    if (o == NULL) return;
    view->obj = NULL;
    const BufferProcs *p = TYPE(o)->buffer;
    if (p != NULL && p->release != NULL) p->release(o, view);
    DECREF(o);
}

int buffer_fill_bytes(Buffer *view, void *buf, intptr_t len, bool readonly, int flags) {
    if ((flags & BUF_WRITABLE) && readonly) {
        err_set_str(&Exc_BufferError, "Object is not writable.");
        return -1;
    }
    view->buf = buf;
    view->len = len;
    view->itemsize = 1;
    view->format = "B";
    view->readonly = readonly;
    return 0;
}
