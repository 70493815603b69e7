/* float_arith.c: float arithmetic (+ - * / // % ** divmod with CPython's
 * errors and sign rules), unary operators and the float NumberSlots. */
#include <errno.h>
#include <math.h>
#include "float_internal.h"
#include "complex.h"
#include "int_internal.h"
#include "err.h"
#include "str.h"
#include "tuple.h"

/* 1: *out holds the operand's value; 0: not a number (NotImplemented);
 * -1: an int too large for a double (error set). */
static int operand(Obj *o, double *out) {
    if (is_float(o)) { *out = float_value(o); return 1; }
    if (!is_int(o)) return 0;
    *out = int_as_double(o);
    return *out == -1.0 && err_occurred() ? -1 : 1;
}

#define OPERANDS(a, b, x, y) \
    double x, y; \
    do { \
        int ra_ = operand(a, &x); \
        if (ra_ <= 0) return ra_ < 0 ? NULL : NEWREF(NOT_IMPLEMENTED); \
        int rb_ = operand(b, &y); \
        if (rb_ <= 0) return rb_ < 0 ? NULL : NEWREF(NOT_IMPLEMENTED); \
    } while (0)

static Obj *float_add(Obj *a, Obj *b) { OPERANDS(a, b, x, y); return float_new(x + y); }
static Obj *float_sub(Obj *a, Obj *b) { OPERANDS(a, b, x, y); return float_new(x - y); }
static Obj *float_mul(Obj *a, Obj *b) { OPERANDS(a, b, x, y); return float_new(x * y); }

static Obj *float_truediv(Obj *a, Obj *b) {
    OPERANDS(a, b, x, y);
    if (y == 0.0) {
        err_set_str(&Exc_ZeroDivisionError, "float division by zero");
        return NULL;
    }
    return float_new(x / y);
}

/* Python's floor division and modulo: the remainder takes the divisor's
 * sign, and the quotient is made exact to the nearest integer. */
void float_divmod_doubles(double a, double b, double *div, double *mod) {
    double m = fmod(a, b);
    double d = (a - m) / b;
    if (m != 0.0) {
        if ((b < 0) != (m < 0)) {
            m += b;
            d -= 1.0;
        }
    } else {
        m = copysign(0.0, b);
    }
    if (d != 0.0) {
        double f = floor(d);
        if (d - f > 0.5) f += 1.0;
        d = f;
    } else {
        d = copysign(0.0, a / b);
    }
    *div = d;
    *mod = m;
}

static Obj *float_floordiv(Obj *a, Obj *b) {
    OPERANDS(a, b, x, y);
    if (y == 0.0) {
        err_set_str(&Exc_ZeroDivisionError, "float floor division by zero");
        return NULL;
    }
    double d, m;
    float_divmod_doubles(x, y, &d, &m);
    return float_new(d);
}

static Obj *float_mod(Obj *a, Obj *b) {
    OPERANDS(a, b, x, y);
    if (y == 0.0) {
        err_set_str(&Exc_ZeroDivisionError, "float modulo");
        return NULL;
    }
    double d, m;
    float_divmod_doubles(x, y, &d, &m);
    return float_new(m);
}

Obj *float_divmod(Obj *a, Obj *b) {
    OPERANDS(a, b, x, y);
    if (y == 0.0) {
        err_set_str(&Exc_ZeroDivisionError, "float divmod()");
        return NULL;
    }
    double d, m;
    float_divmod_doubles(x, y, &d, &m);
    Obj *fd = float_new(d), *fm = float_new(m);
    Obj *t = fd && fm ? tuple_pack(2, fd, fm) : NULL;
    XDECREF(fd);
    XDECREF(fm);
    return t;
}

/* OverflowError(34, 'Numerical result out of range'), as CPython's errno
 * based report reads. */
static Obj *range_error(void) {
    Obj *args[2] = { small_new(ERANGE), str_from_cstr("Numerical result out of range") };
    if (args[1] == NULL) return NULL;
    Obj *exc = exc_new(&Exc_OverflowError, args, 2);
    DECREF(args[1]);
    if (exc != NULL) err_set_obj(exc);
    return NULL;
}

Obj *float_pow_doubles(double x, double y) {
    if (y == 0.0) return float_new(1.0);
    if (x == 0.0 && y < 0.0 && isfinite(y)) {
        err_set_str(&Exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return NULL;
    }
    if (x < 0.0 && isfinite(x) && isfinite(y) && y != floor(y)) {
        /* a negative number to a fractional power: a complex result */
        return complex_pow_doubles(x, y);
    }
    double r = pow(x, y);
    if (isinf(r) && isfinite(x) && isfinite(y)) return range_error();
    return float_new(r);
}

static Obj *float_pow(Obj *a, Obj *b) {
    OPERANDS(a, b, x, y);
    return float_pow_doubles(x, y);
}

static Obj *float_pow3(Obj *a, Obj *b, Obj *m) {
    err_set_str(&Exc_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    return NULL;
}

static Obj *float_neg(Obj *a) { return float_new(-float_value(a)); }
static Obj *float_abs(Obj *a) { return float_new(fabs(float_value(a))); }
static int float_bool(Obj *a) { return float_value(a) != 0.0; }
static Obj *float_to_int(Obj *a) { return int_from_double(float_value(a)); }

static Obj *float_pos(Obj *a) {
    return IS_TYPE(a, FloatType) ? NEWREF(a) : float_new(float_value(a));
}

const NumberSlots float_number_slots = {
    .binop = {
        [BINOP_ADD] = float_add, [BINOP_SUB] = float_sub, [BINOP_MUL] = float_mul,
        [BINOP_TRUEDIV] = float_truediv, [BINOP_FLOORDIV] = float_floordiv,
        [BINOP_MOD] = float_mod, [BINOP_POW] = float_pow,
    },
    .pow3 = float_pow3,
    .neg = float_neg, .pos = float_pos, .abs = float_abs,
    .bool_ = float_bool,
    .to_int = float_to_int, .to_float = float_pos,
};
