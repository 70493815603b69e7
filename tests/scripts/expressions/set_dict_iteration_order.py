# Iteration order of sets and dicts of ints/floats/tuples (hash-determined, CPython's probing).
print({-1, -2, 0, 1, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 61)})
print(set(range(20, 0, -3)), {1.5, 2.5, 0.5, -0.5, 1e100})
s = set(range(100))
for i in range(0, 100, 3):
    s.discard(i)
s.update([1000, 2000, 64, 128, 33])
print(s)
print({(1, 2), (2, 1), (0, 0)} == {(0, 0), (1, 2), (2, 1)}, len({(i, i) for i in range(50)}))
d = {}
for i in range(20):
    d[i * 7 % 13] = i
for k in list(d)[::2]:
    del d[k]
d[100] = "x"; d[3] = "re"
print(d)
fs = frozenset([5, 3, 9, 1, 7, 32, 64, 96])
print(fs, set(fs) | {8, 16}, fs & {1, 3, 64, 100}, fs - {5})
print({True, 1, 0, False, ()})
print(set([8, 16, 24, 32, 40, 48, 56, 64, 72]))
print({i * 1024 for i in range(10)}, {-i for i in range(10)})
