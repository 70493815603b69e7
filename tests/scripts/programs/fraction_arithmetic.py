# Exact fraction arithmetic with tuples (no classes): normalisation, operations, continued fractions.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
def frac(n, d=1):
    if d == 0:
        raise ZeroDivisionError("fraction with zero denominator")
    if d < 0:
        n, d = -n, -d
    g = gcd(n, d) or 1
    return (n // g, d // g)
def add(x, y):
    return frac(x[0] * y[1] + y[0] * x[1], x[1] * y[1])
def sub(x, y):
    return add(x, (-y[0], y[1]))
def mul(x, y):
    return frac(x[0] * y[0], x[1] * y[1])
def div(x, y):
    return frac(x[0] * y[1], x[1] * y[0])
def show(x):
    return str(x[0]) if x[1] == 1 else f"{x[0]}/{x[1]}"
def to_float(x):
    return x[0] / x[1]
def continued(x, limit=12):
    n, d = x
    terms = []
    while d and len(terms) < limit:
        q, r = divmod(n, d)
        terms.append(q)
        n, d = d, r
    return terms
half, third = frac(1, 2), frac(1, 3)
print(show(add(half, third)), show(sub(half, third)), show(mul(half, third)), show(div(half, third)))
print(show(frac(6, -8)), show(frac(-6, -8)), show(frac(0, 5)), show(frac(10, 5)))
h = frac(0)
for k in range(1, 21):
    h = add(h, frac(1, k))
print("H20 =", show(h), "=", to_float(h))
e = frac(0)
fact = 1
for k in range(0, 20):
    if k:
        fact *= k
    e = add(e, frac(1, fact))
print("e ~", show(e))
print("e ~", to_float(e), continued(e))
print("355/113:", continued(frac(355, 113)), "pi-ish", to_float(frac(355, 113)))
x = frac(1)
for _ in range(10):
    x = add(frac(1), div(frac(1), x))
print("golden ratio approx", show(x), to_float(x), continued(x))
try:
    div(half, frac(0))
except ZeroDivisionError as err:
    print("ZeroDivisionError:", err)
values = [frac(3, 4), frac(-1, 2), frac(5, 6), frac(2, 3), frac(7, 12)]
print([show(v) for v in sorted(values, key=to_float)])
print(show(mul(frac(2 ** 64, 3 ** 40), frac(3 ** 38, 2 ** 60))))
