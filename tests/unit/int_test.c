/* int_test.c: the C API of the number types: tagged/GMP int normalisation,
 * arithmetic at the small/big boundary, int <-> text with CPython's errors,
 * int <-> double (correct rounding, overflow), the numeric hash shared by
 * int, float and bool, float repr and parsing, and int/float __format__. */
#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "api.h"
#include "err.h"
#include "int_internal.h"
#include "float_internal.h"
#include "str.h"
#include "unit_support.h"

TestSuite(int, .init = interpreter_setup);

/* Asserts that o is a str equal to want, then releases o. */
static void assert_str(Obj *o, const char *want)
{
    cr_assert_not_null(o, "NULL result, want \"%s\"", want);
    cr_assert(is_str(o));
    cr_assert_str_eq(str_data(o), want);
    DECREF(o);
}

/* Asserts that the current exception is `type` with message `msg`. */
static void assert_error(Type *type, const char *msg)
{
    Obj *exc = err_fetch();
    cr_assert_not_null(exc, "no exception, want %s", msg);
    cr_assert(obj_isinstance(exc, (Obj *)type) == 1, "wrong exception type for %s", msg);
    Obj *s = obj_str(exc);
    cr_assert_not_null(s);
    cr_assert_str_eq(str_data(s), msg);
    DECREF(s);
    DECREF(exc);
}

static Obj *parse(const char *text, int base)
{
    return int_from_string(text, strlen(text), base);
}

Test(int, small_ints_stay_tagged)
{
    cr_assert(is_small(int_from_i64(SMALL_MAX)));
    cr_assert(is_small(int_from_i64(SMALL_MIN)));
    Obj *big = int_from_i64((int64_t)SMALL_MAX + 1);
    cr_assert(!is_small(big));
    cr_assert_eq(TYPE(big), &IntType);
    /* big - 1 comes back as a tagged int */
    Obj *back = int_sub(big, small_new(1));
    cr_assert(is_small(back));
    cr_assert_eq(small_value(back), SMALL_MAX);
    DECREF(big);
}

Test(int, arithmetic_crosses_the_tag_boundary)
{
    Obj *a = small_new(SMALL_MAX);
    Obj *sum = int_add(a, a);
    assert_str(int_repr(sum), "9223372036854775806");
    Obj *prod = int_mul(sum, sum);
    assert_str(int_repr(prod), "85070591730234615828950163710522949636");
    Obj *q = int_floordiv(prod, sum);
    cr_assert_eq(int_compare(q, sum), 0);
    DECREF(q);
    DECREF(prod);
    DECREF(sum);
    Obj *neg = int_floordiv(small_new(-7), small_new(2));
    cr_assert_eq(small_value(neg), -4);
    cr_assert_eq(small_value(int_mod(small_new(-7), small_new(2))), 1);
    cr_assert_eq(small_value(int_mod(small_new(7), small_new(-2))), -1);
    cr_assert_null(int_floordiv(small_new(1), small_new(0)));
    assert_error(&Exc_ZeroDivisionError, "integer division or modulo by zero");
}

Test(int, parsing_bases_and_underscores)
{
    Obj *o = parse("  -0x_ff  ", 0);
    cr_assert(is_small(o));
    cr_assert_eq(small_value(o), -255);
    cr_assert_eq(small_value(parse("1_000", 10)), 1000);
    cr_assert_eq(small_value(parse("z", 36)), 35);
    cr_assert_eq(small_value(parse("0b101", 2)), 5);
    cr_assert_eq(small_value(parse("000", 0)), 0);
    assert_str(int_repr(parse("123456789012345678901234567890", 10)),
               "123456789012345678901234567890");
    cr_assert_null(parse("1__0", 10));
    assert_error(&Exc_ValueError, "invalid literal for int() with base 10: '1__0'");
    cr_assert_null(parse("010", 0));
    assert_error(&Exc_ValueError, "invalid literal for int() with base 0: '010'");
    cr_assert_null(parse("12", 2));
    assert_error(&Exc_ValueError, "invalid literal for int() with base 2: '12'");
}

Test(int, decimal_digit_limit)
{
    char text[4302];
    memset(text, '7', 4301);
    text[4301] = '\0';
    cr_assert_null(parse(text, 10));
    assert_error(&Exc_ValueError, "Exceeds the limit (4300 digits) for integer string conversion: "
                 "value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit");
    Obj *hex = parse(text, 16);   /* powers of two are not limited */
    cr_assert_not_null(hex);
    DECREF(hex);
}

Test(int, to_double_rounds_half_even)
{
    /* 2**53 + 1 is a tie between 2**53 and 2**53 + 2: even wins */
    Obj *o = parse("9007199254740993", 10);
    cr_assert_eq(int_as_double(o), 9007199254740992.0);
    /* 2**54 + 3 rounds up to 2**54 + 4 */
    Obj *p = parse("18014398509481987", 10);
    cr_assert_eq(int_as_double(p), 18014398509481988.0);
    Obj *huge = int_lshift(small_new(1), small_new(1024));
    cr_assert_eq(int_as_double(huge), -1.0);
    assert_error(&Exc_OverflowError, "int too large to convert to float");
    DECREF(huge);
}

Test(int, numeric_hash_is_shared)
{
    cr_assert_eq(int_hash(small_new(1)), float_hash(1.0));
    cr_assert_eq(int_hash(TRUE_), 1);
    cr_assert_eq(int_hash(small_new(-1)), -2);
    cr_assert_eq(float_hash(-1.0), -2);
    /* the modulus is 2**61 - 1 */
    Obj *m = parse("2305843009213693951", 10);
    cr_assert_eq(int_hash(m), 0);
    Obj *big = int_lshift(small_new(1), small_new(100));
    cr_assert_eq(int_hash(big), float_hash(ldexp(1.0, 100)));
    cr_assert_eq(float_hash(INFINITY), 314159);
    DECREF(big);
}

Test(int, float_repr_is_shortest)
{
    char buf[40];
    const struct { double v; const char *want; } cases[] = {
        {0.1, "0.1"}, {1e22, "1e+22"}, {1e16, "1e+16"}, {1e-05, "1e-05"}, {0.0001, "0.0001"},
        {-0.0, "-0.0"}, {INFINITY, "inf"}, {NAN, "nan"}, {5e-324, "5e-324"},
        {0.1 + 0.2, "0.30000000000000004"}, {123456789.0, "123456789.0"},
        {ldexp(1.0, -44), "5.684341886080802e-14"}, {1.7976931348623157e308, "1.7976931348623157e+308"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        float_repr_cstr(cases[i].v, buf, sizeof buf);
        cr_assert_str_eq(buf, cases[i].want);
    }
}

Test(int, float_parsing)
{
    double v;
    cr_assert(float_parse_cstr("1_000.5", 7, &v));
    cr_assert_eq(v, 1000.5);
    cr_assert(float_parse_cstr("-Infinity", 9, &v));
    cr_assert(isinf(v) && v < 0);
    cr_assert(!float_parse_cstr("1__0", 4, &v));
    cr_assert(!float_parse_cstr("1e", 2, &v));
    Obj *f = float_from_string(" 2.5\n", 5);
    cr_assert_eq(float_value(f), 2.5);
    DECREF(f);
    cr_assert_null(float_from_string("x", 1));
    assert_error(&Exc_ValueError, "could not convert string to float: 'x'");
}

Test(int, formatting)
{
    Obj *spec = str_from_cstr("010,");
    assert_str(int_format(small_new(1234), spec), "00,001,234");
    DECREF(spec);
    spec = str_from_cstr("#_x");
    assert_str(int_format(small_new(0x12345), spec), "0x1_2345");
    DECREF(spec);
    Obj *f = float_new(-0.0001);
    spec = str_from_cstr("z.2f");
    assert_str(float_format(f, spec), "0.00");
    DECREF(spec);
    spec = str_from_cstr("x");
    cr_assert_null(float_format(f, spec));
    assert_error(&Exc_ValueError, "Unknown format code 'x' for object of type 'float'");
    DECREF(spec);
    DECREF(f);
    spec = str_from_cstr(",s");
    cr_assert_null(int_format(small_new(1), spec));
    assert_error(&Exc_ValueError, "Cannot specify ',' with 's'.");
    DECREF(spec);
}

Test(int, power_errors)
{
    cr_assert_null(int_pow(small_new(0), small_new(-1)));
    assert_error(&Exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
    Obj *r = int_pow(small_new(2), small_new(-2));
    cr_assert(is_float(r));
    cr_assert_eq(float_value(r), 0.25);
    DECREF(r);
    cr_assert_null(float_pow_doubles(10.0, 400.0));
    Obj *exc = err_fetch();
    cr_assert(obj_isinstance(exc, (Obj *)&Exc_OverflowError) == 1);
    Obj *s = obj_str(exc);
    cr_assert_str_eq(str_data(s), "(34, 'Numerical result out of range')");
    DECREF(s);
    DECREF(exc);
}

Test(int, bool_is_an_int)
{
    cr_assert(is_int(TRUE_));
    cr_assert(!is_exact_int(TRUE_));
    Obj *two = int_add(TRUE_, TRUE_);
    cr_assert(is_small(two));
    cr_assert_eq(small_value(two), 2);
    assert_str(obj_repr(FALSE_), "False");
    Obj *x = int_xor(TRUE_, TRUE_);
    cr_assert_eq(small_value(x), 0);   /* int's ^ gives an int; bool's slot keeps bools */
    cr_assert_eq(BoolType.number->binop[BINOP_XOR](TRUE_, TRUE_), FALSE_);
    cr_assert_eq(BoolType.number->binop[BINOP_AND](TRUE_, small_new(1)), small_new(1));
}

/* Ryu's digits read back as v, and the correctly rounded decimal one digit
 * shorter does not (so they are the shortest), on pseudo-random doubles of
 * every kind: normal, subnormal, powers of two. */
Test(int, shortest_digits_round_trip_and_are_minimal)
{
    uint64_t state = 0x9E3779B97F4A7C15ULL;
    for (int i = 0; i < 20000; i++) {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        uint64_t bits = state & ~((uint64_t)1 << 63);
        if (i % 3 == 1) bits &= ~(((uint64_t)1 << 52) - 1);   /* a power of two */
        if (i % 3 == 2) bits &= ((uint64_t)1 << 52) - 1;      /* subnormal */
        double v;
        memcpy(&v, &bits, sizeof v);
        if (!isfinite(v) || v == 0.0) continue;
        uint64_t d;
        int n, e;
        float_shortest(v, &d, &n, &e);
        char buf[48];
        snprintf(buf, sizeof buf, "%llue%d", (unsigned long long)d, e - n + 1);
        cr_assert_eq(strtod(buf, NULL), v, "%a -> %s does not read back", v, buf);
        if (n > 1) {
            snprintf(buf, sizeof buf, "%.*e", n - 2, v);
            cr_assert_neq(strtod(buf, NULL), v, "%a: %s is shorter than Ryu's %d digits", v, buf, n);
        }
    }
}

/* The printf-free "%.*f" and "%.*e" paths agree with printf, ties included. */
Test(int, fixed_and_scientific_match_printf)
{
    uint64_t state = 0x2545F4914F6CDD1DULL;
    for (int i = 0; i < 30000; i++) {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        double v;
        switch (i % 4) {
        case 0: v = (double)(state % 2000001) / 1000.0 - 1000.0; break;   /* decimal ties */
        case 1: v = (double)(state % 100000) / 8.0; break;                 /* binary ties */
        case 2: v = ldexp((double)(state >> 11), (int)(state % 140) - 100); break;
        default: v = ldexp((double)(state >> 11), -(int)(state % 1100)); break;
        }
        int prec = (int)((state >> 40) % 30);
        bool alt = (state >> 50) % 7 == 0;
        char want[700];
        snprintf(want, sizeof want, alt ? "%#.*f" : "%.*f", prec, v);
        char *got = float_fixed_cstr(v, prec, alt);
        cr_assert_str_eq(got, want, "%a with %d digits", v, prec);
        free(got);
        snprintf(want, sizeof want, alt ? "%#.*e" : "%.*e", prec, v);
        got = float_sci_cstr(v, prec, alt, false);
        cr_assert_str_eq(got, want, "%a with %d digits", v, prec);
        free(got);
    }
}
