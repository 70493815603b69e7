# * and ** in list, tuple, set and dict displays, and in assignment right-hand sides.
a, b = [1, 2], (3, 4)
print([*a, *b], (*a, *b), {*a, *b}, [*a], (*b,), [*"xy", *range(2), *{5}])
print([0, *a, 9, *b, 10], (*range(3), "end"), {*"abc", *"bcd"} == set("abcd"))
d1, d2 = {"x": 1, "y": 2}, {"y": 20, "z": 30}
print({**d1, **d2}, {**d2, **d1}, {"x": 0, **d1, "x": -1}, {**d1, "w": 4, **{}})
print({**{}}, [*[]], (*(),), {*()} if False else set())
t = *a, *b
print(t, type(t).__name__)
nested = [*[*a, *b], *[[*a]]]
print(nested)
print([*map(str, a)], [*filter(None, [0, 1, 2])], [*zip("ab", "cd")], [*enumerate("xy")])
print({**dict(a=1), **dict.fromkeys("bc", 0)})
print([*{"k1": 1, "k2": 2}], {*{"k": 1}.values()})
s = "hello"
first, *_, last = s
print([*s][::-1] == [*reversed(s)], first, last)
try:
    [*5]
except TypeError as e:
    print("TypeError:", e)
try:
    {**[1, 2]}
except TypeError as e:
    print("TypeError:", e)
try:
    {*[[1]]}
except TypeError as e:
    print("TypeError:", e)
big = [*range(1000), *range(1000)]
print(len(big), big[999], big[1000], len({*big}))
print({1: "a", 1: "b", True: "c"}, {1, True, 1.0}, {"a": 1, "b": 2, "a": 3})
print((1,), (1, 2,), [1,], {1,}, {"a": 1,})
