# + * and comparisons on str, list, tuple, bytes; repetition edge cases.
print("ab" + "cd", [1] + [2, 3], (1,) + (2,), b"x" + b"y", bytearray(b"x") + b"y")
print("ab" * 3, 3 * "ab", [0] * 4, 2 * (1, 2), b"-" * 5, "x" * 0, "x" * -3, [1] * -1)
print("" * 10, [] * 5, () * 100, True * "ab", "ab" * True, "ab" * False)
nested = [[0]] * 3
nested[0].append(1)
print(nested)
print(["a", "b"] * 2 == ["a", "b", "a", "b"], (1,) * 3 == (1, 1, 1))
print("abc" < "abd", "abc" < "ab", "" < " ", "A" < "a", "é" > "z", "10" < "9")
print([1, 2] < [1, 2, 3], [2] > [1, 9], [] < [0], (1, "a") < (1, "b"), (1, 2) == (1, 2))
print(b"abc" < b"abd", b"a" < b"ab", bytearray(b"b") > b"a", b"a" == bytearray(b"a"))
lst = [3, 1, 2]
lst2 = lst + []
print(lst2 is lst, lst2 == lst, lst * 1 is lst, len(lst * 1000), sum(lst * 10))
s = "abc"
print(s + "", s * 1, "".join([s] * 3), s[0] * 5 + s[-1] * 2)
t = (1, 2)
t2 = t * 1
print(t2 == t, len(t * 0), (t * 3).count(1), ("x",) * 2 + ("y",))
try:
    "a" * (10 ** 100)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__, e)
try:
    [0] * (2 ** 63)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__, e)
print(len("ab" * 10 ** 5), ("ab" * 10 ** 5)[-3:], min("ab" * 3), max([1, 5] * 2))
