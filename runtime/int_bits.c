/* int_bits.c: bitwise operators and shifts, and the methods that see an int
 * as bits or bytes: bit_length, bit_count, to_bytes, from_bytes. */
#include <string.h>
#include <stdlib.h>
#include "int_internal.h"
#include "err.h"
#include "str.h"
#include "bytes.h"
#include "args.h"

#define BOTH_INTS(a, b) \
    do { if (!is_int(a) || !is_int(b)) return NEWREF(NOT_IMPLEMENTED); } while (0)

typedef void (*MpzBinop)(mpz_ptr, mpz_srcptr, mpz_srcptr);

static Obj *bitwise(Obj *a, Obj *b, char op) {
    intptr_t x, y;
    if (int_small_value(a, &x) && int_small_value(b, &y))
        return small_new(op == '&' ? (x & y) : op == '|' ? (x | y) : (x ^ y));
    IntView va, vb;
    mpz_t r;
    mpz_init(r);
    mpz_srcptr za = intview_init(&va, a), zb = intview_init(&vb, b);
    if (op == '&') mpz_and(r, za, zb);
    else if (op == '|') mpz_ior(r, za, zb);
    else mpz_xor(r, za, zb);
    return int_from_mpz_steal(r);
}

Obj *int_and(Obj *a, Obj *b) { BOTH_INTS(a, b); return bitwise(a, b, '&'); }
Obj *int_or(Obj *a, Obj *b) { BOTH_INTS(a, b); return bitwise(a, b, '|'); }
Obj *int_xor(Obj *a, Obj *b) { BOTH_INTS(a, b); return bitwise(a, b, '^'); }

Obj *int_invert(Obj *a) {
    intptr_t x;
    if (int_small_value(a, &x)) return small_new(~x);
    IntView v;
    mpz_t r;
    mpz_init(r);
    mpz_com(r, intview_init(&v, a));
    return int_from_mpz_steal(r);
}

/* The shift count, or -1 with ValueError for a negative one; *huge is set
 * when it does not fit in 63 bits. */
static int64_t shift_count(Obj *b, bool *huge) {
    if (int_sign(b) < 0) {
        err_set_str(&Exc_ValueError, "negative shift count");
        return -1;
    }
    int overflow;
    int64_t n = int_as_i64(b, &overflow);
    *huge = overflow != 0;
    return n;
}

Obj *int_lshift(Obj *a, Obj *b) {
    BOTH_INTS(a, b);
    bool huge;
    int64_t n = shift_count(b, &huge);
    if (n < 0) return NULL;
    intptr_t x;
    bool small = int_small_value(a, &x);
    if (small && x == 0) return small_new(0);
    if (small && !huge && n < 62) {
        intptr_t r = (intptr_t)((uintptr_t)x << n);
        if (r >> n == x && small_fits(r)) return small_new(r);
    }
    if (huge || n > ((int64_t)1 << 36)) {
        /* CPython counts the shift in 30-bit digits, which must fit a ssize_t */
        IntView v;
        if (huge && mpz_cmp_d(intview_init(&v, b), 30.0 * 9223372036854775808.0) >= 0)
            err_set_str(&Exc_OverflowError, "too many digits in integer");
        else
            err_no_memory();
        return NULL;
    }
    IntView v;
    mpz_t r;
    mpz_init(r);
    mpz_mul_2exp(r, intview_init(&v, a), (mp_bitcnt_t)n);
    return int_from_mpz_steal(r);
}

Obj *int_rshift(Obj *a, Obj *b) {
    BOTH_INTS(a, b);
    bool huge;
    int64_t n = shift_count(b, &huge);
    if (n < 0) return NULL;
    intptr_t x;
    if (int_small_value(a, &x)) return small_new(huge || n >= 63 ? (x < 0 ? -1 : 0) : x >> n);
    if (huge) return small_new(int_sign(a) < 0 ? -1 : 0);
    IntView v;
    mpz_t r;
    mpz_init(r);
    mpz_fdiv_q_2exp(r, intview_init(&v, a), (mp_bitcnt_t)n);
    return int_from_mpz_steal(r);
}

/* ---- methods ----------------------------------------------------------- */

static size_t bit_length_of(Obj *o) {
    intptr_t x;
    if (int_small_value(o, &x)) {
        uint64_t u = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
        return u == 0 ? 0 : 64 - (size_t)__builtin_clzll(u);
    }
    return mpz_sizeinbase(((IntObj *)o)->z, 2);
}

Obj *int_bit_length(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (num_noargs("int.bit_length", nargs, kwnames) < 0) return NULL;
    return small_new((intptr_t)bit_length_of(self));
}

Obj *int_bit_count(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (num_noargs("int.bit_count", nargs, kwnames) < 0) return NULL;
    intptr_t x;
    if (int_small_value(self, &x))
        return small_new(__builtin_popcountll(x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x));
    mpz_t a;
    mpz_init(a);
    mpz_abs(a, ((IntObj *)self)->z);
    intptr_t n = (intptr_t)mpz_popcount(a);
    mpz_clear(a);
    return small_new(n);
}

/* byteorder argument of fname: 1 for 'little', 0 for 'big', -1 with error. */
static int parse_byteorder(const char *fname, Obj *o) {
    if (o == NULL) return 0;
    if (!is_str(o)) {
        err_format(&Exc_TypeError, "%s() argument 'byteorder' must be str, not %T", fname, o);
        return -1;
    }
    if (str_equal_cstr(o, "little")) return 1;
    if (str_equal_cstr(o, "big")) return 0;
    err_set_str(&Exc_ValueError, "byteorder must be either 'little' or 'big'");
    return -1;
}

static void reverse_bytes(unsigned char *p, size_t n) {
    for (size_t i = 0; i < n / 2; i++) {
        unsigned char t = p[i];
        p[i] = p[n - 1 - i];
        p[n - 1 - i] = t;
    }
}

/* Bits needed for z: magnitude bits, or for signed, bits of z (or ~z when
 * negative) plus the sign bit. */
static size_t bits_needed(mpz_srcptr z, bool is_signed) {
    if (!is_signed) return mpz_sgn(z) == 0 ? 0 : mpz_sizeinbase(z, 2);
    mpz_t t;
    mpz_init(t);
    if (mpz_sgn(z) < 0) mpz_com(t, z); else mpz_set(t, z);
    size_t n = mpz_sgn(t) == 0 ? 1 : mpz_sizeinbase(t, 2) + 1;
    mpz_clear(t);
    return n;
}

/* Writes value (two's complement when signed) into out[len] big-endian. */
static int int_write_bytes(Obj *self, size_t len, bool is_signed, unsigned char *out) {
    IntView v;
    mpz_srcptr z = intview_init(&v, self);
    if (mpz_sgn(z) < 0 && !is_signed) {
        err_set_str(&Exc_OverflowError, "can't convert negative int to unsigned");
        return -1;
    }
    if (mpz_sgn(z) != 0 && bits_needed(z, is_signed) > 8 * len) {
        err_set_str(&Exc_OverflowError, "int too big to convert");
        return -1;
    }
    mpz_t u;
    mpz_init(u);
    mpz_fdiv_r_2exp(u, z, 8 * len);   /* two's complement of a negative value */
    size_t need = mpz_sgn(u) == 0 ? 0 : (mpz_sizeinbase(u, 2) + 7) / 8;
    memset(out, 0, len);
    size_t count = 0;
    if (need > 0) mpz_export(out + len - need, &count, 1, 1, 1, 0, u);
    mpz_clear(u);
    return 0;
}

Obj *int_to_bytes(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"length", "byteorder", "$signed", NULL};
    Obj *a[3];
    if (args_bind("to_bytes", args, nargs, kwnames, names, 0, a) < 0) return NULL;
    intptr_t len = 1;
    if (a[0] != NULL) {
        Obj *l = obj_index(a[0]);
        if (l == NULL) return NULL;
        len = int_as_ssize(l);
        DECREF(l);
        if (len == -1 && err_occurred()) return NULL;
        if (len < 0) {
            err_set_str(&Exc_ValueError, "length argument must be non-negative");
            return NULL;
        }
    }
    int little = parse_byteorder("to_bytes", a[1]);
    int is_signed = a[2] != NULL ? obj_is_true(a[2]) : 0;
    if (little < 0 || is_signed < 0) return NULL;
    unsigned char *buf = malloc((size_t)len + 1);
    if (buf == NULL) { err_no_memory(); return NULL; }
    Obj *res = NULL;
    if (int_write_bytes(self, (size_t)len, is_signed, buf) == 0) {
        if (little) reverse_bytes(buf, (size_t)len);
        res = bytes_from(buf, (size_t)len);
    }
    free(buf);
    return res;
}

/* The bytes of a bytes-like object or an iterable of ints, as a new bytes. */
static Obj *as_bytes(Obj *o) {
    if (is_bytes(o)) return NEWREF(o);
    if (is_str(o) || is_int(o)) {   /* bytes() would take these; from_bytes does not */
        err_format(&Exc_TypeError, "cannot convert '%s' object to bytes", type_name(o));
        return NULL;
    }
    if (is_bytearray(o)) return bytes_from(((ByteArrayObj *)o)->data, ((ByteArrayObj *)o)->size);
    return obj_call1((Obj *)&BytesType, o);
}

Obj *int_from_bytes(Obj *cls, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"bytes", "byteorder", "$signed", NULL};
    Obj *a[3];
    if (args_bind("from_bytes", args, nargs, kwnames, names, 1, a) < 0) return NULL;
    int little = parse_byteorder("from_bytes", a[1]);
    int is_signed = a[2] != NULL ? obj_is_true(a[2]) : 0;
    if (little < 0 || is_signed < 0) return NULL;
    Obj *b = as_bytes(a[0]);
    if (b == NULL) return NULL;
    const BytesObj *bo = (const BytesObj *)b;
    mpz_t z;
    mpz_init(z);
    if (bo->size > 0) mpz_import(z, bo->size, little ? -1 : 1, 1, 1, 0, bo->data);
    if (is_signed && bo->size > 0 && mpz_tstbit(z, 8 * bo->size - 1)) {
        mpz_t m;
        mpz_init(m);
        mpz_setbit(m, 8 * bo->size);
        mpz_sub(z, z, m);
        mpz_clear(m);
    }
    DECREF(b);
    Obj *r = int_from_mpz_steal(z);
    if (r == NULL || cls == (Obj *)&IntType) return r;
    Obj *res = obj_call1(cls, r);
    DECREF(r);
    return res;
}
