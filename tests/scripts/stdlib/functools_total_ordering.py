# total_ordering from each of the four roots, NotImplemented, and the no-root error.
from functools import total_ordering
for root in ("__lt__", "__le__", "__gt__", "__ge__"):
    ops = {"__lt__": lambda s, o: s.v < o.v, "__le__": lambda s, o: s.v <= o.v,
           "__gt__": lambda s, o: s.v > o.v, "__ge__": lambda s, o: s.v >= o.v}
    ns = {"__init__": lambda s, v: setattr(s, "v", v), "__eq__": lambda s, o: s.v == o.v, root: ops[root]}
    C = total_ordering(type("C" + root.strip("_"), (), ns))
    a, b, c = C(1), C(2), C(1)
    print(root, [(a < b, a <= b, a > b, a >= b, a < c, a <= c, a > c, a >= c)], C.__lt__.__name__, C.__ge__.__name__)
@total_ordering
class N:
    def __lt__(self, other):
        return NotImplemented
print(N.__gt__(N(), N()))
try:
    total_ordering(type("E", (), {}))
except ValueError as e:
    print(e)
