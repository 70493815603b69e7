/* float_fixed.c: fixed-point and scientific text of a double ("%.*f",
 * "%.*e") without printf for the common cases: v * 10**k is computed
 * exactly in 128-bit integer arithmetic (v = m * 2**e, 10**k = 5**k * 2**k)
 * and rounded half to even, which is what printf (and CPython's dtoa) do
 * with the exact binary value.  Other values and precisions go to printf. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "float_internal.h"
#include "err.h"

typedef unsigned __int128 u128;

/* round(|v| * 10**prec) when it fits the fast path; false otherwise. */
static bool scaled_integer(double v, int prec, u128 *out) {
    double a = fabs(v);
    if (prec > 27 || !(a * pow(10.0, prec) < 1e36)) return false;   /* q stays below 2**120 */
    uint64_t bits;
    memcpy(&bits, &a, sizeof bits);
    int biased = (int)(bits >> 52);
    uint64_t m = bits & (((uint64_t)1 << 52) - 1);
    int e;
    if (biased == 0) {
        e = -1074;
    } else {
        m |= (uint64_t)1 << 52;
        e = biased - 1075;
    }
    u128 p5 = 1;
    for (int i = 0; i < prec; i++) p5 *= 5;
    /* |v| * 10**prec = m * 5**prec * 2**(e + prec) */
    u128 n = (u128)m * p5;   /* < 2**53 * 5**27 < 2**116 */
    int shift = e + prec;
    if (shift >= 0) {
        *out = n << shift;   /* bounded by the 1e36 test */
        return true;
    }
    int k = -shift;
    if (k >= 120) {   /* n < 2**116 is below half of 2**k: rounds to 0 */
        *out = 0;
        return true;
    }
    u128 q = n >> k, rem = n & (((u128)1 << k) - 1), half = (u128)1 << (k - 1);
    if (rem > half || (rem == half && (q & 1))) q++;
    *out = q;
    return true;
}

static inline int bit_length(u128 x) {
    uint64_t hi = (uint64_t)(x >> 64);
    return hi ? 128 - __builtin_clzll(hi) : (uint64_t)x ? 64 - __builtin_clzll((uint64_t)x) : 0;
}

/* round(v / 10**j) for v > 0, half to even, when the operands fit. */
static bool divided_integer(double v, int j, u128 *out) {
    if (j > 27) return false;
    uint64_t bits;
    memcpy(&bits, &v, sizeof bits);
    int biased = (int)(bits >> 52);
    uint64_t m = (bits & (((uint64_t)1 << 52) - 1)) | ((uint64_t)1 << 52);
    int e = biased - 1075;
    if (biased == 0 || e > 70) return false;
    /* v / 10**j = m * 2**e / (5**j * 2**j) = num / den */
    u128 num = (u128)m << (e > 0 ? e : 0);
    u128 den = 1;
    for (int i = 0; i < j; i++) den *= 5;
    int den_shift = j + (e < 0 ? -e : 0);
    if (bit_length(den) + den_shift > 125) return false;
    den <<= den_shift;
    u128 q = num / den, r = num % den;
    if (2 * r > den || (2 * r == den && (q & 1))) q++;
    *out = q;
    return true;
}

/* round(v * 10**(digits - 1 - e)): v scaled so exponent e has `digits`. */
static bool scaled_for(double v, int digits, int e, u128 *q) {
    int k = digits - 1 - e;
    return k >= 0 ? scaled_integer(v, k, q) : divided_integer(v, -k, q);
}

/* v (finite, > 0) rounded to `digits` significant digits: *d has exactly
 * that many digits and v ~ d * 10**(*exp10 - digits + 1).  The exponent is
 * the smallest e whose scaled, rounded value has at most `digits` digits
 * (so 9.99...e5 rounding up gives 1.00...e6, as printf); log10 guesses it
 * to within one. */
static bool sci_integer(double v, int digits, u128 *d, int *exp10) {
    if (digits < 1 || digits > 27) return false;
    u128 top = 1;
    for (int i = 0; i < digits; i++) top *= 10;
    int e = (int)floor(log10(v));
    u128 q, lower;
    if (!scaled_for(v, digits, e, &q)) return false;
    while (q >= top) {
        if (!scaled_for(v, digits, ++e, &q)) return false;
    }
    /* q > top/10 settles it; at or below, e - 1 may still fit */
    while (q <= top / 10) {
        if (!scaled_for(v, digits, e - 1, &lower)) return false;
        if (lower >= top) break;
        q = lower;
        e--;
    }
    *d = q;
    *exp10 = e;
    return true;
}

char *float_sci_cstr(double v, int prec, bool alt, bool upper) {
    u128 d;
    int exp10;
    double a = fabs(v);
    bool fast = a == 0.0 ? (d = 0, exp10 = 0, prec >= 0 && prec < 27)
                         : isfinite(a) && sci_integer(a, prec + 1, &d, &exp10);
    if (!fast) {
        const char *fmt = alt ? (upper ? "%#.*E" : "%#.*e") : (upper ? "%.*E" : "%.*e");
        int n = snprintf(NULL, 0, fmt, prec, v);
        char *r = n < 0 ? NULL : malloc((size_t)n + 1);
        if (r == NULL) { err_no_memory(); return NULL; }
        snprintf(r, (size_t)n + 1, fmt, prec, v);
        return r;
    }
    char digits[48];
    for (int i = prec; i >= 0; i--) {
        digits[i] = (char)('0' + (int)(d % 10));
        d /= 10;
    }
    char *r = malloc((size_t)prec + 16);
    if (r == NULL) { err_no_memory(); return NULL; }
    char *o = r;
    if (signbit(v)) *o++ = '-';
    *o++ = digits[0];
    if (prec > 0 || alt) *o++ = '.';
    memcpy(o, digits + 1, (size_t)prec);
    o += prec;
    *o++ = upper ? 'E' : 'e';
    *o++ = exp10 < 0 ? '-' : '+';
    int x = exp10 < 0 ? -exp10 : exp10;   /* at most 324: two or three digits */
    if (x >= 100) *o++ = (char)('0' + x / 100);
    *o++ = (char)('0' + x / 10 % 10);
    *o++ = (char)('0' + x % 10);
    *o = '\0';
    return r;
}

size_t float_fixed_write(double v, int prec, bool alt, char *buf, size_t size) {
    u128 q;
    if (prec < 0 || !isfinite(v) || !scaled_integer(v, prec, &q)) {
        int n = snprintf(buf, size, alt ? "%#.*f" : "%.*f", prec, v);
        return n < 0 ? 0 : (size_t)n;
    }
    char digits[48];
    char *p = digits + sizeof digits;
    int nd = 0;
    do {
        *--p = (char)('0' + (int)(q % 10));
        q /= 10;
        nd++;
    } while (q != 0);
    while (nd < prec + 1) {   /* at least one digit before the point */
        *--p = '0';
        nd++;
    }
    bool neg = signbit(v);
    int ip = nd - prec;
    size_t len = (size_t)neg + (size_t)nd + (prec > 0 || alt);
    if (len >= size) return len;
    char *o = buf;
    if (neg) *o++ = '-';
    memcpy(o, p, (size_t)ip);
    o += ip;
    if (prec > 0 || alt) *o++ = '.';
    memcpy(o, p + ip, (size_t)prec);
    o[prec] = '\0';
    return len;
}

char *float_fixed_cstr(double v, int prec, bool alt) {
    char small[64];
    size_t n = float_fixed_write(v, prec, alt, small, sizeof small);
    char *r = malloc(n + 1);
    if (r == NULL) { err_no_memory(); return NULL; }
    if (n < sizeof small) memcpy(r, small, n + 1);
    else float_fixed_write(v, prec, alt, r, n + 1);
    return r;
}
