# Floor division, modulo and power follow Python's sign rules.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (13, 13)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
print(2 ** 10, 2 ** -1, (-2) ** 3, (-2) ** -2, 0 ** 0)
print(10 ** 20, -(10 ** 20) // 7, (10 ** 20) % -7)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2)
print(1 / 3, 2 / 3, 10 / 4, 1e300 * 10, -1e300 * 10)
print(abs(-5), abs(-5.5), abs(0), -0.0, 0.0 == -0.0)
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2))
print(3 * 1.1, 0.1 + 0.2, 1e16, 1e-5, 123456789.0 * 1000)
