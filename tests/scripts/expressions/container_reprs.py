# repr and str of nested and self-referencing containers.
lst = [1, "two", 3.0, None, True, [4, (5, 6)], {"k": {7}}, b"8", (9,), (), frozenset()]
print(lst)
print(str(lst) == repr(lst), repr("x"), str("x"), repr(["x"]), str(["x"]))
loop = [1, 2]
loop.append(loop)
print(loop, repr(loop))
d = {"a": 1}
d["self"] = d
d["list"] = [d, loop]
print(d)
t = (loop,)
print(t)
s = {(1, 2), ("a", None)}
print(len(repr(s)), sorted([repr(x) for x in s]))
print([[]], [[[]]], [{}], ({},), [set()], {1: []}, {(): ()}, [()], [(1,)], ((1,),))
print([1.0, -0.0, 1e100, float("inf"), float("nan")], [10 ** 25], [-1, -2.5], (1 / 3,))
print(["quote'", 'double"', "both'\"", "nl\n", "tab\t", "é", "\x00", "\u200b"])
print({"key with space": "value\twith\ttabs", 1.5: [b"\xff"]})
print(repr(range(0)), repr(range(1, 2)), repr(slice(1, None)), [range(3), slice(None)], repr(...), [..., None])
print([len, print], [abs][0] is abs, str(len), repr(int), [int, str, type(None)])
deep = []
cur = deep
for _ in range(5):
    nxt = []
    cur.append(nxt)
    cur = nxt
print(deep)
