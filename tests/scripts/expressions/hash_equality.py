# Objects that compare equal hash equally; dict and set lookups rely on it across types.
pairs = [(1, 1.0), (1, True), (0, False), (0, 0.0), (0.0, -0.0), (2 ** 70, float(2 ** 70)), (-1, -1.0),
         ((1, 2), (1.0, 2.0)), (frozenset({1, 2}), frozenset({2.0, 1.0})), ("abc", "ab" + "c"), (b"x", b"x"),
         (10 ** 20, 1e20), (0.5, 1 / 2), (-(2 ** 61), -(2.0 ** 61)), (2 ** 61 - 1, 2 ** 61 - 1), (None, None)]
for x, y in pairs:
    print(repr(x), repr(y), x == y, hash(x) == hash(y))
print(10 ** 20 == 1e20, int(1e20) == 10 ** 20)
d = {1: "one"}
print(d[1.0], d[True], {0.0: "zero"}[False], {(1, 2): "t"}[(1.0, 2)], {"s": 1}["s"])
print(len({1, 1.0, True}), len({0, 0.0, False, -0.0}), len({"a", "a"[:], "".join(["a"])}))
print(hash(-1) == hash(-2), hash(1.5) == hash(1.5), hash("") == hash(""), hash(()) == hash(()))
print(hash(float("inf")), hash(float("-inf")), hash(0), hash(0.0), hash(1), hash(-1), hash(-2))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 62), hash(-(2 ** 61 - 1)), hash(10 ** 19) == hash(10 ** 19 % (2 ** 61 - 1)))
print(hash(0.5), hash(1.5), hash(-0.25), hash(1e100) == hash(int(1e100)), hash(2.0 ** -10))
print(hash(True), hash(False), hash(None) == hash(None))
print(type(hash("s")).__name__, type(hash(1.5)).__name__, hash((1, 2)) == hash((1, 2)), hash((1, (2, 3))) == hash((1.0, (2, 3.0))))
for unhashable in ([], {}, set(), [1, 2], (1, [2]), bytearray(b"x")):
    try:
        hash(unhashable)
    except TypeError as e:
        print("TypeError:", e)
