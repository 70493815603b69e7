# range: construction, len, indexing, slicing, in, count, index, equality, hash, repr, iteration
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(range(10), range(1, 10), range(0, 10, 2), range(10, 0, -3), range(-5), range(0))
print(list(range(5)), list(range(2, 8)), list(range(0, 10, 3)), list(range(10, 0, -3)), list(range(5, 5)), list(range(5, 0)))
print(list(range(-3, 3)), list(range(3, -3, -2)), list(range(0, -10, -4)))
for r in [range(10), range(1, 10, 3), range(10, -10, -7), range(0), range(5, 1), range(-2**62, 2**62, 2**61),
          range(10**20, 10**20 + 5), range(0, 10**30, 10**29), range(2**63 - 2, 2**63 + 2)]:
    print(r, len(r) if len(r) < 100 else 'big', bool(r), r.start, r.stop, r.step, list(r)[:4], list(reversed(r))[:4])
check(lambda: range())
check(lambda: range(1, 2, 3, 4))
check(lambda: range(1, 2, 0))
check(lambda: range(1.0))
check(lambda: range('a'))
check(lambda: range(1, 2.5))
check(lambda: range(stop=3))
check(lambda: len(range(10**20)))
print(range(True), range(False, True * 5, True))
# indexing
r = range(3, 20, 4)
print(r[0], r[1], r[-1], r[-5], r[4], r[True])
check(lambda: r[5])
check(lambda: r[-6])
check(lambda: r['a'])
check(lambda: r[1.5])
big = range(10**20)
print(big[10**19], big[-1], big[-10**20])
check(lambda: big[10**20])
# slicing gives ranges
print(r[1:3], r[::-1], r[::2], r[:0], r[-2:], r[10:], r[::-2], r[1:-1:2], r[-100:100])
print(range(10)[::-1], range(10)[2:8:3], range(0, 10, 2)[::-1][1:], range(10**30)[::-1], range(10**30)[5:2:-1])
print(list(range(10)[8:2:-2]), list(range(0, 20, 3)[::-2]))
check(lambda: r[::0])
check(lambda: r['a':])
# containment
print(3 in r, 7 in r, 8 in r, 19 in r, 23 in r, -1 in r, 3.0 in r, 7.0 in r, 'a' in r, True in range(2))
print(10**19 in big, -1 in big, 10**20 in big, 5 in range(10, 0, -1), 0 in range(10, 0, -1), 4 in range(10, 0, -2))
# count and index
print(r.count(7), r.count(8), r.count(7.0), r.count('a'), r.index(7), r.index(19), r.index(7.0))
print(range(10, 0, -2).index(4), big.index(10**19 + 3))
check(lambda: r.index(8))
check(lambda: r.index('a'))
check(lambda: r.index(8.0))
check(lambda: r.index())
check(lambda: r.count())
# equality and hash as CPython
print(range(0) == range(5, 1), range(0, 3, 2) == range(0, 4, 2), range(1, 2, 5) == range(1, 3, 7))
print(range(3) == range(3), range(3) == range(4), range(3) != range(0, 3), range(3) == [0, 1, 2], range(3) == (0, 1, 2))
print(hash(range(5)), hash(range(0, 10, 2)), hash(range(5, 1)) == hash(range(0)), hash(range(1, 2, 3)) == hash(range(1, 3, 7)))
print(hash(range(0, 3, 2)) == hash(range(0, 4, 2)), hash(range(10**20)), {range(3): 'a'}[range(0, 3)])
check(lambda: range(3) < range(4))
check(lambda: range(3) <= range(4))
# iteration
it = iter(range(3))
print(type(it).__name__, next(it), list(it), list(it), type(iter(range(10**20))).__name__)
print(type(reversed(range(3))).__name__, list(reversed(range(0))), list(reversed(range(1, 10, 4))))
print(iter(range(5)).__length_hint__(), reversed(range(7)).__length_hint__())
s = 0
for i in range(1000):
    s += i
print(s, sum(range(10**6)), sum(range(-10, 10, 3)))
print(type(range(3)).__name__, isinstance(range(1), range), str(range(2)), range(1, 2).__len__())
check(lambda: setattr(range(3), 'start', 1))
