# Iteration built-ins: len, min/max, sum, sorted, reversed, enumerate, zip,
# map, filter, any, all, range, iter (with a sentinel), next.
print(len("héllo"), len([1, 2]), len({}), len(range(10)), len(b"ab"))
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("abc"), min([], default="d"), max([], default=None))
print(min(["bb", "a", "ccc"], key=len), max(["bb", "a", "ccc"], key=len), max([1, 3, 3.0], key=lambda x: x))
print(min(1, 2, key=lambda x: -x), max((1, "a"), (1, "b")))
for call in [lambda: max([]), lambda: min([]), lambda: max(), lambda: max(1), lambda: min(1, 2, default=0)]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2]], []), sum(range(101)), sum([], start=5))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
print(sorted([3, 1, 2]), sorted("cba"), sorted([3, 1, 2], reverse=True), sorted(["Bb", "a", "C"], key=str.lower))
print(sorted({3: 1, 1: 2}), sorted([(1, "b"), (1, "a"), (0, "z")]))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), list(reversed((1, 2))))
try:
    reversed(5)
except TypeError as e:
    print("TypeError:", e)
print(list(enumerate("ab")), list(enumerate("ab", start=10)), list(enumerate([], 1)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])), dict(zip("ab", [1, 2])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(zip([1, 2], [3, 4], strict=True)))
print(list(map(abs, [-1, 2, -3])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(str, range(3))))
print(list(filter(None, [0, 1, "", "a", None, []])), list(filter(lambda x: x % 2, range(7))))
print(any([]), any([0, 0, 1]), all([]), all([1, 0]), any("a"), all([x > 0 for x in [1, 2]]))
print(list(range(5)), list(range(2, 10, 3)), list(range(10, 0, -4)), range(0, 10, 2), range(3)[1], range(1, 10)[2:5])
print(5 in range(10), 10 in range(10), range(0) == range(1, 1), len(range(0, 100, 7)))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e))
counter = [0]


def tick():
    counter[0] += 1
    return counter[0]


print(list(iter(tick, 4)))
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5, 1)
except TypeError as e:
    print("TypeError:", e)
print(type(iter([])).__name__, type(iter("")).__name__, type(iter(range(1))).__name__, type(enumerate([])).__name__)
