/* cmath_internal.h: what the files of the cmath module (cmath.c,
 * cmath_trig.c) share. */
#ifndef GILPY_CMATH_INTERNAL_H
#define GILPY_CMATH_INTERNAL_H

#include <float.h>
#include "complex.h"

#define CM_LARGE_DOUBLE (DBL_MAX / 4.0)
#define CM_SQRT_LARGE_DOUBLE 6.703903964971298e+153   /* sqrt(DBL_MAX / 4) */
#define CM_LOG_LARGE_DOUBLE 708.3964185322641         /* log(DBL_MAX / 4) */
#define CM_SQRT_DBL_MIN 1.4916681462400413e-154       /* sqrt(DBL_MIN) */

/* Square root with CPython's scaling (errno 0). */
Cplx cmath_c_sqrt(Cplx z);

/* The trigonometric and hyperbolic functions and their inverses, for
 * finite z, as CPython computes them; errno ERANGE on overflow, EDOM at
 * the poles of atanh and atan. */
Cplx cmath_c_acos(Cplx z);
Cplx cmath_c_acosh(Cplx z);
Cplx cmath_c_asin(Cplx z);
Cplx cmath_c_asinh(Cplx z);
Cplx cmath_c_atan(Cplx z);
Cplx cmath_c_atanh(Cplx z);
Cplx cmath_c_cos(Cplx z);
Cplx cmath_c_cosh(Cplx z);
Cplx cmath_c_sin(Cplx z);
Cplx cmath_c_sinh(Cplx z);
Cplx cmath_c_tan(Cplx z);
Cplx cmath_c_tanh(Cplx z);

#endif
