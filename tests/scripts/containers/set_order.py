# sets of ints iterate and print in CPython's order (same table algorithm).
print(set(range(20)))
print(set([100, 5, 37, 8, 64, 1000, 3, -1, -7, 12]))
print(set(range(100, 0, -7)))
print(set([i * 37 % 101 for i in range(60)]))
print(set([-5, -4, -3, -2, -1, 0, 1, 2, 3]))
print(set([2**40, 2**61 - 1, 2**61, 2**62, 2**64 + 5, -2**63, 10**30, -10**30]))
print(set([8, 16, 24, 32, 40, 48, 56, 64, 72]))
print(set([1.5, 2.5, 0.5, 3.0, -0.25]))
print(set([True, 2, 3.0, None]) - {None})

big = set()
for i in range(1000):
    big.add(i * 7 % 1013)
print(len(big), list(big)[:20], list(big)[-20:])
for i in range(0, 1013, 2):
    big.discard(i)
print(len(big), list(big)[:20])
big.update(range(2000, 2050))
print(list(big)[-30:])

# pop order
p = set(range(50, 0, -3))
print([p.pop() for _ in range(8)], p)
p.add(1000)
p.add(-3)
print(p)

# after deletions dummies are reused
d = set(range(30))
for i in range(0, 30, 2):
    d.remove(i)
print(d)
for i in range(100, 130):
    d.add(i)
print(d)

# operations that build new sets
a = set(range(0, 60, 3))
b = set(range(0, 60, 5))
print(a | b)
print(a & b, b & a)
print(a - b)
print(b - a)
print(a ^ b)
print(b ^ a)
print(a.union(range(100, 90, -1)))
print(a.intersection([45, 30, 15, 0, 99]))
c = set(a)
c -= set(range(0, 60, 2))
print(c)
c |= {1000, 2000, 3000}
print(c)
c &= set(range(0, 2001, 3))
print(c)
c ^= {3, 4, 5, 6}
print(c)
print(set(frozenset(range(40))))
print(frozenset(range(40, 0, -4)))

# difference where the left set is much larger than the right
big = set(range(200))
print(len(big - {1, 2, 3}), list(big - {5})[:10])
print(list(big.difference(range(0, 200, 2)))[:10])
e = set(range(100))
e.difference_update(range(90))
print(e)
