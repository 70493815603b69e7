# TypeErrors from operators on incompatible types, with CPython's exact messages.
none, text, lst, tup, five = None, "abc", [1, 2], (1,), 5
tests = [
    lambda: 1 + "a", lambda: "a" + 1, lambda: [1] + (1,), lambda: (1,) + [1], lambda: {} + {},
    lambda: 1 - "a", lambda: "a" * "b", lambda: "a" * 2.0, lambda: [1] * 1.5, lambda: None + 1,
    lambda: 1 / "2", lambda: 1 // [], lambda: "%d" % "x", lambda: 2 ** "x", lambda: {1} + {2},
    lambda: -"a", lambda: +[], lambda: ~"x", lambda: abs("x"), lambda: len(5),
    lambda: 1 < "a", lambda: [] > {}, lambda: None < None, lambda: "a" >= 1, lambda: (1,) <= [1],
    lambda: b"a" + "a", lambda: "a" + b"a", lambda: 1 & 1.0, lambda: 1.5 << 1, lambda: "ab" - "a",
    lambda: {"a": 1} | [1], lambda: lst[none], lambda: text["a"], lambda: tup[1.0], lambda: five[0],
    lambda: none(), lambda: text(), lambda: lst(), lambda: hash([]), lambda: hash({}),
    lambda: {[]: 1}, lambda: {{1}}, lambda: iter(5), lambda: next([1]), lambda: divmod("a", 1),
    lambda: sum(["a", "b"]), lambda: sum([[1]]), lambda: int([1]), lambda: float({}), lambda: 1 @ 2,
]
for t in tests:
    try:
        t()
        print("no error")
    except TypeError as e:
        print(e)
