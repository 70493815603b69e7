/* float_fixed.c: fixed-point text of a double ("%.*f") without printf for
 * the common cases: v * 10**prec is computed exactly in 128-bit integer
 * arithmetic (v = m * 2**e, 10**prec = 5**prec * 2**prec) and rounded half
 * to even, which is what printf (and CPython's dtoa) do with the exact
 * binary value.  Large values and long precisions go to printf. */
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
