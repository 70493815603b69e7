/* float_repr.c: float <-> text: the shortest round-trip repr (CPython's
 * 'short' float_repr_style) and float(str) parsing with Python's grammar. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "float_internal.h"
#include "int_internal.h"
#include "err.h"
#include "str.h"

/* p significant digits of v in exponent form; true when they read back as v. */
static bool digits_round_trip(double v, int p, char *buf, size_t size) {
    snprintf(buf, size, "%.*e", p - 1, v);
    return strtod(buf, NULL) == v;
}

/* Splits "D.DDDDe+XX" into its digits as an integer and the exponent. */
static uint64_t parse_sci(const char *buf, int *exp10) {
    uint64_t d = 0;
    const char *p = buf;
    for (; *p != 'e'; p++)
        if (*p >= '0' && *p <= '9') d = d * 10 + (uint64_t)(*p - '0');
    *exp10 = atoi(p + 1);
    return d;
}

/* d (p digits, value d * 10**(exp10 - p + 1)) reads back as v. */
static bool candidate_round_trips(double v, uint64_t d, int p, int exp10) {
    char buf[48];
    snprintf(buf, sizeof buf, "%llue%d", (unsigned long long)d, exp10 - p + 1);
    return strtod(buf, NULL) == v;
}

/* Shortest digits of v as the integer *d with *p digits and exponent *e.
 * The correctly rounded p-digit decimal is the closest p-digit one, so when
 * v's rounding interval is symmetric, "some p-digit decimal round-trips"
 * means the correctly rounded one does, and that is monotonic in p: a
 * binary search finds the shortest.  At a power of two the interval above
 * v is twice the one below, and a neighbour of the correctly rounded
 * decimal may round-trip with fewer digits. */
static void shortest(double v, uint64_t *d, int *p, int *e) {
    char buf[40];
    int lo = 1, hi = 17;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (digits_round_trip(v, mid, buf, sizeof buf)) hi = mid;
        else lo = mid + 1;
    }
    digits_round_trip(v, lo, buf, sizeof buf);
    *d = parse_sci(buf, e);
    *p = lo;
    int m_exp;
    if (frexp(v, &m_exp) != 0.5 || v < 2.2250738585072014e-308) return;
    for (int q = lo - 1; q >= 1; q--) {
        int ce;
        snprintf(buf, sizeof buf, "%.*e", q - 1, v);
        uint64_t cd = parse_sci(buf, &ce);
        uint64_t up = cd + 1, down = cd - 1;
        uint64_t top = 1;
        for (int i = 0; i < q; i++) top *= 10;
        if (up < top && candidate_round_trips(v, up, q, ce)) {
            *d = up; *p = q; *e = ce;
        } else if (down >= top / 10 && candidate_round_trips(v, down, q, ce)) {
            *d = down; *p = q; *e = ce;
        } else {
            return;
        }
    }
}

int float_shortest_digits(double v, char *digits) {
    uint64_t d;
    int p, e;
    shortest(v, &d, &p, &e);
    char tmp[24];
    snprintf(tmp, sizeof tmp, "%0*llu", p, (unsigned long long)d);
    size_t n = strlen(tmp);
    while (n > 1 && tmp[n - 1] == '0') n--;
    memcpy(digits, tmp, n);
    digits[n] = '\0';
    return e + 1;
}

/* Writes digits with the decimal point at decpt, as repr does: plain
 * notation for -4 < decpt <= 16, else d.ddde±XX. */
static void layout_repr(const char *digits, int decpt, char *out, size_t size) {
    static const char zeros[] = "0000000000000000";
    int n = (int)strlen(digits);
    if (decpt > -4 && decpt <= 16) {
        if (decpt <= 0)
            snprintf(out, size, "0.%.*s%s", -decpt, zeros, digits);
        else if (decpt >= n)
            snprintf(out, size, "%s%.*s.0", digits, decpt - n, zeros);
        else
            snprintf(out, size, "%.*s.%s", decpt, digits, digits + decpt);
        return;
    }
    int e = decpt - 1;
    snprintf(out, size, "%c%s%se%c%02d", digits[0], n > 1 ? "." : "", digits + 1,
             e < 0 ? '-' : '+', e < 0 ? -e : e);
}

void float_repr_cstr(double v, char *buf, size_t size) {
    if (isnan(v)) { snprintf(buf, size, "nan"); return; }
    if (isinf(v)) { snprintf(buf, size, v > 0 ? "inf" : "-inf"); return; }
    if (v == 0) { snprintf(buf, size, signbit(v) ? "-0.0" : "0.0"); return; }
    char digits[24];
    int decpt = float_shortest_digits(fabs(v), digits);
    if (v < 0) *buf++ = '-', size--;
    layout_repr(digits, decpt, buf, size);
}

/* ---- parsing ----------------------------------------------------------- */

static bool is_space(unsigned char c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
}

static bool is_digit(char c) { return c >= '0' && c <= '9'; }

/* Digits with single underscores between them; copies the digits to *out. */
static size_t scan_digits(const char *s, size_t n, size_t i, char **out) {
    size_t start = i;
    while (i < n) {
        if (is_digit(s[i])) { *(*out)++ = s[i++]; continue; }
        if (s[i] == '_' && i > start && i + 1 < n && is_digit(s[i + 1]) && is_digit(s[i - 1])) {
            i++;
            continue;
        }
        break;
    }
    return i;
}

/* inf, infinity, nan (any case) after an optional sign; 0 if not one. */
static bool parse_special(const char *s, size_t n, double *out) {
    double sign = 1.0;
    if (n > 0 && (*s == '+' || *s == '-')) { sign = *s == '-' ? -1.0 : 1.0; s++; n--; }
    if ((n == 3 && strncasecmp(s, "inf", 3) == 0) || (n == 8 && strncasecmp(s, "infinity", 8) == 0)) {
        *out = sign * INFINITY;
        return true;
    }
    if (n == 3 && strncasecmp(s, "nan", 3) == 0) {
        *out = sign < 0 ? -NAN : NAN;
        return true;
    }
    return false;
}

/* Checks Python's float literal grammar and copies it without underscores
 * into buf, for strtod. */
static bool normalise_literal(const char *s, size_t n, char *buf) {
    char *o = buf;
    size_t i = 0;
    if (i < n && (s[i] == '+' || s[i] == '-')) *o++ = s[i++];
    size_t before = i;
    char *mant = o;
    i = scan_digits(s, n, i, &o);
    bool int_digits = o > mant;
    if (i < n && s[i] == '.') {
        *o++ = s[i++];
        char *frac = o;
        if (i < n && s[i] == '_') return false;
        i = scan_digits(s, n, i, &o);
        if (!int_digits && o == frac) return false;
    } else if (!int_digits || (i > before && s[i - 1] == '_')) {
        return false;
    }
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        *o++ = s[i++];
        if (i < n && (s[i] == '+' || s[i] == '-')) *o++ = s[i++];
        char *exp = o;
        i = scan_digits(s, n, i, &o);
        if (o == exp) return false;
    }
    *o = '\0';
    return i == n;
}

static void could_not_convert(const char *s, size_t len) {
    Obj *text = str_decode_utf8(s, len, "replace");
    if (text == NULL) return;
    err_format(&Exc_ValueError, "could not convert string to float: %R", text);
    DECREF(text);
}

/* Parses s[0..len) as a Python float literal (no surrounding space); false
 * when it is not one. */
bool float_parse_cstr(const char *s, size_t len, double *out) {
    if (parse_special(s, len, out)) return true;
    char small[80];
    char *buf = len < sizeof small ? small : malloc(len + 1);
    if (buf == NULL) return false;
    bool ok = normalise_literal(s, len, buf);
    if (ok) *out = strtod(buf, NULL);
    if (buf != small) free(buf);
    return ok;
}

/* Parses text with surrounding whitespace; false when it is no float. */
static bool parse_stripped(const char *s, size_t len, double *v) {
    size_t a = 0, b = len;
    while (a < b && is_space((unsigned char)s[a])) a++;
    while (b > a && is_space((unsigned char)s[b - 1])) b--;
    return a < b && float_parse_cstr(s + a, b - a, v);
}

Obj *float_from_string(const char *s, size_t len) {
    double v;
    if (!parse_stripped(s, len, &v)) {
        could_not_convert(s, len);
        return NULL;
    }
    return float_new(v);
}

Obj *float_from_text_object(Obj *x) {
    NumText t;
    if (number_text(x, &t) <= 0) return NULL;
    double v;
    bool ok = parse_stripped(t.s, t.len, &v);
    free(t.heap);
    if (!ok) {
        err_format(&Exc_ValueError, "could not convert string to float: %R", x);
        return NULL;
    }
    return float_new(v);
}
