/* int_convert.c: ints to and from text: int(str, base) parsing with
 * CPython's rules (whitespace, sign, prefixes, underscores) and decimal /
 * binary / octal / hex output, both guarded by the 4300-digit limit. */
#include <stdlib.h>
#include <string.h>
#include "int_internal.h"
#include "err.h"
#include "str.h"
#include "args.h"
#include "str_algo.h"
#include "str_unicode.h"
#include "bytes.h"

intptr_t int_max_str_digits = 4300;

static bool is_space(unsigned char c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
}

static int digit_value(unsigned char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

/* ValueError "invalid literal for int() with base B: <repr of x, at most
 * 200 characters>". */
static void invalid_literal(Obj *x, int base) {
    err_format(&Exc_ValueError, "invalid literal for int() with base %d: %.200R", base, x);
}

static bool too_many_digits(size_t ndigits) {
    if (int_max_str_digits <= 0 || ndigits <= (size_t)int_max_str_digits) return false;
    err_format(&Exc_ValueError, "Exceeds the limit (%zd digits) for integer string conversion: "
               "value has %zu digits; use sys.set_int_max_str_digits() to increase the limit",
               int_max_str_digits, ndigits);
    return true;
}

/* Skips a 0x/0o/0b prefix that matches *base (or picks the base when 0). */
static size_t skip_prefix(const char *p, size_t n, int *base) {
    if (n < 2 || p[0] != '0') return 0;
    char c = (char)(p[1] | 0x20);
    int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
    if (pb == 0 || (*base != 0 && *base != pb)) return 0;
    *base = pb;
    return 2;
}

/* Copies the digits of p[0..n) into out (no underscores), checking that
 * every character is a digit of `base` and underscores sit between digits
 * (or right after a prefix).  Returns the digit count, or -1. */
static intptr_t collect_digits(const char *p, size_t n, int base, bool after_prefix, char *out) {
    intptr_t count = 0;
    bool prev_underscore = false, prev_digit = after_prefix;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        if (c == '_') {
            if (!prev_digit) return -1;
            prev_underscore = true;
            prev_digit = false;
            continue;
        }
        if (digit_value(c) >= base) return -1;
        out[count++] = (char)c;
        prev_underscore = false;
        prev_digit = true;
    }
    return prev_underscore || count == 0 ? -1 : count;
}

static Obj *digits_to_int(const char *digits, intptr_t n, int base, bool negative) {
    if (n <= 18 && base <= 10) {
        int64_t v = 0;
        for (intptr_t i = 0; i < n; i++) v = v * base + (digits[i] - '0');
        return int_from_i64(negative ? -v : v);
    }
    mpz_t z;
    mpz_init(z);
    mpz_set_str(z, digits, base);
    if (negative) mpz_neg(z, z);
    return int_from_mpz_steal(z);
}

/* A decimal literal with base 0 may not start with 0 unless it is all zeros. */
static bool bad_leading_zero(const char *digits, intptr_t n) {
    if (digits[0] != '0') return false;
    for (intptr_t i = 0; i < n; i++) if (digits[i] != '0') return true;
    return false;
}

/* Parses ASCII text like int(s, base).  On a malformed literal returns
 * NULL with *invalid set and no exception (the caller words the error). */
static Obj *parse_int(const char *s, size_t len, int base, bool *invalid) {
    *invalid = false;
    size_t a = 0, b = len;
    while (a < b && is_space((unsigned char)s[a])) a++;
    while (b > a && is_space((unsigned char)s[b - 1])) b--;
    bool negative = false;
    if (a < b && (s[a] == '+' || s[a] == '-')) negative = s[a++] == '-';
    size_t pre = skip_prefix(s + a, b - a, &base);
    bool decimal0 = base == 0;
    if (base == 0) base = 10;
    char small_buf[64];
    char *digits = b - a < sizeof small_buf ? small_buf : malloc(b - a + 1);
    if (digits == NULL) { err_no_memory(); return NULL; }
    intptr_t n = collect_digits(s + a + pre, b - a - pre, base, pre != 0, digits);
    Obj *res = NULL;
    if (n < 0 || (decimal0 && bad_leading_zero(digits, n))) {
        *invalid = true;
    } else if ((base & (base - 1)) != 0 && too_many_digits((size_t)n)) {
        /* error set */
    } else {
        digits[n] = '\0';
        res = digits_to_int(digits, n, base, negative);
    }
    if (digits != small_buf) free(digits);
    return res;
}

Obj *int_from_string(const char *s, size_t len, int base) {
    bool invalid;
    Obj *r = parse_int(s, len, base, &invalid);
    if (invalid) {
        Obj *text = str_decode_utf8(s, len, "replace");
        if (text == NULL) return NULL;
        invalid_literal(text, base);
        DECREF(text);
    }
    return r;
}

/* Value of the decimal digit cp (category Nd).  Unicode keeps every run of
 * decimal digits contiguous and starting at zero, so the value is the
 * position in the run. */
static int unicode_digit_value(uint32_t cp) {
    int k = 0;
    while (cp > 0 && uni_isdecimal(cp - 1)) { cp--; k++; }
    return k % 10;
}

static uint32_t utf8_next(const unsigned char **pp) {
    const unsigned char *p = *pp;
    uint32_t cp = *p;
    size_t n = cp < 0x80 ? 1 : cp < 0xE0 ? 2 : cp < 0xF0 ? 3 : 4;
    if (n > 1) cp &= 0x7F >> n;
    for (size_t i = 1; i < n; i++) cp = (cp << 6) | (p[i] & 0x3F);
    *pp = p + n;
    return cp;
}

int number_text(Obj *x, NumText *t) {
    t->heap = NULL;
    if (is_bytes(x)) {
        t->s = (const char *)((const BytesObj *)x)->data;
        t->len = ((const BytesObj *)x)->size;
        return 1;
    }
    if (is_bytearray(x)) {
        t->s = (const char *)((const ByteArrayObj *)x)->data;
        t->len = ((const ByteArrayObj *)x)->size;
        return 1;
    }
    if (!is_str(x)) return 0;
    t->s = str_data(x);
    t->len = str_size(x);
    if (((const StrObj *)x)->ascii) return 1;
    char *out = malloc(str_length(x) + 1);
    if (out == NULL) { err_no_memory(); return -1; }
    const unsigned char *p = (const unsigned char *)t->s, *end = p + t->len;
    size_t n = 0;
    while (p < end) {
        uint32_t cp = utf8_next(&p);
        if (cp < 0x80) out[n++] = (char)cp;
        else if (unicode_isspace(cp)) out[n++] = ' ';
        else if (uni_isdecimal(cp)) out[n++] = (char)('0' + unicode_digit_value(cp));
        else out[n++] = '?';
    }
    out[n] = '\0';
    t->s = t->heap = out;
    t->len = n;
    return 1;
}

Obj *int_from_text_object(Obj *x, int base) {
    NumText t;
    if (number_text(x, &t) <= 0) return NULL;
    bool invalid;
    Obj *r = parse_int(t.s, t.len, base, &invalid);
    free(t.heap);
    if (invalid) invalid_literal(x, base);
    return r;
}

/* ---- output ------------------------------------------------------------ */

static Obj *limit_exceeded(void) {
    err_format(&Exc_ValueError, "Exceeds the limit (%zd digits) for integer string "
               "conversion; use sys.set_int_max_str_digits() to increase the limit",
               int_max_str_digits);
    return NULL;
}

Obj *int_to_base_string(Obj *o, int base, bool with_prefix) {
    IntView v;
    mpz_srcptr z = intview_init(&v, o);
    size_t est = mpz_sizeinbase(z, base);
    if (base == 10 && int_max_str_digits > 0 && est > (size_t)int_max_str_digits + 1)
        return limit_exceeded();
    char *buf = malloc(est + 5);
    if (buf == NULL) { err_no_memory(); return NULL; }
    char *p = buf;
    if (mpz_sgn(z) < 0) *p++ = '-';
    if (with_prefix && base != 10) {
        *p++ = '0';
        *p++ = base == 16 ? 'x' : base == 8 ? 'o' : 'b';
    }
    mpz_t a;
    mpz_init(a);
    mpz_abs(a, z);
    mpz_get_str(p, base, a);
    mpz_clear(a);
    size_t ndigits = strlen(p);
    Obj *res = NULL;
    if (base == 10 && int_max_str_digits > 0 && ndigits > (size_t)int_max_str_digits)
        limit_exceeded();
    else
        res = str_from(buf, (size_t)(p - buf) + ndigits);
    free(buf);
    return res;
}

/* ---- sys.get_int_max_str_digits / sys.set_int_max_str_digits ------------ */

Obj *int_sys_get_max_str_digits(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (num_noargs("sys.get_int_max_str_digits", nargs, kwnames) < 0) return NULL;
    return small_new(int_max_str_digits);
}

Obj *int_sys_set_max_str_digits(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    static const char *const names[] = {"maxdigits", NULL};
    Obj *a[1];
    if (args_bind("set_int_max_str_digits", args, nargs, kwnames, names, 1, a) < 0) return NULL;
    Obj *n = obj_index(a[0]);
    if (n == NULL) return NULL;
    int overflow;
    int64_t v = int_as_i64(n, &overflow);
    DECREF(n);
    if (overflow || (v != 0 && v < 640)) {
        err_set_str(&Exc_ValueError, "maxdigits must be 0 or larger than 640");
        return NULL;
    }
    int_max_str_digits = (intptr_t)v;
    return NEWREF(NONE);
}

int int_index_ssize(Obj *o, intptr_t *out) {
    if (is_small(o)) {
        *out = small_value(o);
        return 0;
    }
    Obj *i = obj_index(o);
    if (i == NULL) return -1;
    *out = int_as_ssize(i);
    DECREF(i);
    return *out == -1 && err_occurred() ? -1 : 0;
}

int int_item_index(Obj *o, intptr_t *out) {
    if (is_small(o)) {
        *out = small_value(o);
        return 0;
    }
    Obj *i = obj_index(o);
    if (i == NULL) return -1;
    int overflow = 0;
    int64_t v = int_as_i64(i, &overflow);
    DECREF(i);
    if (overflow || v > INTPTR_MAX || v < INTPTR_MIN) {
        err_format(&Exc_IndexError, "cannot fit '%s' into an index-sized integer", type_name(o));
        return -1;
    }
    *out = (intptr_t)v;
    return 0;
}
