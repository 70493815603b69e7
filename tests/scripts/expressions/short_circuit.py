# and/or return an operand, evaluate lazily; not always returns a bool.
log = []
def v(x):
    log.append(repr(x))
    return x
cases = [(0, 1), (1, 0), (1, 2), (0, ""), ("", 0), ([], [1]), ([1], []), (None, "x"), ("a", None)]
for a, b in cases:
    log.clear()
    r1 = v(a) and v(b)
    l1 = list(log)
    log.clear()
    r2 = v(a) or v(b)
    print(repr(a), repr(b), "and->", repr(r1), l1, "or->", repr(r2), list(log))
print(not 0, not 1, not "", not "x", not [], not None, type(not 5).__name__)
print(1 and 2 and 3, 1 and 0 and 3, 0 or "" or None, 0 or "" or "last", 1 or 1 / 0)
print(0 and 1 / 0, None or 0 and 1 / 0, (1 or 2) and (0 or 3))
print(1 and 2 or 3, 0 and 2 or 3, 1 or 2 and 3, not 1 or 2, not (1 or 2), not 1 == 2)
log.clear()
print(v(0) or v(0) or v(5) or v(6), log)
log.clear()
print(v(1) and v(2) and v(0) and v(4), log)
x = None
name = x or "default"
print(name, x and x.upper(), "abc" and "abc".upper())
d = {}
print(d.get("k") or "missing", len(d) == 0 or d["k"])
print([i for i in range(10) if i % 2 and i % 3], [i or "zero" for i in range(3)])
print(all([]) or "unreachable", any([]) and "unreachable")
