/* io_write.c: writing to file objects: the write buffer, its flushing
 * policy (line buffering on terminals, blocks otherwise), write/writelines,
 * and the helpers print() uses. */
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
#include "str.h"
#include "str_codecs.h"

enum { WRITE_BUFFER = 8192 };

static int write_all(int fd, const char *p, size_t n) {
    while (n > 0) {
        ssize_t w;
        BLOCKING_BEGIN("write");
        w = write(fd, p, n);
        BLOCKING_END();
        if (w < 0) {
            /* PEP 475: a signal's handler runs (Ctrl-C raises), then retry */
            if (errno == EINTR) {
                if (signals_check() < 0) return -1;
                continue;
            }
            err_set_from_errno(NULL);
            return -1;
        }
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

int io_flush(FileObj *f) {
    /* as in CPython, a text file's bytes reach the descriptor through its
     * .buffer: what was written to the buffer directly goes out first */
    FileObj *under = f->wrapped ? (FileObj *)f->wrapped : f->binary ? NULL : f->peer;
    if (under != NULL && under->wlen > 0 && io_flush(under) < 0) return -1;
    if (f->wlen == 0) return 0;
    size_t n = f->wlen;
    f->wlen = 0;   /* dropped even on error, so exit does not fail twice */
    return write_all(f->fd, f->wbuf, n);
}

int io_write_bytes(FileObj *f, const char *data, size_t len) {
    if (f->rlen > 0 && io_drop_read_buffer(f) < 0) return -1;
    if (f->unbuffered || len >= WRITE_BUFFER) {
        if (io_flush(f) < 0) return -1;
        return write_all(f->fd, data, len);
    }
    if (f->wlen + len > f->wcap) {
        if (io_flush(f) < 0) return -1;
        if (f->wcap == 0) {
            f->wbuf = malloc(WRITE_BUFFER);
            if (f->wbuf == NULL) { err_no_memory(); return -1; }
            f->wcap = WRITE_BUFFER;
        }
    }
    if (len > 0) memcpy(f->wbuf + f->wlen, data, len);     /* data may be NULL when empty */
    f->wlen += len;
    bool std_stream = f->fd <= 2 && !f->closefd;
    if ((f->line_buffering && len > 0 && memchr(data, '\n', len)) || (io_unbuffered && std_stream))
        return io_flush(f);
    return 0;
}

int io_write_text(FileObj *f, const char *utf8, size_t len) {
    char *translated = NULL;
    if ((f->newline == IO_NL_CR || f->newline == IO_NL_CRLF) && memchr(utf8, '\n', len)) {
        /* "\n" written becomes the newline the file was opened with */
        size_t extra = 0;
        for (size_t i = 0; i < len; i++) extra += utf8[i] == '\n';
        char *q = translated = malloc(len + extra + 1);
        if (q == NULL) { err_no_memory(); return -1; }
        for (size_t i = 0; i < len; i++) {
            if (utf8[i] != '\n') *q++ = utf8[i];
            else if (f->newline == IO_NL_CR) *q++ = '\r';
            else { *q++ = '\r'; *q++ = '\n'; }
        }
        utf8 = translated;
        len = (size_t)(q - translated);
    }
    int rc;
    if (f->codec == IO_UTF8) {
        rc = io_write_bytes(f, utf8, len);
    } else {
        static const char *const names[] = {"utf-8", "latin-1", "ascii"};
        Obj *s = str_decode_utf8(utf8, len, "surrogatepass");
        Obj *b = s ? str_encode(s, str_intern_cstr(names[f->codec]), f->errors) : NULL;
        rc = b ? io_write_bytes(f, (const char *)((BytesObj *)b)->data, ((BytesObj *)b)->size) : -1;
        XDECREF(s);
        XDECREF(b);
    }
    free(translated);
    return rc;
}

static bool is_writable_text(Obj *file) {
    if (!is_file(file)) return false;
    FileObj *f = (FileObj *)file;
    return !f->binary && f->writable && !io_is_closed(f);
}

int io_write_str(Obj *file, Obj *s) {
    if (is_writable_text(file)) return io_write_text((FileObj *)file, str_data(s), str_size(s));
    if (TYPE(file) == &StringIOType)
        return stringio_write_utf8(file, str_data(s), str_size(s));
    Obj *res = obj_call_method(file, str_intern_cstr("write"), &s, 1);
    if (res == NULL) return -1;
    DECREF(res);
    return 0;
}

int io_write_cstr(Obj *file, const char *s) {
    if (is_writable_text(file)) return io_write_text((FileObj *)file, s, strlen(s));
    if (TYPE(file) == &StringIOType) return stringio_write_utf8(file, s, strlen(s));
    Obj *str = str_from_cstr(s);
    if (str == NULL) return -1;
    int rc = io_write_str(file, str);
    DECREF(str);
    return rc;
}

int io_flush_obj(Obj *file) {
    if (is_file(file)) {
        FileObj *f = (FileObj *)file;
        return io_is_closed(f) ? 0 : io_flush(f);
    }
    Obj *res = obj_call_method(file, str_intern_cstr("flush"), NULL, 0);
    if (res == NULL) return -1;
    DECREF(res);
    return 0;
}

/* Writes one str (text) or bytes-like (binary) object; its length. */
static intptr_t write_one(FileObj *f, Obj *data) {
    if (!f->binary) {
        if (!is_str(data)) {
            err_format(&Exc_TypeError, "write() argument must be str, not %T", data);
            return -1;
        }
        return io_write_text(f, str_data(data), str_size(data)) < 0 ? -1 : (intptr_t)str_length(data);
    }
    const char *p;
    size_t n;
    if (is_bytes(data)) {
        p = (const char *)((BytesObj *)data)->data;
        n = ((BytesObj *)data)->size;
    } else if (is_bytearray(data)) {
        p = (const char *)((ByteArrayObj *)data)->data;
        n = ((ByteArrayObj *)data)->size;
    } else {
        err_format(&Exc_TypeError, "a bytes-like object is required, not '%T'", data);
        return -1;
    }
    return io_write_bytes(f, p, n) < 0 ? -1 : (intptr_t)n;
}

Obj *io_m_write(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    FileObj *f = (FileObj *)self;
    if (args_no_kwargs("write", kwnames) < 0 || args_count("write", nargs, 1, 1) < 0) return NULL;
    if (!f->binary && !is_str(args[0])) {
        err_format(&Exc_TypeError, "write() argument must be str, not %T", args[0]);
        return NULL;
    }
    if (io_check_writable(f) < 0) return NULL;
    intptr_t n = write_one(f, args[0]);
    return n < 0 ? NULL : small_new(n);
}

Obj *io_m_writelines(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    FileObj *f = (FileObj *)self;
    if (args_no_kwargs("writelines", kwnames) < 0 || args_count("writelines", nargs, 1, 1) < 0 ||
        io_check_writable(f) < 0)
        return NULL;
    Obj *it = obj_iter(args[0]), *item;
    if (it == NULL) return NULL;
    while ((item = obj_next(it)) != NULL) {
        intptr_t n = write_one(f, item);
        DECREF(item);
        if (n < 0) { DECREF(it); return NULL; }
    }
    DECREF(it);
    return err_occurred() ? NULL : NEWREF(NONE);
}
