# math module: constants, rounding, roots, logs, trig, integer functions.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.9), math.trunc(2.9))
print(type(math.floor(2.5)).__name__, math.floor(10 ** 20), math.ceil(-(10 ** 20)), math.floor(True))
print(math.sqrt(2), math.sqrt(16), math.sqrt(0.25), math.isqrt(17), math.isqrt(10 ** 30))
print(math.exp(1), math.exp(0), math.log(math.e), math.log(100, 10), math.log(8, 2), math.log10(1000), math.log2(1024))
print(math.log(10 ** 100), math.log2(2 ** 1000), math.log10(10 ** 300))
print(math.sin(0), math.cos(0), math.tan(0), round(math.sin(math.pi / 2), 12), round(math.cos(math.pi), 12))
print(math.atan2(1, 1), math.atan(1) * 4, math.asin(1), math.acos(0), math.hypot(3, 4), math.hypot(5, 12))
print(math.degrees(math.pi), math.radians(180), math.fabs(-3), math.fabs(-2.5))
print(math.pow(2, 10), math.pow(2, 0.5), math.fmod(7, 3), math.fmod(-7, 3), -7 % 3)
print(math.factorial(0), math.factorial(10), math.factorial(25))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(2 ** 100, 6 ** 50), math.gcd())
print(math.lcm(4, 6), math.lcm(3, 5, 7), math.comb(10, 3), math.perm(5, 2), math.comb(52, 5))
print(math.copysign(3, -0.0), math.copysign(-2, 1), math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1))
print(math.isfinite(1e308), math.isinf(math.inf), math.isnan(math.nan), math.isnan(1.0))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2]))
print(math.modf(3.75), math.modf(-3.75), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.dist((0, 0), (3, 4)), math.erf(0), math.gamma(5), math.lgamma(1))
for bad in (lambda: math.sqrt(-1), lambda: math.log(-1), lambda: math.factorial(-1), lambda: math.factorial(2.5),
            lambda: math.isqrt(-1), lambda: math.exp(1000), lambda: math.comb(3, -1), lambda: math.acos(2),
            lambda: math.floor("x"), lambda: math.log(0), lambda: math.pow(0, -1), lambda: math.fmod(1, 0)):
    try:
        print(bad())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
