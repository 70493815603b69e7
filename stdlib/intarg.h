/* intarg.h: integer arguments of built-in functions (stdlib/intarg.c). */
#ifndef GILPY_INTARG_H
#define GILPY_INTARG_H

#include <stdint.h>
#include "object.h"

/* *out = o as a C ssize_t, through __index__: -1 with CPython's TypeError
 * ("'str' object cannot be interpreted as an integer") or OverflowError. */
int intarg_ssize(Obj *o, intptr_t *out);

/* o through __index__ as an int64_t in *out; when it does not fit,
 * *overflow is its sign (1 or -1) and *out is not set, else 0.  0, or -1
 * with TypeError. */
int intarg_i64(Obj *o, int64_t *out, int *overflow);

/* Seconds given as a float or an int (anything with __index__), as a
 * double: 0, or -1 with TypeError (or OverflowError for a huge int). */
int intarg_seconds(Obj *o, double *out);

#endif
