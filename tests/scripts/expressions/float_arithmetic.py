# Float arithmetic: floor division, modulo signs, inf and nan, rounding of reprs.
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1.0, 0.1), (0.0, 3.0), (-0.0, 3.0), (1e300, 1e-300), (5, 0.5)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
inf, nan = float("inf"), float("nan")
print(inf + 1, inf - inf, inf * 0, -inf * -1, inf / inf, 1 / inf, -1 / inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf > 1e308, -inf < -1e308, inf == inf)
print(inf // 1, inf % 2 if False else "skip", 5 % inf, -5 % inf, 5 // inf, -5 // inf)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15, 0.1 * 3, 1.1 + 2.2, 3.3 - 1.1)
print(1e16 + 1, 1e16 + 2, 2.0 ** 53 + 1, 0.1 ** 2, 1.0 / 3 * 3)
print(-0.0 == 0.0, str(-0.0), 0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, abs(-0.0))
print(1e308 * 10, -1e308 * 10, 1e-323 / 10, 5e-324 / 2)
for a, b in ((1.0, 0.0), (0.0, 0.0), (1, 0.0)):
    for name, fn in (("/", lambda: a / b), ("//", lambda: a // b), ("%", lambda: a % b), ("divmod", lambda: divmod(a, b))):
        try:
            fn()
        except ZeroDivisionError as e:
            print(name, "ZeroDivisionError:", e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    10.0 ** 400
except OverflowError as e:
    print("OverflowError:", e)
print((-8.0) ** 2, 2.0 ** -1, (-2.0) ** 3, 1.5 ** 2.5, 0.0 ** 0.0, inf ** 0, nan ** 0, 1 ** nan)
print(3 * 0.1, 100 * 1.1, 0.57 * 100, 1.15 * 100, 2.675 * 100)
print(float(7) // 2, 7 // 2.0, -7 // 2.0, 7 % -2.0, -7 % 2.0, 6.0 % 3, -6.0 % 3)
