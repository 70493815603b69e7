/* io_read.c: reading from file objects: the read buffer, read/readline/
 * readlines, and positioning (seek/tell/truncate).  Text mode decodes UTF-8,
 * latin-1 or ASCII and handles newlines as open()'s newline argument says
 * (by default "\r\n" and "\r" become "\n"). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "io_internal.h"
#include "args.h"
#include "blocking.h"
#include "api.h"
#include "bytes.h"
#include "err.h"
#include "int.h"
#include "intarg.h"
#include "list.h"
#include "str.h"
#include "str_codecs.h"

enum { READ_CHUNK = 64 * 1024 };

/* Reads more bytes into the buffer, keeping unread ones.  Returns how many
 * arrived (0 at end of file) or -1 with an exception. */
static intptr_t fill(FileObj *f) {
    if (f->wlen > 0 && io_flush(f) < 0) return -1;
    if (f->rpos == f->rlen) {
        f->rpos = f->rlen = 0;
    } else if (f->rpos > 0) {
        memmove(f->rbuf, f->rbuf + f->rpos, f->rlen - f->rpos);
        f->rlen -= f->rpos;
        f->rpos = 0;
    }
    if (f->rcap - f->rlen < READ_CHUNK / 2) {
        size_t cap = f->rcap ? f->rcap * 2 : READ_CHUNK;
        char *p = realloc(f->rbuf, cap);
        if (p == NULL) { err_no_memory(); return -1; }
        f->rbuf = p;
        f->rcap = cap;
    }
    ssize_t n;
    for (;;) {
        BLOCKING_BEGIN("read");
        n = read(f->fd, f->rbuf + f->rlen, f->rcap - f->rlen);
        BLOCKING_END();
        if (n >= 0 || errno != EINTR) break;
        /* a signal: its Python handler runs now (Ctrl-C raises); then retry */
        if (signals_check() < 0) return -1;
    }
    if (n < 0) {
        err_set_from_errno(NULL);
        return -1;
    }
    f->rlen += (size_t)n;
    return n;
}

int io_drop_read_buffer(FileObj *f) {
    if (f->rpos < f->rlen && lseek(f->fd, -(off_t)(f->rlen - f->rpos), SEEK_CUR) < 0) {
        err_set_from_errno(NULL);
        return -1;
    }
    f->rpos = f->rlen = 0;
    return 0;
}

/* A growable byte buffer for what a read returns. */
typedef struct Out { char *p; size_t n, cap; } Out;

static int out_add(Out *o, const char *s, size_t n) {
    if (o->n + n > o->cap) {
        size_t cap = o->cap ? o->cap : 256;
        while (cap < o->n + n) cap *= 2;
        char *p = realloc(o->p, cap);
        if (p == NULL) { err_no_memory(); return -1; }
        o->p = p;
        o->cap = cap;
    }
    memcpy(o->p + o->n, s, n);
    o->n += n;
    return 0;
}

static size_t utf8_seq_len(unsigned char lead) {
    return lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
}

/* A '\r' or '\n' at rbuf[rpos] under the file's newline mode: appends what
 * the program sees to out, adds the characters to *count; *line_end tells
 * whether a line ends there. */
static int text_newline(FileObj *f, Out *out, intptr_t *count, bool *line_end) {
    char c = f->rbuf[f->rpos++];
    bool crlf = false;
    if (c == '\r' && f->newline != IO_NL_LF && f->newline != IO_NL_CR) {
        /* is it "\r\n"?  look at the next byte, reading more if needed */
        if (f->rpos == f->rlen && fill(f) < 0) return -1;
        crlf = f->rpos < f->rlen && f->rbuf[f->rpos] == '\n';
        if (crlf) f->rpos++;
    }
    switch (f->newline) {
    case IO_NL_UNIVERSAL:
        *line_end = true;
        (*count)++;
        return out_add(out, "\n", 1);
    case IO_NL_ANY:
        *line_end = true;
        break;
    case IO_NL_LF:
        *line_end = c == '\n';
        break;
    case IO_NL_CR:
        *line_end = c == '\r';
        break;
    default:    /* IO_NL_CRLF */
        *line_end = crlf;
        break;
    }
    *count += crlf ? 2 : 1;
    return out_add(out, crlf ? "\r\n" : &c, crlf ? 2 : 1);
}

/* Reads up to nchars characters (all when < 0), stopping after a line end
 * when stop_at_nl, with newlines translated as the file's mode says;
 * appends the encoded bytes to out (for UTF-8, a character is a whole
 * sequence; for latin-1 and ASCII, a byte). */
static int text_read(FileObj *f, intptr_t nchars, bool stop_at_nl, Out *out) {
    intptr_t count = 0;
    while (nchars < 0 || count < nchars) {
        if (f->rpos == f->rlen) {
            intptr_t n = fill(f);
            if (n <= 0) return (int)n;
        }
        unsigned char c = (unsigned char)f->rbuf[f->rpos];
        if (c == '\r' || c == '\n') {
            bool line_end;
            if (text_newline(f, out, &count, &line_end) < 0) return -1;
            if (stop_at_nl && line_end) return 0;
        } else if (c < 0x80 || f->codec != IO_UTF8) {
            /* a run of single-byte characters in one copy */
            size_t start = f->rpos, lim = f->rlen;
            if (nchars >= 0 && lim - start > (size_t)(nchars - count)) lim = start + (size_t)(nchars - count);
            if (f->codec == IO_UTF8)
                while (f->rpos < lim && (unsigned char)f->rbuf[f->rpos] < 0x80 &&
                       f->rbuf[f->rpos] != '\r' && f->rbuf[f->rpos] != '\n')
                    f->rpos++;
            else
                while (f->rpos < lim && f->rbuf[f->rpos] != '\r' && f->rbuf[f->rpos] != '\n')
                    f->rpos++;
            if (out_add(out, f->rbuf + start, f->rpos - start) < 0) return -1;
            count += (intptr_t)(f->rpos - start);
        } else {
            size_t len = utf8_seq_len(c);
            while (f->rlen - f->rpos < len) {
                intptr_t n = fill(f);
                if (n < 0) return -1;
                if (n == 0) break;
            }
            if (len > f->rlen - f->rpos) len = f->rlen - f->rpos;   /* the decoder reports it */
            if (out_add(out, f->rbuf + f->rpos, len) < 0) return -1;
            f->rpos += len;
            count++;
        }
    }
    return 0;
}

/* The str of bytes a text read gathered, decoded with the file's codec. */
static Obj *text_decode(FileObj *f, const char *p, size_t n) {
    static const char *const names[] = {"utf-8", "latin-1", "ascii"};
    bool strict = f->errors == NULL || str_equal_cstr(f->errors, "strict");
    if (f->codec == IO_UTF8 && strict) return str_decode_utf8(p, n, "strict");
    return str_decode(p, n, str_intern_cstr(names[f->codec]), f->errors, "decode");
}

/* Reads up to n bytes (all when < 0), stopping after '\n' when stop_at_nl. */
static int binary_read(FileObj *f, intptr_t n, bool stop_at_nl, Out *out) {
    size_t want = n < 0 ? SIZE_MAX : (size_t)n;
    while (want > 0) {
        if (f->rpos == f->rlen) {
            intptr_t got = fill(f);
            if (got <= 0) return (int)got;
        }
        size_t avail = f->rlen - f->rpos, take = avail < want ? avail : want;
        const char *start = f->rbuf + f->rpos;
        const char *nl = stop_at_nl ? memchr(start, '\n', take) : NULL;
        if (nl) take = (size_t)(nl - start) + 1;
        if (out_add(out, start, take) < 0) return -1;
        f->rpos += take;
        want -= take;
        if (nl) return 0;
    }
    return 0;
}

/* Reads and makes the result object: str or bytes. */
static Obj *read_obj(FileObj *f, intptr_t n, bool stop_at_nl) {
    Out out = {0};
    int rc = f->binary ? binary_read(f, n, stop_at_nl, &out) : text_read(f, n, stop_at_nl, &out);
    Obj *res = NULL;
    if (rc == 0)
        res = f->binary ? bytes_from(out.p, out.n) : text_decode(f, out.p ? out.p : "", out.n);
    free(out.p);
    return res;
}

Obj *io_readline(FileObj *f, intptr_t limit) {
    return read_obj(f, limit, true);
}

/* The optional size argument of read()/readline(): None or an int. */
static int size_arg(const char *fname, Obj *const *args, size_t nargs, Obj *kwnames, intptr_t *size) {
    static const char *const names[] = {"size", NULL};
    Obj *a[1];
    *size = -1;
    if (args_bind(fname, args, nargs, kwnames, names, 0, a) < 0) return -1;
    if (a[0] == NULL || a[0] == NONE) return 0;
    if (!is_int(a[0])) {
        err_format(&Exc_TypeError, "argument should be integer or None, not '%T'", a[0]);
        return -1;
    }
    *size = int_as_ssize(a[0]);
    return *size == -1 && err_occurred() ? -1 : 0;
}

Obj *io_m_read(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    FileObj *f = (FileObj *)self;
    intptr_t n;
    if (size_arg("read", args, nargs, kwnames, &n) < 0 || io_check_readable(f) < 0) return NULL;
    return read_obj(f, n < 0 ? -1 : n, false);
}

Obj *io_m_readline(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    FileObj *f = (FileObj *)self;
    intptr_t n = -1;
    if (!f->binary && nargs == 1 && kw_count(kwnames) == 0 && args[0] != NONE) {
        /* text readline() takes an index, as CPython's does */
        if (intarg_ssize(args[0], &n) < 0 || io_check_readable(f) < 0) return NULL;
    } else if (size_arg("readline", args, nargs, kwnames, &n) < 0 || io_check_readable(f) < 0) {
        return NULL;
    }
    return read_obj(f, n < 0 ? -1 : n, true);
}

Obj *io_m_readlines(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    FileObj *f = (FileObj *)self;
    intptr_t hint;
    if (size_arg("readlines", args, nargs, kwnames, &hint) < 0 || io_check_readable(f) < 0) return NULL;
    Obj *lines = list_new(0);
    size_t total = 0;
    while (lines != NULL) {
        Obj *line = io_readline(f, -1);
        if (line == NULL) { CLEAR(lines); break; }
        size_t n = f->binary ? ((BytesObj *)line)->size : str_length(line);
        if (n == 0) { DECREF(line); break; }
        int rc = list_append(lines, line);
        DECREF(line);
        if (rc < 0) { CLEAR(lines); break; }
        total += n;
        if (hint > 0 && total >= (size_t)hint) break;
    }
    return lines;
}

/* readinto(b) of binary files: fills a bytearray from the file; how many
 * bytes came (0 at end of file). */
Obj *io_m_readinto(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    FileObj *f = (FileObj *)self;
    if (args_no_kwargs("readinto", kwnames) < 0) return NULL;
    if (nargs != 1) {
        const char *name = TYPE(self)->name;
        const char *dot = strchr(name, '.');
        err_format(&Exc_TypeError, "%s.readinto() takes exactly one argument (%zu given)",
                   dot ? dot + 1 : name, nargs);
        return NULL;
    }
    if (!is_bytearray(args[0])) {
        err_format(&Exc_TypeError, "readinto() argument must be read-write bytes-like object, not %s",
                   args[0] == NONE ? "None" : type_name(args[0]));
        return NULL;
    }
    if (io_is_closed(f)) {
        err_set_str(&Exc_ValueError, TYPE(self) == &FileIOType ? "I/O operation on closed file"
                                                               : "readinto of closed file");
        return NULL;
    }
    if (io_check_readable(f) < 0) return NULL;
    ByteArrayObj *dst = (ByteArrayObj *)args[0];
    if (dst->size == 0) return small_new(0);
    Obj *data = read_obj(f, (intptr_t)dst->size, false);
    if (data == NULL) return NULL;
    size_t n = ((BytesObj *)data)->size;
    if (n > dst->size) n = dst->size;   /* the bytearray shrank meanwhile */
    memcpy(dst->data, ((BytesObj *)data)->data, n);
    DECREF(data);
    return small_new((intptr_t)n);
}

/* ---- positioning ------------------------------------------------------- */

static intptr_t position(FileObj *f) {
    if (f->wlen > 0 && io_flush(f) < 0) return -1;
    off_t pos = lseek(f->fd, 0, SEEK_CUR);
    if (pos < 0) { err_set_from_errno(NULL); return -1; }
    return (intptr_t)pos - (intptr_t)(f->rlen - f->rpos);
}

Obj *io_m_tell(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    FileObj *f = (FileObj *)self;
    if (args_count("tell", nargs, 0, 0) < 0 || io_check_open(f) < 0) return NULL;
    intptr_t pos = position(f);
    return pos < 0 ? NULL : int_from_i64(pos);
}

static int text_seek_check(intptr_t off, int whence) {
    if (whence == SEEK_CUR && off != 0) {
        err_set_str(&UnsupportedOperationType, "can't do nonzero cur-relative seeks");
        return -1;
    }
    if (whence == SEEK_END && off != 0) {
        err_set_str(&UnsupportedOperationType, "can't do nonzero end-relative seeks");
        return -1;
    }
    if (whence == SEEK_SET && off < 0) {
        err_format(&Exc_ValueError, "negative seek position %zd", off);
        return -1;
    }
    return 0;
}

Obj *io_m_seek(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"cookie", "whence", NULL};
    FileObj *f = (FileObj *)self;
    Obj *a[2];
    if (args_bind("seek", args, nargs, kwnames, names, 1, a) < 0 || io_check_open(f) < 0) return NULL;
    intptr_t off, whence = 0;
    if (intarg_ssize(a[0], &off) < 0 || (a[1] && intarg_ssize(a[1], &whence) < 0)) return NULL;
    if (whence < 0 || whence > 2) {
        err_format(&Exc_ValueError, "invalid whence (%zd, should be 0, 1 or 2)", whence);
        return NULL;
    }
    if (!f->binary && text_seek_check(off, (int)whence) < 0) return NULL;
    if (whence == SEEK_CUR) {
        intptr_t pos = position(f);
        if (pos < 0) return NULL;
        off += pos;
        whence = SEEK_SET;
    }
    if (f->wlen > 0 && io_flush(f) < 0) return NULL;
    f->rpos = f->rlen = 0;
    off_t pos = lseek(f->fd, (off_t)off, (int)whence);
    if (pos < 0) { err_set_from_errno(NULL); return NULL; }
    return int_from_i64(pos);
}

Obj *io_m_truncate(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"pos", NULL};
    FileObj *f = (FileObj *)self;
    Obj *a[1];
    if (args_bind("truncate", args, nargs, kwnames, names, 0, a) < 0 || io_check_writable(f) < 0)
        return NULL;
    intptr_t size;
    if (a[0] && a[0] != NONE ? intarg_ssize(a[0], &size) < 0 : (size = position(f)) < 0) return NULL;
    if ((f->wlen > 0 && io_flush(f) < 0) || io_drop_read_buffer(f) < 0) return NULL;
    if (ftruncate(f->fd, (off_t)size) < 0) { err_set_from_errno(NULL); return NULL; }
    return int_from_i64(size);
}
