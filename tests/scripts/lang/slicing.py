# Slices with steps on lists, tuples, strings and ranges; slice assignment.
s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[::2], s[::-1], s[-3:], s[-3:-1], s[5:2], s[1:8:3])
t = tuple(range(10))
print(t[::3], t[8:2:-2], t[100:], t[-100:2])
r = range(0, 20, 2)
print(r[2:5], r[::-1], r[-1], list(r[1::3]))
items = list(range(10))
items[2:5] = ["x", "y"]
print(items)
items[::3] = [0, 0, 0]
print(items)
items[:] = []
print(items)
print(slice(1, 10, 2), slice(5).indices(3), "hello"[slice(1, 4)])
