# repr/str of floats: shortest round-tripping digits, exponent switch points.
values = [0.0, -0.0, 1.0, 0.1, 0.5, 1.5, 2.5, 1 / 3, 2 / 3, 10.0, 100.0, 1e15, 1e16, 1e17,
          123456789.123456789, 1e-4, 1e-5, 0.0001234, 0.00001234, 1.7976931348623157e308,
          5e-324, 2.2250738585072014e-308, 9.999999999999999e15, 9.999999999999999e22,
          1234567890123456789.0, 0.30000000000000004, 4.35, 1.1, 2.675, 1e22, 1e23,
          float(2 ** 53), float(2 ** 53 + 1), float(2 ** 64), 3.14159265358979, 123.456]
for v in values:
    print(repr(v), str(v), repr(-v))
print(float("inf"), float("-inf"), float("nan"), repr(float("-nan")))
print([0.1 * i for i in range(11)])
print(1.0 / 7, 22.0 / 7, 355.0 / 113)
print(float("0.1") == 0.1, float(repr(1 / 3)) == 1 / 3, float(str(2.675)) == 2.675)
print(str(1e100), str(1.5e-100), str(123e300), str(-4.2e-7))
x = 0.0
for _ in range(10):
    x += 0.1
print(x, x == 1.0, round(x, 10) == 1.0)
print(float(123456789012345678901234567890), float(-2 ** 100))
print(1e0, 1e1, 1e2, 1e10, 1e15, 1e16, 12345678901234567.0)
