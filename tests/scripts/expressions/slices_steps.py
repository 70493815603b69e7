# Slicing with steps, negative bounds, out-of-range bounds, on str/list/tuple/range/bytes.
s = "abcdefghij"
lst = list(range(10))
for sl in [slice(None), slice(2, 7), slice(None, None, 2), slice(1, None, 3), slice(None, None, -1),
           slice(-3, None), slice(None, -3), slice(8, 2, -2), slice(2, 8, -1), slice(-1, -11, -3),
           slice(100, None), slice(-100, 3), slice(3, 100, 4), slice(None, None, -4), slice(5, 5),
           slice(0, -1, 7), slice(-2, 0, -1), slice(10 ** 20, -(10 ** 20), -(10 ** 19))]:
    print(sl, repr(s[sl]), lst[sl], tuple(lst)[sl] == tuple(lst[sl]), list(range(10)[sl]) == lst[sl], b"abcdefghij"[sl])
print(range(0, 100, 7)[3:9:2], range(10)[::-1], range(5, 0, -1)[1:], range(10)[-3:])
print(s.indices if False else slice(1, 20, 3).indices(10), slice(None, None, -1).indices(5), slice(-3, None).indices(2))
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    lst[1:2:0] = []
except ValueError as e:
    print("ValueError:", e)
try:
    s["a":]
except TypeError as e:
    print("TypeError:", e)
try:
    lst[1.5:]
except TypeError as e:
    print("TypeError:", e)
print(s[True:], lst[False:2], s[:-0], s[-0:])
print(s[::-1][::-1] == s, s[len(s):], lst[-1:-2], lst[3:3:-1], lst[3:2:-1])
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[::-1] for row in m[::-1]], [row[1:] for row in m[:2]])
sl = slice(1, 8, 2)
print(sl.start, sl.stop, sl.step, s[sl], repr(sl), slice(5), slice(1, 2) == slice(1, 2))
