# IndexError and KeyError messages for every container kind.
tests = [
    lambda: [][0], lambda: [1][-2], lambda: (1, 2)[2], lambda: "abc"[3], lambda: "abc"[-4],
    lambda: b"ab"[2], lambda: bytearray(b"a")[1], lambda: range(3)[3], lambda: range(10 ** 20)[10 ** 20],
    lambda: [].pop(), lambda: [1].pop(1), lambda: {}.popitem(), lambda: set().pop(), lambda: {}["k"],
    lambda: {1: 2}[2], lambda: {(1, 2): 0}[(2, 1)], lambda: {"a": 1}.pop("b"), lambda: set().remove(0),
    lambda: {frozenset(): 1}[frozenset([1])], lambda: {None: 1}[0], lambda: {"k": 1}[""],
    lambda: [1, 2].insert(10, 3) or [1, 2][10], lambda: "x" * 2 and "xy"[5], lambda: {1.5: 0}[2.5],
]
for t in tests:
    try:
        t()
        print("no error")
    except LookupError as e:
        print(type(e).__name__ + ":", e, "|", repr(e), "|", e.args)
lst = [1, 2, 3]
try:
    lst[3] = 0
except IndexError as e:
    print("IndexError:", e)
try:
    del lst[5]
except IndexError as e:
    print("IndexError:", e)
try:
    {}[[1]]
except TypeError as e:
    print("TypeError:", e)
