# Tuple/list targets, starred assignment, swapping, nested targets.
a, b = 1, 2
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
first, *rest = [1, 2, 3, 4]
*init, last = "hello"
head, *middle, tail = range(6)
print(first, rest, init, last, head, middle, tail)
[p, q] = "xy"
print(p, q)
x = y = z = [0]
x.append(1)
print(y, z is x)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
print(*[1, 2], *(3,), *"ab")
print([*range(3), *"xy"], {*[1, 2], *[2, 3]}, {**{"a": 1}, "b": 2, **{"a": 3}})
