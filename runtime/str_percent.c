/* str_percent.c: printf-style formatting, `fmt % args`, for str and (in
 * bytes mode) for bytes: mapping keys %(name)s, flags -+ #0, width and
 * precision (with `*`), and the conversions s r a c d i u x X o e E f F g G %,
 * with CPython 3.11's errors. */
#include <stdio.h>
#include <stdlib.h>
#include <math.h>
#include "str_percent.h"
#include "str_internal.h"
#include "str_methods.h"
#include "bytes.h"
#include "err.h"
#include "int.h"
#include "float.h"
#include "tuple.h"
#include "ident.h"

typedef struct Conv {
    bool left, plus, space, alt, zero;
    intptr_t width, prec;   /* -1 when not given */
    char type;
} Conv;

typedef struct Ctx {
    Obj *args;              /* current argument source (borrowed or `owned`) */
    Obj *owned;             /* value of the last %(key), kept alive */
    Obj *dict;              /* the mapping when args is one, else NULL */
    intptr_t arglen, argidx;
    bool bytes;
} Ctx;

static Obj *next_arg(Ctx *c) {
    if (c->argidx < c->arglen) {
        intptr_t i = c->argidx++;
        return c->arglen < 0 ? c->args : tuple_get(c->args, (size_t)i);
    }
    err_set_str(&Exc_TypeError, "not enough arguments for format string");
    return NULL;
}

/* ---- padding ----------------------------------------------------------------------- */
/* Appends `body` (size bytes, len characters) padded to c->width.  `lead`
 * bytes of body (sign and 0x prefix) stay before zero padding. */
static int emit(StrBuf *out, const Conv *c, const char *body, size_t size, size_t len,
                size_t lead, bool zero_ok) {
    size_t width = c->width > 0 ? (size_t)c->width : 0;
    size_t pad = width > len ? width - len : 0;
    if (pad == 0) return strbuf_append(out, body, size);
    if (c->left) {
        if (strbuf_append(out, body, size) < 0) return -1;
        return strbuf_append_repeat(out, ' ', pad);
    }
    if (c->zero && zero_ok) {
        if (strbuf_append(out, body, lead) < 0 || strbuf_append_repeat(out, '0', pad) < 0) return -1;
        return strbuf_append(out, body + lead, size - lead);
    }
    if (strbuf_append_repeat(out, ' ', pad) < 0) return -1;
    return strbuf_append(out, body, size);
}

/* Text conversions: precision cuts to that many characters (bytes in bytes mode). */
static int emit_text(StrBuf *out, const Conv *c, const char *s, size_t size, bool bytes) {
    size_t len = bytes ? size : utf8_count(s, size);
    if (c->prec >= 0 && (size_t)c->prec < len) {
        len = (size_t)c->prec;
        if (bytes) {
            size = len;
        } else {
            const unsigned char *p = (const unsigned char *)s;
            for (size_t i = 0; i < len; i++) p += utf8_seq_len(*p);
            size = (size_t)(p - (const unsigned char *)s);
        }
    }
    return emit(out, c, s, size, len, 0, false);
}

/* ---- numbers ----------------------------------------------------------------------- */
/* Appends a number: lead (sign and prefix), `zeros` zeros of precision,
 * then the digits, padded to c->width (zeros after lead for the '0' flag). */
static int emit_number(StrBuf *out, const Conv *c, const char *lead, size_t nlead, size_t zeros,
                       const char *digits, size_t nd) {
    size_t total = nlead + zeros + nd;
    size_t pad = c->width > 0 && (size_t)c->width > total ? (size_t)c->width - total : 0;
    if (pad > 0 && !c->left && !c->zero && strbuf_append_repeat(out, ' ', pad) < 0) return -1;
    if (nlead > 0 && strbuf_append_known(out, lead, nlead, nlead, true) < 0) return -1;
    if (pad > 0 && !c->left && c->zero) zeros += pad;
    if (zeros > 0 && strbuf_append_repeat(out, '0', zeros) < 0) return -1;
    if (strbuf_append_known(out, digits, nd, nd, true) < 0) return -1;
    if (pad > 0 && c->left && strbuf_append_repeat(out, ' ', pad) < 0) return -1;
    return 0;
}

static bool has_slot_index(Obj *o) {
    return is_int(o) || (TYPE(o)->number != NULL && TYPE(o)->number->index != NULL);
}

/* The int a %d/%x/... conversion formats, or NULL with CPython's TypeError. */
static Obj *int_operand(Obj *v, char type) {
    if (is_int(v)) return NEWREF(v);
    const NumberSlots *n = TYPE(v)->number;
    bool isnum = n != NULL && (n->index || n->to_int || n->to_float);
    if (isnum) {
        if (n->index) return obj_index(v);
        if (type == 'd' || type == 'i' || type == 'u') {
            if (is_float(v)) return int_from_double(float_value(v));
            if (n->to_int) {
                Obj *r = n->to_int(v);
                if (r != NULL && !is_int(r)) {
                    err_format(&Exc_TypeError, "__int__ returned non-int (type %s)", type_name(r));
                    DECREF(r);
                    return NULL;
                }
                return r;
            }
        }
    }
    if (type == 'd' || type == 'i' || type == 'u')
        err_format(&Exc_TypeError, "%%%c format: a real number is required, not %s", type, type_name(v));
    else
        err_format(&Exc_TypeError, "%%%c format: an integer is required, not %s", type, type_name(v));
    return NULL;
}

static int format_int(StrBuf *out, const Conv *c, Obj *v) {
    Obj *num = is_small(v) ? v : int_operand(v, c->type);
    if (num == NULL) return -1;
    unsigned base = c->type == 'x' || c->type == 'X' ? 16 : c->type == 'o' ? 8 : 10;
    char small[24];
    const char *digits;
    size_t nd;
    Obj *big = NULL;
    bool neg;
    if (is_small(num)) {
        intptr_t x = small_value(num);
        neg = x < 0;
        uint64_t u = neg ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
        nd = str_utoa(u, base, c->type == 'X', small + sizeof small);
        digits = small + sizeof small - nd;
    } else {
        big = int_to_base_string(num, (int)base, false);
        DECREF(num);
        if (big == NULL) return -1;
        char *d = (char *)str_data(big);
        neg = d[0] == '-';
        d += neg;
        if (c->type == 'X')
            for (char *p = d; *p; p++) if (*p >= 'a' && *p <= 'f') *p = (char)(*p - 32);
        digits = d;
        nd = strlen(d);
    }
    char lead[3];
    size_t nlead = 0;
    if (neg) lead[nlead++] = '-';
    else if (c->plus) lead[nlead++] = '+';
    else if (c->space) lead[nlead++] = ' ';
    if (c->alt && base != 10) {
        lead[nlead++] = '0';
        lead[nlead++] = c->type == 'o' ? 'o' : c->type;
    }
    size_t zeros = c->prec > 0 && (size_t)c->prec > nd ? (size_t)c->prec - nd : 0;
    int rc = emit_number(out, c, lead, nlead, zeros, digits, nd);
    XDECREF(big);
    return rc;
}

/* float(v) for %e %f %g; -1 with TypeError when v is no real number. */
static int float_operand(Obj *v, double *out) {
    if (is_float(v)) {
        *out = float_value(v);
        return 0;
    }
    if (is_int(v)) {
        *out = int_as_double(v);
        return *out == -1.0 && err_occurred() ? -1 : 0;
    }
    const NumberSlots *n = TYPE(v)->number;
    Obj *f = NULL;
    if (n != NULL && n->to_float) f = n->to_float(v);
    else if (n != NULL && n->index) f = obj_index(v);
    else {
        err_format(&Exc_TypeError, "must be real number, not %s", type_name(v));
        return -1;
    }
    if (f == NULL) return -1;
    int rc = 0;
    if (is_float(f)) *out = float_value(f);
    else if (is_int(f)) rc = (*out = int_as_double(f)) == -1.0 && err_occurred() ? -1 : 0;
    else {
        err_format(&Exc_TypeError, "must be real number, not %s", type_name(v));
        rc = -1;
    }
    DECREF(f);
    return rc;
}

static int format_float(StrBuf *out, const Conv *c, Obj *v) {
    double x;
    if (float_operand(v, &x) < 0) return -1;
    bool upper = c->type == 'E' || c->type == 'F' || c->type == 'G';
    char sign = signbit(x) && !isnan(x) ? '-' : c->plus ? '+' : c->space ? ' ' : 0;
    x = fabs(x);
    char small[64], *digits = small;
    int prec = c->prec < 0 ? 6 : (int)c->prec;
    if (isnan(x) || isinf(x)) {
        strcpy(small, isnan(x) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
    } else {
        char f[8] = "%", *q = f + 1;
        if (c->alt) *q++ = '#';
        *q++ = '.', *q++ = '*', *q++ = c->type, *q = 0;
        int n = snprintf(small, sizeof small, f, prec, x);
        if (n < 0) n = 0;
        if ((size_t)n >= sizeof small) {
            digits = malloc((size_t)n + 1);
            if (digits == NULL) {
                err_no_memory();
                return -1;
            }
            snprintf(digits, (size_t)n + 1, f, prec, x);
        }
    }
    int rc = emit_number(out, c, &sign, sign != 0, 0, digits, strlen(digits));
    if (digits != small) free(digits);
    return rc;
}

/* ---- %c, %s, %r, %a ---------------------------------------------------------------- */
static int format_char(StrBuf *out, const Conv *c, Obj *v, bool bytes) {
    char buf[4];
    size_t n;
    if (bytes && is_byteslike(v) && byteslike_size(v) == 1) {
        buf[0] = (char)byteslike_data(v)[0];
        n = 1;
    } else if (!bytes && is_str(v) && str_length(v) == 1) {
        return emit(out, c, str_data(v), str_size(v), 1, 0, false);
    } else if (has_slot_index(v)) {
        Obj *i = obj_index(v);
        if (i == NULL) return -1;
        int overflow = 0;
        int64_t x = int_as_i64(i, &overflow);
        DECREF(i);
        int64_t limit = bytes ? 256 : 0x110000;
        if (overflow || x < 0 || x >= limit) {
            err_set_str(&Exc_OverflowError, bytes ? "%c arg not in range(256)" : "%c arg not in range(0x110000)");
            return -1;
        }
        if (bytes) buf[0] = (char)x, n = 1;
        else n = utf8_encode((uint32_t)x, buf);
    } else {
        err_set_str(&Exc_TypeError, bytes ? "%c requires an integer in range(256) or a single byte"
                                          : "%c requires int or char");
        return -1;
    }
    return emit(out, c, buf, n, 1, 0, false);
}

/* bytes mode %s/%b: a bytes-like object or __bytes__. */
static int format_bytes_arg(StrBuf *out, const Conv *c, Obj *v) {
    if (is_byteslike(v)) return emit_text(out, c, (const char *)byteslike_data(v), byteslike_size(v), true);
    Obj *meth = is_str(v) ? NULL : type_lookup(TYPE(v), IDENT(__bytes__));
    if (meth == NULL) {
        err_format(&Exc_TypeError, "%%b requires a bytes-like object, or an object that implements "
                   "__bytes__, not '%s'", type_name(v));
        return -1;
    }
    Obj *b = obj_call_unbound(meth, v, NULL, 0);
    if (b == NULL) return -1;
    if (!is_bytes(b)) {
        err_format(&Exc_TypeError, "__bytes__ returned non-bytes (type %s)", type_name(b));
        DECREF(b);
        return -1;
    }
    int rc = emit_text(out, c, (const char *)byteslike_data(b), byteslike_size(b), true);
    DECREF(b);
    return rc;
}

static int format_text(StrBuf *out, const Conv *c, Obj *v, bool bytes) {
    Obj *s;
    if (c->type == 's') {
        if (bytes) return format_bytes_arg(out, c, v);
        if (IS_TYPE(v, StrType) && c->width < 0 && c->prec < 0) return strbuf_append_str(out, v);
        s = obj_str(v);
    } else {
        s = c->type == 'a' || bytes ? obj_ascii(v) : obj_repr(v);
    }
    if (s == NULL) return -1;
    int rc = emit_text(out, c, str_data(s), str_size(s), bytes);
    DECREF(s);
    return rc;
}

/* ---- the parser ------------------------------------------------------------------ */
/* A '*' width (C ssize_t) or precision (C int) taken from the arguments. */
static int star_arg(Ctx *ctx, intptr_t *out, bool precision) {
    Obj *v = next_arg(ctx);
    if (v == NULL) return -1;
    if (!is_int(v)) {
        err_set_str(&Exc_TypeError, "* wants int");
        return -1;
    }
    if (precision) return str_cint_arg(v, out);
    intptr_t x = int_as_ssize(v);
    if (x == -1 && err_occurred()) return -1;
    *out = x;
    return 0;
}

/* Digits at f[*i]: their value in *out, or -1 when there are none. */
static int parse_number(const char *f, size_t n, size_t *i, intptr_t *out, const char *what) {
    intptr_t v = 0;
    if (*i >= n || f[*i] < '0' || f[*i] > '9') {
        *out = -1;
        return 0;
    }
    while (*i < n && f[*i] >= '0' && f[*i] <= '9') {
        if (v > (INTPTR_MAX - 9) / 10) {
            err_format(&Exc_ValueError, "%s too big", what);
            return -1;
        }
        v = v * 10 + (f[(*i)++] - '0');
    }
    *out = v;
    return 0;
}

/* %(key): looks the key up; the value becomes the argument source. */
static int mapping_key(Ctx *ctx, const char *f, size_t n, size_t *i) {
    if (ctx->dict == NULL) {
        err_set_str(&Exc_TypeError, "format requires a mapping");
        return -1;
    }
    size_t start = ++*i;
    int depth = 1;
    while (*i < n) {
        if (f[*i] == ')' && --depth == 0) break;
        if (f[*i] == '(') depth++;
        ++*i;
    }
    if (*i >= n) {
        err_set_str(&Exc_ValueError, "incomplete format key");
        return -1;
    }
    Obj *key = ctx->bytes ? bytes_from(f + start, *i - start) : str_from(f + start, *i - start);
    ++*i;
    if (key == NULL) return -1;
    Obj *v = obj_getitem(ctx->dict, key);
    DECREF(key);
    if (v == NULL) return -1;
    SETREF(ctx->owned, v);
    ctx->args = v;
    ctx->arglen = -1;
    ctx->argidx = -2;
    return 0;
}

static int one_conversion(StrBuf *out, Ctx *ctx, const char *f, size_t n, size_t *i) {
    Conv c = { .width = -1, .prec = -1 };
    if (*i < n && f[*i] == '(' && mapping_key(ctx, f, n, i) < 0) return -1;
    for (; *i < n; ++*i) {
        char ch = f[*i];
        if (ch == '-') c.left = true;
        else if (ch == '+') c.plus = true;
        else if (ch == ' ') c.space = true;
        else if (ch == '#') c.alt = true;
        else if (ch == '0') c.zero = true;
        else break;
    }
    if (*i < n && f[*i] == '*') {
        ++*i;
        if (star_arg(ctx, &c.width, false) < 0) return -1;
        if (c.width < 0) {
            c.left = true;
            c.width = -c.width;
        }
    } else if (parse_number(f, n, i, &c.width, "width") < 0) {
        return -1;
    }
    if (*i < n && f[*i] == '.') {
        ++*i;
        if (*i < n && f[*i] == '*') {
            ++*i;
            if (star_arg(ctx, &c.prec, true) < 0) return -1;
            if (c.prec < 0) c.prec = 0;
        } else if (parse_number(f, n, i, &c.prec, "precision") < 0) {
            return -1;
        } else if (c.prec < 0) {
            c.prec = 0;
        }
    }
    while (*i < n && (f[*i] == 'h' || f[*i] == 'l' || f[*i] == 'L')) ++*i;
    if (*i >= n) {
        err_set_str(&Exc_ValueError, "incomplete format");
        return -1;
    }
    size_t at = *i;
    unsigned char raw = (unsigned char)f[(*i)++];
    c.type = (char)raw;
    Obj *v = next_arg(ctx);
    if (v == NULL) return -1;
    switch (c.type) {
    case 's': case 'r': case 'a':
        return format_text(out, &c, v, ctx->bytes);
    case 'b':
        if (!ctx->bytes) break;
        c.type = 's';
        return format_text(out, &c, v, true);
    case 'd': case 'i': case 'u': case 'x': case 'X': case 'o':
        return format_int(out, &c, v);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        return format_float(out, &c, v);
    case 'c':
        return format_char(out, &c, v, ctx->bytes);
    default:
        break;
    }
    uint32_t cp = raw;
    if (!ctx->bytes) {
        const unsigned char *p = (const unsigned char *)f + at;
        cp = utf8_decode(&p);
        at = utf8_count(f, at);
    }
    err_format(&Exc_ValueError, "unsupported format character '%c' (0x%x) at index %zu",
               cp >= 31 && cp <= 126 ? (int)cp : '?', (unsigned)cp, at);
    return -1;
}

/* A mapping for %(key) (and then no "not all arguments converted"): what
 * has __getitem__ and is no tuple or str (nor, for bytes, a buffer). */
static bool is_mapping_arg(Obj *args, bool bytes_mode) {
    if (is_tuple(args) || is_str(args) || (bytes_mode && is_byteslike(args))) return false;
    const MappingSlots *m = TYPE(args)->mapping;
    return m != NULL && m->getitem != NULL;
}

int percent_format_into(StrBuf *out, const char *f, size_t n, Obj *args, bool bytes_mode,
                        bool ascii) {
    Ctx ctx = { .args = args, .bytes = bytes_mode };
    if (is_tuple(args)) {
        ctx.arglen = (intptr_t)tuple_size(args);
        ctx.argidx = 0;
    } else {
        ctx.arglen = -1;
        ctx.argidx = -2;
    }
    if (is_mapping_arg(args, bytes_mode)) ctx.dict = args;
    size_t i = 0;
    int rc = 0;
    while (i < n) {
        const char *pct = memchr(f + i, '%', n - i);
        size_t stop = pct ? (size_t)(pct - f) : n;
        if (stop > i && (ascii ? strbuf_append_known(out, f + i, stop - i, stop - i, true)
                               : strbuf_append(out, f + i, stop - i)) < 0) {
            rc = -1;
            break;
        }
        if (pct == NULL) break;
        i = stop + 1;
        if (i < n && f[i] == '%') {
            i++;
            if (strbuf_append_ascii(out, '%') < 0) {
                rc = -1;
                break;
            }
            continue;
        }
        if (one_conversion(out, &ctx, f, n, &i) < 0) {
            rc = -1;
            break;
        }
    }
    if (rc == 0 && ctx.argidx < ctx.arglen && ctx.dict == NULL) {
        err_format(&Exc_TypeError, "not all arguments converted during %s formatting",
                   bytes_mode ? "bytes" : "string");
        rc = -1;
    }
    XDECREF(ctx.owned);
    return rc;
}

Obj *str_percent_format(Obj *fmt, Obj *args) {
    StrBuf b;
    strbuf_init(&b);
    if (percent_format_into(&b, str_data(fmt), str_size(fmt), args, false, str_is_ascii(fmt)) < 0) {
        strbuf_free(&b);
        return NULL;
    }
    return strbuf_finish(&b);
}
