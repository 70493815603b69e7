/* math.c: the math module: constants, the functions of one or two floats
 * with CPython's error rules (ValueError "math domain error" when a finite
 * input gives NaN, OverflowError "math range error" on overflow), logs that
 * accept ints of any size, floor/ceil/trunc through the dunder methods, and
 * the table of the module.  Integer functions are in math_int.c, sums and
 * norms in math_sum.c. */
#include <limits.h>
#include <math.h>
#include "modules.h"
#include "math_internal.h"
#include "args.h"
#include "err.h"
#include "float.h"
#include "int_internal.h"
#include "str.h"
#include "tuple.h"
#include "ident.h"

/* ---- shared helpers ---------------------------------------------------- */

int math_arg_double(Obj *o, double *out) {
    if (is_float(o)) { *out = float_value(o); return 0; }
    if (is_int(o)) {
        *out = int_as_double(o);
        return *out == -1.0 && err_occurred() ? -1 : 0;
    }
    const NumberSlots *n = TYPE(o)->number;
    Obj *r = NULL;
    if (n != NULL && n->to_float != NULL) {
        if ((r = n->to_float(o)) == NULL) return -1;
        if (!is_float(r)) {
            err_format(&Exc_TypeError, "%s.__float__ returned non-float (type %s)",
                       type_name(o), type_name(r));
            DECREF(r);
            return -1;
        }
        *out = float_value(r);
        DECREF(r);
        return 0;
    }
    if (n != NULL && n->index != NULL) {
        if ((r = obj_index(o)) == NULL) return -1;
        *out = int_as_double(r);
        DECREF(r);
        return *out == -1.0 && err_occurred() ? -1 : 0;
    }
    err_format(&Exc_TypeError, "must be real number, not %s", type_name(o));
    return -1;
}

Obj *math_domain_error(void) {
    err_set_str(&Exc_ValueError, "math domain error");
    return NULL;
}

Obj *math_range_error(void) {
    err_set_str(&Exc_OverflowError, "math range error");
    return NULL;
}

/* The result r = f(x): NaN from a non-NaN is a domain error; infinity from
 * a finite x is a range error when f can overflow, else a domain error
 * (a pole, like atanh(1)). */
static Obj *unary_result(double r, double x, bool can_overflow) {
    if (isnan(r) && !isnan(x)) return math_domain_error();
    if (isinf(r) && isfinite(x)) return can_overflow ? math_range_error() : math_domain_error();
    return float_new(r);
}

static Obj *binary_result(double r, double x, double y) {
    if (isnan(r) && !isnan(x) && !isnan(y)) return math_domain_error();
    if (isinf(r) && isfinite(x) && isfinite(y)) return math_range_error();
    return float_new(r);
}

static int one_double(const char *name, Obj *const *args, size_t nargs, Obj *kwnames, double *x) {
    if (args_no_kwargs(name, kwnames) < 0 || args_count(name, nargs, 1, 1) < 0) return -1;
    return math_arg_double(args[0], x);
}

static int two_doubles(const char *name, Obj *const *args, size_t nargs, Obj *kwnames,
                       double *x, double *y) {
    if (args_no_kwargs(name, kwnames) < 0 || args_count(name, nargs, 2, 2) < 0) return -1;
    if (math_arg_double(args[0], x) < 0) return -1;
    return math_arg_double(args[1], y);
}

/* ---- functions of one float ------------------------------------------- */

/* X(python name, C function, can overflow) */
#define UNARY_FUNCS(X) \
    X(acos, acos, false) X(acosh, acosh, false) X(asin, asin, false) \
    X(asinh, asinh, false) X(atan, atan, false) X(atanh, atanh, false) \
    X(cbrt, cbrt, false) X(cos, cos, false) X(cosh, cosh, true) \
    X(erf, erf, false) X(erfc, erfc, false) X(exp, exp, true) \
    X(exp2, exp2, true) X(expm1, expm1, true) X(fabs, fabs, false) \
    X(sin, sin, false) X(sinh, sinh, true) X(sqrt, sqrt, false) \
    X(tan, tan, false) X(tanh, tanh, false) X(gamma, math_gamma_value, true) \
    X(lgamma, math_lgamma_value, true)

#define X(name, fn, ovf) \
    static Obj *m_##name(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) { \
        double x; \
        if (one_double("math." #name, args, nargs, kwnames, &x) < 0) return NULL; \
        return unary_result(fn(x), x, ovf); \
    }
UNARY_FUNCS(X)
#undef X

static const double rad_to_deg = 180.0 / M_PI;
static const double deg_to_rad = M_PI / 180.0;

static Obj *m_degrees(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    double x;
    if (one_double("math.degrees", args, nargs, kwnames, &x) < 0) return NULL;
    return float_new(x * rad_to_deg);
}

static Obj *m_radians(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    double x;
    if (one_double("math.radians", args, nargs, kwnames, &x) < 0) return NULL;
    return float_new(x * deg_to_rad);
}

#define PREDICATE(name, test) \
    static Obj *m_##name(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) { \
        double x; \
        if (one_double("math." #name, args, nargs, kwnames, &x) < 0) return NULL; \
        return bool_from(test(x)); \
    }
PREDICATE(isfinite, isfinite)
PREDICATE(isinf, isinf)
PREDICATE(isnan, isnan)

static Obj *pair(Obj *a, Obj *b) {
    Obj *t = a && b ? tuple_pack(2, a, b) : NULL;
    XDECREF(a);
    XDECREF(b);
    return t;
}

static Obj *m_frexp(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    double x;
    if (one_double("math.frexp", args, nargs, kwnames, &x) < 0) return NULL;
    int e = 0;
    double m = isfinite(x) && x != 0.0 ? frexp(x, &e) : x;
    return pair(float_new(m), small_new(e));
}

static Obj *m_modf(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    double x;
    if (one_double("math.modf", args, nargs, kwnames, &x) < 0) return NULL;
    if (isinf(x)) return pair(float_new(copysign(0.0, x)), float_new(x));
    double ip;
    double frac = modf(x, &ip);
    return pair(float_new(frac), float_new(ip));
}

static Obj *m_ulp(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    double x;
    if (one_double("math.ulp", args, nargs, kwnames, &x) < 0) return NULL;
    if (isnan(x) || isinf(x)) return float_new(fabs(x));
    x = fabs(x);
    double up = nextafter(x, INFINITY);
    if (isinf(up)) return float_new(x - nextafter(x, -INFINITY));
    return float_new(up - x);
}

/* ---- floor, ceil, trunc ------------------------------------------------ */

/* Calls type(x).<dunder>(x) when defined; NULL without error when not. */
static Obj *call_dunder(Obj *x, Obj *name) {
    Obj *f = type_lookup(TYPE(x), name);
    return f == NULL ? NULL : obj_call_unbound(f, x, NULL, 0);
}

static Obj *round_via(const char *fname, Obj *const *args, size_t nargs, Obj *kwnames,
                      Obj *dunder, double (*fn)(double)) {
    if (args_no_kwargs(fname, kwnames) < 0 || args_count(fname, nargs, 1, 1) < 0) return NULL;
    Obj *x = args[0];
    if (IS_TYPE(x, FloatType)) return int_from_double(fn(float_value(x)));
    if (is_exact_int(x)) return NEWREF(x);
    Obj *r = call_dunder(x, dunder);
    if (r != NULL || err_occurred()) return r;
    double d;
    if (math_arg_double(x, &d) < 0) return NULL;
    return int_from_double(fn(d));
}

static Obj *m_floor(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return round_via("math.floor", args, nargs, kwnames, IDENT(__floor__), floor);
}

static Obj *m_ceil(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    return round_via("math.ceil", args, nargs, kwnames, IDENT(__ceil__), ceil);
}

static Obj *m_trunc(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("math.trunc", kwnames) < 0 || args_count("math.trunc", nargs, 1, 1) < 0)
        return NULL;
    Obj *x = args[0];
    if (IS_TYPE(x, FloatType)) return int_from_double(trunc(float_value(x)));
    Obj *r = call_dunder(x, IDENT(__trunc__));
    if (r == NULL && !err_occurred())
        err_format(&Exc_TypeError, "type %s doesn't define __trunc__ method", type_name(x));
    return r;
}

/* ---- functions of two floats ------------------------------------------- */

static Obj *m_atan2(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    double x, y;
    if (two_doubles("atan2", args, nargs, kwnames, &x, &y) < 0) return NULL;
    return binary_result(atan2(x, y), x, y);
}

static Obj *m_copysign(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    double x, y;
    if (two_doubles("copysign", args, nargs, kwnames, &x, &y) < 0) return NULL;
    return float_new(copysign(x, y));
}

static Obj *m_fmod(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    double x, y;
    if (two_doubles("fmod", args, nargs, kwnames, &x, &y) < 0) return NULL;
    if (isinf(y) && isfinite(x)) return float_new(x);
    return binary_result(fmod(x, y), x, y);
}

static Obj *m_remainder(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    double x, y;
    if (two_doubles("remainder", args, nargs, kwnames, &x, &y) < 0) return NULL;
    return binary_result(remainder(x, y), x, y);
}

static Obj *m_nextafter(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    double x, y;
    if (two_doubles("nextafter", args, nargs, kwnames, &x, &y) < 0) return NULL;
    return float_new(nextafter(x, y));
}

/* C99's pow already has Python's rules for infinities and NaNs; a finite
 * x and y giving NaN (negative ** fraction) or infinity from 0 ** negative
 * are domain errors, other infinities overflow. */
static Obj *m_pow(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    double x, y;
    if (two_doubles("pow", args, nargs, kwnames, &x, &y) < 0) return NULL;
    double r = pow(x, y);
    if (isfinite(x) && isfinite(y)) {
        if (isnan(r) || (isinf(r) && x == 0.0)) return math_domain_error();
        if (isinf(r)) return math_range_error();
    }
    return float_new(r);
}

static Obj *m_ldexp(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    double x;
    if (args_no_kwargs("ldexp", kwnames) < 0 || args_count("ldexp", nargs, 2, 2) < 0 ||
        math_arg_double(args[0], &x) < 0)
        return NULL;
    if (!is_int(args[1])) {
        err_set_str(&Exc_TypeError, "Expected an int as second argument to ldexp.");
        return NULL;
    }
    if (x == 0.0 || !isfinite(x)) return float_new(x);
    int overflow;
    int64_t e = int_as_i64(args[1], &overflow);
    if (overflow) e = int_sign(args[1]) > 0 ? INT64_MAX : INT64_MIN;
    if (e > INT_MAX) return math_range_error();
    if (e < INT_MIN) return float_new(copysign(0.0, x));
    double r = ldexp(x, (int)e);
    return isinf(r) ? math_range_error() : float_new(r);
}

/* ---- logarithms --------------------------------------------------------- */

/* log of a positive int too large for a double: z = m * 2**e. */
static double big_log(mpz_srcptr z, double (*fn)(double)) {
    size_t bits = mpz_sizeinbase(z, 2);
    mpz_t top;
    mpz_init(top);
    mpz_tdiv_q_2exp(top, z, bits - 55);
    uint64_t q = (uint64_t)mpz_getlimbn(top, 0);
    if (mpz_scan1(z, 0) < bits - 55) q |= 1;   /* sticky bit: rounds correctly */
    mpz_clear(top);
    double m = ldexp((double)q, -55);
    if (m == 1.0) {   /* rounded up: keep m in [0.5, 1) */
        m = 0.5;
        bits++;
    }
    return fn(m) + fn(2.0) * (double)bits;
}

/* fn(x) for any real x, ints of any size included; -1 with error set
 * (domain error for x <= 0). */
static int log_helper(Obj *x, double (*fn)(double), double *out) {
    if (is_int(x)) {
        if (int_sign(x) <= 0) { math_domain_error(); return -1; }
        IntView v;
        mpz_srcptr z = intview_init(&v, x);
        if (mpz_sizeinbase(z, 2) > 1024) {
            *out = big_log(z, fn);
            return 0;
        }
    }
    double d;
    if (math_arg_double(x, &d) < 0) return -1;
    if (isnan(d)) { *out = d; return 0; }
    if (d <= 0.0) { math_domain_error(); return -1; }
    *out = fn(d);
    return 0;
}

static Obj *m_log(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("log", kwnames) < 0) return NULL;
    if (nargs < 1 || nargs > 2) {
        err_set_str(&Exc_TypeError, "math.log requires 1 to 2 arguments");
        return NULL;
    }
    double num, den;
    if (log_helper(args[0], log, &num) < 0) return NULL;
    if (nargs == 1) return float_new(num);
    if (log_helper(args[1], log, &den) < 0) return NULL;
    if (den == 0.0) {
        err_set_str(&Exc_ZeroDivisionError, "float division by zero");
        return NULL;
    }
    return float_new(num / den);
}

#define LOG_FUNC(name) \
    static Obj *m_##name(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) { \
        if (args_no_kwargs("math." #name, kwnames) < 0 || \
            args_count("math." #name, nargs, 1, 1) < 0) return NULL; \
        double r; \
        return log_helper(args[0], name, &r) < 0 ? NULL : float_new(r); \
    }
LOG_FUNC(log2)
LOG_FUNC(log10)

static Obj *m_log1p(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    double x;
    if (one_double("math.log1p", args, nargs, kwnames, &x) < 0) return NULL;
    return unary_result(log1p(x), x, false);
}

/* ---- isclose ------------------------------------------------------------ */

int math_isclose_tolerances(Obj *rel, Obj *abs, double *rel_tol, double *abs_tol) {
    *rel_tol = 1e-09;
    *abs_tol = 0.0;
    if ((rel != NULL && math_arg_double(rel, rel_tol) < 0) ||
        (abs != NULL && math_arg_double(abs, abs_tol) < 0))
        return -1;
    if (*rel_tol < 0.0 || *abs_tol < 0.0) {
        err_set_str(&Exc_ValueError, "tolerances must be non-negative");
        return -1;
    }
    return 0;
}

static Obj *m_isclose(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"a", "b", "$rel_tol", "$abs_tol", NULL};
    Obj *a[4];
    if (args_bind("isclose", args, nargs, kwnames, names, 2, a) < 0) return NULL;
    double x, y, rel_tol, abs_tol;
    if (math_arg_double(a[0], &x) < 0 || math_arg_double(a[1], &y) < 0 ||
        math_isclose_tolerances(a[2], a[3], &rel_tol, &abs_tol) < 0)
        return NULL;
    if (x == y) return TRUE_;
    if (isinf(x) || isinf(y)) return FALSE_;
    double diff = fabs(y - x);
    return bool_from(diff <= fabs(rel_tol * y) || diff <= fabs(rel_tol * x) || diff <= abs_tol);
}

/* ---- the module ---------------------------------------------------------- */

static const MethodDef math_methods[] = {
#define X(name, fn, ovf) {#name, m_##name},
    UNARY_FUNCS(X)
#undef X
    {"degrees", m_degrees}, {"radians", m_radians},
    {"isfinite", m_isfinite}, {"isinf", m_isinf}, {"isnan", m_isnan},
    {"frexp", m_frexp}, {"modf", m_modf}, {"ulp", m_ulp},
    {"floor", m_floor}, {"ceil", m_ceil}, {"trunc", m_trunc},
    {"atan2", m_atan2}, {"copysign", m_copysign}, {"fmod", m_fmod},
    {"remainder", m_remainder}, {"nextafter", m_nextafter}, {"pow", m_pow},
    {"ldexp", m_ldexp},
    {"log", m_log}, {"log2", m_log2}, {"log10", m_log10}, {"log1p", m_log1p},
    {"isclose", m_isclose},
    {"factorial", math_factorial}, {"isqrt", math_isqrt}, {"gcd", math_gcd},
    {"lcm", math_lcm}, {"comb", math_comb}, {"perm", math_perm},
    {"fsum", math_fsum}, {"prod", math_prod}, {"hypot", math_hypot}, {"dist", math_dist},
    {NULL},
};

static int add_float(Obj *m, const char *name, double v) {
    Obj *f = float_new(v);
    if (f == NULL) return -1;
    int rc = module_add_obj(m, name, f);
    DECREF(f);
    return rc;
}

Obj *math_module_init(void) {
    Obj *m = module_new("math");
    if (m == NULL) return NULL;
    Obj *doc = str_from_cstr("This module provides access to the mathematical functions\n"
                             "defined by the C standard.");
    int rc = doc == NULL ? -1 : module_add_obj(m, "__doc__", doc);
    XDECREF(doc);
    if (rc < 0 || module_add_functions(m, math_methods) < 0 || add_float(m, "pi", M_PI) < 0 ||
        add_float(m, "e", M_E) < 0 || add_float(m, "tau", 2.0 * M_PI) < 0 ||
        add_float(m, "inf", INFINITY) < 0 || add_float(m, "nan", NAN) < 0) {
        DECREF(m);
        return NULL;
    }
    return m;
}
