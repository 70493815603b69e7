/* intarg.h: integer arguments of built-in functions (stdlib/intarg.c). */
#ifndef GILPY_INTARG_H
#define GILPY_INTARG_H

#include <stdint.h>
#include "object.h"

/* *out = o as a C ssize_t, through __index__: -1 with CPython's TypeError
 * ("'str' object cannot be interpreted as an integer") or OverflowError. */
int intarg_ssize(Obj *o, intptr_t *out);

#endif
