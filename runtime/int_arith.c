/* int_arith.c: int arithmetic: + - * / // % ** divmod, unary operators and
 * the int NumberSlots table.  Tagged small ints take allocation-free paths;
 * everything else goes through GMP and is normalised back to small. */
#include <math.h>
#include "int_internal.h"
#include "float_internal.h"
#include "err.h"
#include "tuple.h"
#include "ident.h"

#define BOTH_INTS(a, b) \
    do { if (!is_int(a) || !is_int(b)) return NEWREF(NOT_IMPLEMENTED); } while (0)

typedef void (*MpzBinop)(mpz_ptr, mpz_srcptr, mpz_srcptr);

static Obj *big_binop(Obj *a, Obj *b, MpzBinop f) {
    IntView va, vb;
    mpz_t r;
    mpz_init(r);
    f(r, intview_init(&va, a), intview_init(&vb, b));
    return int_from_mpz_steal(r);
}

static void mpz_add_fn(mpz_ptr r, mpz_srcptr a, mpz_srcptr b) { mpz_add(r, a, b); }
static void mpz_sub_fn(mpz_ptr r, mpz_srcptr a, mpz_srcptr b) { mpz_sub(r, a, b); }
static void mpz_mul_fn(mpz_ptr r, mpz_srcptr a, mpz_srcptr b) { mpz_mul(r, a, b); }
static void mpz_fdiv_q_fn(mpz_ptr r, mpz_srcptr a, mpz_srcptr b) { mpz_fdiv_q(r, a, b); }
static void mpz_fdiv_r_fn(mpz_ptr r, mpz_srcptr a, mpz_srcptr b) { mpz_fdiv_r(r, a, b); }

Obj *int_add(Obj *a, Obj *b) {
    BOTH_INTS(a, b);
    intptr_t x, y;
    if (int_small_value(a, &x) && int_small_value(b, &y)) return int_from_i64((int64_t)x + y);
    return big_binop(a, b, mpz_add_fn);
}

Obj *int_sub(Obj *a, Obj *b) {
    BOTH_INTS(a, b);
    intptr_t x, y;
    if (int_small_value(a, &x) && int_small_value(b, &y)) return int_from_i64((int64_t)x - y);
    return big_binop(a, b, mpz_sub_fn);
}

Obj *int_mul(Obj *a, Obj *b) {
    BOTH_INTS(a, b);
    intptr_t x, y;
    int64_t r;
    if (int_small_value(a, &x) && int_small_value(b, &y) && !__builtin_mul_overflow(x, y, &r))
        return int_from_i64(r);
    return big_binop(a, b, mpz_mul_fn);
}

static bool int_is_zero(Obj *o) { return int_sign(o) == 0; }

/* Python's floor division and modulo of C integers (y != 0). */
static inline int64_t floor_div(int64_t x, int64_t y) {
    int64_t q = x / y;
    if (x % y != 0 && ((x < 0) != (y < 0))) q--;
    return q;
}
static inline int64_t floor_mod(int64_t x, int64_t y) {
    int64_t r = x % y;
    if (r != 0 && ((r < 0) != (y < 0))) r += y;
    return r;
}

Obj *int_floordiv(Obj *a, Obj *b) {
    BOTH_INTS(a, b);
    if (int_is_zero(b)) {
        err_set_str(&Exc_ZeroDivisionError, "integer division or modulo by zero");
        return NULL;
    }
    intptr_t x, y;
    if (int_small_value(a, &x) && int_small_value(b, &y)) return int_from_i64(floor_div(x, y));
    return big_binop(a, b, mpz_fdiv_q_fn);
}

Obj *int_mod(Obj *a, Obj *b) {
    BOTH_INTS(a, b);
    if (int_is_zero(b)) {
        err_set_str(&Exc_ZeroDivisionError, "integer modulo by zero");
        return NULL;
    }
    intptr_t x, y;
    if (int_small_value(a, &x) && int_small_value(b, &y)) return small_new(floor_mod(x, y));
    return big_binop(a, b, mpz_fdiv_r_fn);
}

Obj *int_divmod(Obj *a, Obj *b) {
    BOTH_INTS(a, b);
    if (int_is_zero(b)) {
        err_set_str(&Exc_ZeroDivisionError, "integer division or modulo by zero");
        return NULL;
    }
    intptr_t x, y;
    Obj *q, *r;
    if (int_small_value(a, &x) && int_small_value(b, &y)) {
        q = int_from_i64(floor_div(x, y));
        r = small_new(floor_mod(x, y));
    } else {
        IntView va, vb;
        mpz_t zq, zr;
        mpz_inits(zq, zr, NULL);
        mpz_fdiv_qr(zq, zr, intview_init(&va, a), intview_init(&vb, b));
        q = int_from_mpz_steal(zq);
        r = int_from_mpz_steal(zr);
    }
    if (q == NULL || r == NULL) {
        XDECREF(q);
        XDECREF(r);
        return NULL;
    }
    Obj *t = tuple_pack(2, q, r);
    DECREF(q);
    DECREF(r);
    return t;
}

/* ---- true division ----------------------------------------------------- */

/* Rounds q (with `sticky` set when bits below it were dropped) to `keep`
 * >= 0 significant bits, half to even; returns the rounded value and adds the
 * dropped bit count to *shift. */
static uint64_t round_bits(uint64_t q, bool sticky, int keep, long *shift) {
    int len = 64 - __builtin_clzll(q);
    if (keep >= len) return q;
    int drop = len - keep;
    uint64_t kept = drop >= 64 ? 0 : q >> drop;
    uint64_t rest = drop >= 64 ? q : q & (((uint64_t)1 << drop) - 1);
    uint64_t half = (uint64_t)1 << (drop - 1);
    if (drop <= 64 && (rest > half || (rest == half && (sticky || (kept & 1)))))
        kept++;
    *shift += drop;
    return kept;
}

/* |a| / |b| correctly rounded, subnormal results included: a quotient of
 * at least 55 bits with a sticky bit is rounded once, by hand, to the
 * precision the result's exponent allows, so the final scaling is exact. */
static Obj *big_truediv(mpz_srcptr a, mpz_srcptr b) {
    bool negative = (mpz_sgn(a) < 0) != (mpz_sgn(b) < 0);
    if (mpz_sgn(a) == 0) return float_new(negative ? -0.0 : 0.0);
    long e = (long)mpz_sizeinbase(a, 2) - (long)mpz_sizeinbase(b, 2);
    if (e > 1025) goto overflow;
    if (e < -1100) return float_new(negative ? -0.0 : 0.0);
    long s = 55 - e;   /* q = floor(|a| * 2**s / |b|) has 55 or 56 bits */
    mpz_t n, d, q, r;
    mpz_inits(n, d, q, r, NULL);
    mpz_abs(n, a);
    mpz_abs(d, b);
    if (s >= 0) mpz_mul_2exp(n, n, (mp_bitcnt_t)s);
    else mpz_mul_2exp(d, d, (mp_bitcnt_t)-s);
    mpz_tdiv_qr(q, r, n, d);
    uint64_t bits = (uint64_t)mpz_getlimbn(q, 0);
    bool sticky = mpz_sgn(r) != 0;
    mpz_clears(n, d, q, r, NULL);
    /* the result's leading bit is worth 2**top; bits down to 2**-1074 exist */
    long top = (long)(63 - __builtin_clzll(bits)) - s;
    int keep = top >= -1022 ? 53 : (int)(top + 1074 + 1);
    if (keep < 0) return float_new(negative ? -0.0 : 0.0);   /* below half of 2**-1074 */
    long shift = -s;
    bits = round_bits(bits, sticky, keep, &shift);
    double res = ldexp((double)bits, (int)shift);
    if (isinf(res)) goto overflow;
    return float_new(negative ? -res : res);
overflow:
    err_set_str(&Exc_OverflowError, "integer division result too large for a float");
    return NULL;
}

Obj *int_truediv(Obj *a, Obj *b) {
    BOTH_INTS(a, b);
    if (int_is_zero(b)) {
        err_set_str(&Exc_ZeroDivisionError, "division by zero");
        return NULL;
    }
    intptr_t x, y;
    const intptr_t exact = (intptr_t)1 << 53;
    if (int_small_value(a, &x) && int_small_value(b, &y) &&
        x <= exact && x >= -exact && y <= exact && y >= -exact)
        return float_new((double)x / (double)y);
    IntView va, vb;
    return big_truediv(intview_init(&va, a), intview_init(&vb, b));
}

/* ---- powers ------------------------------------------------------------ */

static Obj *pow_as_floats(Obj *a, Obj *b) {
    double x = int_as_double(a);
    if (x == -1.0 && err_occurred()) return NULL;
    double y = int_as_double(b);
    if (y == -1.0 && err_occurred()) return NULL;
    return float_pow_doubles(x, y);
}

/* Small base and exponent by repeated squaring; false on overflow. */
static bool small_pow(int64_t base, uint64_t exp, int64_t *out) {
    int64_t r = 1;
    while (exp != 0) {
        if ((exp & 1) && __builtin_mul_overflow(r, base, &r)) return false;
        exp >>= 1;
        if (exp != 0 && __builtin_mul_overflow(base, base, &base)) return false;
    }
    *out = r;
    return true;
}

Obj *int_pow(Obj *a, Obj *b) {
    BOTH_INTS(a, b);
    if (int_sign(b) < 0) return pow_as_floats(a, b);
    intptr_t x;
    int overflow;
    int64_t e = int_as_i64(b, &overflow);
    bool small_base = int_small_value(a, &x);
    if (small_base && (x == 0 || x == 1)) return small_new(e == 0 && !overflow ? 1 : x);
    if (small_base && x == -1) return small_new(overflow ? (mpz_odd_p(((IntObj *)b)->z) ? -1 : 1)
                                                         : (e & 1 ? -1 : 1));
    int64_t r;
    if (!overflow && small_base && small_pow(x, (uint64_t)e, &r)) return int_from_i64(r);
    IntView va;
    mpz_srcptr base = intview_init(&va, a);
    /* refuse results GMP could not even represent */
    if (overflow || (double)mpz_sizeinbase(base, 2) * (double)e > 3e10) {
        err_no_memory();
        return NULL;
    }
    mpz_t z;
    mpz_init(z);
    mpz_pow_ui(z, base, (unsigned long)e);
    return int_from_mpz_steal(z);
}

Obj *int_pow3(Obj *a, Obj *b, Obj *m) {
    if (!is_int(a) || !is_int(b) || !is_int(m)) return NEWREF(NOT_IMPLEMENTED);
    if (int_is_zero(m)) {
        err_set_str(&Exc_ValueError, "pow() 3rd argument cannot be 0");
        return NULL;
    }
    IntView va, vb, vm;
    mpz_t mod, base, exp, r;
    mpz_inits(mod, base, exp, r, NULL);
    mpz_abs(mod, intview_init(&vm, m));
    mpz_set(base, intview_init(&va, a));
    mpz_set(exp, intview_init(&vb, b));
    Obj *res = NULL;
    if (mpz_sgn(exp) < 0) {
        if (!mpz_invert(base, base, mod) && mpz_cmp_ui(mod, 1) != 0) {
            err_set_str(&Exc_ValueError, "base is not invertible for the given modulus");
            goto done;
        }
        mpz_neg(exp, exp);
    }
    mpz_powm(r, base, exp, mod);
    if (int_sign(m) < 0 && mpz_sgn(r) != 0) mpz_sub(r, r, mod);
    res = int_from_mpz_steal(r);
    mpz_inits(r, NULL);
done:
    mpz_clears(mod, base, exp, r, NULL);
    return res;
}

/* ---- unary ------------------------------------------------------------- */

Obj *int_neg(Obj *a) {
    intptr_t x;
    if (int_small_value(a, &x)) return int_from_i64(-(int64_t)x);
    IntView v;
    mpz_t r;
    mpz_init(r);
    mpz_neg(r, intview_init(&v, a));
    return int_from_mpz_steal(r);
}

Obj *int_abs(Obj *a) {
    return int_sign(a) < 0 ? int_neg(a) : int_exact(a);
}

int int_bool(Obj *a) { return int_sign(a) != 0; }

Obj *int_to_float(Obj *a) {
    double d = int_as_double(a);
    if (d == -1.0 && err_occurred()) return NULL;
    return float_new(d);
}

const NumberSlots int_number_slots = {
    .binop = {
        [BINOP_ADD] = int_add, [BINOP_SUB] = int_sub, [BINOP_MUL] = int_mul,
        [BINOP_TRUEDIV] = int_truediv, [BINOP_FLOORDIV] = int_floordiv,
        [BINOP_MOD] = int_mod, [BINOP_POW] = int_pow,
        [BINOP_LSHIFT] = int_lshift, [BINOP_RSHIFT] = int_rshift,
        [BINOP_AND] = int_and, [BINOP_OR] = int_or, [BINOP_XOR] = int_xor,
    },
    .pow3 = int_pow3,
    .neg = int_neg, .pos = int_exact, .abs = int_abs, .invert = int_invert,
    .bool_ = int_bool,
    .to_int = int_exact, .to_float = int_to_float, .index = int_exact,
};

/* ---- divmod() for any operands ----------------------------------------- */

static Obj *call_divmod_method(Obj *self, Obj *name, Obj *other) {
    Obj *f = type_lookup(TYPE(self), name);
    if (f == NULL) return NEWREF(NOT_IMPLEMENTED);
    return obj_call_unbound(f, self, &other, 1);
}

Obj *number_divmod(Obj *a, Obj *b) {
    bool num_a = is_int(a) || is_float(a), num_b = is_int(b) || is_float(b);
    if (num_a && num_b && (TYPE(a)->flags & TF_HEAPTYPE) == 0 && (TYPE(b)->flags & TF_HEAPTYPE) == 0)
        return is_int(a) && is_int(b) ? int_divmod(a, b) : float_divmod(a, b);
    Obj *r = call_divmod_method(a, IDENT(__divmod__), b);
    if (r != NOT_IMPLEMENTED || TYPE(a) == TYPE(b)) goto check;
    DECREF(r);
    r = call_divmod_method(b, IDENT(__rdivmod__), a);
check:
    if (r == NOT_IMPLEMENTED) {
        DECREF(r);
        err_format(&Exc_TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'",
                   type_name(a), type_name(b));
        return NULL;
    }
    return r;
}
