/* complex_arith.c: complex arithmetic with CPython's algorithms (Smith's
 * division, integer powers by repeated multiplication, polar powers
 * otherwise), its errors, mixed operands (int, float, bool), the unary
 * operators and the complex NumberSlots. */
#include <errno.h>
#include <math.h>
#include "complex.h"
#include "float.h"
#include "int.h"
#include "err.h"

static const Cplx c_one = {1.0, 0.0};

Cplx cplx_sum(Cplx a, Cplx b) { return (Cplx){a.real + b.real, a.imag + b.imag}; }
Cplx cplx_diff(Cplx a, Cplx b) { return (Cplx){a.real - b.real, a.imag - b.imag}; }

Cplx cplx_prod(Cplx a, Cplx b) {
    return (Cplx){a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real};
}

/* Divides top and bottom by the larger part of b, which keeps the
 * intermediate values in range. */
Cplx cplx_quot(Cplx a, Cplx b) {
    double abr = fabs(b.real), abi = fabs(b.imag);
    if (abr >= abi) {
        if (abr == 0.0) {
            errno = EDOM;
            return (Cplx){0.0, 0.0};
        }
        double ratio = b.imag / b.real;
        double denom = b.real + b.imag * ratio;
        return (Cplx){(a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom};
    }
    if (abi >= abr) {
        double ratio = b.real / b.imag;
        double denom = b.real * ratio + b.imag;
        return (Cplx){(a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom};
    }
    return (Cplx){NAN, NAN};   /* a NaN in b */
}

static Cplx pow_polar(Cplx a, Cplx b) {
    if (b.real == 0.0 && b.imag == 0.0) return c_one;
    if (a.real == 0.0 && a.imag == 0.0) {
        if (b.imag != 0.0 || b.real < 0.0) errno = EDOM;
        return (Cplx){0.0, 0.0};
    }
    double vabs = hypot(a.real, a.imag);
    double len = pow(vabs, b.real);
    double at = atan2(a.imag, a.real);
    double phase = at * b.real;
    if (b.imag != 0.0) {
        len /= exp(at * b.imag);
        phase += b.imag * log(vabs);
    }
    return (Cplx){len * cos(phase), len * sin(phase)};
}

/* x ** n for n >= 0: square and multiply over the bits of n. */
static Cplx pow_unsigned(Cplx x, long n) {
    Cplx r = c_one, p = x;
    for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
        if (n & mask) r = cplx_prod(r, p);
        p = cplx_prod(p, p);
    }
    return r;
}

Cplx cplx_pow(Cplx a, Cplx b) {
    Cplx p;
    if (b.imag == 0.0 && b.real == floor(b.real) && fabs(b.real) <= 100.0) {
        long n = (long)b.real;
        p = n > 0 ? pow_unsigned(a, n) : cplx_quot(c_one, pow_unsigned(a, -n));
    } else {
        p = pow_polar(a, b);
    }
    if (isinf(p.real) || isinf(p.imag)) {
        if (errno == 0) errno = ERANGE;
    } else if (errno == ERANGE) {
        errno = 0;
    }
    return p;
}

double cplx_abs(Cplx z) {
    if (!isfinite(z.real) || !isfinite(z.imag)) {
        errno = 0;
        if (isinf(z.real)) return fabs(z.real);
        if (isinf(z.imag)) return fabs(z.imag);
        return NAN;
    }
    double r = hypot(z.real, z.imag);
    errno = isfinite(r) ? 0 : ERANGE;
    return r;
}

int complex_operand(Obj *o, Cplx *out) {
    if (is_small(o)) {
        *out = (Cplx){(double)small_value(o), 0.0};
        return 1;
    }
    if (is_complex(o)) { *out = complex_value(o); return 1; }
    if (is_float(o)) { *out = (Cplx){float_value(o), 0.0}; return 1; }
    if (!is_int(o)) return 0;
    double d = int_as_double(o);
    if (d == -1.0 && err_occurred()) return -1;
    *out = (Cplx){d, 0.0};
    return 1;
}

#define OPERANDS(a, b, x, y) \
    Cplx x, y; \
    do { \
        int ra_ = complex_operand(a, &x); \
        if (ra_ <= 0) return ra_ < 0 ? NULL : NEWREF(NOT_IMPLEMENTED); \
        int rb_ = complex_operand(b, &y); \
        if (rb_ <= 0) return rb_ < 0 ? NULL : NEWREF(NOT_IMPLEMENTED); \
    } while (0)

static Obj *complex_add(Obj *a, Obj *b) { OPERANDS(a, b, x, y); return complex_from(cplx_sum(x, y)); }
static Obj *complex_sub(Obj *a, Obj *b) { OPERANDS(a, b, x, y); return complex_from(cplx_diff(x, y)); }
static Obj *complex_mul(Obj *a, Obj *b) { OPERANDS(a, b, x, y); return complex_from(cplx_prod(x, y)); }

static Obj *complex_truediv(Obj *a, Obj *b) {
    OPERANDS(a, b, x, y);
    errno = 0;
    Cplx q = cplx_quot(x, y);
    if (errno == EDOM) {
        err_set_str(&Exc_ZeroDivisionError, "complex division by zero");
        return NULL;
    }
    return complex_from(q);
}

static Obj *pow_result(Cplx a, Cplx b) {
    errno = 0;
    Cplx p = cplx_pow(a, b);
    if (errno == EDOM) {
        err_set_str(&Exc_ZeroDivisionError, "0.0 to a negative or complex power");
        return NULL;
    }
    if (errno == ERANGE) {
        err_set_str(&Exc_OverflowError, "complex exponentiation");
        return NULL;
    }
    return complex_from(p);
}

static Obj *complex_pow(Obj *a, Obj *b) { OPERANDS(a, b, x, y); return pow_result(x, y); }

static Obj *complex_pow3(Obj *a, Obj *b, Obj *m) {
    OPERANDS(a, b, x, y);
    if (m != NONE) {
        err_set_str(&Exc_ValueError, "complex modulo");
        return NULL;
    }
    return pow_result(x, y);
}

Obj *complex_pow_doubles(double x, double y) {
    return pow_result((Cplx){x, 0.0}, (Cplx){y, 0.0});
}

static Obj *complex_neg(Obj *a) {
    Cplx z = complex_value(a);
    return complex_new(-z.real, -z.imag);
}

static Obj *complex_pos(Obj *a) {
    return IS_TYPE(a, ComplexType) ? NEWREF(a) : complex_from(complex_value(a));
}

static Obj *complex_abs(Obj *a) {
    errno = 0;
    double r = cplx_abs(complex_value(a));
    if (errno == ERANGE) {
        err_set_str(&Exc_OverflowError, "absolute value too large");
        return NULL;
    }
    return float_new(r);
}

static int complex_bool(Obj *a) {
    Cplx z = complex_value(a);
    return z.real != 0.0 || z.imag != 0.0;
}

const NumberSlots complex_number_slots = {
    .binop = {
        [BINOP_ADD] = complex_add, [BINOP_SUB] = complex_sub, [BINOP_MUL] = complex_mul,
        [BINOP_TRUEDIV] = complex_truediv, [BINOP_POW] = complex_pow,
    },
    .pow3 = complex_pow3,
    .neg = complex_neg, .pos = complex_pos, .abs = complex_abs,
    .bool_ = complex_bool,
};
