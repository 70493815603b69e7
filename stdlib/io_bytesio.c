/* io_bytesio.c: _io.BytesIO, an in-memory binary stream: one growable byte
 * buffer and a position that may pass its end (a write there pads with
 * zero bytes), with CPython's methods and messages.  getbuffer() lends the
 * buffer through a memoryview; while one is alive the stream cannot change
 * size (BufferError), as CPython's. */
#include <stdlib.h>
#include <string.h>
#include "io_internal.h"
#include "args.h"
#include "clinic_args.h"
#include "dict.h"
#include "tuple.h"
#include "bytes.h"
#include "err.h"
#include "int.h"
#include "intarg.h"
#include "list.h"
#include "str.h"
#include "buffer.h"
#include "memoryview.h"

typedef struct BytesIOObj {
    Obj ob;
    Obj *dict;
    char *buf;
    size_t size, cap;
    size_t pos;
    bool closed;
    intptr_t exports;        /* live getbuffer() views */
} BytesIOObj;

static int check_closed(BytesIOObj *b) {
    if (!b->closed) return 0;
    err_set_str(&Exc_ValueError, "I/O operation on closed file.");
    return -1;
}

static int check_exports(BytesIOObj *b) {
    if (b->exports == 0) return 0;
    err_set_str(&Exc_BufferError, "Existing exports of data: object cannot be re-sized");
    return -1;
}

static int store(BytesIOObj *b, const unsigned char *p, size_t n) {
    if (n == 0) return 0;
    size_t end = b->pos + n;
    if (io_mem_reserve(&b->buf, &b->cap, end) < 0) return -1;
    if (b->pos > b->size) memset(b->buf + b->size, 0, b->pos - b->size);
    memmove(b->buf + b->pos, p, n);
    b->pos = end;
    if (end > b->size) b->size = end;
    return 0;
}

/* Up to n bytes from the position (all when n < 0), stopping after '\n'
 * when line is set. */
static Obj *read_bytes(BytesIOObj *b, intptr_t n, bool line) {
    size_t avail = b->pos < b->size ? b->size - b->pos : 0;
    size_t take = n < 0 || (size_t)n > avail ? avail : (size_t)n;
    if (line && take > 0) {
        const char *nl = memchr(b->buf + b->pos, '\n', take);
        if (nl) take = (size_t)(nl - (b->buf + b->pos)) + 1;
    }
    Obj *r = bytes_from(take ? b->buf + b->pos : "", take);
    if (r != NULL) b->pos += take;
    return r;
}

static int size_arg(const char *fname, Obj *const *args, size_t nargs, Obj *kwnames, intptr_t *size) {
    return io_mem_size_arg("BytesIO", fname, args, nargs, kwnames, size);
}

static Obj *m_read(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    intptr_t n;
    if (size_arg("read", args, nargs, kwnames, &n) < 0 || check_closed((BytesIOObj *)self) < 0) return NULL;
    return read_bytes((BytesIOObj *)self, n, false);
}

static Obj *m_read1(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    intptr_t n;
    if (size_arg("read1", args, nargs, kwnames, &n) < 0 || check_closed((BytesIOObj *)self) < 0) return NULL;
    return read_bytes((BytesIOObj *)self, n, false);
}

static Obj *m_readline(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    intptr_t n;
    if (size_arg("readline", args, nargs, kwnames, &n) < 0 || check_closed((BytesIOObj *)self) < 0)
        return NULL;
    return read_bytes((BytesIOObj *)self, n, true);
}

static Obj *m_readlines(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    BytesIOObj *b = (BytesIOObj *)self;
    intptr_t hint;
    if (size_arg("readlines", args, nargs, kwnames, &hint) < 0 || check_closed(b) < 0) return NULL;
    Obj *lines = list_new(0);
    size_t total = 0;
    while (lines != NULL && b->pos < b->size) {
        Obj *line = read_bytes(b, -1, true);
        if (line == NULL || list_append(lines, line) < 0) CLEAR(lines);
        if (line == NULL) break;
        total += ((BytesObj *)line)->size;
        DECREF(line);
        if (hint > 0 && total >= (size_t)hint) break;
    }
    return lines;
}

static Obj *m_readinto(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    BytesIOObj *b = (BytesIOObj *)self;
    if (args_no_kwargs("readinto", kwnames) < 0 || args_count("readinto", nargs, 1, 1) < 0) return NULL;
    if (!is_bytearray(args[0])) {
        err_format(&Exc_TypeError, "readinto() argument must be read-write bytes-like object, not %T",
                   args[0]);
        return NULL;
    }
    if (check_closed(b) < 0) return NULL;
    ByteArrayObj *dst = (ByteArrayObj *)args[0];
    size_t avail = b->pos < b->size ? b->size - b->pos : 0;
    size_t n = dst->size < avail ? dst->size : avail;
    if (n) memcpy(dst->data, b->buf + b->pos, n);
    b->pos += n;
    return small_new((intptr_t)n);
}

static Obj *bi_iternext(Obj *self) {
    BytesIOObj *b = (BytesIOObj *)self;
    if (check_closed(b) < 0 || b->pos >= b->size) return NULL;
    return read_bytes(b, -1, true);
}

static Obj *bi_iter(Obj *self) { return NEWREF(self); }

static Obj *m_write(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    BytesIOObj *b = (BytesIOObj *)self;
    const unsigned char *p;
    size_t n;
    if (clinic_positional("BytesIO", "write", nargs, kwnames, 1, 1) < 0 || check_closed(b) < 0 ||
        check_exports(b) < 0 || byteslike_view(args[0], &p, &n) < 0 || store(b, p, n) < 0)
        return NULL;
    return small_new((intptr_t)n);
}

static Obj *m_writelines(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (clinic_positional("BytesIO", "writelines", nargs, kwnames, 1, 1) < 0 ||
        check_closed((BytesIOObj *)self) < 0 || check_exports((BytesIOObj *)self) < 0)
        return NULL;
    return io_mem_writelines(self, args[0], m_write, true);
}

static Obj *m_getvalue(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    BytesIOObj *b = (BytesIOObj *)self;
    if (args_count("getvalue", nargs, 0, 0) < 0 || check_closed(b) < 0) return NULL;
    return bytes_from(b->size ? b->buf : "", b->size);
}

static Obj *m_tell(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    BytesIOObj *b = (BytesIOObj *)self;
    if (args_count("tell", nargs, 0, 0) < 0 || check_closed(b) < 0) return NULL;
    return small_new((intptr_t)b->pos);
}

static Obj *m_seek(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    BytesIOObj *b = (BytesIOObj *)self;
    intptr_t pos, whence;
    if (io_mem_seek_args("BytesIO", args, nargs, kwnames, &pos, &whence) < 0 || check_closed(b) < 0)
        return NULL;
    if (whence < 0 || whence > 2) {
        err_format(&Exc_ValueError, "invalid whence (%zd, should be 0, 1 or 2)", whence);
        return NULL;
    }
    if (whence == 0 && pos < 0) {
        err_format(&Exc_ValueError, "negative seek value %zd", pos);
        return NULL;
    }
    if (whence == 1) pos += (intptr_t)b->pos;
    else if (whence == 2) pos += (intptr_t)b->size;
    b->pos = pos < 0 ? 0 : (size_t)pos;
    return small_new((intptr_t)b->pos);
}

static Obj *m_truncate(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    BytesIOObj *b = (BytesIOObj *)self;
    intptr_t size;
    int given = size_arg("truncate", args, nargs, kwnames, &size);
    if (given < 0 || check_closed(b) < 0 || check_exports(b) < 0) return NULL;
    if (!given) size = (intptr_t)b->pos;
    if (size < 0) {
        err_format(&Exc_ValueError, "negative size value %zd", size);
        return NULL;
    }
    if ((size_t)size < b->size) b->size = (size_t)size;
    return small_new(size);
}

static Obj *m_close(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    BytesIOObj *b = (BytesIOObj *)self;
    if (args_count("close", nargs, 0, 0) < 0 || check_exports(b) < 0) return NULL;
    b->closed = true;
    free(b->buf);
    b->buf = NULL;
    b->size = b->cap = 0;
    return NEWREF(NONE);
}

static Obj *m_true(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return check_closed((BytesIOObj *)self) < 0 ? NULL : NEWREF(TRUE_);
}

static Obj *m_false(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return check_closed((BytesIOObj *)self) < 0 ? NULL : NEWREF(FALSE_);
}

static Obj *m_flush(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return check_closed((BytesIOObj *)self) < 0 ? NULL : NEWREF(NONE);
}

static Obj *m_enter(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return check_closed((BytesIOObj *)self) < 0 ? NULL : NEWREF(self);
}

static Obj *m_exit(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (TYPE(self) == &BytesIOType) return m_close(self, NULL, 0, NULL);
    return obj_call_method(self, str_intern_cstr("close"), NULL, 0);
}

static Obj *get_closed(Obj *self) { return bool_from(((BytesIOObj *)self)->closed); }

/* ---- pickling and copying: (value, position, __dict__ copy or None) ---------- */

static Obj *m_getstate(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    BytesIOObj *b = (BytesIOObj *)self;
    if (args_count("__getstate__", nargs, 0, 0) < 0 || check_closed(b) < 0) return NULL;
    Obj *value = bytes_from(b->size ? b->buf : "", b->size);
    Obj *d = b->dict && dict_size(b->dict) ? dict_copy(b->dict) : NEWREF(NONE);
    Obj *r = value && d ? tuple_pack(3, value, small_new((intptr_t)b->pos), d) : NULL;
    XDECREF(value);
    XDECREF(d);
    return r;
}

static Obj *m_setstate(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    BytesIOObj *b = (BytesIOObj *)self;
    if (args_count("__setstate__", nargs, 1, 1) < 0 || check_closed(b) < 0 || check_exports(b) < 0)
        return NULL;
    Obj *st = args[0];
    if (!type_has(TYPE(st), TF_TUPLE_SUBCLASS) || tuple_size(st) < 3) {
        err_format(&Exc_TypeError, "_io.BytesIO.__setstate__ argument should be 3-tuple, got %T", st);
        return NULL;
    }
    Obj *pos = tuple_get(st, 1), *d = tuple_get(st, 2);
    const unsigned char *p;
    size_t n;
    if (byteslike_view(tuple_get(st, 0), &p, &n) < 0) return NULL;
    if (!is_int(pos)) {
        err_format(&Exc_TypeError, "second item of state must be an integer, not %T", pos);
        return NULL;
    }
    intptr_t at;
    if (io_mem_state_pos(pos, &at) < 0) return NULL;
    if (d != NONE && !is_dict(d)) {
        err_format(&Exc_TypeError, "third item of state should be a dict, got a %T", d);
        return NULL;
    }
    b->size = b->pos = 0;
    if (store(b, p, n) < 0) return NULL;
    b->pos = (size_t)at;
    return io_mem_state_dict(&b->dict, d) < 0 ? NULL : NEWREF(NONE);
}

static Obj *bi_new(Type *t, Obj *const *args, size_t nargs, Obj *kwnames) {
    return obj_alloc(t, t->size);
}

/* __init__(initial_bytes=b'') */
static int bi_init(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"initial_bytes", NULL};
    BytesIOObj *b = (BytesIOObj *)self;
    Obj *a[1];
    const unsigned char *p = NULL;
    size_t n = 0;
    if (args_bind("BytesIO", args, nargs, kwnames, names, 0, a) < 0) return -1;
    b->size = b->pos = 0;   /* emptied even when the check below fails, as CPython's */
    if (check_exports(b) < 0) return -1;
    if (a[0] != NULL && a[0] != NONE && byteslike_view(a[0], &p, &n) < 0) return -1;
    b->closed = false;
    if (store(b, p, n) < 0) return -1;
    b->pos = 0;
    return 0;
}

/* ---- getbuffer ------------------------------------------------------------ */
/* _io._BytesIOBuffer: what a getbuffer() memoryview views, holding the
 * stream and counting its exports. */
typedef struct BufferHolder {
    Obj ob;
    BytesIOObj *stream;
} BufferHolder;

static int holder_get(Obj *o, Buffer *view, int flags) {
    BytesIOObj *b = ((BufferHolder *)o)->stream;
    static char empty[1];
    if (buffer_fill_bytes(view, b->buf ? b->buf : empty, (intptr_t)b->size, false, flags) < 0) return -1;
    b->exports++;
    return 0;
}

static void holder_release(Obj *o, Buffer *view) {
    (void)view;
    ((BufferHolder *)o)->stream->exports--;
}

static const BufferProcs holder_buffer = {.get = holder_get, .release = holder_release};

static void holder_dealloc(Obj *o) {
    DECREF((Obj *)((BufferHolder *)o)->stream);
    obj_free(o);
}

static Type BytesIOBufferType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "_io._BytesIOBuffer",
    .size = sizeof(BufferHolder),
    .base = &ObjectType,
    .dealloc = holder_dealloc,
    .buffer = &holder_buffer,
};

static Obj *m_getbuffer(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    BytesIOObj *b = (BytesIOObj *)self;
    if (args_no_kwargs("BytesIO.getbuffer", kwnames) < 0 || args_count("BytesIO.getbuffer", nargs, 0, 0) < 0 ||
        check_closed(b) < 0)
        return NULL;
    if (!(BytesIOBufferType.flags & TF_READY) && type_ready(&BytesIOBufferType) < 0) return NULL;
    BufferHolder *h = (BufferHolder *)obj_alloc(&BytesIOBufferType, sizeof(BufferHolder));
    if (h == NULL) return NULL;
    h->stream = (BytesIOObj *)NEWREF(self);
    Obj *view = memoryview_from_object((Obj *)h);
    DECREF((Obj *)h);
    return view;
}

static void bi_dealloc(Obj *o) {
    BytesIOObj *b = (BytesIOObj *)o;
    free(b->buf);
    XDECREF(b->dict);
    obj_free(o);
}

static const MethodDef bi_methods[] = {
    {"read", m_read, 0}, {"read1", m_read1, 0}, {"readline", m_readline, 0},
    {"readlines", m_readlines, 0}, {"readinto", m_readinto, 0}, {"readinto1", m_readinto, 0},
    {"write", m_write, 0}, {"writelines", m_writelines, 0}, {"getvalue", m_getvalue, 0},
    {"getbuffer", m_getbuffer, 0},
    {"tell", m_tell, 0}, {"seek", m_seek, 0}, {"truncate", m_truncate, 0},
    {"close", m_close, 0}, {"readable", m_true, 0}, {"writable", m_true, 0},
    {"seekable", m_true, 0}, {"isatty", m_false, 0}, {"flush", m_flush, 0},
    {"fileno", io_mem_fileno, 0}, {"detach", io_mem_detach, 0},
    {"__enter__", m_enter, 0}, {"__exit__", m_exit, 0},
    {"__getstate__", m_getstate, 0}, {"__setstate__", m_setstate, 0},
    {NULL},
};

static Obj *get_dict(Obj *self) { return io_dict_get(&((BytesIOObj *)self)->dict); }

static const GetSetDef bi_getset[] = {
    {"__dict__", get_dict, NULL},
    {"closed", get_closed, NULL},
    {NULL},
};

Type BytesIOType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "_io.BytesIO",
    .size = sizeof(BytesIOObj),
    .base = &ObjectType,
    .flags = TF_BASETYPE | TF_WEAKREFABLE,
    .dealloc = bi_dealloc,
    .iter = bi_iter,
    .iternext = bi_iternext,
    .new_ = bi_new,
    .init = bi_init,
    .methods = bi_methods,
    .getset = bi_getset,
    .dictoffset = offsetof(BytesIOObj, dict),
    .doc = "Buffered I/O implementation using an in-memory bytes buffer.",
};
