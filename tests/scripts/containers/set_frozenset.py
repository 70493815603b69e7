# frozenset hash follows CPython's algorithm; reprs of sets, subclass-free.
print(hash(frozenset()))
print(hash(frozenset([1])))
print(hash(frozenset([1, 2, 3])))
print(hash(frozenset(range(100))))
print(hash(frozenset([-1, -2, 2**70])))
print(hash(frozenset([1.5, None is None])))
print(hash(frozenset([frozenset([1]), frozenset([2])])))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
f = frozenset(range(50))
g = frozenset(range(49, -1, -1))
print(hash(f) == hash(g), f == g)
# a frozenset with deleted slots in its table history hashes the same
s = set(range(20))
for i in range(10):
    s.discard(i)
print(hash(frozenset(s)) == hash(frozenset(range(10, 20))))
d = {frozenset([1, 2]): 'a', frozenset(): 'empty'}
print(d[frozenset([2, 1])], d[frozenset()])
print({frozenset([1, 2]), frozenset([2, 1]), frozenset([3])})
print(repr(frozenset([1, 'a'])) in ("frozenset({1, 'a'})", "frozenset({'a', 1})"))
print(frozenset([frozenset([1])]), {frozenset()})
nested = {frozenset([1, frozenset([2, frozenset([3])])])}
print(nested)
