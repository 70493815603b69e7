/* float.c: the float type object: allocation with a free list, hash,
 * comparison, the float() constructor and the float methods.  Arithmetic is
 * in float_arith.c, repr/parsing in float_repr.c (shortest digits in
 * float_shortest.c), __format__ in float_format.c (exact fixed and
 * scientific digits in float_fixed.c), hex()/fromhex() in float_hex.c. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include "float_internal.h"
#include "int_internal.h"
#include "err.h"
#include "str.h"
#include "bytes.h"
#include "tuple.h"
#include "args.h"

/* ---- allocation: exact floats recycle through a free list -------------- */

#define FLOAT_FREE_MAX 256
static FloatObj *free_floats[FLOAT_FREE_MAX];
static int n_free_floats;

Obj *float_new(double v) {
    FloatObj *f;
    if (n_free_floats > 0) {
        f = free_floats[--n_free_floats];
        f->ob.refcnt = 1;
    } else if ((f = (FloatObj *)obj_alloc(&FloatType, sizeof(FloatObj))) == NULL) {
        return NULL;
    }
    f->value = v;
    return (Obj *)f;
}

static void float_dealloc(Obj *o) {
    if (o->type == &FloatType && n_free_floats < FLOAT_FREE_MAX)
        free_floats[n_free_floats++] = (FloatObj *)o;
    else
        obj_free(o);
}

double float_as_double(Obj *o) {
    if (is_float(o)) return float_value(o);
    if (is_int(o)) return int_as_double(o);
    err_format(&Exc_TypeError, "must be real number, not %s", type_name(o));
    return -1.0;
}

/* ---- repr, hash, comparison -------------------------------------------- */

static Obj *float_repr(Obj *o) {
    char buf[40];
    float_repr_cstr(float_value(o), buf, sizeof buf);
    return str_from_cstr(buf);
}

#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)

/* v = m * 2**e with m a 53-bit integer; multiplying by 2**e modulo the
 * Mersenne prime 2**61-1 is a rotation of the 61-bit residue. */
intptr_t float_hash(double v) {
    if (isinf(v)) return v > 0 ? 314159 : -314159;
    if (isnan(v)) return 0;
    int e;
    double m = frexp(fabs(v), &e);
    uint64_t mant = (uint64_t)ldexp(m, 53);
    int shift = ((e - 53) % HASH_BITS + HASH_BITS) % HASH_BITS;
    uint64_t h = mant % HASH_MODULUS;
    if (shift != 0) h = ((h << shift) & HASH_MODULUS) | (h >> (HASH_BITS - shift));
    intptr_t r = v < 0 ? -(intptr_t)h : (intptr_t)h;
    return r == -1 ? -2 : r;
}

static intptr_t float_hash_slot(Obj *o) {
    double v = float_value(o);
    return isnan(v) ? hash_pointer(o) : float_hash(v);
}

static Obj *compare_doubles(double x, double y, int op) {
    bool r;
    switch (op) {
    case CMP_LT: r = x < y; break;
    case CMP_LE: r = x <= y; break;
    case CMP_EQ: r = x == y; break;
    case CMP_NE: r = x != y; break;
    case CMP_GT: r = x > y; break;
    default:     r = x >= y; break;
    }
    return bool_from(r);
}

static const int swapped_op[] = { CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE };

static Obj *float_richcompare(Obj *a, Obj *b, int op) {
    if (!is_float(a)) return NEWREF(NOT_IMPLEMENTED);
    if (is_float(b)) return compare_doubles(float_value(a), float_value(b), op);
    if (is_int(b)) return int_richcompare(b, a, swapped_op[op]);
    return NEWREF(NOT_IMPLEMENTED);
}

/* ---- float() ----------------------------------------------------------- */

static Obj *float_from_number(Obj *x) {
    if (IS_TYPE(x, FloatType)) return NEWREF(x);
    if (is_str(x) || is_bytes(x) || is_bytearray(x)) return float_from_text_object(x);
    const NumberSlots *n = TYPE(x)->number;
    if (n != NULL && n->to_float != NULL) {
        Obj *r = n->to_float(x);
        if (r != NULL && !is_float(r)) {
            err_format(&Exc_TypeError, "%s.__float__ returned non-float (type %s)",
                       type_name(x), type_name(r));
            DECREF(r);
            return NULL;
        }
        return r;
    }
    if (n != NULL && n->index != NULL) {
        Obj *i = obj_index(x);
        if (i == NULL) return NULL;
        double d = int_as_double(i);
        DECREF(i);
        return d == -1.0 && err_occurred() ? NULL : float_new(d);
    }
    err_format(&Exc_TypeError, "float() argument must be a string or a real number, not '%s'",
               type_name(x));
    return NULL;
}

static Obj *float_new_obj(Type *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("float", kwnames) < 0 || args_count("float", nargs, 0, 1) < 0) return NULL;
    Obj *r = nargs == 0 ? float_new(0.0) : float_from_number(args[0]);
    if (r == NULL || type == &FloatType) return r;
    Obj *sub = obj_alloc(type, type->size);
    if (sub != NULL) ((FloatObj *)sub)->value = float_value(r);
    DECREF(r);
    return sub;
}

/* ---- methods ----------------------------------------------------------- */

/* The value as an exact float (self when it already is one). */
static Obj *float_exact(Obj *o) {
    return IS_TYPE(o, FloatType) ? NEWREF(o) : float_new(float_value(o));
}

static Obj *float_is_integer(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (num_noargs("float.is_integer", nargs, kwnames) < 0) return NULL;
    double v = float_value(self);
    return bool_from(isfinite(v) && floor(v) == v);
}

static Obj *float_as_integer_ratio(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (num_noargs("float.as_integer_ratio", nargs, kwnames) < 0) return NULL;
    double v = float_value(self);
    if (isinf(v)) {
        err_set_str(&Exc_OverflowError, "cannot convert Infinity to integer ratio");
        return NULL;
    }
    if (isnan(v)) {
        err_set_str(&Exc_ValueError, "cannot convert NaN to integer ratio");
        return NULL;
    }
    if (v == 0.0) return tuple_pack(2, small_new(0), small_new(1));
    int e;
    double m = frexp(v, &e);
    int64_t mant = (int64_t)ldexp(m, 53);
    e -= 53;
    int tz = mant == 0 ? 0 : __builtin_ctzll((uint64_t)(mant < 0 ? -mant : mant));
    if (e < 0) {   /* cancel common powers of two */
        int k = tz < -e ? tz : -e;
        mant >>= k;
        e += k;
    }
    mpz_t num, den;
    mpz_init_set_si(num, mant);
    mpz_init_set_ui(den, 1);
    if (e > 0) mpz_mul_2exp(num, num, (mp_bitcnt_t)e);
    else mpz_mul_2exp(den, den, (mp_bitcnt_t)-e);
    Obj *n = int_from_mpz_steal(num), *d = int_from_mpz_steal(den);
    Obj *t = n && d ? tuple_pack(2, n, d) : NULL;
    XDECREF(n);
    XDECREF(d);
    return t;
}

static Obj *float_self(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (num_noargs("float.conjugate", nargs, kwnames) < 0) return NULL;
    return float_exact(self);
}

static Obj *float_trunc(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (num_noargs("float.__trunc__", nargs, kwnames) < 0) return NULL;
    return int_from_double(float_value(self));
}
static Obj *float_floor(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (num_noargs("float.__floor__", nargs, kwnames) < 0) return NULL;
    return int_from_double(floor(float_value(self)));
}
static Obj *float_ceil(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (num_noargs("float.__ceil__", nargs, kwnames) < 0) return NULL;
    return int_from_double(ceil(float_value(self)));
}

/* round(x, n): the correctly rounded n-digit decimal (of the exact binary
 * value, half to even), read back. */
double float_round_ndigits(double x, intptr_t ndigits) {
    if (!isfinite(x) || x == 0.0 || ndigits > 323) return x;
    if (ndigits < -308) return 0.0 * x;
    if (ndigits >= 0) {
        char buf[700];   /* |x| < 1e309 and ndigits <= 323 fit */
        float_fixed_write(x, (int)ndigits, false, buf, sizeof buf);
        return strtod(buf, NULL);
    }
    mpz_t z, p, q, r, half;
    mpz_inits(z, p, q, r, half, NULL);
    double ax = fabs(x);
    mpz_set_d(z, ax);
    double frac = ax - trunc(ax);   /* decides only exact ties of the integral part */
    mpz_ui_pow_ui(p, 10, (unsigned long)-ndigits);
    mpz_fdiv_qr(q, r, z, p);
    mpz_mul_2exp(half, r, 1);
    int c = mpz_cmp(half, p);
    if (c == 0 && frac > 0.0) c = 1;
    if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
    mpz_mul(q, q, p);
    bool overflow;
    double res = int_mpz_to_double(q, &overflow);
    mpz_clears(z, p, q, r, half, NULL);
    return overflow ? (x > 0 ? INFINITY : -INFINITY) : copysign(res, x);
}

static Obj *float_round(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_count("__round__", nargs, 0, 1) < 0) return NULL;
    double x = float_value(self);
    if (nargs == 0 || args[0] == NONE) {
        double r = nearbyint(x);
        return int_from_double(r);
    }
    Obj *nd = obj_index(args[0]);
    if (nd == NULL) return NULL;
    int overflow;
    int64_t n = int_as_i64(nd, &overflow);
    if (overflow) n = int_sign(nd) > 0 ? INT64_MAX : INT64_MIN;
    DECREF(nd);
    double r = float_round_ndigits(x, (intptr_t)n);
    if (isinf(r) && isfinite(x)) {
        err_set_str(&Exc_OverflowError, "rounded value too large to represent");
        return NULL;
    }
    return float_new(r);
}

static Obj *float_getnewargs(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (num_noargs("float.__getnewargs__", nargs, kwnames) < 0) return NULL;
    Obj *f = float_new(float_value(self));
    if (f == NULL) return NULL;
    Obj *t = tuple_pack(1, f);
    DECREF(f);
    return t;
}

static Obj *float_method_int(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (num_slot_noargs(nargs, kwnames) < 0) return NULL;
    return int_from_double(float_value(self));
}

static Obj *float_method_float(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (num_slot_noargs(nargs, kwnames) < 0) return NULL;
    return float_exact(self);
}

static Obj *float_m_divmod(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (num_slot_onearg(nargs, kwnames) < 0) return NULL;
    if (!is_float(args[0]) && !is_int(args[0])) return NEWREF(NOT_IMPLEMENTED);
    return float_divmod(self, args[0]);
}

static Obj *float_m_rdivmod(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (num_slot_onearg(nargs, kwnames) < 0) return NULL;
    if (!is_float(args[0]) && !is_int(args[0])) return NEWREF(NOT_IMPLEMENTED);
    return float_divmod(args[0], self);
}

/* float.__getformat__(typestr): the only layout gilpy runs on. */
static Obj *float_getformat(Obj *cls, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("__getformat__", kwnames) < 0 ||
        args_count("float.__getformat__", nargs, 1, 1) < 0)
        return NULL;
    if (!is_str(args[0])) {
        err_format(&Exc_TypeError, "__getformat__() argument must be str, not %s",
                   type_name(args[0]));
        return NULL;
    }
    if (!str_equal_cstr(args[0], "double") && !str_equal_cstr(args[0], "float")) {
        err_set_str(&Exc_ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
        return NULL;
    }
    return str_from_cstr("IEEE, little-endian");
}

static const MethodDef float_methods[] = {
    {"conjugate", float_self},
    {"is_integer", float_is_integer},
    {"as_integer_ratio", float_as_integer_ratio},
    {"hex", float_hex},
    {"fromhex", float_fromhex, METH_CLASS},
    {"__trunc__", float_trunc},
    {"__floor__", float_floor},
    {"__ceil__", float_ceil},
    {"__round__", float_round},
    {"__int__", float_method_int},
    {"__float__", float_method_float},
    {"__getnewargs__", float_getnewargs},
    {"__format__", float_method_format},
    {"__divmod__", float_m_divmod},
    {"__rdivmod__", float_m_rdivmod},
    {"__getformat__", float_getformat, METH_CLASS},
    {NULL},
};

static Obj *float_get_real(Obj *self) { return float_exact(self); }
static Obj *float_get_imag(Obj *self) { return float_new(0.0); }

static const GetSetDef float_getset[] = {
    {"real", float_get_real},
    {"imag", float_get_imag},
    {NULL},
};

Type FloatType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "float",
    .size = sizeof(FloatObj),
    .flags = TF_BASETYPE | TF_IMMUTABLE,
    .dealloc = float_dealloc,
    .repr = float_repr,
    .hash = float_hash_slot,
    .richcompare = float_richcompare,
    .getattr = obj_generic_getattr,
    .new_ = float_new_obj,
    .number = &float_number_slots,
    .methods = float_methods,
    .getset = float_getset,
    .doc = "Convert a string or number to a floating point number, if possible.",
};
