/* float_hex.c: float.hex() and float.fromhex(), CPython's hexadecimal
 * float notation ("0x1.8000000000000p+1").  Parsing checks Python's syntax
 * and leaves the correctly rounded conversion to C's strtod. */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "float_internal.h"
#include "int_internal.h"
#include "err.h"
#include "str.h"
#include "args.h"

Obj *float_hex(Obj *self, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (num_noargs("float.hex", nargs, kwnames) < 0) return NULL;
    double v = float_value(self);
    char buf[40];
    if (isnan(v) || isinf(v)) {
        float_repr_cstr(v, buf, sizeof buf);
        return str_from_cstr(buf);
    }
    uint64_t bits;
    memcpy(&bits, &v, sizeof bits);
    const char *sign = bits >> 63 ? "-" : "";
    uint64_t mant = bits & (((uint64_t)1 << 52) - 1);
    int biased = (int)((bits >> 52) & 0x7FF);
    if (biased == 0 && mant == 0)
        snprintf(buf, sizeof buf, "%s0x0.0p+0", sign);
    else if (biased == 0)   /* subnormal: 0x0.<52 bits>p-1022 */
        snprintf(buf, sizeof buf, "%s0x0.%013llxp-1022", sign, (unsigned long long)mant);
    else
        snprintf(buf, sizeof buf, "%s0x1.%013llxp%+d", sign, (unsigned long long)mant, biased - 1023);
    return str_from_cstr(buf);
}

static bool is_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
static bool is_hex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* Checks [sign][0x]hex[.hex][p[sign]dec] and copies it to out with a 0x
 * prefix, in the form strtod reads. */
static bool normalise_hex(const char *s, size_t n, char *out) {
    size_t i = 0;
    char *o = out;
    if (i < n && (s[i] == '+' || s[i] == '-')) *o++ = s[i++];
    *o++ = '0';
    *o++ = 'x';
    if (i + 1 < n && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X')) i += 2;
    size_t digits = 0;
    while (i < n && is_hex(s[i])) { *o++ = s[i++]; digits++; }
    if (i < n && s[i] == '.') {
        *o++ = s[i++];
        while (i < n && is_hex(s[i])) { *o++ = s[i++]; digits++; }
    }
    if (digits == 0) return false;
    if (i < n && (s[i] == 'p' || s[i] == 'P')) {
        *o++ = s[i++];
        if (i < n && (s[i] == '+' || s[i] == '-')) *o++ = s[i++];
        size_t start = i;
        while (i < n && s[i] >= '0' && s[i] <= '9') *o++ = s[i++];
        if (i == start) return false;
    }
    *o = '\0';
    return i == n;
}

/* 1 parsed, 0 invalid, -1 overflow or memory error (exception set). */
static int parse_hex(const char *s, size_t len, double *out) {
    size_t a = 0, b = len;
    while (a < b && is_space((unsigned char)s[a])) a++;
    while (b > a && is_space((unsigned char)s[b - 1])) b--;
    if (float_parse_special(s + a, b - a, out)) return 1;
    char small[96];
    char *buf = b - a + 4 <= sizeof small ? small : malloc(b - a + 4);
    if (buf == NULL) { err_no_memory(); return -1; }
    int rc = 0;
    if (normalise_hex(s + a, b - a, buf)) {
        errno = 0;
        *out = strtod(buf, NULL);
        rc = 1;
        if (isinf(*out)) {
            err_set_str(&Exc_OverflowError, "hexadecimal value too large to represent as a float");
            rc = -1;
        }
    }
    if (buf != small) free(buf);
    return rc;
}

Obj *float_fromhex(Obj *cls, Obj *const *args, size_t nargs, Obj *kwnames) {
    if (args_no_kwargs("float.fromhex", kwnames) < 0 ||
        args_count("float.fromhex", nargs, 1, 1) < 0) return NULL;
    if (!is_str(args[0])) {
        err_set_str(&Exc_TypeError, "bad argument type for built-in operation");
        return NULL;
    }
    double v;
    int rc = parse_hex(str_data(args[0]), str_size(args[0]), &v);
    if (rc == 0) err_set_str(&Exc_ValueError, "invalid hexadecimal floating-point string");
    if (rc <= 0) return NULL;
    Obj *f = float_new(v);
    if (f == NULL || cls == (Obj *)&FloatType) return f;
    Obj *r = obj_call1(cls, f);
    DECREF(f);
    return r;
}
