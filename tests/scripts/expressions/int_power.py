# ** on ints: exact big results, negative exponents give floats, 3-arg pow.
print(2 ** 0, 2 ** 1, 2 ** 64, 2 ** 100, (-2) ** 63, (-2) ** 64, (-3) ** 41)
print(0 ** 0, 0 ** 5, 1 ** 10 ** 6, (-1) ** 10 ** 6, (-1) ** (10 ** 6 + 1))
print(2 ** -1, 2 ** -10, (-2) ** -3, 10 ** -5, 3 ** -2)
print(-2 ** 2, (-2) ** 2, 2 ** 3 ** 2, (2 ** 3) ** 2, 2 ** -2 ** 2)
print(len(str(7 ** 1000)), str(3 ** 200)[:20], 12 ** 34 % 1000)
print(pow(2, 10), pow(2, 100, 1000), pow(3, 10 ** 18, 10 ** 9 + 7), pow(-3, 3, 7), pow(3, 3, -7))
print(pow(5, -1, 7), pow(38, -1, 97), pow(2, -3, 11), pow(7, 0, 1), pow(0, 0, 5))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    2 ** 10000 * 1.0
except OverflowError as e:
    print("OverflowError:", e)
try:
    pow(10, 400.0)
except OverflowError as e:
    print("OverflowError:", e)
print(2 ** 0.5, 4 ** 0.5, (-8) ** (1 / 3) if False else "skip complex", 10 ** 2.0, 2.0 ** 10)
print(pow(2, 5), pow(2.5, 2), pow(-2, 2), pow(-2.0, 3))
