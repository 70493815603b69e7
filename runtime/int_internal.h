/* int_internal.h: what the int family (int*.c, bool.c, float.c, math.c)
 * shares privately: reading any int as a GMP value without allocating, and
 * turning GMP results back into normalised ints. */
#ifndef GILPY_INT_INTERNAL_H
#define GILPY_INT_INTERNAL_H

#include "int.h"

/* A read-only GMP view of any int (tagged, bool, IntObj, subclass).  Small
 * values borrow `limb`, so a view must not be copied or moved. */
typedef struct IntView {
    mp_limb_t limb;
    mpz_t tmp;
    mpz_srcptr z;
} IntView;

static inline bool int_is_bool(const Obj *o) { return !is_small(o) && o->type == &BoolType; }

/* Value of a tagged int or bool; false for IntObj (possibly big). */
static inline bool int_small_value(const Obj *o, intptr_t *v) {
    if (is_small(o)) { *v = small_value(o); return true; }
    if (o->type == &BoolType) { *v = ((const BoolObj *)o)->value; return true; }
    return false;
}

static inline mpz_srcptr intview_init(IntView *v, const Obj *o) {
    intptr_t s;
    if (int_small_value(o, &s)) {
        v->limb = s < 0 ? (mp_limb_t)0 - (mp_limb_t)s : (mp_limb_t)s;
        v->z = mpz_roinit_n(v->tmp, &v->limb, s < 0 ? -1 : s > 0 ? 1 : 0);
    } else {
        v->z = ((const IntObj *)o)->z;
    }
    return v->z;
}

/* Makes an int from z and clears z (its storage moves into the result). */
Obj *int_from_mpz_steal(mpz_t z);
/* Double nearest to z (round-half-even); sets *overflow when out of range. */
double int_mpz_to_double(mpz_srcptr z, bool *overflow);
/* Raises OverflowError "int too large to convert to float". */
void int_overflow_to_float(void);
/* The int slots bool reuses for everything but & | ^ and repr. */
extern const NumberSlots int_number_slots;
Obj *int_richcompare(Obj *a, Obj *b, int op);
Obj *int_new_obj(Type *type, Obj *const *args, size_t nargs, Obj *kwnames);
Obj *int_and(Obj *a, Obj *b);
Obj *int_or(Obj *a, Obj *b);
Obj *int_xor(Obj *a, Obj *b);
Obj *int_lshift(Obj *a, Obj *b);
Obj *int_rshift(Obj *a, Obj *b);
Obj *int_invert(Obj *a);
Obj *int_neg(Obj *a);
Obj *int_abs(Obj *a);
int int_bool(Obj *a);
Obj *int_to_float(Obj *a);
Obj *int_pow(Obj *a, Obj *b);
Obj *int_pow3(Obj *a, Obj *b, Obj *m);
Obj *int_truediv(Obj *a, Obj *b);
Obj *int_divmod(Obj *a, Obj *b);
/* int(x) for an int subclass instance or bool: the exact int value. */
Obj *int_exact(Obj *o);
/* Methods defined in int_bits.c and int_format.c, listed in int.c's table. */
Obj *int_bit_length(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
Obj *int_bit_count(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
Obj *int_to_bytes(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
Obj *int_from_bytes(Obj *cls, Obj *const *args, size_t nargs, Obj *kwnames);
Obj *int_method_format(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
/* The text of a str, bytes or bytearray for int()/float() parsing: a str's
 * Unicode spaces become ' ', its decimal digits ASCII digits and any other
 * non-ASCII character '?'.  s points into the object or into heap, which
 * the caller frees.  1 done, 0 not text (no error), -1 error. */
typedef struct NumText { const char *s; size_t len; char *heap; } NumText;
int number_text(Obj *x, NumText *t);
/* int(x, base) for str/bytes/bytearray x, with CPython's message naming
 * repr(x); NULL without exception when x is not text. */
Obj *int_from_text_object(Obj *x, int base);
/* Argument checks of methods that take none, with CPython's messages:
 * num_noargs: "int.bit_length() takes no arguments (1 given)";
 * num_slot_noargs (for __int__, __float__, __index__): "expected 0
 * arguments, got 1".  0 or -1. */
int num_noargs(const char *qualname, size_t nargs, Obj *kwnames);
int num_slot_noargs(size_t nargs, Obj *kwnames);
/* Slot-wrapper-like check of exactly one argument: "expected 1 argument,
 * got N".  0 or -1. */
int num_slot_onearg(size_t nargs, Obj *kwnames);
/* CPython's limit on decimal conversions of huge ints (sys.set_int_max_str_digits). */
extern intptr_t int_max_str_digits;

#endif
