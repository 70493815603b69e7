/* float_repr.c: float <-> text: repr's layout of the shortest round-trip
 * digits (float_shortest.c), as CPython's 'short' float_repr_style, and
 * float(str) parsing with Python's grammar. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "float_internal.h"
#include "int_internal.h"
#include "err.h"
#include "str.h"

int float_shortest_digits(double v, char *digits) {
    uint64_t d;
    int p, e;
    float_shortest(v, &d, &p, &e);
    while (p > 1 && d % 10 == 0) {
        d /= 10;
        p--;
    }
    for (int i = p - 1; i >= 0; i--) {
        digits[i] = (char)('0' + d % 10);
        d /= 10;
    }
    digits[p] = '\0';
    return e + 1;
}

/* Writes digits with the decimal point at decpt, as repr does: plain
 * notation for -4 < decpt <= 16, else d.ddde±XX. */
static void layout_repr(const char *digits, int decpt, char *out) {
    int n = (int)strlen(digits);
    char *o = out;
    if (decpt > -4 && decpt <= 16) {
        if (decpt <= 0) {
            *o++ = '0';
            *o++ = '.';
            for (int i = 0; i < -decpt; i++) *o++ = '0';
            memcpy(o, digits, (size_t)n);
            o += n;
        } else if (decpt >= n) {
            memcpy(o, digits, (size_t)n);
            o += n;
            for (int i = n; i < decpt; i++) *o++ = '0';
            *o++ = '.';
            *o++ = '0';
        } else {
            memcpy(o, digits, (size_t)decpt);
            o += decpt;
            *o++ = '.';
            memcpy(o, digits + decpt, (size_t)(n - decpt));
            o += n - decpt;
        }
        *o = '\0';
        return;
    }
    int e = decpt - 1;
    *o++ = digits[0];
    if (n > 1) {
        *o++ = '.';
        memcpy(o, digits + 1, (size_t)(n - 1));
        o += n - 1;
    }
    sprintf(o, "e%c%02d", e < 0 ? '-' : '+', e < 0 ? -e : e);
}

void float_repr_cstr(double v, char *buf, size_t size) {
    if (isnan(v)) { snprintf(buf, size, "nan"); return; }
    if (isinf(v)) { snprintf(buf, size, v > 0 ? "inf" : "-inf"); return; }
    if (v == 0) { snprintf(buf, size, signbit(v) ? "-0.0" : "0.0"); return; }
    char digits[24], text[40];
    int decpt = float_shortest_digits(fabs(v), digits);
    text[0] = '-';
    layout_repr(digits, decpt, text + 1);
    snprintf(buf, size, "%s", v < 0 ? text : text + 1);
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

bool float_parse_special(const char *s, size_t n, double *out) {
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
    if (float_parse_special(s, len, out)) return true;
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
