/* io_stringio.c: _io.StringIO, an in-memory text stream.
 *
 * The text is kept as UTF-8 in one growable buffer; positions are in code
 * points as in CPython.  While the text is all ASCII a position is its byte
 * offset; otherwise a (code point, byte) pair remembered from the last
 * operation makes forward reading and appending cheap.  newline= works as
 * in CPython: None turns written "\r\n" and "\r" into "\n", "\r" and "\r\n"
 * turn a written "\n" into themselves, "" and None record the kinds seen
 * (.newlines); readline() ends lines at the newline the mode reads. */
#include <stdlib.h>
#include <string.h>
#include "io_internal.h"
#include "args.h"
#include "clinic_args.h"
#include "dict.h"
#include "err.h"
#include "int.h"
#include "intarg.h"
#include "list.h"
#include "str.h"
#include "tuple.h"

typedef struct StringIOObj {
    Obj ob;
    Obj *dict;
    char *buf;
    size_t size, cap;       /* bytes used / allocated */
    size_t len;             /* code points */
    size_t pos;             /* current position in code points (may pass len) */
    size_t mark_c, mark_b;  /* a code point index and its byte offset */
    bool ascii, closed;
    uint8_t newline;        /* IO_NL_* */
    uint8_t seen;           /* SEEN_* newlines written (None and "" modes) */
} StringIOObj;

enum { SEEN_CR = 1, SEEN_LF = 2, SEEN_CRLF = 4 };

static int check_closed(StringIOObj *s) {
    if (!s->closed) return 0;
    err_set_str(&Exc_ValueError, "I/O operation on closed file");
    return -1;
}

/* The byte offset of code point c (c <= len). */
static size_t byte_of(StringIOObj *s, size_t c) {
    if (s->ascii) return c;
    size_t i = 0, b = 0;
    if (s->mark_c <= c) { i = s->mark_c; b = s->mark_b; }
    while (i < c) {
        b++;
        while (b < s->size && ((unsigned char)s->buf[b] & 0xC0) == 0x80) b++;
        i++;
    }
    s->mark_c = c;
    s->mark_b = b;
    return b;
}

static size_t count_chars(const char *p, size_t n) {
    size_t k = 0;
    for (size_t i = 0; i < n; i++) k += ((unsigned char)p[i] & 0xC0) != 0x80;
    return k;
}

static bool all_ascii(const char *p, size_t n) {
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)p[i] >= 0x80) return false;
    return true;
}

static int reserve(StringIOObj *s, size_t need) {
    return io_mem_reserve(&s->buf, &s->cap, need);
}

/* Stores n code points of UTF-8 text (nb bytes) at the current position,
 * padding with NULs when the position is past the end. */
static int store(StringIOObj *s, const char *p, size_t nb, size_t n, bool ascii) {
    if (n == 0) return 0;
    size_t after;   /* byte offset of the new position */
    if (s->pos >= s->len) {
        size_t pad = s->pos - s->len;
        if (reserve(s, s->size + pad + nb) < 0) return -1;
        memset(s->buf + s->size, 0, pad);
        memcpy(s->buf + s->size + pad, p, nb);
        s->size += pad + nb;
        s->len = s->pos + n;
        after = s->size;
    } else {
        size_t b0 = byte_of(s, s->pos);
        size_t end = s->pos + n < s->len ? s->pos + n : s->len;
        size_t b1 = byte_of(s, end);
        size_t size = s->size - (b1 - b0) + nb;
        if (reserve(s, size) < 0) return -1;
        memmove(s->buf + b0 + nb, s->buf + b1, s->size - b1);
        memcpy(s->buf + b0, p, nb);
        s->size = size;
        if (s->pos + n > s->len) s->len = s->pos + n;
        after = b0 + nb;
    }
    s->ascii = s->ascii && ascii;
    s->pos += n;
    s->mark_c = s->pos;
    s->mark_b = after;
    return 0;
}

/* Applies the newline mode to text being written; returns the text to
 * store (p itself or a malloc'ed copy in *owned) and its size in *nb. */
static const char *translate(StringIOObj *s, const char *p, size_t *nb, char **owned) {
    size_t n = *nb;
    *owned = NULL;
    if (s->newline == IO_NL_LF || s->newline == IO_NL_CR || s->newline == IO_NL_CRLF) {
        if (s->newline == IO_NL_LF || memchr(p, '\n', n) == NULL) return p;
        size_t extra = 0;
        for (size_t i = 0; i < n; i++) extra += p[i] == '\n';
        if (s->newline == IO_NL_CR) extra = 0;
        char *q = *owned = malloc(n + extra + 1);
        if (q == NULL) { err_no_memory(); return NULL; }
        for (size_t i = 0; i < n; i++) {
            if (p[i] != '\n') *q++ = p[i];
            else if (s->newline == IO_NL_CR) *q++ = '\r';
            else { *q++ = '\r'; *q++ = '\n'; }
        }
        *nb = (size_t)(q - *owned);
        return *owned;
    }
    /* None and "": note the newlines; None also translates */
    bool has_cr = memchr(p, '\r', n) != NULL;
    if (!has_cr) {
        if (memchr(p, '\n', n)) s->seen |= SEEN_LF;
        return p;
    }
    char *q = NULL;
    if (s->newline == IO_NL_UNIVERSAL) {
        q = *owned = malloc(n + 1);
        if (q == NULL) { err_no_memory(); return NULL; }
    }
    for (size_t i = 0; i < n; i++) {
        char c = p[i];
        if (c == '\r') {
            if (i + 1 < n && p[i + 1] == '\n') {
                s->seen |= SEEN_CRLF;
                i++;
                if (q == NULL) continue;
            } else {
                s->seen |= SEEN_CR;
            }
            if (q) *q++ = '\n';
            continue;
        }
        if (c == '\n') s->seen |= SEEN_LF;
        if (q) *q++ = c;
    }
    if (q) *nb = (size_t)(q - *owned);
    return q ? *owned : p;
}

/* write(str): the number of code points of the argument. */
int stringio_write_str(Obj *self, Obj *str) {
    StringIOObj *s = (StringIOObj *)self;
    char *owned;
    size_t nb = str_size(str);
    const char *p = translate(s, str_data(str), &nb, &owned);
    if (p == NULL) return -1;
    size_t n = p == str_data(str) ? str_length(str) : count_chars(p, nb);
    bool ascii = p == str_data(str) ? ((StrObj *)str)->ascii : all_ascii(p, nb);
    int rc = store(s, p, nb, n, ascii);
    free(owned);
    return rc;
}

/* print()'s fast path: writes to an open exact StringIO; -1 on error. */
int stringio_write_utf8(Obj *self, const char *p, size_t nb) {
    StringIOObj *s = (StringIOObj *)self;
    if (check_closed(s) < 0) return -1;
    char *owned;
    const char *q = translate(s, p, &nb, &owned);
    if (q == NULL) return -1;
    int rc = store(s, q, nb, count_chars(q, nb), all_ascii(q, nb));
    free(owned);
    return rc;
}

/* ---- reading ------------------------------------------------------------ */

/* The text from the position: up to n code points (all when n < 0),
 * stopping after a line end when line is set. */
static Obj *read_text(StringIOObj *s, intptr_t n, bool line) {
    if (s->pos >= s->len || n == 0) return NEWREF(str_intern_cstr(""));
    size_t b0 = byte_of(s, s->pos);
    size_t avail = s->len - s->pos;
    size_t want = n < 0 || (size_t)n > avail ? avail : (size_t)n;
    size_t b1 = want == avail ? s->size : s->ascii ? b0 + want : byte_of(s, s->pos + want);
    if (line) {
        const char *p = s->buf + b0, *lim = s->buf + b1, *e = NULL;
        switch (s->newline) {
        case IO_NL_ANY:
            for (const char *q = p; q < lim; q++) {
                if (*q == '\n') { e = q + 1; break; }
                if (*q == '\r') { e = q + 1 < lim && q[1] == '\n' ? q + 2 : q + 1; break; }
            }
            break;
        case IO_NL_CR:
            e = memchr(p, '\r', (size_t)(lim - p));
            if (e) e++;
            break;
        case IO_NL_CRLF:
            for (const char *q = p; q + 1 < lim; q++) {
                q = memchr(q, '\r', (size_t)(lim - q - 1));
                if (q == NULL) break;
                if (q[1] == '\n') { e = q + 2; break; }
            }
            break;
        default:
            e = memchr(p, '\n', (size_t)(lim - p));
            if (e) e++;
        }
        if (e) b1 = (size_t)(e - s->buf);
    }
    Obj *r = str_from(s->buf + b0, b1 - b0);
    if (r == NULL) return NULL;
    s->pos += str_length(r);
    s->mark_c = s->pos;
    s->mark_b = b1;
    return r;
}

/* The size argument of read()/readline()/readlines()/truncate(): None or an int. */
static int size_arg(const char *fname, Obj *const *args, size_t nargs, Obj *kwnames, intptr_t *size) {
    return io_mem_size_arg("StringIO", fname, args, nargs, kwnames, size);
}

static Obj *m_read(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    intptr_t n;
    if (size_arg("read", args, nargs, kwnames, &n) < 0 || check_closed((StringIOObj *)self) < 0) return NULL;
    return read_text((StringIOObj *)self, n < 0 ? -1 : n, false);
}

static Obj *m_readline(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    intptr_t n;
    if (size_arg("readline", args, nargs, kwnames, &n) < 0 || check_closed((StringIOObj *)self) < 0)
        return NULL;
    return read_text((StringIOObj *)self, n < 0 ? -1 : n, true);
}

static Obj *m_readlines(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    StringIOObj *s = (StringIOObj *)self;
    intptr_t hint;
    if (size_arg("readlines", args, nargs, kwnames, &hint) < 0) return NULL;
    if (s->closed) {
        err_set_str(&Exc_ValueError, "I/O operation on closed file.");
        return NULL;
    }
    Obj *lines = list_new(0);
    size_t total = 0;
    while (lines != NULL && s->pos < s->len) {
        Obj *line = read_text(s, -1, true);
        if (line == NULL || list_append(lines, line) < 0) CLEAR(lines);
        if (line == NULL) break;
        total += str_length(line);
        DECREF(line);
        if (hint > 0 && total > (size_t)hint) break;
    }
    return lines;
}

static Obj *si_iternext(Obj *self) {
    StringIOObj *s = (StringIOObj *)self;
    if (check_closed(s) < 0) return NULL;
    if (TYPE(self) != &StringIOType) {
        /* a subclass's readline() decides, as in CPython */
        Obj *line = obj_call_method(self, str_intern_cstr("readline"), NULL, 0);
        if (line == NULL) return NULL;
        if (!is_str(line)) {
            err_format(&Exc_OSError, "readline() should have returned a str object, not '%T'", line);
            DECREF(line);
            return NULL;
        }
        if (str_size(line) == 0) { DECREF(line); return NULL; }
        return line;
    }
    if (s->pos >= s->len) return NULL;
    return read_text(s, -1, true);
}

static Obj *si_iter(Obj *self) {
    if (((StringIOObj *)self)->closed) {
        err_set_str(&Exc_ValueError, "I/O operation on closed file.");
        return NULL;
    }
    return NEWREF(self);
}

/* ---- writing and positioning ---------------------------------------------- */

static Obj *m_write(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (clinic_positional("StringIO", "write", nargs, kwnames, 1, 1) < 0 ||
        check_closed((StringIOObj *)self) < 0)
        return NULL;
    if (!is_str(args[0])) {
        err_format(&Exc_TypeError, "string argument expected, got '%T'", args[0]);
        return NULL;
    }
    if (stringio_write_str(self, args[0]) < 0) return NULL;
    return small_new((intptr_t)str_length(args[0]));
}

static Obj *m_writelines(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (clinic_positional("StringIO", "writelines", nargs, kwnames, 1, 1) < 0) return NULL;
    if (((StringIOObj *)self)->closed) {
        err_set_str(&Exc_ValueError, "I/O operation on closed file.");
        return NULL;
    }
    return io_mem_writelines(self, args[0], m_write, TYPE(self) == &StringIOType);
}

static Obj *m_getvalue(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    StringIOObj *s = (StringIOObj *)self;
    if (args_count("getvalue", nargs, 0, 0) < 0 || check_closed(s) < 0) return NULL;
    return str_from(s->buf ? s->buf : "", s->size);
}

static Obj *m_tell(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    StringIOObj *s = (StringIOObj *)self;
    if (args_count("tell", nargs, 0, 0) < 0 || check_closed(s) < 0) return NULL;
    return small_new((intptr_t)s->pos);
}

static Obj *m_seek(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    StringIOObj *s = (StringIOObj *)self;
    intptr_t pos, whence;
    if (io_mem_seek_args("StringIO", args, nargs, kwnames, &pos, &whence) < 0 || check_closed(s) < 0)
        return NULL;
    if (whence < 0 || whence > 2) {
        err_format(&Exc_ValueError, "Invalid whence (%zd, should be 0, 1 or 2)", whence);
        return NULL;
    }
    if (pos < 0 && whence == 0) {
        err_format(&Exc_ValueError, "Negative seek position %zd", pos);
        return NULL;
    }
    if (whence != 0 && pos != 0) {
        err_set_str(&Exc_OSError, "Can't do nonzero cur-relative seeks");
        return NULL;
    }
    if (whence == 2) s->pos = s->len;
    else if (whence == 0) s->pos = (size_t)pos;
    return small_new((intptr_t)s->pos);
}

static Obj *m_truncate(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    StringIOObj *s = (StringIOObj *)self;
    intptr_t size;
    int given = size_arg("truncate", args, nargs, kwnames, &size);
    if (given < 0 || check_closed(s) < 0) return NULL;
    if (!given) size = (intptr_t)s->pos;
    if (size < 0) {
        err_format(&Exc_ValueError, "Negative size value %zd", size);
        return NULL;
    }
    if ((size_t)size < s->len) {
        s->size = byte_of(s, (size_t)size);
        s->len = (size_t)size;
        s->mark_c = s->mark_b = 0;
    }
    return small_new(size);
}

/* ---- the small methods ------------------------------------------------------ */

static Obj *m_close(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    StringIOObj *s = (StringIOObj *)self;
    if (args_count("close", nargs, 0, 0) < 0) return NULL;
    s->closed = true;
    free(s->buf);
    s->buf = NULL;
    s->size = s->cap = s->len = s->mark_c = s->mark_b = 0;
    return NEWREF(NONE);
}

/* readable(), writable(), seekable(): True while open. */
static Obj *m_true(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return check_closed((StringIOObj *)self) < 0 ? NULL : NEWREF(TRUE_);
}

/* isatty() is _IOBase's: its closed message ends in '.' */
static Obj *m_isatty(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (((StringIOObj *)self)->closed) {
        err_set_str(&Exc_ValueError, "I/O operation on closed file.");
        return NULL;
    }
    return NEWREF(FALSE_);
}

/* flush() does nothing, closed or not (CPython's close() of a StringIO
 * does not mark the _IOBase part closed, which is what flush() looks at). */
static Obj *m_flush(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_count("flush", nargs, 0, 0) < 0) return NULL;
    return NEWREF(NONE);
}

static Obj *m_enter(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return m_isatty(self, args, nargs, kwnames) == NULL ? NULL : NEWREF(self);
}

static Obj *m_exit(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (TYPE(self) == &StringIOType) return m_close(self, NULL, 0, NULL);
    return obj_call_method(self, str_intern_cstr("close"), NULL, 0);
}

static Obj *get_closed(Obj *self) { return bool_from(((StringIOObj *)self)->closed); }

static Obj *get_line_buffering(Obj *self) {
    return check_closed((StringIOObj *)self) < 0 ? NULL : NEWREF(FALSE_);
}

static Obj *get_newlines(Obj *self) {
    StringIOObj *s = (StringIOObj *)self;
    if (check_closed(s) < 0) return NULL;
    static const char *const names[] = {"\r", "\n", "\r\n"};
    Obj *found[3];
    size_t n = 0;
    for (int i = 0; i < 3; i++)
        if (s->seen & (1 << i)) found[n++] = str_intern_cstr(names[i]);
    if (n == 0) return NEWREF(NONE);
    if (n == 1) return NEWREF(found[0]);
    Obj *t = tuple_new(n);
    if (t == NULL) return NULL;
    for (size_t i = 0; i < n; i++) tuple_set(t, i, NEWREF(found[i]));
    return t;
}

static Obj *get_none(Obj *self) { return NEWREF(NONE); }

/* ---- pickling and copying ----------------------------------------------------- */

/* The newline argument the mode came from. */
static Obj *newline_obj(StringIOObj *s) {
    static const char *const values[] = {"", "\n", "\r", "\r\n"};
    if (s->newline == IO_NL_UNIVERSAL) return NEWREF(NONE);
    return NEWREF(str_intern_cstr(values[s->newline - IO_NL_ANY]));
}

/* (value, newline, position, __dict__ copy or None) */
static Obj *m_getstate(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    StringIOObj *s = (StringIOObj *)self;
    if (args_count("__getstate__", nargs, 0, 0) < 0 || check_closed(s) < 0) return NULL;
    Obj *value = str_from(s->buf ? s->buf : "", s->size);
    Obj *nl = newline_obj(s);
    Obj *d = s->dict && dict_size(s->dict) ? dict_copy(s->dict) : NEWREF(NONE);
    Obj *r = value && d ? tuple_pack(4, value, nl, small_new((intptr_t)s->pos), d) : NULL;
    XDECREF(value);
    DECREF(nl);
    XDECREF(d);
    return r;
}

static int si_init(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);

static Obj *m_setstate(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    StringIOObj *s = (StringIOObj *)self;
    if (args_count("__setstate__", nargs, 1, 1) < 0 || check_closed(s) < 0) return NULL;
    Obj *st = args[0];
    if (!type_has(TYPE(st), TF_TUPLE_SUBCLASS) || tuple_size(st) < 4) {
        err_format(&Exc_TypeError, "_io.StringIO.__setstate__ argument should be 4-tuple, got %T", st);
        return NULL;
    }
    Obj *value = tuple_get(st, 0), *pos = tuple_get(st, 2), *d = tuple_get(st, 3);
    Obj *init_args[2] = {value, tuple_get(st, 1)};   /* notes the newlines seen */
    if (value != NONE && !is_str(value)) {
        err_format(&Exc_TypeError, "initial_value must be str or None, not %T", value);
        return NULL;
    }
    if (si_init(self, init_args, 2, NULL) < 0) return NULL;
    if (!is_int(pos)) {
        err_format(&Exc_TypeError, "third item of state must be an integer, got %T", pos);
        return NULL;
    }
    intptr_t p;
    if (io_mem_state_pos(pos, &p) < 0) return NULL;
    if (d != NONE && !is_dict(d)) {
        err_format(&Exc_TypeError, "fourth item of state should be a dict, got a %T", d);
        return NULL;
    }
    /* the value was translated when first written: stored as it is */
    if (value != NONE && str_size(value) > 0) {
        if (reserve(s, str_size(value)) < 0) return NULL;
        memcpy(s->buf, str_data(value), str_size(value));
        s->size = str_size(value);
        s->len = str_length(value);
        s->ascii = ((StrObj *)value)->ascii;
        s->mark_c = s->mark_b = 0;
    }
    s->pos = (size_t)p;
    return io_mem_state_dict(&s->dict, d) < 0 ? NULL : NEWREF(NONE);
}

/* ---- creation ------------------------------------------------------------------ */

static Obj *si_new(Type *t, Obj *const *args, size_t nargs, Obj *kwnames) {
    StringIOObj *s = (StringIOObj *)obj_alloc(t, t->size);
    if (s == NULL) return NULL;
    s->ascii = true;
    s->newline = IO_NL_LF;
    return (Obj *)s;
}

/* __init__(initial_value='', newline='\n') */
static int si_init(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"initial_value", "newline", NULL};
    StringIOObj *s = (StringIOObj *)self;
    Obj *a[2];
    if (args_bind("StringIO", args, nargs, kwnames, names, 0, a) < 0) return -1;
    Obj *value = a[0], *nl = a[1];
    int mode = IO_NL_LF;
    if (nl != NULL) {
        if (nl != NONE && !is_str(nl)) {
            err_format(&Exc_TypeError, "newline must be str or None, not %T", nl);
            return -1;
        }
        if (nl != NONE && str_size(nl) > 0 && !str_equal_cstr(nl, "\n") && !str_equal_cstr(nl, "\r") &&
            !str_equal_cstr(nl, "\r\n")) {
            err_format(&Exc_ValueError, "illegal newline value: %R", nl);
            return -1;
        }
        if ((mode = io_newline_of(nl)) < 0) return -1;
    }
    if (value != NULL && value != NONE && !is_str(value)) {
        err_format(&Exc_TypeError, "initial_value must be str or None, not %T", value);
        return -1;
    }
    s->size = s->len = s->pos = s->mark_c = s->mark_b = 0;
    s->ascii = true;
    s->closed = false;
    s->seen = 0;
    s->newline = (uint8_t)mode;
    if (value != NULL && value != NONE && str_size(value) > 0) {
        if (stringio_write_str(self, value) < 0) return -1;
        s->pos = 0;
    }
    return 0;
}

static void si_dealloc(Obj *o) {
    StringIOObj *s = (StringIOObj *)o;
    free(s->buf);
    XDECREF(s->dict);
    obj_free(o);
}

static const MethodDef si_methods[] = {
    {"read", m_read, 0}, {"readline", m_readline, 0}, {"readlines", m_readlines, 0},
    {"write", m_write, 0}, {"writelines", m_writelines, 0}, {"getvalue", m_getvalue, 0},
    {"tell", m_tell, 0}, {"seek", m_seek, 0}, {"truncate", m_truncate, 0},
    {"close", m_close, 0}, {"readable", m_true, 0}, {"writable", m_true, 0},
    {"seekable", m_true, 0}, {"isatty", m_isatty, 0}, {"flush", m_flush, 0},
    {"fileno", io_mem_fileno, 0}, {"detach", io_mem_detach, 0},
    {"__enter__", m_enter, 0}, {"__exit__", m_exit, 0},
    {"__getstate__", m_getstate, 0}, {"__setstate__", m_setstate, 0},
    {NULL},
};

static Obj *get_dict(Obj *self) { return io_dict_get(&((StringIOObj *)self)->dict); }

static const GetSetDef si_getset[] = {
    {"__dict__", get_dict, NULL},
    {"closed", get_closed, NULL},
    {"line_buffering", get_line_buffering, NULL},
    {"newlines", get_newlines, NULL},
    {"encoding", get_none, NULL},
    {"errors", get_none, NULL},
    {NULL},
};

Type StringIOType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "_io.StringIO",
    .size = sizeof(StringIOObj),
    .base = &ObjectType,
    .flags = TF_BASETYPE | TF_WEAKREFABLE,
    .dealloc = si_dealloc,
    .iter = si_iter,
    .iternext = si_iternext,
    .new_ = si_new,
    .init = si_init,
    .methods = si_methods,
    .getset = si_getset,
    .dictoffset = offsetof(StringIOObj, dict),
    .doc = "Text I/O implementation using an in-memory buffer.",
};
