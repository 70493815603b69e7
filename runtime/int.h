/* int.h: Python int: tagged small integers (object.h) and GMP-backed big ints.
 * Every int operation returns a small int when the result fits, so a big int
 * object always holds a value outside [SMALL_MIN, SMALL_MAX]. */
#ifndef GILPY_INT_H
#define GILPY_INT_H

#include <gmp.h>
#include "object.h"

typedef struct IntObj {
    Obj ob;
    mpz_t z;
} IntObj;

/* True for int, bool and subclasses. */
static inline bool is_int(const Obj *o) { return is_small(o) || type_has(TYPE(o), TF_INT_SUBCLASS); }
/* Exact int (not bool): a tagged small int or an IntObj of type int. */
static inline bool is_exact_int(const Obj *o) { return is_small(o) || TYPE(o) == &IntType; }

Obj *int_from_i64(int64_t v);
Obj *int_from_u64(uint64_t v);
Obj *int_from_mpz(const mpz_t z);      /* copies; normalises to small when it fits */
Obj *int_from_double(double d);        /* truncates; OverflowError for inf, ValueError for nan */
/* Parses like int(s, base): base 0 honours prefixes; underscores allowed
 * per Python rules; ValueError with CPython's message on failure. */
Obj *int_from_string(const char *s, size_t len, int base);
/* Value as int64; on overflow sets *overflow (no exception) and returns 0. */
int64_t int_as_i64(Obj *o, int *overflow);
/* Value as intptr_t for indices/sizes, raising OverflowError
 * "Python int too large to convert to C ssize_t" on overflow; -1 with error. */
intptr_t int_as_ssize(Obj *o);
/* o.__index__() as an intptr_t (OverflowError beyond); -1 with an exception. */
int int_index_ssize(Obj *o, intptr_t *out);
/* o.__index__() as a sequence item index: beyond intptr_t raises IndexError
 * "cannot fit 'T' into an index-sized integer" (T: o's type), as CPython's
 * sequences do; -1 with an exception. */
int int_item_index(Obj *o, intptr_t *out);
/* Any int (incl. bool/subclass) into a GMP integer the caller has mpz_init'ed. */
void int_to_mpz(Obj *o, mpz_t out);
double int_as_double(Obj *o);          /* OverflowError "int too large to convert to float" */
int int_sign(Obj *o);                  /* -1, 0, 1 */
intptr_t int_hash(Obj *o);             /* CPython's numeric hash (mod 2**61-1) */
Obj *int_repr(Obj *o);                 /* decimal string */
Obj *int_to_base_string(Obj *o, int base, bool with_prefix);   /* bin/oct/hex */
Obj *int_format(Obj *o, Obj *spec);    /* format-spec mini-language for ints */
/* Arithmetic on any two ints (used by the VM fast paths after small-int checks). */
Obj *int_add(Obj *a, Obj *b);
Obj *int_sub(Obj *a, Obj *b);
Obj *int_mul(Obj *a, Obj *b);
Obj *int_floordiv(Obj *a, Obj *b);
Obj *int_mod(Obj *a, Obj *b);
int int_compare(Obj *a, Obj *b);       /* -1, 0, 1 */
/* divmod(a, b) for two ints: a (q, r) tuple with floor semantics. */
Obj *int_divmod(Obj *a, Obj *b);
/* divmod(a, b) for any operands: int/float directly, else __divmod__ /
 * __rdivmod__, else CPython's TypeError. Used by the builtin divmod(). */
Obj *number_divmod(Obj *a, Obj *b);

/* sys.get_int_max_str_digits() and sys.set_int_max_str_digits(maxdigits),
 * defined with the limit in int_convert.c. */
Obj *int_sys_get_max_str_digits(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
Obj *int_sys_set_max_str_digits(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);

#endif
