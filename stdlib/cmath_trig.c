/* cmath_trig.c: the cmath trigonometric and hyperbolic functions and their
 * inverses for finite arguments, with the formulas CPython uses (results
 * equal to the last bit): square roots of 1 +- z for the inverses, scaled
 * forms for huge arguments, cosh/sinh of x - 1 times e near overflow.  The
 * circular functions are the hyperbolic ones of i*z, rotated back. */
#include <errno.h>
#include <math.h>
#include "cmath_internal.h"

static Cplx rot_in(Cplx z) { return (Cplx){-z.imag, z.real}; }    /* i*z */
static Cplx rot_out(Cplx s) { return (Cplx){s.imag, -s.real}; }   /* -i*s */

/* log|z| + log 4 for huge z, without overflow. */
static double log_large(Cplx z) { return log(hypot(z.real / 2.0, z.imag / 2.0)) + M_LN2 * 2.0; }

Cplx cmath_c_acos(Cplx z) {
    Cplx r;
    if (fabs(z.real) > CM_LARGE_DOUBLE || fabs(z.imag) > CM_LARGE_DOUBLE) {
        r.real = atan2(fabs(z.imag), z.real);
        r.imag = z.real < 0.0 ? -copysign(log_large(z), z.imag) : copysign(log_large(z), -z.imag);
    } else {
        Cplx s1 = cmath_c_sqrt((Cplx){1.0 - z.real, -z.imag});
        Cplx s2 = cmath_c_sqrt((Cplx){1.0 + z.real, z.imag});
        r.real = 2.0 * atan2(s1.real, s2.real);
        r.imag = asinh(s2.real * s1.imag - s2.imag * s1.real);
    }
    errno = 0;
    return r;
}

Cplx cmath_c_acosh(Cplx z) {
    Cplx r;
    if (fabs(z.real) > CM_LARGE_DOUBLE || fabs(z.imag) > CM_LARGE_DOUBLE) {
        r.real = log_large(z);
        r.imag = atan2(z.imag, z.real);
    } else {
        Cplx s1 = cmath_c_sqrt((Cplx){z.real - 1.0, z.imag});
        Cplx s2 = cmath_c_sqrt((Cplx){z.real + 1.0, z.imag});
        r.real = asinh(s1.real * s2.real + s1.imag * s2.imag);
        r.imag = 2.0 * atan2(s1.imag, s2.real);
    }
    errno = 0;
    return r;
}

Cplx cmath_c_asinh(Cplx z) {
    Cplx r;
    if (fabs(z.real) > CM_LARGE_DOUBLE || fabs(z.imag) > CM_LARGE_DOUBLE) {
        r.real = z.imag >= 0.0 ? copysign(log_large(z), z.real) : -copysign(log_large(z), -z.real);
        r.imag = atan2(z.imag, fabs(z.real));
    } else {
        Cplx s1 = cmath_c_sqrt((Cplx){1.0 + z.imag, -z.real});
        Cplx s2 = cmath_c_sqrt((Cplx){1.0 - z.imag, z.real});
        r.real = asinh(s1.real * s2.imag - s2.real * s1.imag);
        r.imag = atan2(z.imag, s1.real * s2.real - s1.imag * s2.imag);
    }
    errno = 0;
    return r;
}

Cplx cmath_c_asin(Cplx z) { return rot_out(cmath_c_asinh(rot_in(z))); }

Cplx cmath_c_atanh(Cplx z) {
    if (z.real < 0.0) {   /* atanh(-z) = -atanh(z) */
        Cplx r = cmath_c_atanh((Cplx){-z.real, -z.imag});
        return (Cplx){-r.real, -r.imag};
    }
    Cplx r;
    double ay = fabs(z.imag);
    errno = 0;
    if (z.real > CM_SQRT_LARGE_DOUBLE || ay > CM_SQRT_LARGE_DOUBLE) {
        /* atanh(z) ~ 1/z +- i*pi/2 */
        double h = hypot(z.real / 2.0, z.imag / 2.0);
        r.real = z.real / 4.0 / h / h;
        r.imag = -copysign(M_PI / 2.0, -z.imag);
    } else if (z.real == 1.0 && ay < CM_SQRT_DBL_MIN) {
        if (ay == 0.0) {
            r.real = INFINITY;
            r.imag = z.imag;
            errno = EDOM;
        } else {
            r.real = -log(sqrt(ay) / sqrt(hypot(ay, 2.0)));
            r.imag = copysign(atan2(2.0, -ay) / 2.0, z.imag);
        }
    } else {
        r.real = log1p(4.0 * z.real / ((1 - z.real) * (1 - z.real) + ay * ay)) / 4.0;
        r.imag = -atan2(-2.0 * z.imag, (1 - z.real) * (1 + z.real) - ay * ay) / 2.0;
    }
    return r;
}

Cplx cmath_c_atan(Cplx z) { return rot_out(cmath_c_atanh(rot_in(z))); }

static void range_check(Cplx r) {
    errno = isinf(r.real) || isinf(r.imag) ? ERANGE : 0;
}

Cplx cmath_c_cosh(Cplx z) {
    Cplx r;
    if (fabs(z.real) > CM_LOG_LARGE_DOUBLE) {
        /* cosh(x) overflows before cosh(z) does */
        double x1 = z.real - copysign(1.0, z.real);
        r = (Cplx){cos(z.imag) * cosh(x1) * M_E, sin(z.imag) * sinh(x1) * M_E};
    } else {
        r = (Cplx){cos(z.imag) * cosh(z.real), sin(z.imag) * sinh(z.real)};
    }
    range_check(r);
    return r;
}

Cplx cmath_c_sinh(Cplx z) {
    Cplx r;
    if (fabs(z.real) > CM_LOG_LARGE_DOUBLE) {
        double x1 = z.real - copysign(1.0, z.real);
        r = (Cplx){cos(z.imag) * sinh(x1) * M_E, sin(z.imag) * cosh(x1) * M_E};
    } else {
        r = (Cplx){cos(z.imag) * sinh(z.real), sin(z.imag) * cosh(z.real)};
    }
    range_check(r);
    return r;
}

Cplx cmath_c_tanh(Cplx z) {
    Cplx r;
    if (fabs(z.real) > CM_LOG_LARGE_DOUBLE) {
        r.real = copysign(1.0, z.real);
        r.imag = 4.0 * sin(z.imag) * cos(z.imag) * exp(-2.0 * fabs(z.real));
    } else {
        double tx = tanh(z.real), ty = tan(z.imag), cx = 1.0 / cosh(z.real);
        double txty = tx * ty, denom = 1.0 + txty * txty;
        r.real = tx * (1.0 + ty * ty) / denom;
        r.imag = ((ty / denom) * cx) * cx;
    }
    errno = 0;
    return r;
}

Cplx cmath_c_cos(Cplx z) { return cmath_c_cosh(rot_in(z)); }
Cplx cmath_c_sin(Cplx z) { return rot_out(cmath_c_sinh(rot_in(z))); }
Cplx cmath_c_tan(Cplx z) { return rot_out(cmath_c_tanh(rot_in(z))); }
