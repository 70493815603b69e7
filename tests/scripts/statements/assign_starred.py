# Starred assignment targets in every position and with nested targets.
a, *b = range(5)
print(a, b)
*a, b = range(5)
print(a, b)
a, *b, c = "abcdef"
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
*a, = (1, 2, 3)
print(a)
[a, *b] = {"x": 1, "y": 2, "z": 3}
print(a, b)
(a, b), *rest = [(1, 2), (3, 4), (5, 6)]
print(a, b, rest)
a, (b, *c), d = 1, [2, 3, 4, 5], 6
print(a, b, c, d)
for first, *others in [(1, 2, 3), (4,), "xyz"]:
    print(first, others)
head, *tail = iter(range(3))
print(head, tail, type(tail).__name__)
*init, last = b"bytes"
print(init, last)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = "ab"
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b = 5
except TypeError as e:
    print("TypeError:", e)
