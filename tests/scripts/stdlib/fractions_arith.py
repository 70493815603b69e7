# Fraction arithmetic with ints, floats and Fractions (both operand orders),
# powers, rounding, limit_denominator.
import math
from fractions import Fraction as F

x, y = F(1, 3), F(-5, 6)
others = [F(2, 7), 3, -2, True, 0.5, -1.25]
for b in others:
    for name, op in [('+', lambda p, q: p + q), ('-', lambda p, q: p - q),
                     ('*', lambda p, q: p * q), ('/', lambda p, q: p / q),
                     ('//', lambda p, q: p // q), ('%', lambda p, q: p % q),
                     ('divmod', divmod)]:
        print(repr(x), name, repr(b), '->', repr(op(x, b)), repr(op(b, y)))

print(x ** 2, x ** -2, y ** 3, y ** -3, x ** 0, F(0) ** 5)
print(x ** 0.5, x ** F(1, 2), 4 ** F(1, 2), 2 ** F(3), 2 ** F(-2), 2.0 ** F(1, 2))
print(F(4) ** F(1, 2), (-8) ** F(1, 1), F(-2, 3) ** -2)
print(abs(y), -y, +y, bool(F(0)), bool(y), int(y), int(F(7, 2)), float(y))
print(sum([F(1, 3)] * 3), sum([F(1, 10)] * 10, F(0)), sum([0.1, F(1, 10)]))

for name, f in [('zero div', lambda: F(3, 4) / 0), ('neg zero div', lambda: F(-3, 4) / F(0)),
                ('floordiv', lambda: F(1, 2) // 0), ('mod', lambda: F(1, 2) % 0),
                ('pow', lambda: F(0) ** -1), ('rdiv', lambda: 1 / F(0)),
                ('str add', lambda: F(1) + 'a'), ('radd', lambda: 'a' + F(1)),
                ('float div', lambda: F(1, 2) / 0.0)]:
    try:
        print(name, repr(f()))
    except Exception as e:
        print(name, type(e).__name__, e)

for v in [F(5, 2), F(7, 2), F(-5, 2), F(-7, 2), F(1, 3), F(-2, 3), F(10)]:
    print(repr(v), round(v), math.floor(v), math.ceil(v), math.trunc(v), int(v),
          repr(round(v, 1)), repr(round(v, 0)), repr(round(v * 1000, -2)))
print(repr(round(F(1234, 1000), 2)), repr(round(F(125, 1000), 2)), repr(round(F(135, 1000), 2)))

pi = F(math.pi)
for m in (1, 2, 10, 100, 1000, 10**6):
    print(m, pi.limit_denominator(m))
print(F(1, 3).limit_denominator(2), F(3, 7).limit_denominator(7), F(-22, 7).limit_denominator(3))
print(F('0.333333333').limit_denominator(10), F(1.1).limit_denominator())
try:
    F(1).limit_denominator(0)
except ValueError as e:
    print(e)

total = F(0)
for k in range(1, 40):
    total += F(1, k * k)
print(total.denominator.bit_length(), float(total), f"{float(total):.6f}")
