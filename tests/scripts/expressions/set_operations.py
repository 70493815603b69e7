# set and frozenset: operators, methods, mutation, hashing and reprs.
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [9]), a.intersection(b, {4}), a.difference(b, [1]), a.symmetric_difference([1, 10]))
print(a <= a, a < a, {3} < a, a >= {1, 2}, a > b, a.issubset(range(10)), a.issuperset([1]), a.isdisjoint({7, 8}))
s = set()
s.add(5); s.add(5); s.update([1, 2], {3}); s.discard(99); s.discard(1)
print(s, len(s), 2 in s, 1 in s)
s.remove(2)
print(s, s.pop() in {3, 5}, len(s))
t = {1, 2, 3}
t |= {4}; t &= {1, 2, 4, 8}; t -= {1}; t ^= {2, 16}
print(t)
f = frozenset([3, 1, 2])
print(f, f | {9}, type(f | {9}).__name__, type({9} | f).__name__, f == {1, 2, 3}, hash(f) == hash(frozenset({1, 2, 3})))
print({f: "frozen key"}[frozenset([1, 2, 3])], {frozenset(), frozenset()}, frozenset() == set())
print(sorted(set("hello")), sorted(set("mississippi")), set(range(5)) - set(range(0, 5, 2)), set([1, 1.0, True]))
print({x % 3 for x in range(10)}, set(), frozenset(), repr(set()), str({1}))
c = {1, 2}
d = c.copy()
d.add(3)
print(c, d, c.issubset(d))
c.clear()
print(c, bool(c), bool({0}))
print(sorted({"banana", "apple", "cherry"}), min({5, 3, 9}), max(frozenset("xyz")), sum({1, 2, 3}))
for bad in (lambda: {[1]}, lambda: set().remove(1), lambda: set().pop(), lambda: {1} + {2}, lambda: frozenset([1]).add(2), lambda: {1} < [1], lambda: {{1}}):
    try:
        bad()
    except (KeyError, TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
