# int / int is correctly rounded, even for huge operands; overflow raises.
print(1 / 3, 2 / 3, -1 / 3, 7 / -2, 0 / 5, -0 / 5, 10 / 5)
print(10 ** 30 / 3, 10 ** 30 / 10 ** 29, (10 ** 30 + 1) / 10 ** 30)
print(2 ** 53 / 1, (2 ** 53 + 1) / 1, (2 ** 53 + 3) / 1)
print(12345678901234567890 / 10, 3 ** 100 / 3 ** 98, -(7 ** 60) / 7 ** 59)
print(1 / 2 ** 1000, 2 ** 1000 / 3 ** 600, 1 / -(2 ** 1074), 1 / 2 ** 1075)
print((2 ** 1023 * 2 - 1) / 2 ** 1000 > 1, 10 ** 400 / 10 ** 399)
for a, b in ((10 ** 400, 1), (1, 0), (0, 0), (2 ** 2000, 3)):
    try:
        print(a / b)
    except (OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
print(9007199254740993 / 1 == 9007199254740992.0, 9007199254740995 / 1)
print(sum([1 / k for k in range(1, 11)]))
print(5 / 2.0, 5.0 / 2, -5 / 2, 1e300 / 1e-300, float(10 ** 308) / 10 ** 308)
try:
    print(10 ** 309 / 1.0)
except OverflowError as e:
    print("OverflowError:", e)
