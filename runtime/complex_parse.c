/* complex_parse.c: complex(str) parsing with CPython's grammar:
 * optional whitespace and one pair of parentheses around <float>,
 * <float>j, <float><signed float>j, <float><sign>j, <sign>j or j, with
 * underscores only between digits.  Floats that overflow read as inf.
 * complex_parse returns 0, -1 for a malformed string, -2 for misplaced
 * underscores (CPython's "could not convert string to complex"). */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <math.h>
#include "complex.h"

static bool is_space(unsigned char c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
}
static bool is_digit(char c) { return c >= '0' && c <= '9'; }

/* The longest float at s[0..n) (sign, digits with an optional point, an
 * exponent only when it has digits; inf, infinity, nan in any case).
 * Returns its length (0: none) and its value in *out. */
static size_t scan_float(const char *s, size_t n, double *out) {
    size_t i = 0;
    bool neg = false;
    if (i < n && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
    if (n - i >= 3 && strncasecmp(s + i, "inf", 3) == 0) {
        i += 3;
        if (n - i >= 5 && strncasecmp(s + i, "inity", 5) == 0) i += 5;
        *out = neg ? -INFINITY : INFINITY;
        return i;
    }
    if (n - i >= 3 && strncasecmp(s + i, "nan", 3) == 0) {
        *out = neg ? -NAN : NAN;
        return i + 3;
    }
    size_t start = i, ndig = 0;
    while (i < n && is_digit(s[i])) i++, ndig++;
    if (i < n && s[i] == '.') {
        i++;
        while (i < n && is_digit(s[i])) i++, ndig++;
    }
    if (ndig == 0) return 0;
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        size_t j = i + 1;
        if (j < n && (s[j] == '+' || s[j] == '-')) j++;
        if (j < n && is_digit(s[j])) {
            while (j < n && is_digit(s[j])) j++;
            i = j;
        }
    }
    char small[64];
    size_t len = i - start;
    char *buf = len < sizeof small ? small : malloc(len + 1);
    if (buf == NULL) return 0;
    memcpy(buf, s + start, len);
    buf[len] = '\0';
    double v = strtod(buf, NULL);
    if (buf != small) free(buf);
    *out = neg ? -v : v;
    return i;
}

static bool is_j(const char *s, size_t n, size_t i) { return i < n && (s[i] == 'j' || s[i] == 'J'); }

static int parse_plain(const char *s, size_t n, Cplx *out) {
    size_t i = 0;
    while (i < n && is_space((unsigned char)s[i])) i++;
    bool bracket = i < n && s[i] == '(';
    if (bracket) {
        i++;
        while (i < n && is_space((unsigned char)s[i])) i++;
    }
    double x = 0.0, y = 0.0, z;
    size_t k = scan_float(s + i, n - i, &z);
    if (k > 0) {
        i += k;
        if (i < n && (s[i] == '+' || s[i] == '-')) {
            x = z;
            size_t k2 = scan_float(s + i, n - i, &y);
            if (k2 > 0) {
                i += k2;
            } else {
                y = s[i] == '+' ? 1.0 : -1.0;
                i++;
            }
            if (!is_j(s, n, i)) return -1;
            i++;
        } else if (is_j(s, n, i)) {
            i++;
            y = z;
        } else {
            x = z;
        }
    } else {
        if (i < n && (s[i] == '+' || s[i] == '-')) {
            y = s[i] == '+' ? 1.0 : -1.0;
            i++;
        } else {
            y = 1.0;
        }
        if (!is_j(s, n, i)) return -1;
        i++;
    }
    while (i < n && is_space((unsigned char)s[i])) i++;
    if (bracket) {
        if (i >= n || s[i] != ')') return -1;
        i++;
        while (i < n && is_space((unsigned char)s[i])) i++;
    }
    if (i != n) return -1;
    *out = (Cplx){x, y};
    return 0;
}

/* Drops the underscores, each of which must sit between two digits. */
static int strip_underscores(const char *s, size_t n, char *buf, size_t *outlen) {
    char prev = '\0';
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == '_') {
            if (!is_digit(prev)) return -1;
        } else {
            if (prev == '_' && !is_digit(c)) return -1;
            buf[o++] = c;
        }
        prev = c;
    }
    if (prev == '_') return -1;
    *outlen = o;
    return 0;
}

int complex_parse(const char *s, size_t len, Cplx *out) {
    if (memchr(s, '\0', len) != NULL) return -1;
    if (memchr(s, '_', len) == NULL) return parse_plain(s, len, out);
    char *buf = malloc(len + 1);
    if (buf == NULL) return -1;
    size_t n;
    int r = strip_underscores(s, len, buf, &n);
    if (r < 0) r = -2;
    else r = parse_plain(buf, n, out);
    free(buf);
    return r;
}
