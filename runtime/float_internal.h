/* float_internal.h: what the float family (float*.c, int_arith.c, math.c)
 * shares privately. */
#ifndef GILPY_FLOAT_INTERNAL_H
#define GILPY_FLOAT_INTERNAL_H

#include "float.h"

/* x ** y for doubles with CPython's errors (ZeroDivisionError for 0.0 to a
 * negative power, OverflowError "(34, 'Numerical result out of range')",
 * a complex result for a negative base with a fractional exponent). */
Obj *float_pow_doubles(double x, double y);
/* divmod of doubles with Python's sign rules; b != 0. */
void float_divmod_doubles(double a, double b, double *div, double *mod);
/* inf, infinity or nan (any case) after an optional sign, keeping the sign
 * (also of nan); false if s is not one of them. */
bool float_parse_special(const char *s, size_t n, double *out);
/* Shortest repr digits: writes the decimal digits of v (finite, > 0) into
 * digits (NUL-terminated, at least 18 bytes) and returns the decimal point
 * position (value = 0.DIGITS * 10**decpt). */
int float_shortest_digits(double v, char *digits);

/* Shortest digits of v (finite, > 0) that read back as v, closest to v
 * (ties even): v ~ digits * 10**(exp10 - ndigits + 1), ndigits <= 17. */
void float_shortest(double v, uint64_t *digits, int *ndigits, int *exp10);

extern const NumberSlots float_number_slots;
/* Parses a Python float literal without surrounding space; false if invalid. */
bool float_parse_cstr(const char *s, size_t len, double *out);
/* "%.*f" (or "%#.*f" with alt) of v as a malloc'ed string, exactly as
 * printf rounds; NULL with MemoryError. */
char *float_fixed_cstr(double v, int prec, bool alt);
/* The same into buf (snprintf's contract: returns the full length, writes
 * only when it fits with its NUL). */
size_t float_fixed_write(double v, int prec, bool alt, char *buf, size_t size);
/* "%.*e" (alt: "%#.*e", upper: 'E') of v as a malloc'ed string, exactly
 * as printf rounds; NULL with MemoryError. */
char *float_sci_cstr(double v, int prec, bool alt, bool upper);
struct FormatSpec;
/* __format__ of a double with a parsed spec (types e E f F g G n % and none);
 * shared with int.__format__ for its float presentation types. */
Obj *float_format_double(double v, const struct FormatSpec *fs);
/* v as C-style text for type e/E/f/F/g/G or 'r' (repr), with precision;
 * alt keeps the point / trailing zeros, add_dot_0 turns "1" into "1.0".
 * Returns a malloc'ed string (inf/nan spelled per type's case), or NULL
 * with MemoryError. */
char *float_to_cstr(double v, char type, int precision, bool alt, bool add_dot_0);
/* float(x) for str/bytes/bytearray x (CPython's message names repr(x));
 * NULL without exception when x is not text. */
Obj *float_from_text_object(Obj *x);
Obj *float_method_format(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
Obj *float_hex(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames);
Obj *float_fromhex(Obj *cls, Obj *const *args, size_t nargs, Obj *kwnames);

#endif
