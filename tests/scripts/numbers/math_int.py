# The math module's integer functions: exact at any size, CPython's errors.
import math

def show(name, f):
    try:
        print(name, repr(f()))
    except (ValueError, TypeError, OverflowError) as e:
        print(name, type(e).__name__ + ":", e)

for n in [0, 1, 2, 5, 10, 20, 21, 25, 50, 100, True, -1, 5.0, 2 ** 70, "3", None]:
    show("factorial(%r)" % (n,), lambda: math.factorial(n))
print(len(str(math.factorial(1000))), math.factorial(1000) % (10 ** 12 + 39))
for n in [0, 1, 2, 3, 4, 15, 16, 17, 10 ** 40, 10 ** 40 - 1, 2 ** 200 + 12345, -1, 2.0, True]:
    show("isqrt(%r)" % (n,), lambda: math.isqrt(n))
for args in [(), (0,), (5,), (-5,), (12, 18), (-12, 18, 0), (0, 0), (2 ** 100, 2 ** 60 * 3),
             (7, 13), (12, 18, 27), (True, 4), (2.0,), (1, "a"), (-(2 ** 80), 6)]:
    show("gcd" + repr(args), lambda: math.gcd(*args))
    show("lcm" + repr(args), lambda: math.lcm(*args))
for n, k in [(5, 2), (5, 0), (5, 5), (5, 7), (0, 0), (-1, 2), (5, -2), (5, 2.0), (100, 50),
             (2 ** 70, 2), (2 ** 70, 2 ** 69), (10 ** 20, 3), (True, True), (50, 49)]:
    show("comb(%r, %r)" % (n, k), lambda: math.comb(n, k))
    show("perm(%r, %r)" % (n, k), lambda: math.perm(n, k))
for n in [5, 0, -1, 10, 2.5]:
    show("perm(%r)" % (n,), lambda: math.perm(n))
    show("perm(%r, None)" % (n,), lambda: math.perm(n, None))
show("perm", lambda: math.perm())
show("perm", lambda: math.perm(1, 2, 3))
show("comb", lambda: math.comb(1))
show("factorial", lambda: math.factorial())
show("gcd", lambda: math.gcd(a=1))
print(type(math.gcd(True)), type(math.factorial(True)), type(math.isqrt(True)))
