# Fraction construction: ints, pairs, strings, floats, other Fractions, and
# the errors CPython raises for bad input.
from fractions import Fraction as F


def attempt(*args):
    try:
        print(repr(F(*args)))
    except Exception as e:
        print(type(e).__name__, e)


attempt()
attempt(7)
attempt(-7)
attempt(6, -8)
attempt(0, -5)
attempt(10**30, 4 * 10**20)
attempt(F(1, 2), F(1, 3))
attempt(F(3, 4), 2)
attempt(True, 2)
attempt(F(5, 10))
attempt(0.1)
attempt(-2.5)
attempt(1e300)
attempt(5e-324)
for text in ['3/4', ' -3/4 ', '+6/8', '1.5e-3', '1.5E3', '-1.25e+2', '.5', '5.',
             '1_000', '1_000/3_000', '1.2_5', '1e1_0', '  7\n', '0', '-0', '1.e5',
             '-.5e-1', '00012/0008', '\u0661/\u0662', '12345678901234567890/3',
             'x', '', ' ', '1/0', '-3/0', '1/0x', '1__0', '_1', '1_', '/3', '3/',
             '1.5/2', 'e5', '1e', '1e+', '1 /2', '1/ 2', '1/-2', '..5', '1.2.3',
             '0x10', 'inf', 'nan', '1.d', '1+2', '3/4/5']:
    attempt(text)
attempt(1, 0)
attempt(F(1, 2), 0)
attempt(0.0, 0)
attempt(1.5, 2)
attempt(1, 2.5)
attempt('1', 2)
attempt([1])
attempt(None)
attempt(float('inf'))
attempt(float('nan'))

print(F.from_float(0.25), F.from_float(3), F.from_float(-0.1))
print(F.from_decimal(4), F(3, 4).as_integer_ratio(), F(-6).as_integer_ratio())
for bad in ('a', F(1, 2)):
    try:
        F.from_float(bad)
    except TypeError as e:
        print(e)
try:
    F.from_decimal(1.5)
except TypeError as e:
    print(e)

x = F(-6, 8)
print(x.numerator, x.denominator, str(x), repr(x), str(F(5)), repr(F(5)))
print(F(10**30, 3), repr(F(-10**20, 7)))


class Sub(F):
    pass


s = Sub(3, 6)
print(repr(s), type(s).__name__, repr(Sub.from_float(0.5)), type(s + 1).__name__)
print(isinstance(s, F), repr(F(s)))
