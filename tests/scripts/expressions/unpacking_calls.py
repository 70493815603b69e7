# * and ** unpacking in calls: many iterables, multiple stars, mixed with positional/keyword.
def show(*args, **kwargs):
    return f"args={args} kwargs={dict(sorted(kwargs.items()))}"
print(show(*[1, 2], *(3,), *"ab", *range(2), *{7: 0}, *b"A"))
print(show(0, *[1], 2, *[3, 4], 5))
print(show(**{"a": 1}, b=2, **{"c": 3}))
print(show(*[], **{}))
print(show(*iter([9, 8]), *map(str, [1, 2])))
def three(a, b, c):
    return a * 100 + b * 10 + c
print(three(*[1, 2, 3]), three(1, *[2, 3]), three(*[1], 2, *[3]), three(*"12", c="3") if False else three(*(1, 2), c=3))
print(three(**{"a": 1, "b": 2, "c": 3}), three(1, **{"c": 3, "b": 2}))
print(max(*[3, 1, 4, 1, 5]), min(*"hello"), print(*["printed", "by", "print"], sep="-"))
print("{}-{}".format(*"xy"), "{a}+{b}".format(**{"a": 1, "b": 2}))
points = [(1, 2), (3, 4)]
print([three(*p, 0) for p in points], list(zip(*points)), list(zip(*[[1, 2, 3], [4, 5, 6]])))
def kw_only(*, x, y):
    return x - y
print(kw_only(**dict(x=10, y=3)), kw_only(y=1, **{"x": 5}))
try:
    three(*[1, 2, 3, 4])
except TypeError as e:
    print("TypeError:", e)
try:
    three(*[1], **{"a": 2, "b": 3, "c": 4})
except TypeError as e:
    print("TypeError:", e)
try:
    show(*None)
except TypeError as e:
    print("TypeError:", e)
try:
    show(**None)
except TypeError as e:
    print("TypeError:", e)
try:
    kw_only(**{"x": 1, "y": 2, "z": 3})
except TypeError as e:
    print("TypeError:", e)
