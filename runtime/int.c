/* int.c: the int type object, conversions between ints and C values, hash,
 * comparison, repr and the int() constructor.  Arithmetic lives in
 * int_arith.c, bit operations in int_bits.c, text conversion in
 * int_convert.c and __format__ in int_format.c. */
#include <math.h>
#include <string.h>
#include "int_internal.h"
#include "float.h"
#include "err.h"
#include "str.h"
#include "bytes.h"
#include "args.h"
#include "tuple.h"
#include "ident.h"

/* ---- construction ------------------------------------------------------ */

static IntObj *int_alloc(Type *type) {
    IntObj *r = (IntObj *)obj_alloc(type, type->size);
    if (r != NULL) mpz_init(r->z);
    return r;
}

Obj *int_from_mpz_steal(mpz_t z) {
    if (mpz_fits_slong_p(z)) {
        long v = mpz_get_si(z);
        if (small_fits(v)) {
            mpz_clear(z);
            return small_new(v);
        }
    }
    IntObj *r = (IntObj *)obj_alloc(&IntType, sizeof(IntObj));
    if (r == NULL) {
        mpz_clear(z);
        return NULL;
    }
    r->z[0] = z[0];   /* takes over the limbs */
    return (Obj *)r;
}

Obj *int_from_mpz(const mpz_t z) {
    mpz_t c;
    mpz_init_set(c, z);
    return int_from_mpz_steal(c);
}

Obj *int_from_i64(int64_t v) {
    if (small_fits(v)) return small_new((intptr_t)v);
    mpz_t z;
    mpz_init_set_si(z, (long)v);
    return int_from_mpz_steal(z);
}

Obj *int_from_u64(uint64_t v) {
    if (v <= (uint64_t)SMALL_MAX) return small_new((intptr_t)v);
    mpz_t z;
    mpz_init_set_ui(z, (unsigned long)v);
    return int_from_mpz_steal(z);
}

Obj *int_from_double(double d) {
    if (isnan(d)) {
        err_set_str(&Exc_ValueError, "cannot convert float NaN to integer");
        return NULL;
    }
    if (isinf(d)) {
        err_set_str(&Exc_OverflowError, "cannot convert float infinity to integer");
        return NULL;
    }
    if (d > -9.2e18 && d < 9.2e18) return int_from_i64((int64_t)d);
    mpz_t z;
    mpz_init_set_d(z, d);
    return int_from_mpz_steal(z);
}

Obj *int_exact(Obj *o) {
    intptr_t v;
    if (int_small_value(o, &v)) return small_new(v);
    if (o->type == &IntType) return NEWREF(o);
    return int_from_mpz(((IntObj *)o)->z);
}

static void int_dealloc(Obj *o) {
    mpz_clear(((IntObj *)o)->z);
    obj_free(o);
}

/* ---- conversions to C -------------------------------------------------- */

int64_t int_as_i64(Obj *o, int *overflow) {
    intptr_t v;
    *overflow = 0;
    if (int_small_value(o, &v)) return v;
    mpz_srcptr z = ((IntObj *)o)->z;
    if (mpz_fits_slong_p(z)) return mpz_get_si(z);
    *overflow = 1;
    return 0;
}

intptr_t int_as_ssize(Obj *o) {
    int overflow;
    int64_t v = int_as_i64(o, &overflow);
    if (overflow) {
        err_set_str(&Exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return (intptr_t)v;
}

void int_to_mpz(Obj *o, mpz_t out) {
    IntView v;
    mpz_set(out, intview_init(&v, o));
}

int int_sign(Obj *o) {
    intptr_t v;
    if (int_small_value(o, &v)) return (v > 0) - (v < 0);
    return mpz_sgn(((IntObj *)o)->z);
}

void int_overflow_to_float(void) {
    err_set_str(&Exc_OverflowError, "int too large to convert to float");
}

/* Rounds half-even: the top 55 bits plus a sticky bit for the rest, so the
 * one hardware rounding of a 64-bit integer to double is exact. */
double int_mpz_to_double(mpz_srcptr z, bool *overflow) {
    size_t bits = mpz_sizeinbase(z, 2);
    *overflow = false;
    if (bits <= 64) {
        double d = (double)(uint64_t)mpz_getlimbn(z, 0);
        return mpz_sgn(z) < 0 ? -d : d;
    }
    if (bits > 1024) { *overflow = true; return 0.0; }
    mpz_t top;
    mpz_init(top);
    mp_bitcnt_t shift = bits - 55;
    mpz_tdiv_q_2exp(top, z, shift);
    uint64_t q = (uint64_t)mpz_getlimbn(top, 0);
    if (mpz_scan1(z, 0) < shift) q |= 1;
    mpz_clear(top);
    double d = ldexp((double)q, (int)shift);
    if (isinf(d)) { *overflow = true; return 0.0; }
    return mpz_sgn(z) < 0 ? -d : d;
}

double int_as_double(Obj *o) {
    intptr_t v;
    if (int_small_value(o, &v)) return (double)v;
    bool overflow;
    double d = int_mpz_to_double(((IntObj *)o)->z, &overflow);
    if (overflow) {
        int_overflow_to_float();
        return -1.0;
    }
    return d;
}

/* ---- hash -------------------------------------------------------------- */

#define HASH_MODULUS (((uint64_t)1 << 61) - 1)

intptr_t int_hash(Obj *o) {
    intptr_t v;
    uint64_t h;
    bool negative;
    if (int_small_value(o, &v)) {
        negative = v < 0;
        h = (negative ? (uint64_t)0 - (uint64_t)v : (uint64_t)v) % HASH_MODULUS;
    } else {
        mpz_srcptr z = ((IntObj *)o)->z;
        negative = mpz_sgn(z) < 0;
        h = mpz_tdiv_ui(z, HASH_MODULUS);
    }
    intptr_t r = negative ? -(intptr_t)h : (intptr_t)h;
    return r == -1 ? -2 : r;
}

/* ---- comparison -------------------------------------------------------- */

int int_compare(Obj *a, Obj *b) {
    intptr_t x, y;
    if (int_small_value(a, &x) && int_small_value(b, &y)) return (x > y) - (x < y);
    IntView va, vb;
    int c = mpz_cmp(intview_init(&va, a), intview_init(&vb, b));
    return (c > 0) - (c < 0);
}

static Obj *cmp_result(int c, int op) {
    bool r;
    switch (op) {
    case CMP_LT: r = c < 0; break;
    case CMP_LE: r = c <= 0; break;
    case CMP_EQ: r = c == 0; break;
    case CMP_NE: r = c != 0; break;
    case CMP_GT: r = c > 0; break;
    default:     r = c >= 0; break;
    }
    return bool_from(r);
}

/* An int against a float, exactly: GMP compares against the double's value. */
static Obj *int_float_compare(Obj *a, double d, int op) {
    if (isnan(d)) return bool_from(op == CMP_NE);
    intptr_t x;
    int c;
    if (int_small_value(a, &x) && x > -(1LL << 53) && x < (1LL << 53)) {
        double dx = (double)x;
        c = (dx > d) - (dx < d);
    } else if (isinf(d)) {
        c = d > 0 ? -1 : 1;
    } else {
        IntView v;
        c = mpz_cmp_d(intview_init(&v, a), d);
        c = (c > 0) - (c < 0);
    }
    return cmp_result(c, op);
}

Obj *int_richcompare(Obj *a, Obj *b, int op) {
    if (!is_int(a)) return NEWREF(NOT_IMPLEMENTED);
    if (is_int(b)) return cmp_result(int_compare(a, b), op);
    if (is_float(b)) return int_float_compare(a, float_value(b), op);
    return NEWREF(NOT_IMPLEMENTED);
}

/* ---- repr -------------------------------------------------------------- */

Obj *int_repr(Obj *o) {
    intptr_t v;
    if (int_small_value(o, &v)) {
        char buf[24];
        char *p = buf + sizeof buf;
        uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
        do { *--p = (char)('0' + u % 10); u /= 10; } while (u != 0);
        if (v < 0) *--p = '-';
        return str_from(p, (size_t)(buf + sizeof buf - p));
    }
    return int_to_base_string(o, 10, false);
}

/* ---- int() ------------------------------------------------------------- */

static Obj *check_int_result(Obj *res, const char *what) {
    if (res != NULL && !is_int(res)) {
        err_format(&Exc_TypeError, "%s returned non-int (type %s)", what, type_name(res));
        DECREF(res);
        return NULL;
    }
    return res;
}

/* int(x) without a base: __int__, __index__, __trunc__, then text. */
static Obj *int_from_number(Obj *x) {
    if (is_int(x)) return int_exact(x);
    const NumberSlots *n = TYPE(x)->number;
    if (n != NULL && n->to_int != NULL) return check_int_result(n->to_int(x), "__int__");
    if (n != NULL && n->index != NULL) return check_int_result(n->index(x), "__index__");
    Obj *trunc = type_lookup(TYPE(x), IDENT(__trunc__));
    if (trunc != NULL) {
        Obj *res = obj_call_unbound(trunc, x, NULL, 0);
        if (res == NULL || is_int(res)) return res;
        Obj *idx = obj_index(res);
        DECREF(res);
        if (idx == NULL && err_matches(&Exc_TypeError)) {
            err_clear();
            err_format(&Exc_TypeError, "__trunc__ returned non-Integral (type %s)", type_name(res));
        }
        return idx;
    }
    Obj *r = int_from_text_object(x, 10);
    if (r == NULL && !err_occurred())
        err_format(&Exc_TypeError, "int() argument must be a string, a bytes-like object "
                   "or a real number, not '%s'", type_name(x));
    return r;
}

static Obj *int_with_base(Obj *x, Obj *base_obj) {
    Obj *bi = obj_index(base_obj);
    if (bi == NULL) return NULL;
    int overflow;
    int64_t base = int_as_i64(bi, &overflow);
    DECREF(bi);
    if (overflow || base == 1 || base < 0 || base > 36) {
        err_set_str(&Exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
        return NULL;
    }
    if (x == NULL) {
        err_set_str(&Exc_TypeError, "int() missing string argument");
        return NULL;
    }
    Obj *r = int_from_text_object(x, (int)base);
    if (r == NULL && !err_occurred())
        err_set_str(&Exc_TypeError, "int() can't convert non-string with explicit base");
    return r;
}

/* Copies an exact int into an instance of the int subclass `type`. */
static Obj *int_subclass_from(Type *type, Obj *value) {
    IntObj *r = int_alloc(type);
    if (r != NULL) int_to_mpz(value, r->z);
    DECREF(value);
    return (Obj *)r;
}

Obj *int_new_obj(Type *type, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"x", "/", "base", NULL};
    Obj *argv[2];
    if (args_bind("int", args, nargs, kwnames, names, 0, argv) < 0) return NULL;
    Obj *r;
    if (argv[1] != NULL) r = int_with_base(argv[0], argv[1]);
    else r = argv[0] == NULL ? small_new(0) : int_from_number(argv[0]);
    if (r == NULL || type == &IntType) return r;
    return int_subclass_from(type, r);
}

/* ---- methods and attributes ------------------------------------------- */

int num_noargs(const char *qualname, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs(qualname, kwnames) < 0) return -1;
    return args_count(qualname, nargs, 0, 0);
}

int num_slot_noargs(size_t nargs, Obj *kwnames) {
    if (nargs == 0 && kw_count(kwnames) == 0) return 0;
    if (kw_count(kwnames) != 0) err_set_str(&Exc_TypeError, "wrapper takes no keyword arguments");
    else err_format(&Exc_TypeError, "expected 0 arguments, got %zu", nargs);
    return -1;
}

int num_slot_onearg(size_t nargs, Obj *kwnames) {
    if (nargs == 1 && kw_count(kwnames) == 0) return 0;
    if (kw_count(kwnames) != 0) err_set_str(&Exc_TypeError, "wrapper takes no keyword arguments");
    else err_format(&Exc_TypeError, "expected 1 argument, got %zu", nargs);
    return -1;
}

/* __divmod__ and __rdivmod__ (divmod() itself goes through number_divmod). */
static Obj *int_m_divmod(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return num_slot_onearg(nargs, kwnames) < 0 ? NULL : int_divmod(self, args[0]);
}

static Obj *int_m_rdivmod(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return num_slot_onearg(nargs, kwnames) < 0 ? NULL : int_divmod(args[0], self);
}

/* Methods that return the value itself as an exact int. */
#define SELF_METHOD(fn, check) \
    static Obj *fn(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) { \
        if ((check) < 0) return NULL; \
        return int_exact(self); \
    }
SELF_METHOD(int_conjugate, num_noargs("int.conjugate", nargs, kwnames))
SELF_METHOD(int_trunc, num_noargs("int.__trunc__", nargs, kwnames))
SELF_METHOD(int_floor, num_noargs("int.__floor__", nargs, kwnames))
SELF_METHOD(int_ceil, num_noargs("int.__ceil__", nargs, kwnames))
SELF_METHOD(int_int, num_slot_noargs(nargs, kwnames))
SELF_METHOD(int_index, num_slot_noargs(nargs, kwnames))

static Obj *int_method_float(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (num_slot_noargs(nargs, kwnames) < 0) return NULL;
    double d = int_as_double(self);
    if (d == -1.0 && err_occurred()) return NULL;
    return float_new(d);
}

static Obj *int_as_integer_ratio(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (num_noargs("int.as_integer_ratio", nargs, kwnames) < 0) return NULL;
    Obj *n = int_exact(self);
    if (n == NULL) return NULL;
    return tuple_pack(2, n, small_new(1));
}

static Obj *int_getnewargs(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (num_noargs("int.__getnewargs__", nargs, kwnames) < 0) return NULL;
    Obj *n = int_exact(self);
    if (n == NULL) return NULL;
    Obj *t = tuple_pack(1, n);
    DECREF(n);
    return t;
}

/* round(int, ndigits): exact for negative ndigits, half to even. */
static Obj *int_round(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_count("__round__", nargs, 0, 1) < 0) return NULL;
    if (nargs == 0 || args[0] == NONE) return int_exact(self);
    Obj *nd = obj_index(args[0]);
    if (nd == NULL) return NULL;
    int sign = int_sign(nd);
    int overflow;
    int64_t ndigits = int_as_i64(nd, &overflow);
    DECREF(nd);
    if (sign >= 0) return int_exact(self);
    if (overflow || ndigits < -100000000) return small_new(0);
    mpz_t pow10, q, r, half;
    IntView v;
    mpz_inits(pow10, q, r, half, NULL);
    mpz_ui_pow_ui(pow10, 10, (unsigned long)-ndigits);
    mpz_fdiv_qr(q, r, intview_init(&v, self), pow10);
    mpz_mul_2exp(half, r, 1);
    int c = mpz_cmp(half, pow10);
    if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
    mpz_mul(q, q, pow10);
    mpz_clears(pow10, r, half, NULL);
    return int_from_mpz_steal(q);
}

static Obj *int_sizeof(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (num_noargs("int.__sizeof__", nargs, kwnames) < 0) return NULL;
    /* CPython's layout: a 24-byte header and 30-bit digits, at least one */
    IntView v;
    mpz_srcptr z = intview_init(&v, self);
    size_t bits = mpz_sgn(z) == 0 ? 0 : mpz_sizeinbase(z, 2);
    size_t digits = bits == 0 ? 1 : (bits + 29) / 30;
    return small_new((intptr_t)(24 + 4 * digits));
}

static const MethodDef int_methods[] = {
    {"conjugate", int_conjugate},
    {"__trunc__", int_trunc},
    {"__floor__", int_floor},
    {"__ceil__", int_ceil},
    {"__int__", int_int},
    {"__index__", int_index},
    {"__float__", int_method_float},
    {"__divmod__", int_m_divmod},
    {"__rdivmod__", int_m_rdivmod},
    {"__round__", int_round},
    {"as_integer_ratio", int_as_integer_ratio},
    {"__getnewargs__", int_getnewargs},
    {"__format__", int_method_format},
    {"__sizeof__", int_sizeof},
    {"bit_length", int_bit_length},
    {"bit_count", int_bit_count},
    {"to_bytes", int_to_bytes},
    {"from_bytes", int_from_bytes, METH_CLASS},
    {NULL},
};

static Obj *int_get_self(Obj *self) { return int_exact(self); }
static Obj *int_get_zero(Obj *self) { return small_new(0); }
static Obj *int_get_one(Obj *self) { return small_new(1); }

static const GetSetDef int_getset[] = {
    {"real", int_get_self},
    {"imag", int_get_zero},
    {"numerator", int_get_self},
    {"denominator", int_get_one},
    {NULL},
};

Type IntType = {
    .ob = STATIC_HEAD(&TypeType),
    .name = "int",
    .size = sizeof(IntObj),
    .flags = TF_BASETYPE | TF_INT_SUBCLASS | TF_IMMUTABLE,
    .dealloc = int_dealloc,
    .repr = int_repr,
    .hash = int_hash,
    .richcompare = int_richcompare,
    .getattr = obj_generic_getattr,
    .new_ = int_new_obj,
    .number = &int_number_slots,
    .methods = int_methods,
    .getset = int_getset,
    .doc = "int([x]) -> integer\nint(x, base=10) -> integer\n\n"
           "Convert a number or string to an integer, or return 0 if no arguments\n"
           "are given.  If x is a number, return x.__int__().  For floating point\n"
           "numbers, this truncates towards zero.\n\n"
           "If x is not a number or if base is given, then x must be a string,\n"
           "bytes, or bytearray instance representing an integer literal in the\n"
           "given base.  The literal can be preceded by '+' or '-' and be surrounded\n"
           "by whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.\n"
           "Base 0 means to interpret the base from the string as an integer literal.\n"
           ">>> int('0b100', base=0)\n4",
};
