/* io_ctor.c: calling the file types as constructors.
 *
 * TextIOWrapper(buffer, encoding, errors, newline, line_buffering,
 * write_through) over one of gilpy's own binary files makes a C text file
 * on the same descriptor that owns the buffer (.buffer is that object,
 * closing closes it, detach() gives it back).  Over anything else (BytesIO,
 * a socket file, a user class) or with an encoding the C files do not
 * know, the call makes an instance of the Python TextIOWrapper of
 * stdlib/lib/_pytextio.py, a subclass, so isinstance() holds either way.
 * Also TextIOWrapper.detach(), FileIO(file, mode, closefd, opener) (open()
 * with buffering=0) and BufferedReader/Writer/Random(raw, buffer_size): a
 * buffered file on a raw C file's descriptor that owns it; over other raw
 * streams, the classes of stdlib/lib/_pybuffered.py. */
#include <stdlib.h>
#include <string.h>
#include "io_internal.h"
#include "api.h"
#include "args.h"
#include "err.h"
#include "int.h"
#include "intarg.h"
#include "str.h"
#include "tuple.h"

static const char *const text_names[] = {"buffer", "encoding", "errors", "newline",
                                         "line_buffering", "write_through", NULL};

static bool is_binary_file(Obj *o) { return is_file(o) && ((FileObj *)o)->binary; }

/* CPython's message for a keyword these constructors do not take. */
static int check_kwnames(const char *fname, Obj *kwnames, const char *const *names) {
    for (size_t i = 0; i < kw_count(kwnames); i++) {
        Obj *k = tuple_get(kwnames, i);
        bool known = false;
        for (int j = 0; names[j]; j++) known |= str_equal_cstr(k, names[j]);
        if (!known) {
            err_format(&Exc_TypeError, "'%U' is an invalid keyword argument for %s()", k, fname);
            return -1;
        }
    }
    return 0;
}

/* The argument at position pos or named name; NULL when not given. */
static Obj *arg_at(Obj *const *args, size_t nargs, Obj *kwnames, size_t pos, const char *name) {
    if (pos < nargs) return args[pos];
    for (size_t i = 0; i < kw_count(kwnames); i++)
        if (str_equal_cstr(tuple_get(kwnames, i), name)) return args[nargs + i];
    return NULL;
}

/* _pytextio.TextIOWrapper, imported on first use and kept. */
static Type *python_text_type(void) {
    static Type *cached;
    if (cached != NULL) return cached;
    Obj *m = import_module_cstr("_pytextio");
    Obj *c = m ? obj_getattr_cstr(m, "TextIOWrapper") : NULL;
    XDECREF(m);
    if (c == NULL) return NULL;
    if (!type_has(TYPE(c), TF_TYPE_SUBCLASS) || !type_is_subtype((Type *)c, &TextIOType)) {
        err_set_str(&Exc_TypeError, "_pytextio.TextIOWrapper is not a TextIOWrapper subclass");
        DECREF(c);
        return NULL;
    }
    return cached = (Type *)c;
}

/* Can a C text file serve TextIOWrapper(args)?  Also when the arguments
 * are wrong: the C __init__ then raises CPython's errors. */
static bool c_text_serves(Obj *const *args, size_t nargs, Obj *kwnames) {
    if (nargs > 6) return true;
    for (size_t i = 0; i < kw_count(kwnames); i++) {
        bool known = false;
        for (int j = 0; text_names[j]; j++) known |= str_equal_cstr(tuple_get(kwnames, i), text_names[j]);
        if (!known) return true;
    }
    Obj *buffer = arg_at(args, nargs, kwnames, 0, "buffer");
    if (buffer == NULL) return true;
    if (!is_binary_file(buffer)) return false;
    Obj *enc = arg_at(args, nargs, kwnames, 1, "encoding");
    if (enc == NULL || enc == NONE || !is_str(enc)) return true;
    if (io_codec_of(enc) >= 0) return true;
    err_clear();
    return false;
}

/* A blank file object of a Python subclass, for its __init__ to set up. */
static Obj *blank_file(Type *t, bool binary) {
    FileObj *f = (FileObj *)obj_alloc(t, t->size);
    if (f == NULL) return NULL;
    f->fd = -1;
    f->closed = true;
    f->binary = binary;
    f->name = NEWREF(NONE);
    return (Obj *)f;
}

Obj *io_text_new(Type *t, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (t == &TextIOType && !c_text_serves(args, nargs, kwnames) && (t = python_text_type()) == NULL)
        return NULL;
    return blank_file(t, false);    /* closed until __init__ */
}

static int str_or_none(const char *name, Obj *v) {
    if (v == NULL || v == NONE || is_str(v)) return 0;
    err_format(&Exc_TypeError, "TextIOWrapper() argument '%s' must be str or None, not %T", name, v);
    return -1;
}

int io_text_init(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    FileObj *f = (FileObj *)self;
    Obj *a[6];
    if (check_kwnames("TextIOWrapper", kwnames, text_names) < 0 ||
        args_bind("TextIOWrapper", args, nargs, kwnames, text_names, 1, a) < 0 ||
        str_or_none("encoding", a[1]) < 0 || str_or_none("errors", a[2]) < 0 ||
        str_or_none("newline", a[3]) < 0)
        return -1;
    int codec = IO_UTF8, nl;
    Obj *enc = a[1] && a[1] != NONE ? a[1] : str_intern_cstr("UTF-8");
    if ((a[1] && a[1] != NONE && (codec = io_codec_of(a[1])) < 0) || (nl = io_newline_of(a[3])) < 0)
        return -1;
    intptr_t lb = 0, wt = 0;
    if ((a[4] && intarg_ssize(a[4], &lb) < 0) || (a[5] && intarg_ssize(a[5], &wt) < 0)) return -1;
    if (!is_binary_file(a[0])) {
        /* io.TextIOWrapper itself sends these to _pytextio; a subclass of
         * the C type has the C layer only */
        err_format(&Exc_TypeError, "a subclass of _io.TextIOWrapper needs a binary file made by "
                   "open() as its buffer, not %T", a[0]);
        return -1;
    }
    FileObj *b = (FileObj *)a[0];
    if (io_is_closed(b)) {
        err_set_str(&Exc_ValueError, "I/O operation on closed file");
        return -1;
    }
    if (!f->closed && io_close(f) < 0) return -1;   /* __init__ called again */
    io_free_buffers(f);
    f->fd = b->fd;
    f->readable = b->readable;
    f->writable = b->writable;
    f->appending = b->appending;
    f->seekable = b->seekable;
    f->binary = false;
    f->closefd = false;
    SETREF(f->name, NEWREF(b->name));
    XDECREF(f->mode);
    f->mode = NULL;
    XDECREF(f->encoding);
    f->encoding = NEWREF(enc);
    XDECREF(f->errors);
    f->errors = NEWREF(a[2] && a[2] != NONE ? a[2] : str_intern_cstr("strict"));
    f->codec = (uint8_t)codec;
    f->newline = (uint8_t)nl;
    f->line_buffering = lb != 0;
    f->unbuffered = wt != 0;
    XDECREF(f->wrapped);
    f->wrapped = NEWREF(a[0]);
    /* input the buffer read ahead is the text file's to decode */
    f->rbuf = b->rbuf;
    f->rpos = b->rpos;
    f->rlen = b->rlen;
    f->rcap = b->rcap;
    f->eof = b->eof;
    b->rbuf = NULL;
    b->rpos = b->rlen = b->rcap = 0;
    f->detached = false;
    f->closed = false;
    return 0;
}

/* detach(): flushes and hands back the binary file; the text file is then
 * unusable ("underlying buffer has been detached"). */
Obj *io_m_detach(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    FileObj *f = (FileObj *)self;
    if (args_count("detach", nargs, 0, 0) < 0 || args_no_kwargs("detach", kwnames) < 0 ||
        io_check_open(f) < 0 || (f->writable && io_flush(f) < 0))
        return NULL;
    Obj *buf = f->wrapped;
    f->wrapped = NULL;
    if (buf == NULL && (buf = obj_getattr_cstr(self, "buffer")) == NULL) return NULL;
    FileObj *b = (FileObj *)buf;
    if (f->peer == b) {
        /* open()'s text file: its buffer now stands alone and owns the fd */
        b->closefd = f->closefd;
        f->closefd = false;
        f->peer = NULL;
        b->peer = NULL;
        DECREF(self);
    }
    if (b->rlen == b->rpos && f->rlen > f->rpos) {
        /* what the text file read ahead goes back to the buffer */
        free(b->rbuf);
        b->rbuf = f->rbuf;
        b->rpos = f->rpos;
        b->rlen = f->rlen;
        b->rcap = f->rcap;
        f->rbuf = NULL;
    }
    io_free_buffers(f);
    f->detached = true;
    f->closed = true;
    return buf;
}

/* .newlines: the C text files do not record the newlines they read. */
Obj *io_text_newlines(Obj *self) {
    FileObj *f = (FileObj *)self;
    if (f->detached) {
        io_check_open(f);
        return NULL;
    }
    return NEWREF(NONE);
}

/* ---- FileIO(file, mode='r', closefd=True, opener=None) ------------------ */

Obj *io_fileio_new(Type *t, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"file", "mode", "closefd", "opener", NULL};
    Obj *a[4];
    if (check_kwnames("FileIO", kwnames, names) < 0 ||
        args_bind("FileIO", args, nargs, kwnames, names, 1, a) < 0)
        return NULL;
    Obj *mode = a[1] ? a[1] : str_intern_cstr("r");
    if (!is_str(mode)) {
        err_format(&Exc_TypeError, "FileIO() argument 'mode' must be str, not %T", mode);
        return NULL;
    }
    /* r, w, x or a once, '+' and 'b' at most once, nothing else */
    const char *s = str_data(mode);
    int rwxa = 0, plus = 0, b = 0;
    for (const char *p = s; *p; p++) {
        if (strchr("rwxa", *p)) rwxa++;
        else if (*p == '+') plus++;
        else if (*p == 'b') b++;
        else {
            err_format(&Exc_ValueError, "invalid mode: %s", s);
            return NULL;
        }
    }
    if (rwxa != 1 || plus > 1 || b > 1) {
        err_set_str(&Exc_ValueError, "Must have exactly one of create/read/write/append mode "
                                      "and at most one plus");
        return NULL;
    }
    int closefd = 1;
    if (a[2] && (closefd = obj_is_true(a[2])) < 0) return NULL;
    if (!closefd && !is_int(a[0])) {
        err_set_str(&Exc_ValueError, "Cannot use closefd=False with file name");
        return NULL;
    }
    if (is_int(a[0])) {
        intptr_t fd;
        if (intarg_ssize(a[0], &fd) < 0) return NULL;
        if (fd < 0) {
            err_set_str(&Exc_ValueError, "negative file descriptor");
            return NULL;
        }
    }
    Obj *m = b ? NEWREF(mode) : str_from_format("%sb", s);
    if (m == NULL) return NULL;
    Obj *zero = small_new(0);
    Obj *f = io_open(a[0], m, zero, NULL, NULL, NULL, a[2], a[3]);
    DECREF(m);
    return f;
}

/* ---- BufferedReader/BufferedWriter/BufferedRandom(raw, buffer_size) ----- */

Obj *io_buffered_new(Type *t, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"raw", "buffer_size", NULL};
    Type *base = type_is_subtype(t, &BufferedWriterType) ? &BufferedWriterType
                 : type_is_subtype(t, &BufferedRandomType) ? &BufferedRandomType
                 : &BufferedReaderType;
    const char *fname = base->name + 4;    /* past "_io." */
    if (t != base && (nargs == 0 || !is_binary_file(args[0])))
        return blank_file(t, true);     /* _pybuffered's classes; their __init__ follows */
    Obj *a[2] = {NULL, NULL};
    if (t != base) a[0] = args[0];      /* a subclass's own signature */
    else if (check_kwnames(fname, kwnames, names) < 0 ||
             args_bind(fname, args, nargs, kwnames, names, 1, a) < 0)
        return NULL;
    Obj *raw = a[0];
    intptr_t size = 8192;
    if (a[1] && intarg_ssize(a[1], &size) < 0) return NULL;
    bool reads = base != &BufferedWriterType, writes = base != &BufferedReaderType;
    if (!is_binary_file(raw)) {
        /* another raw stream: an instance of _pybuffered's subclass, which
         * its __init__ (called next by type()) sets up */
        Obj *m = import_module_cstr("_pybuffered");
        Obj *cls = m ? obj_getattr_cstr(m, fname) : NULL;
        XDECREF(m);
        if (cls == NULL) return NULL;
        if (!type_has(TYPE(cls), TF_TYPE_SUBCLASS) || !type_is_subtype((Type *)cls, t)) {
            err_format(&Exc_TypeError, "_pybuffered.%s is not a %s subclass", fname, fname);
            DECREF(cls);
            return NULL;
        }
        Obj *r = blank_file((Type *)cls, true);
        DECREF(cls);
        return r;
    }
    FileObj *rf = (FileObj *)raw;
    if (io_is_closed(rf)) {
        err_set_str(&Exc_ValueError, "I/O operation on closed file");
        return NULL;
    }
    const char *missing = (reads && !rf->readable) ? "File or stream is not readable."
                          : (writes && !rf->writable) ? "File or stream is not writable."
                          : (base == &BufferedRandomType && !rf->seekable) ? "File or stream is not seekable."
                          : NULL;
    if (missing) {
        err_set_str(&UnsupportedOperationType, missing);
        return NULL;
    }
    if (size <= 0) {
        err_set_str(&Exc_ValueError, "buffer size must be strictly positive");
        return NULL;
    }
    Obj *o = io_file_new(t, rf->fd, rf->name, rf->mode, NULL);
    if (o == NULL) return NULL;
    FileObj *f = (FileObj *)o;
    f->readable = reads;
    f->writable = writes;
    f->appending = rf->appending;
    f->closefd = false;
    f->wrapped = NEWREF(raw);
    return o;
}
