/* array_items.c: reading and storing array.array items: each typecode's C
 * type, and CPython 3.11's conversions and their (varied) messages. */
#include <gmp.h>
#include <stdlib.h>
#include <string.h>
#include "array.h"
#include "err.h"
#include "float.h"
#include "int.h"
#include "str.h"

const char array_typecodes[] = "bBuhHiIlLqQfd";

size_t array_itemsize(char c) {
    switch (c) {
    case 'b': case 'B': return 1;
    case 'h': case 'H': return 2;
    case 'u': case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': case 'q': case 'Q': case 'd': return 8;
    default: return 0;
    }
}

int array_reserve(ArrayObj *a, size_t n) {
    if (n <= a->cap) return 0;
    size_t cap = a->cap < 8 ? 8 : a->cap;
    while (cap < n) cap += cap / 2 + 1;
    unsigned char *d = realloc(a->data, cap * a->itemsize);
    if (d == NULL) {
        err_no_memory();
        return -1;
    }
    a->data = d;
    a->cap = cap;
    return 0;
}

Obj *array_item_get(const ArrayObj *a, size_t i) {
    const unsigned char *p = a->data + i * a->itemsize;
    switch (a->typecode) {
    case 'b': return small_new(*(const int8_t *)p);
    case 'B': return small_new(*p);
    case 'h': { int16_t v; memcpy(&v, p, 2); return small_new(v); }
    case 'H': { uint16_t v; memcpy(&v, p, 2); return small_new(v); }
    case 'i': { int32_t v; memcpy(&v, p, 4); return small_new(v); }
    case 'I': { uint32_t v; memcpy(&v, p, 4); return small_new((intptr_t)v); }
    case 'l': case 'q': { int64_t v; memcpy(&v, p, 8); return int_from_i64(v); }
    case 'L': case 'Q': { uint64_t v; memcpy(&v, p, 8); return int_from_u64(v); }
    case 'f': { float v; memcpy(&v, p, 4); return float_new(v); }
    case 'd': { double v; memcpy(&v, p, 8); return float_new(v); }
    default: { uint32_t v; memcpy(&v, p, 4); return str_from_codepoint(v); }
    }
}

enum { FITS_I64, FITS_U64, TOO_BIG, NEGATIVE_BIG };

static int classify(Obj *o, int64_t *sv, uint64_t *uv) {
    int overflow = 0;
    *sv = int_as_i64(o, &overflow);
    if (!overflow) return FITS_I64;
    if (int_sign(o) < 0) return NEGATIVE_BIG;
    mpz_t z;
    mpz_init(z);
    int_to_mpz(o, z);
    int r = TOO_BIG;
    if (mpz_sizeinbase(z, 2) <= 64) {
        *uv = (uint64_t)mpz_getlimbn(z, 0);
        r = FITS_U64;
    }
    mpz_clear(z);
    return r;
}

static int overflow(const char *msg) {
    err_set_str(&Exc_OverflowError, msg);
    return -1;
}

/* A range check with CPython's "<what> is less than minimum" pair. */
static int in_range(int64_t v, int64_t lo, int64_t hi, const char *what) {
    if (v >= lo && v <= hi) return 0;
    err_format(&Exc_OverflowError, "%s is %s", what, v < lo ? "less than minimum" : "greater than maximum");
    return -1;
}

static int int_item(char c, Obj *v, uint64_t *out) {
    Obj *o = obj_index(v);
    if (o == NULL) return -1;
    int64_t sv = 0;
    uint64_t uv = 0;
    int cls = classify(o, &sv, &uv);
    DECREF(o);
    bool negative = cls == NEGATIVE_BIG || (cls == FITS_I64 && sv < 0);
    const char *long_msg = "Python int too large to convert to C long";
    switch (c) {
    case 'b':
        if (cls != FITS_I64) return overflow(long_msg);
        if (in_range(sv, INT16_MIN, INT16_MAX, "signed short integer") < 0 ||
            in_range(sv, INT8_MIN, INT8_MAX, "signed char") < 0)
            return -1;
        break;
    case 'B':
        if (cls != FITS_I64) return overflow(long_msg);
        if (in_range(sv, 0, UINT8_MAX, "unsigned byte integer") < 0) return -1;
        break;
    case 'h':
        if (cls != FITS_I64) return overflow(long_msg);
        if (in_range(sv, INT16_MIN, INT16_MAX, "signed short integer") < 0) return -1;
        break;
    case 'H':
        if (cls != FITS_I64) return overflow(long_msg);
        if (in_range(sv, INT32_MIN, INT32_MAX, "signed integer") < 0 ||
            in_range(sv, 0, UINT16_MAX, "unsigned short") < 0)
            return -1;
        break;
    case 'i':
        if (cls != FITS_I64) return overflow(long_msg);
        if (in_range(sv, INT32_MIN, INT32_MAX, "signed integer") < 0) return -1;
        break;
    case 'I': case 'L':
        if (negative) return overflow("can't convert negative value to unsigned int");
        if (cls == TOO_BIG) return overflow("Python int too large to convert to C unsigned long");
        if (cls == FITS_I64) uv = (uint64_t)sv;
        if (c == 'I' && uv > UINT32_MAX) return overflow("unsigned int is greater than maximum");
        *out = uv;
        return 0;
    case 'l':
        if (cls != FITS_I64) return overflow(long_msg);
        break;
    case 'q':
        if (cls != FITS_I64) return overflow("int too big to convert");
        break;
    default:   /* Q */
        if (negative) return overflow("can't convert negative int to unsigned");
        if (cls == TOO_BIG) return overflow("int too big to convert");
        *out = cls == FITS_I64 ? (uint64_t)sv : uv;
        return 0;
    }
    *out = (uint64_t)sv;
    return 0;
}

static int real_item(Obj *v, double *out) {
    if (is_float(v)) {
        *out = float_value(v);
        return 0;
    }
    if (is_int(v)) {
        *out = int_as_double(v);
        return *out == -1.0 && err_occurred() ? -1 : 0;
    }
    Obj *f = obj_lookup_attr(v, str_intern_cstr("__float__"));
    if (f == NULL) {
        if (!err_occurred())
            err_format(&Exc_TypeError, "must be real number, not %s", type_name(v));
        return -1;
    }
    Obj *r = obj_call0(f);
    DECREF(f);
    if (r == NULL) return -1;
    if (!is_float(r)) {
        err_format(&Exc_TypeError, "%s.__float__ returned non-float (type %s)", type_name(v), type_name(r));
        DECREF(r);
        return -1;
    }
    *out = float_value(r);
    DECREF(r);
    return 0;
}

int array_item_set(ArrayObj *a, size_t i, Obj *v) {
    unsigned char *p = a->data + i * a->itemsize;
    char c = a->typecode;
    if (c == 'f' || c == 'd') {
        double d;
        if (real_item(v, &d) < 0) return -1;
        if (c == 'd') memcpy(p, &d, 8);
        else { float f = (float)d; memcpy(p, &f, 4); }
        return 0;
    }
    if (c == 'u') {
        if (!is_str(v) || str_length(v) != 1) {
            err_set_str(&Exc_TypeError, "array item must be unicode character");
            return -1;
        }
        const unsigned char *s = (const unsigned char *)str_data(v);
        uint32_t u;
        if (s[0] < 0x80) u = s[0];
        else if (s[0] < 0xe0) u = (uint32_t)(s[0] & 0x1f) << 6 | (s[1] & 0x3f);
        else if (s[0] < 0xf0) u = (uint32_t)(s[0] & 0x0f) << 12 | (uint32_t)(s[1] & 0x3f) << 6 | (s[2] & 0x3f);
        else u = (uint32_t)(s[0] & 0x07) << 18 | (uint32_t)(s[1] & 0x3f) << 12 | (uint32_t)(s[2] & 0x3f) << 6 | (s[3] & 0x3f);
        memcpy(p, &u, 4);
        return 0;
    }
    uint64_t bits;
    if (int_item(c, v, &bits) < 0) return -1;
    switch (a->itemsize) {
    case 1: *p = (unsigned char)bits; break;
    case 2: { uint16_t x = (uint16_t)bits; memcpy(p, &x, 2); break; }
    case 4: { uint32_t x = (uint32_t)bits; memcpy(p, &x, 4); break; }
    default: memcpy(p, &bits, 8); break;
    }
    return 0;
}
