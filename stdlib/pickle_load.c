/* pickle_load.c: the Unpickler's machine: a value stack with marks (a mark
 * fences off the items below it, as in CPython's C unpickler, so the same
 * malformed pickles give the same errors), the memo, and one case per
 * opcode of protocols 0 to 5.  Bad or truncated data raises
 * UnpicklingError/EOFError/ValueError as CPython does; nothing here trusts
 * a length before the bytes are there. */
#include <errno.h>
#include <gmp.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "pickle_internal.h"
#include "api.h"
#include "bytes.h"
#include "dict.h"
#include "err.h"
#include "float.h"
#include "ident.h"
#include "int.h"
#include "list.h"
#include "set.h"
#include "str.h"
#include "tuple.h"
#include "type_internal.h"

/* ---- the stack --------------------------------------------------------- */

static inline size_t fence(const UnpicklerObj *u) {
    return u->nmarks ? u->marks[u->nmarks - 1] : 0;
}

static int underflow(UnpicklerObj *u) {
    pk_error(UnpicklingError, u->nmarks ? "unexpected MARK found" : "unpickling stack underflow");
    return -1;
}

/* Pushes v (reference stolen; NULL means an error is set). */
static int push(UnpicklerObj *u, Obj *v) {
    if (v == NULL) return -1;
    if (u->sp == u->stack_cap) {
        size_t cap = u->stack_cap ? u->stack_cap * 2 : 64;
        Obj **s = realloc(u->stack, cap * sizeof *s);
        if (s == NULL) {
            DECREF(v);
            err_no_memory();
            return -1;
        }
        u->stack = s;
        u->stack_cap = cap;
    }
    u->stack[u->sp++] = v;
    return 0;
}

/* Pops the top (new reference) or raises the underflow error. */
static Obj *pop(UnpicklerObj *u) {
    if (u->sp <= fence(u)) {
        underflow(u);
        return NULL;
    }
    return u->stack[--u->sp];
}

/* Drops the items from `from` up. */
static void stack_cut(UnpicklerObj *u, size_t from) {
    while (u->sp > from) {
        Obj *v = u->stack[--u->sp];
        DECREF(v);
    }
}

void up_stack_clear(UnpicklerObj *u) {
    stack_cut(u, 0);
    u->nmarks = 0;
}

/* The stack position of the last MARK, which is removed. */
static intptr_t marker(UnpicklerObj *u) {
    if (u->nmarks == 0) {
        pk_error(UnpicklingError, "could not find MARK");
        return -1;
    }
    return (intptr_t)u->marks[--u->nmarks];
}

static Obj *pop_tuple(UnpicklerObj *u, size_t from) {
    Obj *t = tuple_from_array(u->stack + from, u->sp - from);
    if (t != NULL) stack_cut(u, from);
    return t;
}

static Obj *pop_list(UnpicklerObj *u, size_t from) {
    size_t n = u->sp - from;
    Obj *l = list_new(n);
    if (l == NULL) return NULL;
    for (size_t i = 0; i < n; i++) list_set_new(l, i, u->stack[from + i]);
    u->sp = from;
    return l;
}

/* ---- the memo ---------------------------------------------------------- */

int up_memo_set(UnpicklerObj *u, size_t idx, Obj *value) {
    if (idx >= u->memo_cap && idx < ((size_t)1 << 22) + 2 * u->memo_cap) {
        size_t cap = u->memo_cap ? u->memo_cap : 32;
        while (cap <= idx) cap *= 2;
        Obj **m = realloc(u->memo, cap * sizeof *m);
        if (m == NULL) {
            err_no_memory();
            return -1;
        }
        memset(m + u->memo_cap, 0, (cap - u->memo_cap) * sizeof *m);
        u->memo = m;
        u->memo_cap = cap;
    }
    if (idx < u->memo_cap) {
        if (u->memo[idx] == NULL) u->memo_len++;
        INCREF(value);
        SETREF(u->memo[idx], value);
        return 0;
    }
    if (u->memo_extra == NULL && (u->memo_extra = dict_new()) == NULL) return -1;
    Obj *key = int_from_u64(idx);
    if (key == NULL) return -1;
    int had = dict_contains(u->memo_extra, key);
    int rc = had < 0 ? -1 : dict_set(u->memo_extra, key, value);
    DECREF(key);
    if (rc == 0 && !had) u->memo_len++;
    return rc;
}

Obj *up_memo_get(UnpicklerObj *u, size_t idx) {
    if (idx < u->memo_cap) return u->memo[idx];
    if (u->memo_extra == NULL) return NULL;
    Obj *key = int_from_u64(idx);
    if (key == NULL) {
        err_clear();
        return NULL;
    }
    Obj *v = dict_get(u->memo_extra, key);
    DECREF(key);
    return v;
}

void up_memo_clear(UnpicklerObj *u) {
    for (size_t i = 0; i < u->memo_cap; i++) CLEAR(u->memo[i]);
    CLEAR(u->memo_extra);
    u->memo_len = 0;
}

static int memo_missing(size_t idx) {
    pk_error(UnpicklingError, "Memo value not found at index %zd", (intptr_t)idx);
    return -1;
}

static int load_get_index(UnpicklerObj *u, size_t idx) {
    Obj *v = up_memo_get(u, idx);
    if (v == NULL) return memo_missing(idx);
    return push(u, NEWREF(v));
}

static int load_put_index(UnpicklerObj *u, size_t idx) {
    if (u->sp <= fence(u)) return underflow(u);
    return up_memo_set(u, idx, u->stack[u->sp - 1]);
}

static bool utf8_valid_surrogatepass(const unsigned char *s, size_t n);
static void decode_error(const char *codec, const unsigned char *s, size_t n, size_t start,
                         size_t end, const char *reason);

/* ---- numbers ----------------------------------------------------------- */

static uint64_t le_uint(const unsigned char *s, int n) {
    uint64_t x = 0;
    for (int i = 0; i < n; i++) x |= (uint64_t)s[i] << (8 * i);
    return x;
}

/* A little-endian unsigned size; too_big names the opcode in CPython's
 * OverflowError ("%s exceeds system's maximum size of %zd bytes"). */
static int read_size(UnpicklerObj *u, int nbytes, size_t *out, const char *what) {
    const unsigned char *s;
    if (up_read(u, (size_t)nbytes, &s) < 0) return -1;
    uint64_t x = le_uint(s, nbytes);
    if (x > (uint64_t)INTPTR_MAX) {
        if (strcmp(what, "FRAME") == 0)
            err_format(&Exc_OverflowError, "FRAME length exceeds system's maximum of %zd bytes",
                       (intptr_t)INTPTR_MAX);
        else
            err_format(&Exc_OverflowError, "%s exceeds system's maximum size of %zd bytes", what,
                       (intptr_t)INTPTR_MAX);
        return -1;
    }
    *out = (size_t)x;
    return 0;
}

static int bad_readline(void) {
    pk_error(UnpicklingError, "pickle data was truncated");
    return -1;
}

/* A protocol 0 line as a NUL-terminated C string (malloc'd copy). */
static char *line_copy(const unsigned char *s, size_t n) {
    char *c = malloc(n + 1);
    if (c == NULL) {
        err_no_memory();
        return NULL;
    }
    memcpy(c, s, n);
    c[n] = '\0';
    return c;
}

/* A protocol 0 argument line, its '\n' included: its length, at least
 * min, or -1 ("pickle data was truncated" when it is shorter). */
static intptr_t read_arg_line(UnpicklerObj *u, const unsigned char **s, intptr_t min) {
    intptr_t len = up_readline(u, s);
    if (len >= 0 && len < min) return bad_readline();
    return len;
}

/* The argument line of INT or FLOAT as a C string (malloc'd; NULL on
 * error), its length in *len. */
static char *read_arg_cstr(UnpicklerObj *u, intptr_t *len) {
    const unsigned char *s;
    *len = read_arg_line(u, &s, 2);
    return *len < 0 ? NULL : line_copy(s, (size_t)*len);
}

static int load_int(UnpicklerObj *u) {
    intptr_t len;
    char *c = read_arg_cstr(u, &len);
    if (c == NULL) return -1;
    char *end;
    errno = 0;
    long x = strtol(c, &end, 0);
    Obj *v;
    if (errno != 0 || (*end != '\n' && *end != '\0')) {
        v = int_from_string(c, strlen(c), 0);
        if (v == NULL) {
            err_clear();
            err_set_str(&Exc_ValueError, "could not convert string to int");
        }
    } else if (len == 3 && (x == 0 || x == 1)) {
        v = NEWREF(bool_from(x == 1));
    } else {
        v = int_from_i64(x);
    }
    free(c);
    return push(u, v);
}

/* int(text, base) as CPython's PyLong_FromString reads a protocol 0 line:
 * the text ends at a NUL, and the error message, which quotes the text,
 * becomes a UnicodeDecodeError when the text is not UTF-8. */
static bool c_space(unsigned char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

static Obj *text_int(const unsigned char *s, size_t n, int base) {
    const unsigned char *nul = memchr(s, '\0', n);
    if (nul != NULL) n = (size_t)(nul - s);
    /* only ASCII spaces around the digits (int() of a str allows more) */
    size_t a = 0, b = n;
    while (a < b && c_space(s[a])) a++;
    while (b > a && c_space(s[b - 1])) b--;
    bool plain = true;
    for (size_t i = a; i < b && plain; i++)
        plain = s[i] == '_' || s[i] == '+' || s[i] == '-' || (s[i] >= '0' && s[i] <= '9') ||
                ((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z');
    Obj *v = plain ? int_from_string((const char *)s, n, base) : NULL;
    if (!plain) {
        size_t m = n < 200 ? n : 200;
        Obj *text = utf8_valid_surrogatepass(s, m) ? str_from((const char *)s, m) : NULL;
        if (text != NULL) {
            err_format(&Exc_ValueError, "invalid literal for int() with base %d: %R", base, text);
            DECREF(text);
            return NULL;
        }
        err_set_str(&Exc_ValueError, "invalid literal");
    }
    if (v == NULL && err_matches(&Exc_ValueError)) {
        size_t m = n < 200 ? n : 200;
        if (!utf8_valid_surrogatepass(s, m)) {
            err_clear();
            Obj *d = str_decode_utf8((const char *)s, m, "strict");
            XDECREF(d);
        }
    }
    return v;
}

static int load_long_text(UnpicklerObj *u) {
    const unsigned char *s;
    intptr_t len = read_arg_line(u, &s, 2);
    if (len < 0) return -1;
    size_t n = (size_t)len;
    if (s[n - 2] == 'L') n -= 2;
    return push(u, text_int(s, n, 10));
}

/* Little-endian two's complement bytes -> int. */
static Obj *decode_long(const unsigned char *d, size_t n) {
    if (n == 0) return small_new(0);
    if (n <= 8) {
        uint64_t x = le_uint(d, (int)n);
        if (n < 8 && (d[n - 1] & 0x80)) x |= ~(uint64_t)0 << (8 * n);
        return int_from_i64((int64_t)x);
    }
    mpz_t z;
    mpz_init(z);
    mpz_import(z, n, -1, 1, 0, 0, d);
    if (d[n - 1] & 0x80) {
        mpz_t t;
        mpz_init(t);
        mpz_setbit(t, 8 * n);
        mpz_sub(z, z, t);
        mpz_clear(t);
    }
    Obj *v = int_from_mpz(z);
    mpz_clear(z);
    return v;
}

static int load_counted_long(UnpicklerObj *u, int nbytes) {
    const unsigned char *s;
    if (up_read(u, (size_t)nbytes, &s) < 0) return -1;
    int64_t n = nbytes == 1 ? s[0] : (int32_t)(uint32_t)le_uint(s, 4);
    if (n < 0) {
        pk_error(UnpicklingError, "LONG pickle has negative byte count");
        return -1;
    }
    if (up_read(u, (size_t)n, &s) < 0) return -1;
    return push(u, decode_long(s, (size_t)n));
}

static int load_binint(UnpicklerObj *u, int nbytes) {
    const unsigned char *s;
    if (up_read(u, (size_t)nbytes, &s) < 0) return -1;
    int64_t x = (int64_t)le_uint(s, nbytes);
    if (nbytes == 4) x = (int32_t)(uint32_t)x;
    return push(u, small_new((intptr_t)x));
}

static int load_float_text(UnpicklerObj *u) {
    intptr_t len;
    char *c = read_arg_cstr(u, &len);
    if (c == NULL) return -1;
    Obj *v = NULL;
    char *end = c;
    double d = 0;
    bool ok = c[0] != ' ' && c[0] != '\t' && c[0] != '\n' && c[0] != '\r';
    if (ok) {
        errno = 0;
        d = strtod(c, &end);
        ok = end != c;
    }
    if ((ok && errno == ERANGE && fabs(d) == HUGE_VAL) || !ok) {
        /* the message quotes the text (200 bytes at most, as '%.200s') */
        size_t m = strlen(c);
        Obj *text = str_decode_utf8(c, m < 200 ? m : 200, "replace");
        if (text != NULL)
            err_format(ok ? &Exc_OverflowError : &Exc_ValueError,
                       ok ? "value too large to convert to float: '%U'"
                          : "could not convert string to float: '%U'", text);
        XDECREF(text);
    } else if (*end != '\n' && *end != '\0') {
        err_set_str(&Exc_ValueError, "could not convert string to float");
    } else {
        v = float_new(d);
    }
    free(c);
    return push(u, v);
}

static int load_binfloat(UnpicklerObj *u) {
    const unsigned char *s;
    if (up_read(u, 8, &s) < 0) return -1;
    uint64_t bits = 0;
    for (int i = 0; i < 8; i++) bits = bits << 8 | s[i];
    double d;
    memcpy(&d, &bits, 8);
    return push(u, float_new(d));
}

/* ---- strings ----------------------------------------------------------- */

/* UTF-8 as gilpy keeps it: lone surrogates allowed ("surrogatepass"). */
static bool utf8_valid_surrogatepass(const unsigned char *s, size_t n) {
    for (size_t i = 0; i < n;) {
        unsigned char c = s[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        size_t k;
        uint32_t cp, min;
        if (c >= 0xc2 && c <= 0xdf) { k = 1; cp = c & 0x1f; min = 0x80; }
        else if (c >= 0xe0 && c <= 0xef) { k = 2; cp = c & 0x0f; min = 0x800; }
        else if (c >= 0xf0 && c <= 0xf4) { k = 3; cp = c & 0x07; min = 0x10000; }
        else return false;
        if (i + k >= n) return false;
        for (size_t j = 1; j <= k; j++) {
            if ((s[i + j] & 0xc0) != 0x80) return false;
            cp = cp << 6 | (s[i + j] & 0x3f);
        }
        if (cp < min || cp > 0x10ffff) return false;
        i += k + 1;
    }
    return true;
}

static Obj *decode_utf8_pass(const unsigned char *s, size_t n) {
    if (utf8_valid_surrogatepass(s, n)) return str_from((const char *)s, n);
    return str_decode_utf8((const char *)s, n, "strict");
}

static int load_binunicode(UnpicklerObj *u, int nbytes) {
    size_t n;
    const unsigned char *s;
    if (read_size(u, nbytes, &n, "BINUNICODE") < 0 || up_read(u, n, &s) < 0) return -1;
    return push(u, decode_utf8_pass(s, n));
}

static int load_binbytes(UnpicklerObj *u, int nbytes, bool bytearray) {
    size_t n;
    const unsigned char *s;
    if (read_size(u, nbytes, &n, bytearray ? "BYTEARRAY8" : "BINBYTES") < 0 ||
        up_read(u, n, &s) < 0)
        return -1;
    return push(u, bytearray ? bytearray_from(s, n) : bytes_from(s, n));
}

/* Python 2 str: bytes when encoding is "bytes", else decoded. */
static Obj *py2_string(UnpicklerObj *u, const unsigned char *s, size_t n) {
    Obj *b = bytes_from(s, n);
    if (b == NULL || strcmp(u->encoding, "bytes") == 0) return b;
    Obj *enc = str_from_cstr(u->encoding), *errs = str_from_cstr(u->errors);
    Obj *res = NULL;
    if (enc != NULL && errs != NULL) {
        Obj *argv[2] = {enc, errs};
        res = obj_call_method(b, IDENT(decode), argv, 2);
    }
    XDECREF(enc);
    XDECREF(errs);
    DECREF(b);
    return res;
}

static int load_binstring(UnpicklerObj *u, int nbytes) {
    size_t n;
    const unsigned char *s;
    if (read_size(u, nbytes, &n, "BINSTRING") < 0 || up_read(u, n, &s) < 0) return -1;
    return push(u, py2_string(u, s, n));
}

static int hexval(int c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Python 2 string escapes (bytes' escape decoding). */
static Obj *unescape_bytes(const unsigned char *s, size_t n) {
    unsigned char *out = malloc(n + 1);
    if (out == NULL) {
        err_no_memory();
        return NULL;
    }
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        unsigned char c = s[i];
        if (c != '\\' || i + 1 >= n) {
            if (c == '\\') {
                free(out);
                err_set_str(&Exc_ValueError, "Trailing \\ in string");
                return NULL;
            }
            out[o++] = c;
            i++;
            continue;
        }
        unsigned char e = s[i + 1];
        i += 2;
        switch (e) {
        case '\n': break;
        case '\\': out[o++] = '\\'; break;
        case '\'': out[o++] = '\''; break;
        case '"': out[o++] = '"'; break;
        case 'b': out[o++] = '\b'; break;
        case 'f': out[o++] = '\f'; break;
        case 't': out[o++] = '\t'; break;
        case 'n': out[o++] = '\n'; break;
        case 'r': out[o++] = '\r'; break;
        case 'v': out[o++] = '\v'; break;
        case 'a': out[o++] = '\a'; break;
        case 'x': {
            int h1 = i < n ? hexval(s[i]) : -1, h2 = i + 1 < n ? hexval(s[i + 1]) : -1;
            if (h1 < 0 || h2 < 0) {
                free(out);
                err_format(&Exc_ValueError, "invalid \\x escape at position %zd", (intptr_t)(i - 2));
                return NULL;
            }
            out[o++] = (unsigned char)(h1 * 16 + h2);
            i += 2;
            break;
        }
        default:
            if (e >= '0' && e <= '7') {
                int v = e - '0';
                for (int k = 0; k < 2 && i < n && s[i] >= '0' && s[i] <= '7'; k++) v = v * 8 + (s[i++] - '0');
                out[o++] = (unsigned char)v;
            } else {
                out[o++] = '\\';
                out[o++] = e;
            }
        }
    }
    Obj *b = bytes_from(out, o);
    free(out);
    return b;
}

static int load_string(UnpicklerObj *u) {
    const unsigned char *s;
    intptr_t len = up_readline(u, &s);
    if (len < 0) return -1;
    len--;
    if (!(len >= 2 && s[0] == s[len - 1] && (s[0] == '\'' || s[0] == '"'))) {
        pk_error(UnpicklingError, "the STRING opcode argument must be quoted");
        return -1;
    }
    Obj *b = unescape_bytes(s + 1, (size_t)len - 2);
    if (b == NULL) return -1;
    Obj *v = py2_string(u, byteslike_data(b), byteslike_size(b));
    DECREF(b);
    return push(u, v);
}

/* UnicodeDecodeError(codec, data, start, end, reason) */
static void decode_error(const char *codec, const unsigned char *s, size_t n, size_t start,
                         size_t end, const char *reason) {
    Obj *enc = str_from_cstr(codec), *data = bytes_from(s, n);
    Obj *why = str_from_cstr(reason);
    if (enc != NULL && data != NULL && why != NULL) {
        Obj *argv[5] = {enc, data, small_new((intptr_t)start), small_new((intptr_t)end), why};
        Obj *exc = obj_call((Obj *)&Exc_UnicodeDecodeError, argv, 5, NULL);
        if (exc != NULL) err_set_obj(exc);
    }
    XDECREF(enc);
    XDECREF(data);
    XDECREF(why);
}

/* Protocol 0's UNICODE: raw-unicode-escape. */
static int load_unicode(UnpicklerObj *u) {
    const unsigned char *s;
    intptr_t len = read_arg_line(u, &s, 1);
    if (len < 0) return -1;
    size_t n = (size_t)len - 1;
    StrBuf sb;
    strbuf_init(&sb);
    for (size_t i = 0; i < n;) {
        if (s[i] == '\\' && i + 1 < n && (s[i + 1] == 'u' || s[i + 1] == 'U')) {
            size_t width = s[i + 1] == 'u' ? 4 : 8;
            uint32_t cp = 0;
            size_t j = 0;
            for (; j < width && i + 2 + j < n && hexval(s[i + 2 + j]) >= 0; j++)
                cp = cp * 16 + (uint32_t)hexval(s[i + 2 + j]);
            if (j < width || cp > 0x10ffff) {
                strbuf_free(&sb);
                decode_error("rawunicodeescape", s, n, i, i + 2 + j,
                                  j < width ? (width == 4 ? "truncated \\uXXXX escape"
                                                          : "truncated \\UXXXXXXXX escape")
                                            : "\\Uxxxxxxxx out of range");
                return -1;
            }
            if (strbuf_append_char(&sb, cp) < 0) {
                strbuf_free(&sb);
                return -1;
            }
            i += 2 + width;
        } else {
            if (strbuf_append_char(&sb, s[i]) < 0) {
                strbuf_free(&sb);
                return -1;
            }
            i++;
        }
    }
    return push(u, strbuf_finish(&sb));
}

/* ---- containers -------------------------------------------------------- */

static int load_counted_tuple(UnpicklerObj *u, size_t n) {
    if (u->sp - fence(u) < n) return underflow(u);
    return push(u, pop_tuple(u, u->sp - n));
}

static int load_dict(UnpicklerObj *u) {
    intptr_t i = marker(u);
    if (i < 0) return -1;
    size_t from = (size_t)i;
    if ((u->sp - from) % 2 != 0) {
        pk_error(UnpicklingError, "odd number of items for DICT");
        return -1;
    }
    Obj *d = dict_new_presized((u->sp - from) / 2);
    if (d == NULL) return -1;
    for (size_t k = from; k + 1 < u->sp; k += 2)
        if (dict_set(d, u->stack[k], u->stack[k + 1]) < 0) {
            DECREF(d);
            return -1;
        }
    stack_cut(u, from);
    return push(u, d);
}

static int load_frozenset(UnpicklerObj *u) {
    intptr_t i = marker(u);
    if (i < 0) return -1;
    Obj *items = pop_tuple(u, (size_t)i);
    if (items == NULL) return -1;
    Obj *fs = frozenset_new(items);
    DECREF(items);
    return push(u, fs);
}

/* The items from x up that APPENDS, SETITEMS and ADDITEMS put into the
 * object at x - 1: 1 when there are some, 0 when none, -1 (stack underflow)
 * when x - 1 is not on the stack above the fence. */
static int items_from(UnpicklerObj *u, size_t x) {
    if (x > u->sp || x <= fence(u)) return underflow(u);
    return u->sp > x;
}

/* obj.<name>(item) for each item from x up, which then leave the stack. */
static int call_for_each(UnpicklerObj *u, Obj *obj, Obj *name, size_t x) {
    Obj *meth = obj_getattr(obj, name);
    if (meth == NULL) return -1;
    size_t len = u->sp;
    int rc = 0;
    for (size_t i = x; i < len && rc == 0; i++) {
        Obj *r = obj_call1(meth, u->stack[i]);
        if (r == NULL) rc = -1;
        XDECREF(r);
    }
    DECREF(meth);
    stack_cut(u, x);
    return rc;
}

/* APPEND/APPENDS: the items from x up go into the list at x - 1. */
static int do_append(UnpicklerObj *u, size_t x) {
    int some = items_from(u, x);
    if (some <= 0) return some;
    size_t len = u->sp;
    Obj *list = u->stack[x - 1];
    if (TYPE(list) == &ListType) {
        for (size_t i = x; i < len; i++)
            if (list_append(list, u->stack[i]) < 0) return -1;
        stack_cut(u, x);
        return 0;
    }
    Obj *extend = pk_lookup(list, IDENT(extend));
    if (extend != NULL) {
        Obj *slice = pop_list(u, x);
        Obj *r = slice ? obj_call1(extend, slice) : NULL;
        XDECREF(slice);
        DECREF(extend);
        if (r == NULL) return -1;
        DECREF(r);
        return 0;
    }
    if (err_occurred()) return -1;
    return call_for_each(u, list, IDENT(append), x);
}

static int do_setitems(UnpicklerObj *u, size_t x) {
    int some = items_from(u, x);
    if (some <= 0) return some;
    size_t len = u->sp;
    if ((len - x) % 2 != 0) {
        pk_error(UnpicklingError, "odd number of items for SETITEMS");
        return -1;
    }
    Obj *d = u->stack[x - 1];
    bool exact = TYPE(d) == &DictType;
    for (size_t i = x; i + 1 < len; i += 2)
        if ((exact ? dict_set(d, u->stack[i], u->stack[i + 1])
                   : obj_setitem(d, u->stack[i], u->stack[i + 1])) < 0)
            return -1;
    stack_cut(u, x);
    return 0;
}

static int load_additems(UnpicklerObj *u) {
    intptr_t m = marker(u);
    if (m < 0) return -1;
    size_t mark = (size_t)m;
    int some = items_from(u, mark);
    if (some <= 0) return some;
    Obj *set = u->stack[mark - 1];
    if (TYPE(set) == &SetType) {
        for (size_t i = mark; i < u->sp; i++)
            if (set_add(set, u->stack[i]) < 0) return -1;
        stack_cut(u, mark);
        return 0;
    }
    return call_for_each(u, set, IDENT(add), mark);
}

/* ---- objects ----------------------------------------------------------- */

static Obj *call_new(Obj *cls, Obj *args, Obj *kwargs) {
    Type *t = (Type *)cls;
    size_t n = tuple_size(args), nk = kwargs ? dict_size(kwargs) : 0;
    if (nk == 0) return t->new_(t, ((TupleObj *)args)->items, n, NULL);
    Obj **vec = malloc((n + nk) * sizeof *vec);
    Obj *names = tuple_new(nk);
    if (vec == NULL || names == NULL) {
        free(vec);
        XDECREF(names);
        if (!err_occurred()) err_no_memory();
        return NULL;
    }
    memcpy(vec, ((TupleObj *)args)->items, n * sizeof *vec);
    size_t pos = 0, i = 0;
    Obj *k, *v;
    while (dict_next(kwargs, &pos, &k, &v) && i < nk) {
        tuple_set(names, i, NEWREF(k));
        vec[n + i++] = v;
    }
    Obj *res = t->new_(t, vec, n, names);
    free(vec);
    DECREF(names);
    return res;
}

static int load_newobj(UnpicklerObj *u, bool ex) {
    Obj *kwargs = NULL, *args = NULL, *cls = NULL, *obj = NULL;
    const char *op = ex ? "NEWOBJ_EX" : "NEWOBJ";
    if (ex && (kwargs = pop(u)) == NULL) return -1;
    if ((args = pop(u)) == NULL) goto done;
    if ((cls = pop(u)) == NULL) goto done;
    if (!type_has(TYPE(cls), TF_TYPE_SUBCLASS)) {
        pk_error(UnpicklingError, "%s class argument must be a type, not %s", op, type_name(cls));
        goto done;
    }
    if (((Type *)cls)->new_ == NULL) {
        pk_error(UnpicklingError, "%s class argument '%s' doesn't have __new__", op,
                 ((Type *)cls)->name);
        goto done;
    }
    if (!is_tuple(args)) {
        pk_error(UnpicklingError, "%s args argument must be a tuple, not %s", op, type_name(args));
        goto done;
    }
    if (ex && !is_dict(kwargs)) {
        pk_error(UnpicklingError, "%s kwargs argument must be a dict, not %s", op, type_name(kwargs));
        goto done;
    }
    obj = call_new(cls, args, kwargs);
done:
    XDECREF(kwargs);
    XDECREF(args);
    XDECREF(cls);
    return obj == NULL ? -1 : push(u, obj);
}

/* OBJ and INST: cls(*args), or cls.__new__(cls) when there are no args and
 * the class has no __getinitargs__. */
static Obj *instantiate(Obj *cls, Obj *args) {
    if (tuple_size(args) == 0 && type_has(TYPE(cls), TF_TYPE_SUBCLASS)) {
        Obj *f = pk_lookup(cls, IDENT(__getinitargs__));
        if (f == NULL) {
            if (err_occurred()) return NULL;
            Obj *argv[1] = {cls};
            return obj_call_method(cls, IDENT(__new__), argv, 1);
        }
        DECREF(f);
    }
    return obj_call_tuple_dict(cls, args, NULL);
}

static int load_obj(UnpicklerObj *u) {
    intptr_t i = marker(u);
    if (i < 0) return -1;
    if (u->sp - (size_t)i < 1) return underflow(u);
    Obj *args = pop_tuple(u, (size_t)i + 1);
    if (args == NULL) return -1;
    Obj *cls = pop(u);
    Obj *obj = cls ? instantiate(cls, args) : NULL;
    XDECREF(cls);
    DECREF(args);
    return obj == NULL ? -1 : push(u, obj);
}

static Obj *find_class(UnpicklerObj *u, Obj *module, Obj *name) {
    if (u->cur_find != NULL) return obj_call2(u->cur_find, module, name);
    return up_find_class(u, module, name);
}

/* Two lines, module and name, decoded as ASCII (INST) or UTF-8 (GLOBAL). */
static Obj *read_global(UnpicklerObj *u, bool ascii) {
    Obj *parts[2] = {NULL, NULL};
    for (int k = 0; k < 2; k++) {
        const unsigned char *s;
        intptr_t len = read_arg_line(u, &s, 2);
        if (len < 0) goto fail;
        if (ascii) {
            for (intptr_t i = 0; i < len - 1; i++)
                if (s[i] >= 0x80) {
                    decode_error("ascii", s, (size_t)len - 1, (size_t)i, (size_t)i + 1,
                                 "ordinal not in range(128)");
                    goto fail;
                }
        }
        parts[k] = str_decode_utf8((const char *)s, (size_t)len - 1, "strict");
        if (parts[k] == NULL) goto fail;
    }
    Obj *g = find_class(u, parts[0], parts[1]);
    DECREF(parts[0]);
    DECREF(parts[1]);
    return g;
fail:
    XDECREF(parts[0]);
    XDECREF(parts[1]);
    return NULL;
}

static int load_inst(UnpicklerObj *u) {
    intptr_t i = marker(u);
    if (i < 0) return -1;
    Obj *cls = read_global(u, true);
    if (cls == NULL) return -1;
    Obj *args = pop_tuple(u, (size_t)i);
    Obj *obj = args ? instantiate(cls, args) : NULL;
    XDECREF(args);
    DECREF(cls);
    return obj == NULL ? -1 : push(u, obj);
}

static int load_stack_global(UnpicklerObj *u) {
    Obj *name = pop(u);
    if (name == NULL) return -1;
    Obj *module = pop(u);
    if (module == NULL) {
        DECREF(name);
        return -1;
    }
    Obj *g = NULL;
    if (TYPE(module) != &StrType || TYPE(name) != &StrType)
        pk_error(UnpicklingError, "STACK_GLOBAL requires str");
    else
        g = find_class(u, module, name);
    DECREF(name);
    DECREF(module);
    return push(u, g);
}

static int load_extension(UnpicklerObj *u, int nbytes) {
    const unsigned char *s;
    if (up_read(u, (size_t)nbytes, &s) < 0) return -1;
    int64_t code = (int64_t)le_uint(s, nbytes);
    if (nbytes == 4) code = (int32_t)(uint32_t)code;
    if (code <= 0) {
        pk_error(UnpicklingError, "EXT specifies code <= 0");
        return -1;
    }
    if (pk_shared_load() < 0) return -1;
    Obj *key = small_new((intptr_t)code);
    Obj *obj = dict_get(pk_shared.ext_cache, key);
    if (obj != NULL) return push(u, NEWREF(obj));
    if (err_occurred()) return -1;
    Obj *pair = dict_get(pk_shared.inv_registry, key);
    if (pair == NULL) {
        if (!err_occurred())
            err_format(&Exc_ValueError, "unregistered extension code %ld", (long)code);
        return -1;
    }
    if (!is_tuple(pair) || tuple_size(pair) != 2 || !is_str(tuple_get(pair, 0)) ||
        !is_str(tuple_get(pair, 1))) {
        err_format(&Exc_ValueError, "_inverted_registry[%ld] isn't a 2-tuple of strings", (long)code);
        return -1;
    }
    obj = find_class(u, tuple_get(pair, 0), tuple_get(pair, 1));
    if (obj == NULL) return -1;
    if (dict_set(pk_shared.ext_cache, key, obj) < 0) {
        DECREF(obj);
        return -1;
    }
    return push(u, obj);
}

static int load_reduce(UnpicklerObj *u) {
    Obj *args = pop(u);
    if (args == NULL) return -1;
    Obj *func = pop(u);
    Obj *res = NULL;
    if (func != NULL) {
        if (!is_tuple(args))
            err_set_str(&Exc_TypeError, "argument list must be a tuple");
        else
            res = obj_call(func, ((TupleObj *)args)->items, tuple_size(args), NULL);
        DECREF(func);
    }
    DECREF(args);
    return push(u, res);
}

/* The default __setstate__: state is a dict for __dict__, or a pair
 * (dict or None, slot dict). */
static int default_build(Obj *inst, Obj *state) {
    Obj *slotstate = NULL;
    if (is_tuple(state) && tuple_size(state) == 2) {
        slotstate = tuple_get(state, 1);
        state = tuple_get(state, 0);
    }
    if (state != NONE) {
        if (!is_dict(state)) {
            pk_error(UnpicklingError, "state is not a dictionary");
            return -1;
        }
        Obj **slot = TYPE(state) == &DictType ? obj_instance_dict_slot(inst, true) : NULL;
        Obj *d;
        if (slot != NULL) {
            if (*slot == NULL && (*slot = dict_new_presized(dict_size(state))) == NULL) return -1;
            d = NEWREF(*slot);
        } else {
            if (err_occurred()) return -1;
            if ((d = obj_getattr(inst, IDENT(__dict__))) == NULL) return -1;
        }
        size_t pos = 0;
        Obj *k, *v;
        while (dict_next(state, &pos, &k, &v)) {
            INCREF(k);
            if (TYPE(k) == &StrType) k = str_intern(k);
            int rc = TYPE(d) == &DictType ? dict_set(d, k, v) : obj_setitem(d, k, v);
            DECREF(k);
            if (rc < 0) {
                DECREF(d);
                return -1;
            }
        }
        DECREF(d);
    }
    if (slotstate != NULL) {
        if (!is_dict(slotstate)) {
            pk_error(UnpicklingError, "slot state is not a dictionary");
            return -1;
        }
        size_t pos = 0;
        Obj *k, *v;
        while (dict_next(slotstate, &pos, &k, &v))
            if (obj_setattr(inst, k, v) < 0) return -1;
    }
    return 0;
}

/* BaseException.__setstate__, which gilpy's exceptions lack. */
static int exception_setstate(Obj *inst, Obj *state) {
    if (state == NONE) return 0;
    if (!is_dict(state)) {
        err_set_str(&Exc_TypeError, "state is not a dictionary");
        return -1;
    }
    size_t pos = 0;
    Obj *k, *v;
    while (dict_next(state, &pos, &k, &v))
        if (obj_setattr(inst, k, v) < 0) return -1;
    return 0;
}

static int load_build(UnpicklerObj *u) {
    Obj *state = pop(u);
    if (state == NULL) return -1;
    if (u->sp <= fence(u)) {
        DECREF(state);
        return underflow(u);
    }
    Obj *inst = u->stack[u->sp - 1];
    int rc;
    Obj *setstate = pk_lookup(inst, IDENT(__setstate__));
    if (setstate != NULL) {
        Obj *r = obj_call1(setstate, state);
        DECREF(setstate);
        rc = r == NULL ? -1 : 0;
        XDECREF(r);
    } else if (err_occurred()) {
        rc = -1;
    } else if (type_has(TYPE(inst), TF_EXC_SUBCLASS)) {
        rc = exception_setstate(inst, state);
    } else {
        rc = default_build(inst, state);
    }
    DECREF(state);
    return rc;
}

static int load_persid(UnpicklerObj *u, bool bin) {
    if (u->cur_pers == NULL) {
        pk_error(UnpicklingError, "A load persistent id instruction was encountered,\n"
                                  "but no persistent_load function was specified.");
        return -1;
    }
    Obj *pid;
    if (bin) {
        if ((pid = pop(u)) == NULL) return -1;
    } else {
        const unsigned char *s;
        intptr_t len = read_arg_line(u, &s, 1);
        if (len < 0) return -1;
        for (intptr_t i = 0; i < len - 1; i++)
            if (s[i] >= 0x80) {
                pk_error(UnpicklingError, "persistent IDs in protocol 0 must be ASCII strings");
                return -1;
            }
        if ((pid = str_from((const char *)s, (size_t)len - 1)) == NULL) return -1;
    }
    Obj *obj = obj_call1(u->cur_pers, pid);
    DECREF(pid);
    return push(u, obj);
}

static int load_pop(UnpicklerObj *u) {
    size_t len = u->sp;
    if (u->nmarks > 0 && u->marks[u->nmarks - 1] == len) {
        u->nmarks--;
    } else if (len <= fence(u)) {
        return underflow(u);
    } else {
        Obj *v = u->stack[--u->sp];
        DECREF(v);
    }
    return 0;
}

static int load_mark(UnpicklerObj *u) {
    if (u->nmarks == u->marks_cap) {
        size_t cap = u->marks_cap ? u->marks_cap * 2 : 16;
        size_t *m = realloc(u->marks, cap * sizeof *m);
        if (m == NULL) {
            err_no_memory();
            return -1;
        }
        u->marks = m;
        u->marks_cap = cap;
    }
    u->marks[u->nmarks++] = u->sp;
    return 0;
}

/* GET's and PUT's decimal argument (PUT checks the stack between reading
 * and parsing, as CPython does). */
static int read_decimal_index(UnpicklerObj *u, intptr_t *out, bool put) {
    const unsigned char *s;
    intptr_t len = read_arg_line(u, &s, 2);
    if (len < 0) return -1;
    if (put && u->sp <= fence(u)) return underflow(u);
    Obj *v = text_int(s, (size_t)len, 10);
    if (v == NULL) return -1;
    intptr_t idx = int_as_ssize(v);
    DECREF(v);
    if (idx == -1 && err_occurred()) return -1;
    if (put && idx < 0) {
        err_set_str(&Exc_ValueError, "negative PUT argument");
        return -1;
    }
    *out = idx;
    return 0;
}

static int load_next_buffer(UnpicklerObj *u) {
    if (u->buffers == NULL) {
        pk_error(UnpicklingError, "pickle stream refers to out-of-band data but no *buffers* argument was given");
        return -1;
    }
    Obj *b = obj_next(u->buffers);
    if (b == NULL && !err_occurred()) pk_error(UnpicklingError, "not enough out-of-band buffers");
    return push(u, b);
}

static int invalid_key(unsigned char c) {
    if (c >= 0x20 && c <= 0x7e && c != '\'' && c != '\\')
        pk_error(UnpicklingError, "invalid load key, '%c'.", (int)c);
    else
        pk_error(UnpicklingError, "invalid load key, '\\x%02x'.", (int)c);
    return -1;
}

/* One opcode; 1 at STOP. */
static int step(UnpicklerObj *u, unsigned char op) {
    const unsigned char *s;
    size_t n;
    intptr_t idx;
    switch (op) {
    case OP_NONE: return push(u, NEWREF(NONE));
    case OP_NEWTRUE: return push(u, NEWREF(TRUE_));
    case OP_NEWFALSE: return push(u, NEWREF(FALSE_));
    case OP_BININT: return load_binint(u, 4);
    case OP_BININT1: return load_binint(u, 1);
    case OP_BININT2: return load_binint(u, 2);
    case OP_INT: return load_int(u);
    case OP_LONG: return load_long_text(u);
    case OP_LONG1: return load_counted_long(u, 1);
    case OP_LONG4: return load_counted_long(u, 4);
    case OP_FLOAT: return load_float_text(u);
    case OP_BINFLOAT: return load_binfloat(u);
    case OP_SHORT_BINBYTES: return load_binbytes(u, 1, false);
    case OP_BINBYTES: return load_binbytes(u, 4, false);
    case OP_BINBYTES8: return load_binbytes(u, 8, false);
    case OP_BYTEARRAY8: return load_binbytes(u, 8, true);
    case OP_NEXT_BUFFER: return load_next_buffer(u);
    case OP_READONLY_BUFFER:
        /* gilpy has no memoryview: a bytes-like buffer stays as it is */
        if (u->sp <= fence(u)) return underflow(u);
        if (!is_byteslike(u->stack[u->sp - 1])) {
            err_format(&Exc_TypeError, "memoryview: a bytes-like object is required, not '%s'",
                       type_name(u->stack[u->sp - 1]));
            return -1;
        }
        return 0;
    case OP_SHORT_BINSTRING: return load_binstring(u, 1);
    case OP_BINSTRING: return load_binstring(u, 4);
    case OP_STRING: return load_string(u);
    case OP_UNICODE: return load_unicode(u);
    case OP_SHORT_BINUNICODE: return load_binunicode(u, 1);
    case OP_BINUNICODE: return load_binunicode(u, 4);
    case OP_BINUNICODE8: return load_binunicode(u, 8);
    case OP_EMPTY_TUPLE: return push(u, tuple_empty());
    case OP_TUPLE1: return load_counted_tuple(u, 1);
    case OP_TUPLE2: return load_counted_tuple(u, 2);
    case OP_TUPLE3: return load_counted_tuple(u, 3);
    case OP_TUPLE:
        if ((idx = marker(u)) < 0) return -1;
        return load_counted_tuple(u, u->sp - (size_t)idx);
    case OP_EMPTY_LIST: return push(u, list_new(0));
    case OP_EMPTY_DICT: return push(u, dict_new());
    case OP_EMPTY_SET: return push(u, set_new(NULL));
    case OP_LIST:
        if ((idx = marker(u)) < 0) return -1;
        return push(u, pop_list(u, (size_t)idx));
    case OP_DICT: return load_dict(u);
    case OP_FROZENSET: return load_frozenset(u);
    case OP_OBJ: return load_obj(u);
    case OP_INST: return load_inst(u);
    case OP_NEWOBJ: return load_newobj(u, false);
    case OP_NEWOBJ_EX: return load_newobj(u, true);
    case OP_GLOBAL: return push(u, read_global(u, false));
    case OP_STACK_GLOBAL: return load_stack_global(u);
    case OP_APPEND: return do_append(u, u->sp - 1);
    case OP_APPENDS:
        if ((idx = marker(u)) < 0) return -1;
        return do_append(u, (size_t)idx);
    case OP_BUILD: return load_build(u);
    case OP_DUP:
        if (u->sp <= fence(u)) return underflow(u);
        return push(u, NEWREF(u->stack[u->sp - 1]));
    case OP_BINGET:
        if (up_read(u, 1, &s) < 0) return -1;
        return load_get_index(u, s[0]);
    case OP_LONG_BINGET:
        if (up_read(u, 4, &s) < 0) return -1;
        return load_get_index(u, (size_t)le_uint(s, 4));
    case OP_GET:
        if (read_decimal_index(u, &idx, false) < 0) return -1;
        if (idx < 0) return memo_missing((size_t)idx);
        return load_get_index(u, (size_t)idx);
    case OP_PUT:
        if (read_decimal_index(u, &idx, true) < 0) return -1;
        return load_put_index(u, (size_t)idx);
    case OP_BINPUT:
        if (up_read(u, 1, &s) < 0) return -1;
        return load_put_index(u, s[0]);
    case OP_LONG_BINPUT:
        if (up_read(u, 4, &s) < 0) return -1;
        return load_put_index(u, (size_t)le_uint(s, 4));
    case OP_MEMOIZE: return load_put_index(u, u->memo_len);
    case OP_PERSID: return load_persid(u, false);
    case OP_BINPERSID: return load_persid(u, true);
    case OP_POP: return load_pop(u);
    case OP_POP_MARK:
        if ((idx = marker(u)) < 0) return -1;
        stack_cut(u, (size_t)idx);
        return 0;
    case OP_SETITEM: return u->sp < 2 ? underflow(u) : do_setitems(u, u->sp - 2);
    case OP_SETITEMS:
        if ((idx = marker(u)) < 0) return -1;
        return do_setitems(u, (size_t)idx);
    case OP_ADDITEMS: return load_additems(u);
    case OP_MARK: return load_mark(u);
    case OP_REDUCE: return load_reduce(u);
    case OP_EXT1: return load_extension(u, 1);
    case OP_EXT2: return load_extension(u, 2);
    case OP_EXT4: return load_extension(u, 4);
    case OP_PROTO:
        if (up_read(u, 1, &s) < 0) return -1;
        if (s[0] > PICKLE_HIGHEST_PROTOCOL) {
            err_format(&Exc_ValueError, "unsupported pickle protocol: %d", (int)s[0]);
            return -1;
        }
        u->proto = s[0];
        return 0;
    case OP_FRAME:
        if (read_size(u, 8, &n, "FRAME") < 0) return -1;
        return up_frame(u, n);
    case OP_STOP: return 1;
    default: return invalid_key(op);
    }
}

Obj *up_load(UnpicklerObj *u) {
    up_stack_clear(u);
    u->proto = 0;
    for (;;) {
        unsigned char op;
        if (u->in_pos < u->in_len) {
            op = u->in[u->in_pos++];
        } else {
            const unsigned char *s;
            if (up_read(u, 1, &s) < 0) {
                if (err_matches((Type *)UnpicklingError)) {
                    err_clear();
                    err_set_str(&Exc_EOFError, "Ran out of input");
                }
                return NULL;
            }
            op = s[0];
        }
        int r = step(u, op);
        if (r < 0) {
            up_stack_clear(u);
            return NULL;
        }
        if (r > 0) break;
    }
    Obj *v = pop(u);
    up_stack_clear(u);
    return v;
}

/* ---- find_class -------------------------------------------------------- */

/* getattr along "a.b.c" (protocol 4+), with CPython's messages. */
static Obj *get_dotted(Obj *module, Obj *name, bool dotted) {
    const char *s = str_data(name), *end = s + str_size(name);
    if (!dotted) {
        Obj *v = obj_lookup_attr(module, name);
        if (v == NULL && !err_occurred())
            err_format(&Exc_AttributeError, "Can't get attribute %R on %R", name, module);
        return v;
    }
    for (const char *p = s; p <= end;) {
        const char *dot = memchr(p, '.', (size_t)(end - p));
        const char *stop = dot ? dot : end;
        if (stop - p == 8 && memcmp(p, "<locals>", 8) == 0) {
            err_format(&Exc_AttributeError, "Can't pickle local attribute %R on %R", name, module);
            return NULL;
        }
        if (dot == NULL) break;
        p = dot + 1;
    }
    Obj *cur = NEWREF(module);
    for (const char *p = s;;) {
        const char *dot = memchr(p, '.', (size_t)(end - p));
        const char *stop = dot ? dot : end;
        Obj *part = str_from(p, (size_t)(stop - p));
        Obj *next = part ? obj_lookup_attr(cur, part = str_intern(part)) : NULL;
        XDECREF(part);
        DECREF(cur);
        if (next == NULL) {
            if (!err_occurred())
                err_format(&Exc_AttributeError, "Can't get attribute %R on %R", name, module);
            return NULL;
        }
        cur = next;
        if (dot == NULL) return cur;
        p = dot + 1;
    }
}

Obj *up_find_class(UnpicklerObj *u, Obj *module, Obj *name) {
    if (!is_str(module) || !is_str(name)) {
        err_set_str(&Exc_TypeError, "module and class names must be str");
        return NULL;
    }
    INCREF(module);
    INCREF(name);
    Obj *res = NULL, *mod = NULL;
    if (u->proto < 3 && u->fix_imports &&
        (pk_shared_load_py() < 0 ||
         pk_map_names(pk_shared.name_from_py2, pk_shared.module_from_py2, &module, &name) < 0))
        goto done;
    mod = pk_import(module);
    if (mod == NULL) {
        /* gilpy has no _codecs: protocol 0-2 pickles of bytes name its encode */
        if (str_equal_cstr(name, "encode") && (str_equal_cstr(module, "_codecs") ||
                                               str_equal_cstr(module, "codecs")) &&
            err_matches(&Exc_ImportError) && pk_shared_load_py() == 0) {
            err_clear();
            res = NEWREF(pk_shared.codecs_encode);
        }
        goto done;
    }
    res = get_dotted(mod, name, u->proto >= 4);
done:
    XDECREF(mod);
    DECREF(module);
    DECREF(name);
    return res;
}
