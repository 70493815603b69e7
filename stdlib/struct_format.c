/* struct_format.c: the _struct module's formats: the three tables of
 * format characters (native '@', little-endian standard, big-endian
 * standard), compiling a format string into runs of codes, and packing and
 * unpacking the items, with CPython 3.11's range checks and messages. */
#include <float.h>
#include <gmp.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "struct_internal.h"
#include "bytes.h"
#include "err.h"
#include "float.h"
#include "int.h"
#include "str.h"
#include "tuple.h"

enum FormatKind { K_PAD, K_CHAR, K_BOOL, K_SINT, K_UINT, K_PTR, K_HALF, K_FLOAT, K_DOUBLE, K_STR, K_PSTR };
enum {
    FF_CNAME = 1,    /* range errors name the C type ("short format requires ...") */
    FF_STRICT = 2,   /* unsigned read as C unsigned long: negative is "argument out of range" */
    FF_BIGMSG = 4,   /* 8-byte overflow says "int too large to convert" */
    FF_NOCHECK = 8,  /* native float: no overflow check */
};

#define D(c, sz, al, k, fl) {c, sz, al, k, fl}
static const FormatDef native_table[] = {
    D('x', 1, 1, K_PAD, 0), D('c', 1, 1, K_CHAR, 0), D('b', 1, 1, K_SINT, FF_CNAME),
    D('B', 1, 1, K_UINT, FF_CNAME), D('?', 1, 1, K_BOOL, 0), D('h', 2, 2, K_SINT, FF_CNAME),
    D('H', 2, 2, K_UINT, FF_CNAME), D('i', 4, 4, K_SINT, 0), D('I', 4, 4, K_UINT, FF_STRICT),
    D('l', 8, 8, K_SINT, 0), D('L', 8, 8, K_UINT, FF_STRICT), D('q', 8, 8, K_SINT, 0),
    D('Q', 8, 8, K_UINT, FF_STRICT), D('n', 8, 8, K_SINT, 0), D('N', 8, 8, K_UINT, FF_STRICT),
    D('e', 2, 2, K_HALF, 0), D('f', 4, 4, K_FLOAT, FF_NOCHECK), D('d', 8, 8, K_DOUBLE, 0),
    D('s', 1, 1, K_STR, 0), D('p', 1, 1, K_PSTR, 0), D('P', 8, 8, K_PTR, FF_BIGMSG),
    {0},
};
static const FormatDef little_table[] = {
    D('x', 1, 1, K_PAD, 0), D('c', 1, 1, K_CHAR, 0), D('b', 1, 1, K_SINT, FF_CNAME),
    D('B', 1, 1, K_UINT, FF_CNAME), D('?', 1, 1, K_BOOL, 0), D('h', 2, 1, K_SINT, FF_CNAME),
    D('H', 2, 1, K_UINT, FF_CNAME), D('i', 4, 1, K_SINT, 0), D('I', 4, 1, K_UINT, FF_STRICT),
    D('l', 4, 1, K_SINT, 0), D('L', 4, 1, K_UINT, FF_STRICT), D('q', 8, 1, K_SINT, 0),
    D('Q', 8, 1, K_UINT, FF_STRICT), D('e', 2, 1, K_HALF, 0), D('f', 4, 1, K_FLOAT, 0),
    D('d', 8, 1, K_DOUBLE, 0), D('s', 1, 1, K_STR, 0), D('p', 1, 1, K_PSTR, 0),
    {0},
};
static const FormatDef big_table[] = {
    D('x', 1, 1, K_PAD, 0), D('c', 1, 1, K_CHAR, 0), D('b', 1, 1, K_SINT, FF_CNAME),
    D('B', 1, 1, K_UINT, FF_CNAME), D('?', 1, 1, K_BOOL, 0), D('h', 2, 1, K_SINT, 0),
    D('H', 2, 1, K_UINT, FF_STRICT), D('i', 4, 1, K_SINT, 0), D('I', 4, 1, K_UINT, FF_STRICT),
    D('l', 4, 1, K_SINT, 0), D('L', 4, 1, K_UINT, FF_STRICT), D('q', 8, 1, K_SINT, FF_BIGMSG),
    D('Q', 8, 1, K_UINT, FF_STRICT | FF_BIGMSG), D('e', 2, 1, K_HALF, 0),
    D('f', 4, 1, K_FLOAT, 0), D('d', 8, 1, K_DOUBLE, 0), D('s', 1, 1, K_STR, 0),
    D('p', 1, 1, K_PSTR, 0),
    {0},
};
#undef D

static void struct_err(const char *msg) { err_set_str((Type *)struct_error, msg); }

static const FormatDef *find_def(const FormatDef *table, char c) {
    for (const FormatDef *d = table; d->code; d++)
        if (d->code == c) return d;
    return NULL;
}

/* ---- compiling --------------------------------------------------------- */

static const size_t SIZE_LIMIT = (size_t)INTPTR_MAX;

/* Walks the format; with `codes` NULL only counts.  0 or -1. */
static int walk(const FormatDef *table, bool native, const char *s, const char *end,
                StructCode *codes, size_t *ncodes, size_t *nitems, size_t *size) {
    size_t nc = 0, ni = 0, sz = 0;
    while (s < end) {
        char c = *s++;
        if (c == ' ' || (c >= '\t' && c <= '\r')) continue;
        size_t num = 1;
        if (c >= '0' && c <= '9') {
            num = (size_t)(c - '0');
            for (;;) {
                c = s < end ? *s++ : '\0';
                if (c < '0' || c > '9') break;
                if (num >= (SIZE_LIMIT - 9) / 10) {
                    struct_err("total struct size too long");
                    return -1;
                }
                num = num * 10 + (size_t)(c - '0');
            }
            if (c == '\0') {
                struct_err("repeat count given without format specifier");
                return -1;
            }
        }
        const FormatDef *d = find_def(table, c);
        if (d == NULL) {
            struct_err("bad char in struct format");
            return -1;
        }
        if (native && d->align > 1) {
            size_t a = d->align;
            if (sz > SIZE_LIMIT - (a - 1)) goto too_long;
            sz = (sz + a - 1) / a * a;
        }
        size_t bytes;
        if (d->kind == K_STR || d->kind == K_PSTR || d->kind == K_PAD) {
            bytes = num;
        } else {
            if (num > (SIZE_LIMIT - sz) / d->size) goto too_long;
            bytes = num * d->size;
        }
        if (bytes > SIZE_LIMIT - sz) goto too_long;
        if (d->kind != K_PAD) {
            bool one = d->kind == K_STR || d->kind == K_PSTR;
            if (codes) codes[nc] = (StructCode){d, sz, num};
            nc++;
            ni += one ? 1 : num;
        }
        sz += bytes;
    }
    *ncodes = nc;
    *nitems = ni;
    *size = sz;
    return 0;
too_long:
    struct_err("total struct size too long");
    return -1;
}

int struct_compile(StructObj *st, const char *fmt, size_t n) {
    const char *end = fmt + n;
    const FormatDef *table = native_table;
    bool native = true, little = true;
    if (n > 0) {
        switch (fmt[0]) {
        case '@': fmt++; break;
        case '=': case '<': table = little_table; native = false; fmt++; break;
        case '>': case '!': table = big_table; native = false; little = false; fmt++; break;
        default: break;
        }
    }
    size_t ncodes, nitems, size;
    if (walk(table, native, fmt, end, NULL, &ncodes, &nitems, &size) < 0) return -1;
    StructCode *codes = malloc((ncodes ? ncodes : 1) * sizeof *codes);
    if (codes == NULL) {
        err_no_memory();
        return -1;
    }
    walk(table, native, fmt, end, codes, &ncodes, &nitems, &size);
    free(st->codes);
    st->codes = codes;
    st->ncodes = ncodes;
    st->nitems = nitems;
    st->size = size;
    st->little = little;
    return 0;
}

/* ---- integers ---------------------------------------------------------- */

/* Where an int lies: fits int64 (*sv), fits only uint64 (*uv), or beyond. */
enum { IN_I64, IN_U64, TOO_BIG, TOO_SMALL };

static int int_class(Obj *o, int64_t *sv, uint64_t *uv) {
    int overflow = 0;
    *sv = int_as_i64(o, &overflow);
    if (!overflow) return IN_I64;
    if (int_sign(o) < 0) return TOO_SMALL;
    mpz_t z;
    mpz_init(z);
    int_to_mpz(o, z);
    int res = TOO_BIG;
    if (mpz_sizeinbase(z, 2) <= 64) {
        *uv = (uint64_t)mpz_getlimbn(z, 0);
        res = IN_U64;
    }
    mpz_clear(z);
    return res;
}

static void range_error(const FormatDef *d, bool is_signed) {
    static const char *const cnames[] = {"byte", "ubyte", "short", "ushort"};
    char prefix[16], msg[96];
    if (d->flags & FF_CNAME)
        snprintf(prefix, sizeof prefix, "%s",
                 cnames[(d->size == 2 ? 2 : 0) + (is_signed ? 0 : 1)]);
    else
        snprintf(prefix, sizeof prefix, "'%c'", d->code);
    unsigned bits = 8u * d->size;
    if (is_signed)
        snprintf(msg, sizeof msg, "%s format requires %lld <= number <= %lld", prefix,
                 -(1LL << (bits - 1)), (1LL << (bits - 1)) - 1);
    else
        snprintf(msg, sizeof msg, "%s format requires 0 <= number <= %llu", prefix,
                 (1ULL << bits) - 1);
    struct_err(msg);
}

/* An int argument's value as the bits to store (two's complement). */
static int pack_int(const FormatDef *d, Obj *v, uint64_t *out) {
    Obj *o;
    if (is_int(v)) {
        o = NEWREF(v);
    } else {
        static Obj *index_name;
        if (index_name == NULL) index_name = str_intern_cstr("__index__");
        if (type_lookup(TYPE(v), index_name) == NULL) {
            struct_err("required argument is not an integer");
            return -1;
        }
        o = obj_index(v);
        if (o == NULL) return -1;
    }
    int64_t sv = 0;
    uint64_t uv = 0;
    int cls = int_class(o, &sv, &uv);
    DECREF(o);
    const char *overflow = (d->flags & FF_BIGMSG) ? "int too large to convert" : "argument out of range";
    bool is_signed = d->kind == K_SINT;
    if (d->kind == K_PTR) {
        if (cls == TOO_BIG || cls == TOO_SMALL) goto out_of_range;
        *out = cls == IN_I64 ? (uint64_t)sv : uv;
        return 0;
    }
    if (d->size == 8) {
        if (is_signed ? cls != IN_I64 : (cls == TOO_BIG || cls == TOO_SMALL || (cls == IN_I64 && sv < 0)))
            goto out_of_range;
        *out = cls == IN_I64 ? (uint64_t)sv : uv;
        return 0;
    }
    int64_t max = is_signed ? (1LL << (8 * d->size - 1)) - 1 : (1LL << (8 * d->size)) - 1;
    int64_t min = is_signed ? -max - 1 : 0;
    if (!is_signed && (d->flags & FF_STRICT)) {
        if (cls == TOO_SMALL || cls == TOO_BIG || (cls == IN_I64 && sv < 0)) goto out_of_range;
        if (cls == IN_U64) goto range;
    } else if (cls != IN_I64) {
        goto out_of_range;
    }
    if (sv < min || sv > max) goto range;
    *out = (uint64_t)sv;
    return 0;
range:
    range_error(d, is_signed);
    return -1;
out_of_range:
    struct_err(overflow);
    return -1;
}

static void put_bits(unsigned char *p, uint64_t v, size_t n, bool little) {
    for (size_t i = 0; i < n; i++, v >>= 8) p[little ? i : n - 1 - i] = (unsigned char)v;
}

static uint64_t get_bits(const unsigned char *p, size_t n, bool little) {
    uint64_t v = 0;
    for (size_t i = 0; i < n; i++) v = (v << 8) | p[little ? n - 1 - i : i];
    return v;
}

/* ---- floats ------------------------------------------------------------ */

/* float(v) as PyFloat_AsDouble: float, __float__, __index__; -1 with any error. */
static int float_arg(Obj *v, double *out) {
    if (is_float(v)) {
        *out = float_value(v);
        return 0;
    }
    Obj *f = obj_lookup_attr(v, str_intern_cstr("__float__"));
    if (f != NULL) {
        Obj *r = obj_call0(f);
        DECREF(f);
        if (r == NULL) return -1;
        if (!is_float(r)) {
            DECREF(r);
            return -1;
        }
        *out = float_value(r);
        DECREF(r);
        return 0;
    }
    if (err_occurred()) return -1;
    Obj *i = is_int(v) ? NEWREF(v) : obj_index(v);
    if (i == NULL) return -1;
    *out = int_as_double(i);
    DECREF(i);
    return *out == -1.0 && err_occurred() ? -1 : 0;
}

/* IEEE binary16 bits of x, rounding half to even; -1 when too large. */
static int half_bits(double x, uint16_t *out) {
    uint16_t sign = signbit(x) ? 0x8000 : 0;
    if (isnan(x)) {
        *out = sign | 0x7e00;
        return 0;
    }
    if (isinf(x)) {
        *out = sign | 0x7c00;
        return 0;
    }
    double ax = fabs(x);
    if (ax < ldexp(1.0, -14)) {          /* subnormal (or rounds up to the least normal) */
        *out = sign | (uint16_t)rint(ldexp(ax, 24));
        return 0;
    }
    int e;
    double m = frexp(ax, &e);            /* ax = m * 2**e, 0.5 <= m < 1 */
    double q = rint(ldexp(m, 11));       /* 1024..2048 */
    int biased = e - 1 + 15;
    if (q >= 2048.0) {
        q = 1024.0;
        biased++;
    }
    if (biased >= 31) return -1;
    *out = sign | (uint16_t)(biased << 10) | (uint16_t)((int)q - 1024);
    return 0;
}

static double half_value(uint16_t h) {
    int e = (h >> 10) & 0x1f;
    int f = h & 0x3ff;
    double v;
    if (e == 0) v = ldexp(f, -24);
    else if (e == 31) v = f ? NAN : INFINITY;
    else v = ldexp(f + 1024, e - 25);
    return (h & 0x8000) ? -v : v;
}

static int pack_float(const FormatDef *d, Obj *v, unsigned char *p, bool little) {
    double x;
    if (float_arg(v, &x) < 0) {
        err_clear();
        struct_err("required argument is not a float");
        return -1;
    }
    if (d->kind == K_DOUBLE) {
        uint64_t bits;
        memcpy(&bits, &x, 8);
        put_bits(p, bits, 8, little);
    } else if (d->kind == K_FLOAT) {
        float y = (float)x;
        if (isinf(y) && !isinf(x) && !(d->flags & FF_NOCHECK)) {
            err_set_str(&Exc_OverflowError, "float too large to pack with f format");
            return -1;
        }
        uint32_t bits;
        memcpy(&bits, &y, 4);
        put_bits(p, bits, 4, little);
    } else {
        uint16_t bits;
        if (half_bits(x, &bits) < 0) {
            err_set_str(&Exc_OverflowError, "float too large to pack with e format");
            return -1;
        }
        put_bits(p, bits, 2, little);
    }
    return 0;
}

/* ---- packing ----------------------------------------------------------- */

static int pack_one(const FormatDef *d, Obj *v, unsigned char *p, bool little) {
    switch (d->kind) {
    case K_CHAR:
        if (!is_bytes(v) || ((BytesObj *)v)->size != 1) {
            struct_err("char format requires a bytes object of length 1");
            return -1;
        }
        *p = ((BytesObj *)v)->data[0];
        return 0;
    case K_BOOL: {
        int t = obj_is_true(v);
        if (t < 0) return -1;
        *p = (unsigned char)t;
        return 0;
    }
    case K_HALF: case K_FLOAT: case K_DOUBLE:
        return pack_float(d, v, p, little);
    default: {
        uint64_t bits;
        if (pack_int(d, v, &bits) < 0) return -1;
        put_bits(p, bits, d->size, little);
        return 0;
    }
    }
}

static int pack_string(const StructCode *c, Obj *v, unsigned char *p) {
    if (!is_byteslike(v)) {
        char msg[64];
        snprintf(msg, sizeof msg, "argument for '%c' must be a bytes object", c->def->code);
        struct_err(msg);
        return -1;
    }
    const unsigned char *src = byteslike_data(v);
    size_t n = byteslike_size(v);
    if (c->def->kind == K_STR) {
        memcpy(p, src, n < c->count ? n : c->count);
        return 0;
    }
    if (c->count == 0) return 0;
    if (n > c->count - 1) n = c->count - 1;
    memcpy(p + 1, src, n);
    p[0] = (unsigned char)(n > 255 ? 255 : n);
    return 0;
}

int struct_pack_items(const StructObj *s, unsigned char *buf, Obj *const *args) {
    size_t k = 0;
    for (size_t i = 0; i < s->ncodes; i++) {
        const StructCode *c = &s->codes[i];
        unsigned char *p = buf + c->offset;
        if (c->def->kind == K_STR || c->def->kind == K_PSTR) {
            if (pack_string(c, args[k++], p) < 0) return -1;
            continue;
        }
        for (size_t j = 0; j < c->count; j++, p += c->def->size)
            if (pack_one(c->def, args[k++], p, s->little) < 0) return -1;
    }
    return 0;
}

/* ---- unpacking --------------------------------------------------------- */

static Obj *unpack_one(const FormatDef *d, const unsigned char *p, bool little) {
    switch (d->kind) {
    case K_CHAR: return bytes_from(p, 1);
    case K_BOOL: return NEWREF(bool_from(*p != 0));
    case K_HALF: return float_new(half_value((uint16_t)get_bits(p, 2, little)));
    case K_FLOAT: {
        uint32_t bits = (uint32_t)get_bits(p, 4, little);
        float f;
        memcpy(&f, &bits, 4);
        return float_new(f);
    }
    case K_DOUBLE: {
        uint64_t bits = get_bits(p, 8, little);
        double f;
        memcpy(&f, &bits, 8);
        return float_new(f);
    }
    case K_SINT: {
        uint64_t bits = get_bits(p, d->size, little);
        unsigned shift = 64u - 8u * d->size;
        int64_t v = (int64_t)(bits << shift) >> shift;
        return int_from_i64(v);
    }
    default:
        return int_from_u64(get_bits(p, d->size, little));
    }
}

Obj *struct_unpack_items(const StructObj *s, const unsigned char *buf) {
    Obj *t = tuple_new(s->nitems);
    if (t == NULL) return NULL;
    size_t k = 0;
    for (size_t i = 0; i < s->ncodes; i++) {
        const StructCode *c = &s->codes[i];
        const unsigned char *p = buf + c->offset;
        if (c->def->kind == K_STR || c->def->kind == K_PSTR) {
            size_t n = c->count, skip = 0;
            if (c->def->kind == K_PSTR && n > 0) {
                size_t len = p[0];
                n = len >= c->count ? c->count - 1 : len;
                skip = 1;
            }
            Obj *v = bytes_from(p + skip, n);
            if (v == NULL) goto fail;
            tuple_set(t, k++, v);
            continue;
        }
        for (size_t j = 0; j < c->count; j++, p += c->def->size) {
            Obj *v = unpack_one(c->def, p, s->little);
            if (v == NULL) goto fail;
            tuple_set(t, k++, v);
        }
    }
    return t;
fail:
    for (; k < s->nitems; k++) tuple_set(t, k, NEWREF(NONE));
    DECREF(t);
    return NULL;
}
