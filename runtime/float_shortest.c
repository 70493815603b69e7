/* float_shortest.c: the shortest decimal digits that read back as a given
 * double (the digits of repr), by Ulf Adams' Ryu algorithm: the decimal
 * interval of values that round to the double is computed with 128-bit
 * fixed-point powers of five, then digits are dropped while the interval
 * still holds a shorter number.  The tables are built once, exactly, with
 * GMP.  Ties between two shortest candidates go to the even one, and the
 * closest candidate wins, as in David Gay's dtoa that CPython uses. */
#include <gmp.h>
#include <string.h>
#include "float_internal.h"

#define POW5_BITS 125          /* bits kept of each power of five */
#define POW5_INV_BITS 125      /* bits kept of each inverse power */
#define POW5_COUNT 326         /* 5**0 .. 5**325 */
#define POW5_INV_COUNT 342     /* 5**-0 .. 5**-341 */

typedef unsigned __int128 u128;

static u128 pow5[POW5_COUNT];
static u128 pow5_inv[POW5_INV_COUNT];
static bool tables_ready;

/* Bit length of 5**e (1 for e = 0), for e <= 3528. */
static inline int pow5_bits(int e) { return (int)(((uint32_t)e * 1217359u) >> 19) + 1; }
/* floor(log10(2**e)) and floor(log10(5**e)), for small non-negative e. */
static inline uint32_t log10_pow2(int e) { return ((uint32_t)e * 78913u) >> 18; }
static inline uint32_t log10_pow5(int e) { return ((uint32_t)e * 732923u) >> 20; }

static u128 mpz_to_u128(mpz_srcptr z) {
    mpz_t t;
    mpz_init(t);
    mpz_tdiv_q_2exp(t, z, 64);
    u128 hi = mpz_get_ui(t);
    mpz_clear(t);
    return (hi << 64) | (u128)(uint64_t)mpz_getlimbn(z, 0);
}

/* pow5[i] = the top POW5_BITS bits of 5**i; pow5_inv[i] = 2**k / 5**i + 1
 * with k = bitlength(5**i) - 1 + POW5_INV_BITS. */
static void build_tables(void) {
    mpz_t p, t;
    mpz_inits(p, t, NULL);
    mpz_set_ui(p, 1);
    for (int i = 0; i < POW5_INV_COUNT; i++) {
        int len = (int)mpz_sizeinbase(p, 2);
        if (i < POW5_COUNT) {
            if (len > POW5_BITS) mpz_tdiv_q_2exp(t, p, (mp_bitcnt_t)(len - POW5_BITS));
            else mpz_mul_2exp(t, p, (mp_bitcnt_t)(POW5_BITS - len));
            pow5[i] = mpz_to_u128(t);
        }
        mpz_set_ui(t, 0);
        mpz_setbit(t, (mp_bitcnt_t)(len - 1 + POW5_INV_BITS));
        mpz_tdiv_q(t, t, p);
        mpz_add_ui(t, t, 1);
        pow5_inv[i] = mpz_to_u128(t);
        mpz_mul_ui(p, p, 5);
    }
    mpz_clears(p, t, NULL);
    tables_ready = true;
}

/* (m * mul) >> shift for a 64-bit m, 128-bit mul, shift > 64. */
static inline uint64_t mul_shift(uint64_t m, u128 mul, int shift) {
    u128 low = (u128)m * (uint64_t)mul;
    u128 high = (u128)m * (uint64_t)(mul >> 64);
    return (uint64_t)(((low >> 64) + high) >> (shift - 64));
}

static inline bool multiple_of_pow5(uint64_t v, uint32_t p) {
    uint32_t count = 0;
    while (v != 0 && v % 5 == 0) { v /= 5; count++; }
    return count >= p;
}

static inline bool multiple_of_pow2(uint64_t v, uint32_t p) {
    return p >= 64 ? v == 0 : (v & (((uint64_t)1 << p) - 1)) == 0;
}

void float_shortest(double v, uint64_t *digits, int *ndigits, int *exp10) {
    if (!tables_ready) build_tables();
    uint64_t bits;
    memcpy(&bits, &v, sizeof bits);
    uint64_t mant = bits & (((uint64_t)1 << 52) - 1);
    int biased = (int)((bits >> 52) & 0x7FF);
    /* v = m2 * 2**e2; work with 4*m2 so the interval bounds are integers */
    int e2;
    uint64_t m2;
    if (biased == 0) {
        e2 = 1 - 1023 - 52 - 2;
        m2 = mant;
    } else {
        e2 = biased - 1023 - 52 - 2;
        m2 = ((uint64_t)1 << 52) | mant;
    }
    bool even = (m2 & 1) == 0, accept_bounds = even;
    uint64_t mv = 4 * m2;
    /* the gap below is half the gap above at a power of two */
    uint32_t mm_shift = mant != 0 || biased <= 1;
    uint64_t vr, vp, vm;
    int e10;
    bool vm_trailing_zeros = false, vr_trailing_zeros = false;
    if (e2 >= 0) {
        uint32_t q = log10_pow2(e2) - (e2 > 3);
        e10 = (int)q;
        int k = POW5_INV_BITS + pow5_bits((int)q) - 1;
        int shift = -e2 + (int)q + k;
        vr = mul_shift(4 * m2, pow5_inv[q], shift);
        vp = mul_shift(4 * m2 + 2, pow5_inv[q], shift);
        vm = mul_shift(4 * m2 - 1 - mm_shift, pow5_inv[q], shift);
        if (q <= 21) {
            /* only then can the products be exact: track trailing zeros */
            if (mv % 5 == 0) vr_trailing_zeros = multiple_of_pow5(mv, q);
            else if (accept_bounds) vm_trailing_zeros = multiple_of_pow5(mv - 1 - mm_shift, q);
            else vp -= multiple_of_pow5(mv + 2, q);
        }
    } else {
        uint32_t q = log10_pow5(-e2) - (-e2 > 1);
        e10 = (int)q + e2;
        int i = -e2 - (int)q;
        int k = pow5_bits(i) - POW5_BITS;
        int shift = (int)q - k;
        vr = mul_shift(4 * m2, pow5[i], shift);
        vp = mul_shift(4 * m2 + 2, pow5[i], shift);
        vm = mul_shift(4 * m2 - 1 - mm_shift, pow5[i], shift);
        if (q <= 1) {
            vr_trailing_zeros = true;
            if (accept_bounds) vm_trailing_zeros = mm_shift == 1;
            else vp--;
        } else if (q < 63) {
            vr_trailing_zeros = multiple_of_pow2(mv, q);
        }
    }
    /* drop digits while the interval (vm, vp) still holds a shorter number */
    int removed = 0;
    uint32_t last_removed = 0;
    uint64_t out;
    if (vm_trailing_zeros || vr_trailing_zeros) {
        while (vp / 10 > vm / 10) {
            vm_trailing_zeros &= vm % 10 == 0;
            vr_trailing_zeros &= last_removed == 0;
            last_removed = (uint32_t)(vr % 10);
            vr /= 10; vp /= 10; vm /= 10;
            removed++;
        }
        if (vm_trailing_zeros) {
            while (vm % 10 == 0) {
                vr_trailing_zeros &= last_removed == 0;
                last_removed = (uint32_t)(vr % 10);
                vr /= 10; vp /= 10; vm /= 10;
                removed++;
            }
        }
        if (vr_trailing_zeros && last_removed == 5 && vr % 2 == 0) last_removed = 4;   /* tie: even */
        out = vr + ((vr == vm && (!accept_bounds || !vm_trailing_zeros)) || last_removed >= 5);
    } else {
        bool round_up = false;
        while (vp / 10 > vm / 10) {
            round_up = vr % 10 >= 5;
            vr /= 10; vp /= 10; vm /= 10;
            removed++;
        }
        out = vr + (vr == vm || round_up);
    }
    int n = 1;
    for (uint64_t t = out; t >= 10; t /= 10) n++;
    *digits = out;
    *ndigits = n;
    *exp10 = e10 + removed + n - 1;
}
