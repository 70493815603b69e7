# set displays of constants iterate in CPython's order: the compiler folds them
# into a frozenset constant (rebuilt in its own order) that the set copies.
print({100, 5, 37, 8, 64, 1000, 3, -1, -7, 12})
print({-5, -4, -3, -2, -1, 0, 1, 2, 3})
print({2**40, 2**61 - 1, 2**61, 2**62, 2**64 + 5, -2**63, 10**30, -10**30})
print({8, 16, 24, 32, 40, 48, 56, 64, 72})
print({1.5, 2.5, 0.5, 3.0, -0.25})
print({True, 2, 3.0, None} - {None})
print({5, 3, 1, 99, 1024, 77, 13, 6})
print({'x' for _ in range(3)}, {9, 8}, {4, 12, 20})
s = {33, 1, 65, 97}
s.add(129)
print(s)
