# Fraction comparisons and hashing against int, float and Fraction; equal
# numbers must hash equal across types (dict and set keys merge).
from fractions import Fraction as F
import math

pairs = [(F(1, 2), 0.5), (F(2), 2), (F(-3), -3), (F(1, 3), 1 / 3), (F(10**20), 10**20),
         (F(-1), -1), (F(1, 2**61 - 1), None), (F(7, 4), 1.75), (F(0), 0.0), (F(-5, 8), -0.625)]
for f, other in pairs:
    print(repr(f), hash(f), other is not None and hash(f) == hash(other), f == other, other == f)
print(hash(F(1, 3)), hash(F(-1, 3)), hash(F(10**30, 7)), hash(F(-1, 2)), hash(F(2**61 - 1)))

d = {F(1, 2): 'half', 0.5: 'float half', F(2): 'two', 2: 'int two', 2.0: 'float two'}
print(d)
print(len({F(1, 4), 0.25, F(2, 8)}), {1, F(1), 1.0, F(3, 3)})

vals = [F(1, 3), 1 / 3, 0.3, F(3, 10), 0, F(-1, 2), -0.5, 1, True, F(7, 5)]
for a in vals:
    print(repr(a), [(a < b, a <= b, a == b, a != b, a > b, a >= b) == (a < b, a <= b, a == b, a != b, a > b, a >= b) and
                    ''.join('1' if r else '0' for r in (a < b, a <= b, a == b, a > b, a >= b)) for b in vals])
inf, nan = float('inf'), float('nan')
print(F(1) < inf, F(1) > -inf, F(1) == inf, F(1) < nan, F(1) > nan, F(1) == nan, F(1) != nan, inf > F(10**100))
print(sorted([F(1, 2), 0.3, 1, F(1, 5), -2, 0.75]), max(F(9, 10), 0.95), min(F(1, 3), 0.33))
for bad in ('a', None, [1]):
    try:
        F(1) < bad
    except TypeError as e:
        print(e)
print(F(1) == 'a', F(1) != None, math.isclose(F(1, 3), 1 / 3))
