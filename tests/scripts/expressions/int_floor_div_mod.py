# Floor division and modulo on small and big ints of every sign combination.
vals = [0, 1, -1, 7, -7, 3, -3, 2 ** 62, -(2 ** 62), 2 ** 64 + 1, -(2 ** 64) - 1, 10 ** 30, -(10 ** 30)]
divs = [1, -1, 2, -2, 3, -3, 7, 2 ** 63, -(2 ** 63), 10 ** 20 + 7]
for a in vals:
    row = []
    for b in divs:
        q, r = a // b, a % b
        assert q * b + r == a
        assert r == 0 or (r > 0) == (b > 0)
        row.append(f"{q},{r}")
    print(a, " ".join(row))
print(divmod(-2 ** 100, 3), divmod(2 ** 100, -3), divmod(-(2 ** 100), -(3 ** 40)))
print((-1) // (10 ** 50), (-1) % (10 ** 50), 1 // -(10 ** 50))
print(-(2 ** 63) // -1, (-(2 ** 63)) % -1, -(2 ** 62) * 2 // -1)
for a, b in ((5, 0), (0, 0), (10 ** 20, 0)):
    for op in ("//", "%", "divmod"):
        try:
            if op == "//":
                a // b
            elif op == "%":
                a % b
            else:
                divmod(a, b)
        except ZeroDivisionError as e:
            print(op, "ZeroDivisionError:", e)
