/* math_gamma.c: gamma and lgamma for the math module.  Both use the Lanczos
 * approximation with Boost's N=13, g=6.024680040776729583740234375
 * parameters, the Lanczos sum written as a rational function, and the
 * reflection formula for negative arguments -- the method CPython uses,
 * so results agree with it to the last bit (the C library's tgamma and
 * lgamma round differently).  Poles and overflow are reported to the
 * caller through a NaN (domain error) or an infinity (range error). */
#include <math.h>
#include "math_internal.h"

#define LANCZOS_TERMS 13
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_half = 5.524680040776729583740234375;   /* g - 0.5 */

/* numerator coefficients, constant term first */
static const double lanczos_num[LANCZOS_TERMS] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};

/* denominator x(x+1)...(x+11) expanded, constant term first */
static const double lanczos_den[LANCZOS_TERMS] = {
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
    13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
};

static const double pi = 3.141592653589793238462643383279502884197;
static const double log_pi = 1.144729885849400174143427351353058711647;

/* The rational Lanczos sum for x > 0: Horner in x for small x, in 1/x
 * (numerator and denominator scaled alike) for large x. */
static double lanczos_sum(double x) {
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = LANCZOS_TERMS - 1; i >= 0; i--) {
            num = num * x + lanczos_num[i];
            den = den * x + lanczos_den[i];
        }
    } else {
        for (int i = 0; i < LANCZOS_TERMS; i++) {
            num = num / x + lanczos_num[i];
            den = den / x + lanczos_den[i];
        }
    }
    return num / den;
}

/* sin(pi * x), exact at the integers and half-integers: the argument is
 * reduced to one of five quarter-period ranges first. */
static double sin_pi(double x) {
    double y = fmod(fabs(x), 2.0);
    double r;
    switch ((int)round(2.0 * y)) {
    case 0: r = sin(pi * y); break;
    case 1: r = cos(pi * (y - 0.5)); break;
    case 2: r = sin(pi * (1.0 - y)); break;
    case 3: r = -cos(pi * (y - 1.5)); break;
    default: r = sin(pi * (y - 2.0)); break;
    }
    return copysign(1.0, x) * r;
}

/* (k-1)! for k = 1..23: exact doubles */
static double small_factorial(int k) {
    double r = 1.0;
    for (int i = 2; i < k; i++) r *= i;
    return r;
}

double math_gamma_value(double x) {
    if (isnan(x) || x == INFINITY) return x;
    if (x == -INFINITY || (x <= 0.0 && floor(x) == x)) return NAN;   /* poles, -inf */
    if (floor(x) == x && x <= 23.0) return small_factorial((int)x);
    double ax = fabs(x);
    if (ax < 1e-20) return 1.0 / x;
    if (ax > 200.0) return x < 0.0 ? 0.0 / sin_pi(x) : INFINITY;
    /* y = ax + g - 0.5 rounded; corr accounts for that rounding error */
    double y = ax + lanczos_g_half;
    double err = ax > lanczos_g_half ? (y - ax) - lanczos_g_half : (y - lanczos_g_half) - ax;
    double corr = err * lanczos_g / y;
    double r;
    if (x < 0.0) {
        r = -pi / sin_pi(ax) / ax * exp(y) / lanczos_sum(ax);
        r -= corr * r;
        if (ax < 140.0) {
            r /= pow(y, ax - 0.5);
        } else {
            double half = pow(y, ax / 2.0 - 0.25);
            r /= half;
            r /= half;
        }
    } else {
        r = lanczos_sum(ax) / exp(y);
        r += corr * r;
        if (ax < 140.0) {
            r *= pow(y, ax - 0.5);
        } else {
            double half = pow(y, ax / 2.0 - 0.25);
            r *= half;
            r *= half;
        }
    }
    return r;
}

double math_lgamma_value(double x) {
    if (isnan(x)) return x;
    if (isinf(x)) return INFINITY;
    if (floor(x) == x && x <= 2.0) return x <= 0.0 ? NAN : 0.0;
    double ax = fabs(x);
    if (ax < 1e-20) return -log(ax);
    double r = log(lanczos_sum(ax)) - lanczos_g;
    r += (ax - 0.5) * (log(ax + lanczos_g - 0.5) - 1);
    if (x < 0.0) r = log_pi - log(fabs(sin_pi(ax))) - log(ax) - r;
    return r;
}
