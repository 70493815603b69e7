# set and frozenset basics: construction, repr, methods.
s = set()
print(s, len(s), bool(s), frozenset(), type(s).__name__)
s = {1, 2, 3}
print(s, len(s), 1 in s, 4 in s, 4 not in s)
print(set('abc') == {'a', 'b', 'c'}, sorted(set('hello')))
print(set([1, 2, 2, 3, 3, 3]), set((5, 4)), set(range(5)), set({1: 'a', 2: 'b'}))
print(frozenset([1, 2]), frozenset({3}), frozenset(range(3)))
print(set(frozenset([7, 8])), frozenset(set([9])))

s.add(4)
s.add(1)
print(s)
s.discard(2)
s.discard(99)
print(s)
s.remove(3)
print(s)
t = s.copy()
t.add(100)
print(s, t)
print(s.pop(), s)
s.clear()
print(s)

a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a.union(b), a.union(), a.union([7], (8,)), a.union(b, {9}))
print(a.intersection(b), a.intersection(), a.intersection([1, 3], {3, 1, 9}))
print(a.difference(b), a.difference(), a.difference([1], [2]))
print(a.symmetric_difference(b), a.symmetric_difference([1, 10]))
print(a.issubset(b), {1}.issubset(a), a.issubset([1, 2, 3, 4, 5]), a.issubset(a))
print(a.issuperset({1, 2}), a.issuperset([1, 9]), a.issuperset(a), a.isdisjoint(b), a.isdisjoint([9]))

c = set(a)
c.update([10], {11}, (12,))
print(c)
c.intersection_update(range(0, 20, 2))
print(c)
c.difference_update({2}, [12])
print(c)
c.symmetric_difference_update([4, 5])
print(c)
c.intersection_update()
print(c)

f = frozenset([1, 2, 3])
print(f.union([4]), f.intersection([1]), f.difference([1]), f.symmetric_difference([3, 4]))
print(type(f.union([4])).__name__, f.copy() is f, type(set(f).copy()).__name__)
print(f.issubset({1, 2, 3}), f.issuperset([]), f.isdisjoint([5]))

# mixed set/frozenset results take the left operand's type
print(type(f | {5}).__name__, type({5} | f).__name__, type(f & {1}).__name__, type({1} - f).__name__)
print(f == {1, 2, 3}, {1, 2, 3} == f, f != set(), set() == frozenset())

# set of tuples, frozensets, None, strings
print({(1, 2), (1, 2), (3, 4)} == {(3, 4), (1, 2)}, len({None, None, 0, False, 0.0}))
print({frozenset([1]), frozenset([1])}, frozenset([1]) in {frozenset([1])})
print({1} in [{1}], {1} in {frozenset([1])})
x = {frozenset([1, 2]): 'v'}
print(x[frozenset([2, 1])])
ss = {frozenset([1])}
ss.remove({1})
print(ss)
ss.add(frozenset([2]))
ss.discard({2})
print(ss)

# set comprehension and iteration
print({i % 5 for i in range(20)})
total = 0
for e in {10, 20, 30}:
    total += e
print(total, sorted({'b', 'a', 'c'}), list(reversed(sorted({3, 1, 2}))))
