/* float.h: Python float (C double), its repr and parsing. */
#ifndef GILPY_FLOAT_H
#define GILPY_FLOAT_H

#include "object.h"

typedef struct FloatObj {
    Obj ob;
    double value;
} FloatObj;

extern Type FloatType;
static inline bool is_float(const Obj *o) {
    return !is_small(o) && (o->type == &FloatType || type_is_subtype(o->type, &FloatType));
}
static inline double float_value(const Obj *o) { return ((const FloatObj *)o)->value; }

Obj *float_new(double v);
/* repr(): shortest string that round-trips, CPython's format ("0.1", "1e+22",
 * "inf", "nan", "-0.0").  Writes into buf (at least 32 bytes). */
void float_repr_cstr(double v, char *buf, size_t size);
/* float(str) parsing with CPython's rules (whitespace, underscores, inf/nan);
 * ValueError "could not convert string to float: '...'" on failure. */
Obj *float_from_string(const char *s, size_t len);
/* Value of an int or float as double (TypeError otherwise); -1.0 with error set. */
double float_as_double(Obj *o);
intptr_t float_hash(double v);          /* equals int_hash for integral values */
Obj *float_format(Obj *o, Obj *spec);   /* format-spec mini-language for floats */
/* divmod() of an int/float pair with at least one float: a (q, r) tuple. */
Obj *float_divmod(Obj *a, Obj *b);
/* round(x, ndigits) as CPython: correctly rounded, half to even. */
double float_round_ndigits(double x, intptr_t ndigits);

#endif
