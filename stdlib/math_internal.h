/* math_internal.h: what the files of the math module (math.c, math_int.c,
 * math_sum.c) share: argument conversion, CPython's error reports and the
 * functions each file contributes to the module's table. */
#ifndef GILPY_MATH_INTERNAL_H
#define GILPY_MATH_INTERNAL_H

#include "object.h"

/* PyFloat_AsDouble: float, int, __float__, __index__; else TypeError
 * "must be real number, not T".  0 or -1. */
int math_arg_double(Obj *o, double *out);
/* isclose()'s keyword arguments rel_tol and abs_tol (math and cmath): the
 * given ones (NULL: the defaults 1e-09 and 0.0) as doubles, ValueError when
 * negative.  0 or -1. */
int math_isclose_tolerances(Obj *rel, Obj *abs, double *rel_tol, double *abs_tol);
/* ValueError "math domain error"; returns NULL. */
Obj *math_domain_error(void);
/* OverflowError "math range error"; returns NULL. */
Obj *math_range_error(void);

/* math_gamma.c: Gamma and log|Gamma| as CPython computes them; NaN at
 * the poles (a domain error), infinity on overflow. */
double math_gamma_value(double x);
double math_lgamma_value(double x);

#define MATH_FN(name) Obj *math_##name(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames)
/* math_int.c */
MATH_FN(factorial);
MATH_FN(isqrt);
MATH_FN(gcd);
MATH_FN(lcm);
MATH_FN(comb);
MATH_FN(perm);
/* math_sum.c */
MATH_FN(fsum);
MATH_FN(prod);
MATH_FN(hypot);
MATH_FN(dist);

#endif
