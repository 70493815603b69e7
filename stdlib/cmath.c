/* cmath.c: the cmath module.  sqrt, exp, log, log10, phase, polar and rect
 * follow CPython's algorithms for finite values (scaling against overflow
 * and underflow, log1p near the unit circle) and its special values and
 * errors for infinities and NaNs; the trigonometric and hyperbolic
 * functions and their inverses use the C library's complex functions
 * (Annex G special values).  A finite argument giving an infinity is an
 * OverflowError "math range error"; a NaN appearing from arguments
 * without one is a ValueError "math domain error". */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <string.h>
#include "modules.h"
#include "math_internal.h"
#include "args.h"
#include "cmath_internal.h"
#include "err.h"
#include "float.h"
#include "str.h"
#include "tuple.h"
#include <complex.h>   /* last: it defines the macros complex and I */

#define LARGE_DOUBLE CM_LARGE_DOUBLE
#define LOG_LARGE_DOUBLE CM_LOG_LARGE_DOUBLE
#define SCALE_UP 53                          /* 2 * (DBL_MANT_DIG / 2) + 1 */
#define SCALE_DOWN (-27)                     /* -(SCALE_UP + 1) / 2 */

/* PyComplex_AsCComplex: a complex, __complex__, else a real number. */
static int arg_complex(Obj *o, Cplx *out) {
    if (is_complex(o)) { *out = complex_value(o); return 0; }
    Obj *c = complex_call_dunder(o);
    if (c != NULL) {
        *out = complex_value(c);
        DECREF(c);
        return 0;
    }
    if (err_occurred()) return -1;
    out->imag = 0.0;
    return math_arg_double(o, &out->real);
}

static bool is_finite(Cplx z) { return isfinite(z.real) && isfinite(z.imag); }
static bool has_nan(Cplx z) { return isnan(z.real) || isnan(z.imag); }
static bool has_inf(Cplx z) { return isinf(z.real) || isinf(z.imag); }

static Cplx from_c(double complex w) { return (Cplx){creal(w), cimag(w)}; }
/* A complex has the layout of double[2] (C11 6.2.5); CMPLX is gcc-only. */
static double complex to_c(Cplx z) {
    double parts[2] = {z.real, z.imag};
    double complex w;
    memcpy(&w, parts, sizeof w);
    return w;
}

/* Non-finite arguments: the C library's Annex G values, corrected where
 * CPython's special-value tables choose other signs or NaNs; the circular
 * functions through the hyperbolic ones of i*z as CPython does.  NaNs go
 * in without a sign, as CPython's tables ignore it. */
static double unsigned_nan(double x) { return isnan(x) ? NAN : x; }
static Cplx rot_in(Cplx z) { return (Cplx){unsigned_nan(-z.imag), z.real}; }    /* i*z */
static Cplx rot_out(Cplx s) { return (Cplx){s.imag, -s.real}; }                 /* -i*s */
#define LIBC(f) static Cplx libc_##f(Cplx z) { \
        return from_c(c##f(to_c((Cplx){unsigned_nan(z.real), unsigned_nan(z.imag)}))); }
LIBC(acos) LIBC(acosh) LIBC(asinh) LIBC(atanh) LIBC(cosh) LIBC(sinh) LIBC(tanh)
#undef LIBC
#define s_asinh libc_asinh
#define s_atanh libc_atanh

static Cplx s_acos(Cplx z) {
    if (isinf(z.real) && isnan(z.imag)) return (Cplx){NAN, INFINITY};
    return libc_acos(z);
}
static Cplx s_acosh(Cplx z) {
    if (z.real == 0.0 && isnan(z.imag)) return (Cplx){NAN, NAN};
    return libc_acosh(z);
}
static Cplx s_cosh(Cplx z) {
    if (isnan(z.real) && z.imag == 0.0) return (Cplx){NAN, 0.0};
    return libc_cosh(z);
}
static Cplx s_sinh(Cplx z) {
    if (z.real == 0.0 && isnan(z.imag)) return (Cplx){0.0, NAN};
    return libc_sinh(z);
}
static Cplx s_tanh(Cplx z) {
    if (isinf(z.real) && isinf(z.imag)) return (Cplx){copysign(1.0, z.real), 0.0};
    if (z.real == 0.0 && isnan(z.imag)) return (Cplx){NAN, NAN};
    return libc_tanh(z);
}
static Cplx s_asin(Cplx z) { return rot_out(s_asinh(rot_in(z))); }
static Cplx s_atan(Cplx z) { return rot_out(s_atanh(rot_in(z))); }
static Cplx s_cos(Cplx z) { return s_cosh(rot_in(z)); }
static Cplx s_sin(Cplx z) { return rot_out(s_sinh(rot_in(z))); }
static Cplx s_tan(Cplx z) { return rot_out(s_tanh(rot_in(z))); }

static Obj *math_error(void) {
    if (errno == EDOM) return math_domain_error();
    return math_range_error();
}

/* ---- sqrt, exp, log ---------------------------------------------------- */

Cplx cmath_c_sqrt(Cplx z) {
    errno = 0;
    if (!is_finite(z)) return from_c(csqrt(to_c(z)));
    if (z.real == 0.0 && z.imag == 0.0) return (Cplx){0.0, z.imag};
    double ax = fabs(z.real), ay = fabs(z.imag), s;
    if (ax < DBL_MIN && ay < DBL_MIN) {
        /* hypot(ax, ay) would be subnormal: scale up first */
        ax = ldexp(ax, SCALE_UP);
        s = ldexp(sqrt(ax + hypot(ax, ldexp(ay, SCALE_UP))), SCALE_DOWN);
    } else {
        ax /= 8.0;
        s = 2.0 * sqrt(ax + hypot(ax, ay / 8.0));
    }
    double d = ay / (2.0 * s);
    if (z.real >= 0.0) return (Cplx){s, copysign(d, z.imag)};
    return (Cplx){d, copysign(s, z.imag)};
}

static Cplx c_exp(Cplx z) {
    if (!is_finite(z)) {
        Cplx r = from_c(cexp(to_c(z)));
        if (isinf(z.real) && z.real < 0 && !isfinite(z.imag)) r = (Cplx){0.0, 0.0};
        errno = isinf(z.imag) && (isfinite(z.real) || (isinf(z.real) && z.real > 0)) ? EDOM : 0;
        return r;
    }
    Cplx r;
    if (z.real > LOG_LARGE_DOUBLE) {
        double l = exp(z.real - 1.0);
        r = (Cplx){l * cos(z.imag) * M_E, l * sin(z.imag) * M_E};
    } else {
        double l = exp(z.real);
        r = (Cplx){l * cos(z.imag), l * sin(z.imag)};
    }
    errno = has_inf(r) ? ERANGE : 0;
    return r;
}

static Cplx c_log(Cplx z) {
    errno = 0;
    if (!is_finite(z)) return from_c(clog(to_c(z)));
    double ax = fabs(z.real), ay = fabs(z.imag), re;
    if (ax > LARGE_DOUBLE || ay > LARGE_DOUBLE) {
        re = log(hypot(ax / 2.0, ay / 2.0)) + M_LN2;
    } else if (ax < DBL_MIN && ay < DBL_MIN) {
        if (ax > 0.0 || ay > 0.0) {
            re = log(hypot(ldexp(ax, DBL_MANT_DIG), ldexp(ay, DBL_MANT_DIG))) -
                 DBL_MANT_DIG * M_LN2;
        } else {
            errno = EDOM;   /* log(0) */
            return (Cplx){-INFINITY, atan2(z.imag, z.real)};
        }
    } else {
        double h = hypot(ax, ay);
        if (0.71 <= h && h <= 1.73) {
            double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
            re = log1p((am - 1) * (am + 1) + an * an) / 2.0;
        } else {
            re = log(h);
        }
    }
    errno = 0;
    return (Cplx){re, atan2(z.imag, z.real)};
}

/* ---- the module functions ---------------------------------------------- */

static int one_complex(const char *name, Obj *const *args, size_t nargs, Obj *kwnames, Cplx *z) {
    if (args_no_kwargs(name, kwnames) < 0 || args_count(name, nargs, 1, 1) < 0) return -1;
    return arg_complex(args[0], z);
}

static Obj *result(Cplx r) {
    if (errno != 0) return math_error();
    return complex_from(r);
}

#define OWN_FUNC(name, fn) \
    static Obj *cm_##name(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) { \
        Cplx z; \
        if (one_complex("cmath." #name, args, nargs, kwnames, &z) < 0) return NULL; \
        return result(fn(z)); \
    }
OWN_FUNC(sqrt, cmath_c_sqrt)
OWN_FUNC(exp, c_exp)

/* CPython's formulas for finite arguments, the values above for others. */
#define TRIG_FUNCS(X) \
    X(acos) X(acosh) X(asin) X(asinh) X(atan) X(atanh) \
    X(cos) X(cosh) X(sin) X(sinh) X(tan) X(tanh)

#define X(name) \
    static Obj *cm_##name(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) { \
        Cplx z; \
        if (one_complex("cmath." #name, args, nargs, kwnames, &z) < 0) return NULL; \
        if (is_finite(z)) return result(cmath_c_##name(z)); \
        Cplx r = s_##name(z); \
        errno = !has_nan(z) && has_nan(r) ? EDOM : 0; \
        return result(r); \
    }
TRIG_FUNCS(X)
#undef X

static Obj *cm_log(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("cmath.log", kwnames) < 0 || args_count("log", nargs, 1, 2) < 0)
        return NULL;
    Cplx x, y;
    if (arg_complex(args[0], &x) < 0 || (nargs == 2 && arg_complex(args[1], &y) < 0))
        return NULL;
    errno = 0;
    x = c_log(x);
    if (nargs == 2) {
        /* as in CPython, the base's log decides errno before the division */
        y = c_log(y);
        x = cplx_quot(x, y);
    }
    return result(x);
}

static Obj *cm_log10(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    Cplx z;
    if (one_complex("cmath.log10", args, nargs, kwnames, &z) < 0) return NULL;
    Cplx r = c_log(z);
    return result((Cplx){r.real / M_LN10, r.imag / M_LN10});
}

static Obj *cm_phase(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    Cplx z;
    if (one_complex("cmath.phase", args, nargs, kwnames, &z) < 0) return NULL;
    return float_new(atan2(z.imag, z.real));
}

static Obj *cm_polar(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    Cplx z;
    if (one_complex("cmath.polar", args, nargs, kwnames, &z) < 0) return NULL;
    double phi = atan2(z.imag, z.real);
    errno = 0;
    double r = cplx_abs(z);
    if (errno != 0) return math_error();
    Obj *a = float_new(r), *b = float_new(phi);
    Obj *t = a && b ? tuple_pack(2, a, b) : NULL;
    XDECREF(a);
    XDECREF(b);
    return t;
}

static Cplx c_rect(double r, double phi) {
    errno = 0;
    if (isfinite(r) && isfinite(phi)) {
        if (phi == 0.0) return (Cplx){r, r * phi};
        return (Cplx){r * cos(phi), r * sin(phi)};
    }
    if (r != 0.0 && !isnan(r) && isinf(phi)) errno = EDOM;
    if (isinf(r) && isfinite(phi) && phi != 0.0) {
        double s = r > 0 ? 1.0 : -1.0;
        return (Cplx){s * copysign(INFINITY, cos(phi)), s * copysign(INFINITY, sin(phi))};
    }
    if (isinf(r)) {
        if (isnan(phi)) return (Cplx){INFINITY, NAN};
        if (phi == 0.0) return (Cplx){r, r > 0 ? phi : -phi};
        return (Cplx){NAN, NAN};   /* infinite phi: a domain error */
    }
    if (r == 0.0) return (Cplx){0.0, 0.0};
    if (isnan(r) && phi == 0.0) return (Cplx){NAN, 0.0};
    return (Cplx){NAN, NAN};
}

static Obj *cm_rect(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("cmath.rect", kwnames) < 0 || args_count("rect", nargs, 2, 2) < 0) return NULL;
    double r, phi;
    if (math_arg_double(args[0], &r) < 0 || math_arg_double(args[1], &phi) < 0) return NULL;
    return result(c_rect(r, phi));
}

#define PREDICATE(name, test) \
    static Obj *cm_##name(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) { \
        Cplx z; \
        if (one_complex("cmath." #name, args, nargs, kwnames, &z) < 0) return NULL; \
        return bool_from(test); \
    }
PREDICATE(isfinite, is_finite(z))
PREDICATE(isinf, has_inf(z))
PREDICATE(isnan, has_nan(z))

static Obj *cm_isclose(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"a", "b", "$rel_tol", "$abs_tol", NULL};
    Obj *a[4];
    if (args_bind("isclose", args, nargs, kwnames, names, 2, a) < 0) return NULL;
    Cplx x, y;
    double rel_tol, abs_tol;
    if (arg_complex(a[0], &x) < 0 || arg_complex(a[1], &y) < 0 ||
        math_isclose_tolerances(a[2], a[3], &rel_tol, &abs_tol) < 0)
        return NULL;
    if (x.real == y.real && x.imag == y.imag) return TRUE_;
    if (has_inf(x) || has_inf(y)) return FALSE_;
    errno = 0;
    double diff = cplx_abs(cplx_diff(x, y));
    double ax = cplx_abs(x), ay = cplx_abs(y);
    return bool_from(diff <= rel_tol * ay || diff <= rel_tol * ax || diff <= abs_tol);
}

static const MethodDef cmath_methods[] = {
#define X(name) {#name, cm_##name},
    TRIG_FUNCS(X)
#undef X
    {"sqrt", cm_sqrt}, {"exp", cm_exp}, {"log", cm_log}, {"log10", cm_log10},
    {"phase", cm_phase}, {"polar", cm_polar}, {"rect", cm_rect},
    {"isfinite", cm_isfinite}, {"isinf", cm_isinf}, {"isnan", cm_isnan},
    {"isclose", cm_isclose},
    {NULL},
};

static int add_value(Obj *m, const char *name, Obj *v) {
    if (v == NULL) return -1;
    int rc = module_add_obj(m, name, v);
    DECREF(v);
    return rc;
}

Obj *cmath_module_init(void) {
    Obj *m = module_new("cmath");
    if (m == NULL) return NULL;
    if (add_value(m, "__doc__", str_from_cstr("This module provides access to mathematical "
                                              "functions for complex\nnumbers.")) < 0 ||
        module_add_functions(m, cmath_methods) < 0 ||
        add_value(m, "pi", float_new(M_PI)) < 0 || add_value(m, "e", float_new(M_E)) < 0 ||
        add_value(m, "tau", float_new(2.0 * M_PI)) < 0 ||
        add_value(m, "inf", float_new(INFINITY)) < 0 ||
        add_value(m, "infj", complex_new(0.0, INFINITY)) < 0 ||
        add_value(m, "nan", float_new(NAN)) < 0 ||
        add_value(m, "nanj", complex_new(0.0, NAN)) < 0) {
        DECREF(m);
        return NULL;
    }
    return m;
}
