/* io.c: file objects: their types, creation (open(), sys.std*), closing,
 * flushing and the small methods.  Reading is in io_read.c, writing in
 * io_write.c.
 *
 * One C struct serves the four CPython classes a program can meet
 * (TextIOWrapper for text, BufferedReader/Writer/Random for binary): a file
 * descriptor with a read buffer and a write buffer.  Text is UTF-8.
 */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "io.h"
#include "io_internal.h"
#include "fspath.h"
#include "args.h"
#include "blocking.h"
#include "err.h"
#include "bytes.h"
#include "int.h"
#include "intarg.h"
#include "str.h"
#include "tuple.h"

bool io_unbuffered;
void io_set_unbuffered(bool on) { io_unbuffered = on; }

Type UnsupportedOperationType;

int io_check_open(FileObj *f) {
    if (!io_is_closed(f)) return 0;
    err_set_str(&Exc_ValueError, f->detached ? "underlying buffer has been detached"
                                             : "I/O operation on closed file.");
    return -1;
}

int io_check_readable(FileObj *f) {
    if (io_is_closed(f)) {
        if (f->detached || !f->binary) return io_check_open(f);
        err_set_str(&Exc_ValueError, "read of closed file");
        return -1;
    }
    if (f->readable) return 0;
    err_set_str(&UnsupportedOperationType, f->binary ? "read" : "not readable");
    return -1;
}

int io_check_writable(FileObj *f) {
    if (io_check_open(f) < 0) return -1;
    if (f->writable) return 0;
    err_set_str(&UnsupportedOperationType, f->binary ? "write" : "not writable");
    return -1;
}

/* ---- creation ---------------------------------------------------------- */

Obj *io_file_new(Type *type, int fd, Obj *name, Obj *mode, Obj *encoding) {
    FileObj *f = (FileObj *)obj_alloc(type, sizeof(FileObj));
    if (f == NULL) return NULL;
    f->fd = fd;
    f->closefd = true;
    f->binary = type != &TextIOType;
    f->name = NEWREF(name);
    f->mode = NEWREF(mode);
    f->encoding = encoding ? NEWREF(encoding) : NULL;
    f->seekable = lseek(fd, 0, SEEK_CUR) >= 0;
    return (Obj *)f;
}

Obj *io_from_fd(int fd, const char *name, const char *mode, const char *errors,
                bool line_buffering) {
    Obj *n = str_from_cstr(name), *m = str_from_cstr(mode);
    Obj *f = n && m ? io_file_new(&TextIOType, fd, n, m, str_intern_cstr("utf-8")) : NULL;
    XDECREF(n);
    XDECREF(m);
    if (f == NULL) return NULL;
    FileObj *fo = (FileObj *)f;
    fo->errors = NEWREF(str_intern_cstr(errors));
    fo->readable = mode[0] == 'r';
    fo->writable = !fo->readable;
    fo->line_buffering = line_buffering;
    fo->closefd = false;
    return f;
}

/* What open()'s mode string asks for. */
typedef struct OpenMode {
    int flags;                 /* for open(2) */
    bool readable, writable, appending, binary;
} OpenMode;

static int parse_mode(Obj *mode, OpenMode *om) {
    const char *s = str_data(mode);
    int rwxa = 0, plus = 0, t = 0, b = 0;
    *om = (OpenMode){0};
    for (const char *p = s; *p; p++) {
        if (strchr("rwxa+tb", *p) == NULL || strchr(p + 1, *p) != NULL) {
            err_format(&Exc_ValueError, "invalid mode: '%s'", s);
            return -1;
        }
        switch (*p) {
        case 'r': rwxa++; om->readable = true; break;
        case 'w': rwxa++; om->writable = true; om->flags |= O_CREAT | O_TRUNC; break;
        case 'x': rwxa++; om->writable = true; om->flags |= O_CREAT | O_EXCL; break;
        case 'a': rwxa++; om->writable = om->appending = true; om->flags |= O_CREAT | O_APPEND; break;
        case '+': plus++; om->readable = om->writable = true; break;
        case 't': t++; break;
        case 'b': b++; om->binary = true; break;
        }
    }
    if (t && b) {
        err_set_str(&Exc_ValueError, "can't have text and binary mode at once");
        return -1;
    }
    if (rwxa != 1) {
        err_set_str(&Exc_ValueError, plus ? "Must have exactly one of create/read/write/append mode and at most one plus"
                                          : "must have exactly one of create/read/write/append mode");
        return -1;
    }
    om->flags |= om->readable && om->writable ? O_RDWR : om->writable ? O_WRONLY : O_RDONLY;
    om->flags |= O_CLOEXEC;
    return 0;
}

/* The codec an encoding name means (CPython's normalisation: case and '_'
 * are ignored), or -1 with LookupError. */
int io_codec_of(Obj *encoding) {
    static const struct { const char *name; int codec; } known[] = {
        {"utf-8", IO_UTF8}, {"utf8", IO_UTF8}, {"u8", IO_UTF8}, {"utf", IO_UTF8},
        {"locale", IO_UTF8}, {"cp65001", IO_UTF8},
        {"latin-1", IO_LATIN1}, {"latin1", IO_LATIN1}, {"iso-8859-1", IO_LATIN1},
        {"iso8859-1", IO_LATIN1}, {"8859", IO_LATIN1}, {"cp819", IO_LATIN1}, {"l1", IO_LATIN1},
        {"latin", IO_LATIN1}, {"iso-ir-100", IO_LATIN1},
        {"ascii", IO_ASCII}, {"us-ascii", IO_ASCII}, {"646", IO_ASCII}, {"us", IO_ASCII},
    };
    if (!is_str(encoding)) {
        err_format(&Exc_TypeError, "open() argument 'encoding' must be str or None, not %T", encoding);
        return -1;
    }
    char norm[32];
    size_t n = str_size(encoding);
    if (n < sizeof norm) {
        for (size_t i = 0; i <= n; i++) {
            char c = str_data(encoding)[i];
            norm[i] = c == '_' || c == ' ' ? '-' : (char)tolower((unsigned char)c);
        }
        for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
            if (strcmp(norm, known[i].name) == 0) return known[i].codec;
    }
    err_format(&Exc_LookupError, "unknown encoding: %U", encoding);
    return -1;
}

/* open()'s newline argument as an IO_NL_* value, or -1 with an error. */
int io_newline_of(Obj *newline) {
    if (newline == NULL || newline == NONE) return IO_NL_UNIVERSAL;
    if (!is_str(newline)) {
        err_format(&Exc_TypeError, "open() argument 'newline' must be str or None, not %T", newline);
        return -1;
    }
    static const char *const values[] = {"", "\n", "\r", "\r\n"};
    for (int i = 0; i < 4; i++)
        if (strcmp(str_data(newline), values[i]) == 0) return IO_NL_ANY + i;
    err_format(&Exc_ValueError, "illegal newline value: %U", newline);
    return -1;
}

/* The mode a binary file reports, normalised as CPython's FileIO does. */
const char *io_binary_mode_name(bool created, bool appending, bool readable, bool writable) {
    if (created) return readable ? "xb+" : "xb";
    if (appending) return readable ? "ab+" : "ab";
    if (readable && writable) return "rb+";
    return readable ? "rb" : "wb";
}

static Type *io_binary_type(const OpenMode *om, bool unbuffered) {
    if (unbuffered) return &FileIOType;
    if (om->readable && om->writable) return &BufferedRandomType;
    return om->readable ? &BufferedReaderType : &BufferedWriterType;
}

static int open_fd(Obj *file, const OpenMode *om, Obj *opener) {
    if (is_int(file)) return (int)int_as_ssize(file);
    const char *path;
    if (is_str(file)) path = str_data(file);
    else if (is_bytes(file)) path = (const char *)((BytesObj *)file)->data;
    else {
        err_format(&Exc_TypeError, "expected str, bytes or os.PathLike object, not %T", file);
        return -1;
    }
    int fd;
    if (opener != NULL && opener != NONE) {
        /* opener(file, flags) returns an open descriptor */
        Obj *flags = small_new(om->flags & ~O_CLOEXEC);
        Obj *r = obj_call2(opener, file, flags);
        if (r == NULL) return -1;
        fd = is_int(r) ? (int)int_as_ssize(r) : -1;
        if (!is_int(r)) err_format(&Exc_TypeError, "expected an integer from opener, not %T", r);
        else if (fd < 0 && !err_occurred()) err_format(&Exc_ValueError, "opener returned %d", fd);
        DECREF(r);
        return err_occurred() ? -1 : fd;
    }
    BLOCKING_BEGIN("open");
    do fd = open(path, om->flags, 0666); while (fd < 0 && errno == EINTR);
    BLOCKING_END();
    struct stat st;
    if (fd >= 0 && fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        close(fd);
        fd = -1;
        errno = EISDIR;
    }
    if (fd < 0) err_set_from_errno(file);
    return fd;
}

/* Checks open()'s text-only arguments against the mode. */
static int check_text_args(const OpenMode *om, Obj *encoding, Obj *errors, Obj *newline) {
    static const char *const what[] = {"an encoding", "an errors", "a newline"};
    Obj *given[] = {encoding, errors, newline};
    for (int i = 0; i < 3 && om->binary; i++) {
        if (given[i] != NULL && given[i] != NONE) {
            err_format(&Exc_ValueError, "binary mode doesn't take %s argument", what[i]);
            return -1;
        }
    }
    if (errors != NULL && errors != NONE && !is_str(errors)) {
        err_format(&Exc_TypeError, "open() argument 'errors' must be str or None, not %T", errors);
        return -1;
    }
    return 0;
}

Obj *io_open(Obj *file, Obj *mode, Obj *buffering, Obj *encoding, Obj *errors, Obj *newline,
             Obj *closefd, Obj *opener) {
    OpenMode om;
    if (!is_int(file) && !is_str(file) && !is_bytes(file)) {
        Obj *path = fspath_borrowed(file);   /* os.PathLike: open its path */
        if (path == NULL && err_occurred()) return NULL;
        if (path != NULL) file = path;
    }
    if (mode == NULL) mode = str_intern_cstr("r");
    if (!is_str(mode)) {
        err_format(&Exc_TypeError, "open() argument 'mode' must be str, not %T", mode);
        return NULL;
    }
    if (parse_mode(mode, &om) < 0 || check_text_args(&om, encoding, errors, newline) < 0)
        return NULL;
    if (encoding == NONE) encoding = NULL;
    if (errors == NONE) errors = NULL;
    int codec = IO_UTF8, nl = IO_NL_UNIVERSAL;
    if (!om.binary && ((encoding && (codec = io_codec_of(encoding)) < 0) || (nl = io_newline_of(newline)) < 0))
        return NULL;
    intptr_t buf = -1;
    if (buffering && buffering != NONE && intarg_ssize(buffering, &buf) < 0) return NULL;
    if (buf == 0 && !om.binary) {
        err_set_str(&Exc_ValueError, "can't have unbuffered text I/O");
        return NULL;
    }
    int fd = open_fd(file, &om, opener);
    if (fd < 0) return NULL;
    if (om.binary) {
        mode = str_intern_cstr(io_binary_mode_name(strchr(str_data(mode), 'x') != NULL, om.appending,
                                                om.readable, om.writable));
    }
    Obj *f = io_file_new(om.binary ? io_binary_type(&om, buf == 0) : &TextIOType, fd, file, mode,
                      om.binary ? NULL : encoding ? encoding : str_intern_cstr("UTF-8"));
    if (f == NULL) { close(fd); return NULL; }
    FileObj *fo = (FileObj *)f;
    fo->readable = om.readable;
    fo->writable = om.writable;
    fo->appending = om.appending;
    fo->codec = (uint8_t)codec;
    fo->newline = (uint8_t)nl;
    if (!om.binary) fo->errors = NEWREF(errors ? errors : str_intern_cstr("strict"));
    fo->line_buffering = buf == 1 || (buf == -1 && isatty(fd));
    fo->unbuffered = buf == 0;
    if (closefd) {
        int c = obj_is_true(closefd);
        if (c < 0) { DECREF(f); return NULL; }
        fo->closefd = c;
    }
    if (om.appending && fo->seekable) lseek(fd, 0, SEEK_END);
    return f;
}

/* ---- closing ----------------------------------------------------------- */

/* Flushes and closes; the first error wins but the descriptor is always
 * closed. */
int io_close(FileObj *f) {
    if (f->closed) return 0;
    int rc = f->writable ? io_flush(f) : 0;
    if (f->wrapped != NULL) {
        /* made over another file: that one owns the descriptor */
        f->closed = true;
        io_free_buffers(f);
        return io_close((FileObj *)f->wrapped) < 0 || rc < 0 ? -1 : 0;
    }
    /* a text file and its .buffer close together, the text file last */
    FileObj *peer = f->peer;
    if (peer != NULL && !peer->closed) {
        if (f->binary) {
            f->closed = true;
            return io_close(peer) < 0 || rc < 0 ? -1 : 0;
        }
        if (peer->writable && io_flush(peer) < 0) rc = -1;
        peer->closed = true;
    }
    f->closed = true;
    if (f->closefd && close(f->fd) < 0 && rc == 0) {
        err_set_from_errno(NULL);
        rc = -1;
    }
    io_free_buffers(f);
    return rc;
}

void io_free_buffers(FileObj *f) {
    free(f->wbuf);
    free(f->rbuf);
    f->wbuf = f->rbuf = NULL;
    f->wlen = f->wcap = f->rpos = f->rlen = f->rcap = 0;
}

static void file_dealloc(Obj *o) {
    FileObj *f = (FileObj *)o;
    if (f->peer != NULL && f->binary) {
        /* a text file's .buffer going away leaves the text file open */
        Obj *saved = err_fetch();
        if (!f->closed && f->writable && io_flush(f) < 0) err_clear();
        if (saved) err_set_obj(saved);
        f->closed = true;
    }
    if (!f->closed) {
        Obj *saved = err_fetch();
        if (io_close(f) < 0) err_clear();
        if (saved) err_set_obj(saved);
    }
    if (f->peer != NULL && f->binary) {
        f->peer->peer = NULL;
        DECREF((Obj *)f->peer);
    }
    XDECREF(f->wrapped);
    DECREF(f->name);
    XDECREF(f->mode);
    XDECREF(f->encoding);
    XDECREF(f->errors);
    obj_free(o);
}

static Obj *file_repr(Obj *o) {
    FileObj *f = (FileObj *)o;
    if (TYPE(o) == &FileIOType)
        return str_from_format("<%s name=%R mode=%R closefd=%s>", TYPE(o)->name, f->name, f->mode,
                               f->closefd ? "True" : "False");
    if (!f->binary && f->mode == NULL)
        return f->name == NONE || f->detached ? str_from_format("<%s encoding=%R>", TYPE(o)->name, f->encoding)
                               : str_from_format("<%s name=%R encoding=%R>", TYPE(o)->name,
                                                 f->name, f->encoding);
    if (!f->binary)
        return str_from_format("<%s name=%R mode=%R encoding=%R>", TYPE(o)->name,
                               f->name, f->mode, f->encoding);
    return str_from_format("<%s name=%R>", TYPE(o)->name, f->name);
}

/* ---- methods ----------------------------------------------------------- */

static Obj *m_close(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_count("close", nargs, 0, 0) < 0 || args_no_kwargs("close", kwnames) < 0) return NULL;
    return io_close((FileObj *)self) < 0 ? NULL : NEWREF(NONE);
}

static Obj *m_flush(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    FileObj *f = (FileObj *)self;
    if (io_check_open(f) < 0 || io_flush(f) < 0) return NULL;
    return NEWREF(NONE);
}

static Obj *m_enter(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (io_check_open((FileObj *)self) < 0) return NULL;
    return NEWREF(self);
}

static Obj *m_exit(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return io_close((FileObj *)self) < 0 ? NULL : NEWREF(NONE);
}

static Obj *m_fileno(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    FileObj *f = (FileObj *)self;
    return io_check_open(f) < 0 ? NULL : small_new(f->fd);
}

static Obj *m_isatty(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    FileObj *f = (FileObj *)self;
    return io_check_open(f) < 0 ? NULL : bool_from(isatty(f->fd));
}

static Obj *m_readable(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    FileObj *f = (FileObj *)self;
    return io_check_open(f) < 0 ? NULL : bool_from(f->readable);
}

static Obj *m_writable(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    FileObj *f = (FileObj *)self;
    return io_check_open(f) < 0 ? NULL : bool_from(f->writable);
}

static Obj *m_seekable(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    FileObj *f = (FileObj *)self;
    return io_check_open(f) < 0 ? NULL : bool_from(f->seekable);
}

static Obj *file_iter(Obj *self) {
    if (io_check_open((FileObj *)self) < 0) return NULL;
    return NEWREF(self);
}

static Obj *file_iternext(Obj *self) {
    FileObj *f = (FileObj *)self;
    if (io_check_readable(f) < 0) return NULL;
    Obj *line = io_readline(f, -1);
    if (line == NULL) return NULL;
    size_t n = f->binary ? ((BytesObj *)line)->size : str_size(line);
    if (n == 0) { DECREF(line); return NULL; }
    return line;
}

/* ---- attributes -------------------------------------------------------- */

static Obj *get_closed(Obj *self) {
    FileObj *f = (FileObj *)self;
    if (f->detached) { io_check_open(f); return NULL; }
    return bool_from(io_is_closed(f));
}
static Obj *get_name(Obj *self) {
    FileObj *f = (FileObj *)self;
    if (f->detached) { io_check_open(f); return NULL; }
    if (f->name == NONE && f->wrapped == NULL) {
        err_format(&Exc_AttributeError, "'%s' object has no attribute 'name'", TYPE(self)->name);
        return NULL;
    }
    return NEWREF(f->name);
}
static Obj *get_mode(Obj *self) {
    FileObj *f = (FileObj *)self;
    if (f->mode == NULL) {
        err_format(&Exc_AttributeError, "'%s' object has no attribute 'mode'", TYPE(self)->name);
        return NULL;
    }
    return NEWREF(f->mode);
}
static Obj *or_none(Obj *o) { return NEWREF(o ? o : NONE); }
static Obj *get_encoding(Obj *self) { return or_none(((FileObj *)self)->encoding); }
static Obj *get_errors(Obj *self) { return or_none(((FileObj *)self)->errors); }
static Obj *get_line_buffering(Obj *self) { return bool_from(((FileObj *)self)->line_buffering); }
static Obj *get_write_through(Obj *self) { return bool_from(((FileObj *)self)->unbuffered); }

/* A text file's binary layer: a Buffered* object over the same descriptor,
 * made on first use and kept while referenced. */
static Obj *get_buffer(Obj *self) {
    FileObj *t = (FileObj *)self;
    if (t->wrapped != NULL) return NEWREF(t->wrapped);
    if (t->detached) return NEWREF(NONE);
    if (t->peer != NULL) return NEWREF((Obj *)t->peer);
    OpenMode om = { .readable = t->readable, .writable = t->writable, .binary = true };
    Obj *m = str_intern_cstr(io_binary_mode_name(strchr(str_data(t->mode), 'x') != NULL, t->appending,
                                              t->readable, t->writable));
    /* unbuffered standard streams (-u) have a raw FileIO under them */
    bool raw = io_unbuffered && t->fd <= 2 && !t->closefd;
    Obj *b = io_file_new(io_binary_type(&om, raw), t->fd, t->name, m, NULL);
    if (b == NULL) return NULL;
    FileObj *bf = (FileObj *)b;
    bf->readable = t->readable;
    bf->writable = t->writable;
    bf->appending = t->appending;
    bf->closefd = false;
    bf->closed = t->closed;
    bf->peer = (FileObj *)NEWREF(self);
    t->peer = bf;
    return b;
}

/* The methods of every file type; binary files add readinto(), text files
 * reconfigure(). */
#define FILE_METHODS \
    {"read", io_m_read, 0}, {"readline", io_m_readline, 0}, {"readlines", io_m_readlines, 0}, \
    {"write", io_m_write, 0}, {"writelines", io_m_writelines, 0}, {"seek", io_m_seek, 0}, \
    {"tell", io_m_tell, 0}, {"truncate", io_m_truncate, 0}, {"close", m_close, 0}, \
    {"flush", m_flush, 0}, {"fileno", m_fileno, 0}, {"isatty", m_isatty, 0}, \
    {"readable", m_readable, 0}, {"writable", m_writable, 0}, {"seekable", m_seekable, 0}, \
    {"__enter__", m_enter, 0}, {"__exit__", m_exit, 0}

static const MethodDef binary_methods[] = { FILE_METHODS, {"readinto", io_m_readinto, 0}, {NULL} };
static const MethodDef text_methods[] = { FILE_METHODS, {"reconfigure", io_m_reconfigure, 0},
                                          {"detach", io_m_detach, 0}, {NULL} };

static const GetSetDef text_getset[] = {
    {"closed", get_closed, NULL},
    {"name", get_name, NULL},
    {"mode", get_mode, NULL},
    {"encoding", get_encoding, NULL},
    {"errors", get_errors, NULL},
    {"line_buffering", get_line_buffering, NULL},
    {"write_through", get_write_through, NULL},
    {"buffer", get_buffer, NULL},
    {"newlines", io_text_newlines, NULL},
    {NULL},
};

static Obj *get_closefd(Obj *self) { return bool_from(((FileObj *)self)->closefd); }

/* FileIO's attributes. */
static const GetSetDef binary_getset[] = {
    {"closed", get_closed, NULL},
    {"name", get_name, NULL},
    {"mode", get_mode, NULL},
    {"closefd", get_closefd, NULL},
    {NULL},
};

/* A buffered file's raw FileIO: the one it was made over, else a FileIO
 * on the same descriptor that leaves it open. */
static Obj *get_raw(Obj *self) {
    FileObj *f = (FileObj *)self;
    if (f->wrapped != NULL) return NEWREF(f->wrapped);
    Obj *r = io_file_new(&FileIOType, f->fd, f->name, f->mode, NULL);
    if (r == NULL) return NULL;
    FileObj *rf = (FileObj *)r;
    rf->readable = f->readable;
    rf->writable = f->writable;
    rf->appending = f->appending;
    rf->closefd = false;
    rf->closed = f->closed;
    rf->unbuffered = true;
    return r;
}

static const GetSetDef buffered_getset[] = {
    {"closed", get_closed, NULL},
    {"name", get_name, NULL},
    {"mode", get_mode, NULL},
    {"raw", get_raw, NULL},
    {NULL},
};

#define FILE_TYPE(var, tname, meths, gs, ctor, extra_flags) \
    Type var = { \
        .ob = STATIC_HEAD(&TypeType), .name = tname, .size = sizeof(FileObj), \
        .base = &ObjectType, .flags = TF_IMMUTABLE | (extra_flags), .dealloc = file_dealloc, \
        .repr = file_repr, .hash = NULL, .iter = file_iter, .iternext = file_iternext, \
        .methods = meths, .getset = gs, .new_ = ctor, \
    };
/* TextIOWrapper(...) makes text files (io_ctor.c) and may be subclassed
 * (_pytextio.TextIOWrapper is one). */
Type TextIOType = {
    .ob = STATIC_HEAD(&TypeType), .name = "_io.TextIOWrapper", .size = sizeof(FileObj),
    .base = &ObjectType, .flags = TF_IMMUTABLE | TF_BASETYPE, .dealloc = file_dealloc,
    .repr = file_repr, .hash = NULL, .iter = file_iter, .iternext = file_iternext,
    .methods = text_methods, .getset = text_getset, .new_ = io_text_new, .init = io_text_init,
};
FILE_TYPE(BufferedReaderType, "_io.BufferedReader", binary_methods, buffered_getset, io_buffered_new, TF_BASETYPE)
FILE_TYPE(BufferedWriterType, "_io.BufferedWriter", binary_methods, buffered_getset, io_buffered_new, TF_BASETYPE)
FILE_TYPE(BufferedRandomType, "_io.BufferedRandom", binary_methods, buffered_getset, io_buffered_new, TF_BASETYPE)
FILE_TYPE(FileIOType, "_io.FileIO", binary_methods, binary_getset, io_fileio_new, 0)

/* io.UnsupportedOperation: an OSError made at start-up from OSError's own
 * layout; its bases and MRO name ValueError after OSError, as CPython's. */
static int make_unsupported_operation(void) {
    if (type_ready(&Exc_OSError) < 0 || type_ready(&Exc_ValueError) < 0) return -1;
    UnsupportedOperationType = Exc_OSError;
    Type *t = &UnsupportedOperationType;
    t->ob.refcnt = IMMORTAL_REFCNT;
    t->name = "io.UnsupportedOperation";
    t->base = &Exc_OSError;
    t->flags &= ~(uint32_t)TF_READY;
    t->bases = t->mro = t->dict = t->name_obj = t->qualname = NULL;
    t->module = NULL;
    /* (UnsupportedOperation, OSError, ValueError, Exception, BaseException, object) */
    Obj *os_mro = Exc_OSError.mro;
    size_t n = tuple_size(os_mro);
    t->bases = tuple_pack(2, (Obj *)&Exc_OSError, (Obj *)&Exc_ValueError);
    t->mro = tuple_new(n + 2);
    if (t->bases == NULL || t->mro == NULL) return -1;
    tuple_set(t->mro, 0, NEWREF((Obj *)t));
    tuple_set(t->mro, 1, NEWREF((Obj *)&Exc_OSError));
    tuple_set(t->mro, 2, NEWREF((Obj *)&Exc_ValueError));
    for (size_t i = 1; i < n; i++) tuple_set(t->mro, i + 2, NEWREF(tuple_get(os_mro, i)));
    return type_ready(t);
}

int io_init(void) {
    Type *types[] = {&TextIOType, &BufferedReaderType, &BufferedWriterType, &BufferedRandomType,
                     &FileIOType};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (type_ready(types[i]) < 0) return -1;
    return make_unsupported_operation();
}
