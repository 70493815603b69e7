# is / is not for singletons and shared objects; in / not in over many containers.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, None is None, True is True, ... is ...)
print(type(None) is type(None), type(1) is int, type(a) is list)
def nothing():
    pass
print(nothing() is None, print is print, len is len)
x = None
print(x is None, x is not None, not x is None)
t = ()
print(tuple() == t, "" == str(), frozenset() == frozenset())
print(1 in [1, 2], 3 not in [1, 2], 1.0 in [1], True in [1], "a" in "cat", "" in "", "" in "abc")
print("ca" in "cat", "ct" in "cat", "x" not in "cat", 2 in (1, 2), 2 in {2: "v"}, "v" in {2: "v"})
print(2 in {1, 2}, 5 in range(0, 10, 5), 6 in range(0, 10, 5), -1 in range(10), 10 ** 20 in range(10 ** 21))
print(b"b" in b"abc", 98 in b"abc", b"" in b"", [1] in [[1], 2], (1, 2) in {(1, 2): 0})
print(None in [None], None in [], [] in [[]], {} in [{}])
nan = float("nan")
lst = [nan]
print(nan in lst, float("nan") in lst, lst.index(nan), lst.count(nan))
try:
    [] in {1: 2}
except TypeError as e:
    print("TypeError:", e)
try:
    1 in 5
except TypeError as e:
    print("TypeError:", e)
try:
    1 in "abc"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" in b"abc"
except TypeError as e:
    print("TypeError:", e)
try:
    [1] in {1, 2}
except TypeError as e:
    print("TypeError:", e)
