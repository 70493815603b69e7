# range objects: lengths, indexing, slicing, membership, equality, reprs, negative steps, big bounds.
for r in (range(5), range(2, 10), range(10, 2), range(0, 20, 3), range(10, 0, -2), range(-5, 5, 4), range(0), range(-3)):
    print(repr(r), len(r), list(r), r[0] if r else None, r[-1] if r else None, bool(r))
r = range(0, 100, 7)
print(r[3], r[-2], r[2:5], r[::-1], r[::3], r[-3:], r[5:2:-1], len(r[1:-1]))
print(21 in r, 22 in r, -7 in r, 98 in r, 99 in r, r.index(49), r.count(49), r.count(50))
print(range(0, 3) == range(3), range(0) == range(5, 2), range(0, 10, 2) == range(0, 9, 2), range(1) == range(1, 2, 5), range(3) == [0, 1, 2])
print(r.start, r.stop, r.step, range(7).step, hash(range(3)) == hash(range(0, 3, 1)))
big = range(10 ** 20, 10 ** 20 + 10 ** 6, 7)
print(len(big), big[10], big[-1], 10 ** 20 + 70 in big, 10 ** 20 + 71 in big, big.index(10 ** 20 + 700))
print(list(range(3, -4, -3)), sum(range(1, 1001)), max(range(-5, 5)), sorted(range(5, 0, -1)), list(reversed(range(1, 10, 4))))
for i in range(3):
    for j in range(i, 3):
        print((i, j), end=" ")
print()
for bad in (lambda: range(1, 2, 0), lambda: range(1.5), lambda: range(5)[10], lambda: range(3).index(7), lambda: range("a"), lambda: range(1, 2, 3, 4)):
    try:
        print(bad())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
