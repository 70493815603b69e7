/* builtins_num.c: the numeric built-in functions abs, divmod, pow, round. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include "builtins.h"
#include "args.h"
#include "err.h"
#include "float.h"
#include "int.h"
#include "str.h"
#include "tuple.h"

static Obj *b_abs(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("abs", kwnames) < 0 || args_count("abs", nargs, 1, 1) < 0) return NULL;
    return obj_abs(args[0]);
}

/* ---- divmod ------------------------------------------------------------ */

static Obj *b_divmod(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("divmod", kwnames) < 0 || args_count("divmod", nargs, 2, 2) < 0) return NULL;
    return number_divmod(args[0], args[1]);
}

/* ---- pow --------------------------------------------------------------- */

static Obj *b_pow(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"base", "exp", "mod", NULL};
    Obj *a[3];
    if (args_bind("pow", args, nargs, kwnames, names, 2, a) < 0) return NULL;
    if (a[2] == NULL || a[2] == NONE) return obj_binop(a[0], a[1], BINOP_POW);
    return obj_pow3(a[0], a[1], a[2]);
}

/* ---- round ------------------------------------------------------------- */

/* round(x) for a float: the nearest int, ties to even. */
static Obj *round_float_to_int(double x) {
    double r = round(x);
    if (fabs(x - r) == 0.5) r = 2.0 * round(x / 2.0);
    return int_from_double(r);
}

/* round(x, n) for a float: correctly rounded through the C library's exact
 * decimal conversion for n >= 0; by scaling for n < 0. */
static Obj *round_float(double x, intptr_t n) {
    enum { NDIGITS_MAX = 323 };
    if (!isfinite(x) || x == 0.0 || n > NDIGITS_MAX) return float_new(x);
    if (n >= 0) {
        char buf[700];
        snprintf(buf, sizeof buf, "%.*f", (int)n, x);
        return float_new(strtod(buf, NULL));
    }
    if (n < -308) return float_new(copysign(0.0, x));
    double pow1 = pow(10.0, (double)-n), y = x / pow1, z = round(y);
    if (fabs(y - z) == 0.5) z = 2.0 * round(y / 2.0);
    z *= pow1;
    if (!isfinite(z)) {
        err_set_str(&Exc_OverflowError, "rounded value too large to represent");
        return NULL;
    }
    return float_new(z);
}

/* round(i, n) for an int and n < 0: to a multiple of 10**-n, ties to even. */
static Obj *round_int(Obj *i, intptr_t n) {
    mpz_t z, p, q, r;
    mpz_inits(z, p, q, r, NULL);
    int_to_mpz(i, z);
    mpz_ui_pow_ui(p, 10, (unsigned long)-n);
    mpz_fdiv_qr(q, r, z, p);
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, p);
    if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
    mpz_mul(q, q, p);
    Obj *res = int_from_mpz(q);
    mpz_clears(z, p, q, r, NULL);
    return res;
}

static Obj *b_round(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"number", "ndigits", NULL};
    Obj *a[2];
    if (args_bind("round", args, nargs, kwnames, names, 1, a) < 0) return NULL;
    Obj *x = a[0], *nd = a[1] == NONE ? NULL : a[1];
    bool builtin_number = is_small(x) || TYPE(x) == &IntType || TYPE(x) == &BoolType ||
                          TYPE(x) == &FloatType;
    if (!builtin_number) {
        Obj *fn = type_lookup(TYPE(x), str_intern_cstr("__round__"));
        if (fn == NULL) {
            err_format(&Exc_TypeError, "type %s doesn't define __round__ method", TYPE(x)->name);
            return NULL;
        }
        return obj_call_unbound(fn, x, &nd, nd ? 1 : 0);
    }
    intptr_t n = 0;
    if (nd != NULL) {
        Obj *i = obj_index(nd);
        if (i == NULL) return NULL;
        int overflow = 0;
        int64_t v = int_as_i64(i, &overflow);
        DECREF(i);
        n = overflow ? (int_sign(nd) < 0 ? -1000 : 1000) : (v < -1000 ? -1000 : v > 1000 ? 1000 : v);
    }
    if (TYPE(x) == &FloatType) {
        double d = float_value(x);
        return nd ? round_float(d, n) : round_float_to_int(d);
    }
    if (nd == NULL || n >= 0) return is_small(x) || TYPE(x) == &IntType ? NEWREF(x)
                                                                        : small_new(((BoolObj *)x)->value);
    return round_int(x, n);
}

const MethodDef builtins_num_methods[] = {
    {"abs", b_abs, 0},
    {"divmod", b_divmod, 0},
    {"pow", b_pow, 0},
    {"round", b_round, 0},
    {NULL},
};
