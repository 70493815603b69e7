/* complex.h: Python complex (two C doubles): the object, the arithmetic
 * algorithms shared with cmath and constant folding, repr and parsing. */
#ifndef GILPY_COMPLEX_H
#define GILPY_COMPLEX_H

#include "object.h"

typedef struct Cplx { double real, imag; } Cplx;

typedef struct ComplexObj {
    Obj ob;
    Cplx z;
} ComplexObj;

extern Type ComplexType;
static inline bool is_complex(const Obj *o) {
    return !is_small(o) && (o->type == &ComplexType || type_is_subtype(o->type, &ComplexType));
}
static inline Cplx complex_value(const Obj *o) { return ((const ComplexObj *)o)->z; }

Obj *complex_new(double real, double imag);
static inline Obj *complex_from(Cplx z) { return complex_new(z.real, z.imag); }

/* The arithmetic of CPython's _Py_c_* functions.  quot and pow set errno
 * (EDOM for a division by zero / 0.0 to a negative or complex power,
 * ERANGE on overflow); the callers clear errno first. */
Cplx cplx_sum(Cplx a, Cplx b);
Cplx cplx_diff(Cplx a, Cplx b);
Cplx cplx_prod(Cplx a, Cplx b);
Cplx cplx_quot(Cplx a, Cplx b);
/* a ** b as complex.__pow__ computes it (exact integer powers up to 100 by
 * repeated multiplication); errno as above after CPython's range check. */
Cplx cplx_pow(Cplx a, Cplx b);
/* |z| as abs(): hypot, infinities win over NaNs; errno ERANGE on overflow. */
double cplx_abs(Cplx z);

/* a ** b for a float base and exponent that must give a complex result
 * (negative base, fractional exponent): float.__pow__'s complex answer. */
Obj *complex_pow_doubles(double x, double y);

/* The value of an int, float or complex operand: 1 with *out set, 0 when
 * o is none of them, -1 with an error (int too large for a float). */
int complex_operand(Obj *o, Cplx *out);

/* x.__complex__() when type(x) defines it: a new reference to a complex,
 * NULL with TypeError "__complex__ returned non-complex (type T)", or NULL
 * without an exception when there is no such method. */
Obj *complex_call_dunder(Obj *x);

/* repr(): "(1+2j)", "2j", "(-0-0j)", "(nan+infj)". */
Obj *complex_repr_obj(Cplx z);
/* complex(str): CPython's grammar, "complex() arg is a malformed string". */
int complex_parse(const char *s, size_t len, Cplx *out);
/* __format__ of a complex (complex_format.c); tname names its type in
 * "Unknown format code" errors. */
Obj *complex_format(Cplx z, Obj *spec, const char *tname);

#endif
