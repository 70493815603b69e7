/* math_int.c: the math functions on integers (factorial, isqrt, gcd, lcm,
 * comb, perm), exact at any size through GMP, with CPython's errors. */
#include "math_internal.h"
#include "args.h"
#include "err.h"
#include "int_internal.h"

/* operator.index(o) as a GMP value in out (initialised here); -1 on error. */
static int index_mpz(Obj *o, mpz_t out) {
    Obj *i = obj_index(o);
    if (i == NULL) return -1;
    mpz_init(out);
    int_to_mpz(i, out);
    DECREF(i);
    return 0;
}

static Obj *one_index(const char *fname, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs(fname, kwnames) < 0 || args_count(fname, nargs, 1, 1) < 0) return NULL;
    return obj_index(args[0]);
}

MATH_FN(factorial) {
    Obj *n = one_index("math.factorial", args, nargs, kwnames);
    if (n == NULL) return NULL;
    int sign = int_sign(n), overflow;
    int64_t v = int_as_i64(n, &overflow);
    DECREF(n);
    if (sign < 0) {
        err_set_str(&Exc_ValueError, "factorial() not defined for negative values");
        return NULL;
    }
    if (overflow) {
        err_format(&Exc_OverflowError, "factorial() argument should not exceed %ld", (long)INT64_MAX);
        return NULL;
    }
    if (v <= 20) {
        int64_t r = 1;
        for (int64_t i = 2; i <= v; i++) r *= i;
        return int_from_i64(r);
    }
    mpz_t z;
    mpz_init(z);
    mpz_fac_ui(z, (unsigned long)v);
    return int_from_mpz_steal(z);
}

MATH_FN(isqrt) {
    Obj *n = one_index("math.isqrt", args, nargs, kwnames);
    if (n == NULL) return NULL;
    if (int_sign(n) < 0) {
        DECREF(n);
        err_set_str(&Exc_ValueError, "isqrt() argument must be nonnegative");
        return NULL;
    }
    mpz_t z;
    mpz_init(z);
    int_to_mpz(n, z);
    DECREF(n);
    mpz_sqrt(z, z);
    return int_from_mpz_steal(z);
}

/* gcd or lcm folded over the arguments (gcd() is 0, lcm() is 1). */
static Obj *fold(const char *fname, Obj *const *args, size_t nargs, Obj *kwnames, bool lcm) {
    if (args_no_kwargs(fname, kwnames) < 0) return NULL;
    mpz_t acc, v;
    mpz_init_set_ui(acc, lcm ? 1 : 0);
    for (size_t i = 0; i < nargs; i++) {
        if (index_mpz(args[i], v) < 0) {
            mpz_clear(acc);
            return NULL;
        }
        if (lcm) mpz_lcm(acc, acc, v);
        else mpz_gcd(acc, acc, v);
        mpz_clear(v);
    }
    if (nargs == 1) mpz_abs(acc, acc);
    return int_from_mpz_steal(acc);
}

MATH_FN(gcd) {
    /* tagged ints: Euclid on machine words, no GMP */
    uint64_t g = 0;
    size_t i = 0;
    for (; i < nargs && is_small(args[i]); i++) {
        intptr_t v = small_value(args[i]);
        uint64_t b = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
        while (b != 0) {
            uint64_t t = g % b;
            g = b;
            b = t;
        }
    }
    if (i == nargs && kw_count(kwnames) == 0) return int_from_u64(g);
    return fold("math.gcd", args, nargs, kwnames, false);
}
MATH_FN(lcm) { return fold("math.lcm", args, nargs, kwnames, true); }

/* n and k for comb/perm: both non-negative; 1 when k > n (result 0),
 * 0 to go on, -1 on error. */
static int n_and_k(Obj *n_obj, Obj *k_obj, mpz_t n, mpz_t k) {
    if (index_mpz(n_obj, n) < 0) return -1;
    if (index_mpz(k_obj, k) < 0) { mpz_clear(n); return -1; }
    const char *bad = mpz_sgn(n) < 0 ? "n must be a non-negative integer"
                    : mpz_sgn(k) < 0 ? "k must be a non-negative integer" : NULL;
    if (bad != NULL) {
        err_set_str(&Exc_ValueError, bad);
        mpz_clears(n, k, NULL);
        return -1;
    }
    return mpz_cmp(k, n) > 0 ? 1 : 0;
}

static bool fits_i64(mpz_srcptr z) {
    return mpz_sizeinbase(z, 2) < 64;
}

MATH_FN(comb) {
    if (args_no_kwargs("comb", kwnames) < 0 || args_count("comb", nargs, 2, 2) < 0) return NULL;
    mpz_t n, k;
    int rc = n_and_k(args[0], args[1], n, k);
    if (rc < 0) return NULL;
    if (rc > 0) { mpz_clears(n, k, NULL); return small_new(0); }
    mpz_t nk;
    mpz_init(nk);
    mpz_sub(nk, n, k);
    if (mpz_cmp(nk, k) < 0) mpz_set(k, nk);
    mpz_clear(nk);
    if (!fits_i64(k)) {
        mpz_clears(n, k, NULL);
        err_format(&Exc_OverflowError, "min(n - k, k) must not exceed %ld", (long)INT64_MAX);
        return NULL;
    }
    mpz_bin_ui(n, n, mpz_get_ui(k));
    mpz_clear(k);
    return int_from_mpz_steal(n);
}

MATH_FN(perm) {
    if (args_no_kwargs("perm", kwnames) < 0 || args_count("perm", nargs, 1, 2) < 0) return NULL;
    if (nargs == 1 || args[1] == NONE) return math_factorial(self, args, 1, NULL);
    mpz_t n, k;
    int rc = n_and_k(args[0], args[1], n, k);
    if (rc < 0) return NULL;
    if (rc > 0) { mpz_clears(n, k, NULL); return small_new(0); }
    if (!fits_i64(k)) {
        mpz_clears(n, k, NULL);
        err_format(&Exc_OverflowError, "k must not exceed %ld", (long)INT64_MAX);
        return NULL;
    }
    unsigned long kk = mpz_get_ui(k);
    /* n! / (n-k)! = C(n, k) * k! */
    mpz_bin_ui(n, n, kk);
    mpz_fac_ui(k, kk);
    mpz_mul(n, n, k);
    mpz_clear(k);
    return int_from_mpz_steal(n);
}
