# int arithmetic edge cases: floor division and modulo signs, powers,
# overflow to float, comparisons with floats, hashes, big ints.
def show(f):
    try:
        print(repr(f()))
    except (ValueError, TypeError, OverflowError, ZeroDivisionError, MemoryError) as e:
        print(type(e).__name__ + ":", e)

pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3), (2 ** 64 + 1, 7), (-(2 ** 64) - 1, 7),
         (7, 2 ** 64), (-7, 2 ** 64), (2 ** 100, -(2 ** 50) - 3), (-(2 ** 62), -1), (-(2 ** 63), -1)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), a / b, a * b, a + b, a - b)
for a, b in [(1, 0), (0, 0), (2 ** 70, 0), (1.5, 0), (1, 0.0)]:
    show(lambda: a // b)
    show(lambda: a % b)
    show(lambda: divmod(a, b))
    show(lambda: a / b)
for a, b in [(2, 10), (2, -1), (2, -2), (-2, -3), (10, -300), (0, 0), (0, -1), (0, -2), (-1, 2 ** 70),
             (-1, 2 ** 70 + 1), (1, -5), (7, 0), (-3, 3), (3, 40), (2, 100), (10, -400), (2, -1100)]:
    show(lambda: a ** b)
show(lambda: 2.0 ** -1075)
show(lambda: 10.0 ** 400)
show(lambda: 10 ** 400 * 1.0)
show(lambda: (-8) ** (1 / 3) if False else 0.0 ** -1)
show(lambda: pow(2, 10, 1000))
show(lambda: pow(2, -1, 7))
show(lambda: pow(3, -2, 7))
show(lambda: pow(2, -1, 4))
show(lambda: pow(2, 3, 0))
show(lambda: pow(2, 3, -5))
show(lambda: pow(-2, 3, 5))
show(lambda: pow(2.0, 3, 5))
show(lambda: 2 ** 62 + 2 ** 62)
show(lambda: -(2 ** 62) - 2 ** 62 - 1)
show(lambda: (2 ** 62) * 2)
show(lambda: (2 ** 31) * (2 ** 31))
show(lambda: abs(-(2 ** 62)))
show(lambda: -(-(2 ** 62)))
show(lambda: 1 << 100)
show(lambda: -1 << 3)
show(lambda: 1 << -1)
show(lambda: (2 ** 100) >> 98)
show(lambda: -(2 ** 100) >> 200)
show(lambda: -5 >> 1)
show(lambda: 5 >> 1000)
show(lambda: (2 ** 100) & (2 ** 100 - 1))
show(lambda: -(2 ** 100) | 7)
show(lambda: (2 ** 100) ^ -1)
show(lambda: 10 ** 20 / 3)
show(lambda: (10 ** 400) / (10 ** 399))
show(lambda: 1 / (10 ** 400))
show(lambda: (10 ** 400) / 3)
show(lambda: (2 ** 1024) / 1)
show(lambda: float(2 ** 1024))
show(lambda: float(2 ** 1024 - 2 ** 970))
show(lambda: float(2 ** 1024 - 2 ** 971))
show(lambda: float(2 ** 53 + 1))
show(lambda: float(2 ** 54 + 3))
show(lambda: float(-(2 ** 80) - 1))
show(lambda: 2 ** 53 + 1 == float(2 ** 53 + 1))
show(lambda: 2 ** 53 + 1 > float(2 ** 53))
show(lambda: 2 ** 53 + 1 < 2.0 ** 53 + 2)
show(lambda: 10 ** 400 > 1e308)
show(lambda: 10 ** 400 < float("inf"))
show(lambda: -(10 ** 400) > float("-inf"))
show(lambda: 10 ** 400 == float("nan"))
show(lambda: 10 ** 400 != float("nan"))
show(lambda: 1 == 1.0)
show(lambda: 2 ** 64 == 2.0 ** 64)
show(lambda: 2 ** 64 + 1 == 2.0 ** 64)
show(lambda: 0.5 < 1 < 1.5)
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False) == hash(-0.0))
for v in [0, 1, -1, -2, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 64), 10 ** 30, -(10 ** 30),
          2 ** 100 + 17, 1.5, -1.5, 0.1, 1e300, -1e-300, 2.0 ** 70, float("inf"), float("-inf"),
          1e22, 123456789.125, 5e-324]:
    print(repr(v), hash(v))
print(hash(2 ** 70) == hash(2.0 ** 70), hash(-(2 ** 80)) == hash(-(2.0 ** 80)))
print(sum(range(1000)), 10 ** 50 // 7, -(10 ** 50) // 7, 10 ** 50 % 7, -(10 ** 50) % 7)
print(divmod(-(10 ** 30), 7), divmod(10 ** 30, -7), divmod(-(10 ** 30), -(10 ** 20) - 1))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7.5, -2), divmod(-0.0, 1), divmod(1e308, 1e-308))
print(7.5 // 2, -7.5 // 2, 7.5 % -2, -7.5 % 2, -0.0 % 1, 0.0 % -1, 5 % -0.5)
print(True + True, True - False, True * 7, True / 2, True // 2, True % 2, -True, ~True, ~False, +True)
print(True & True, True & 1, True | False, False ^ True, True ^ True, 1 & True, type(True & True), type(True & 1))
print(True ** 2, 2 ** True, True << 3, repr(True), repr(False), str(True), True == 1, False == 0)
print(int.__add__(2, 3), int.__add__(2, 3.0), (3).__truediv__(2), (3).__rsub__(10))
# true division into the subnormal range rounds once
for a, b in [(1, 2 ** 1075), (1, 2 ** 1076), (3, 2 ** 1076), (1, 2 ** 1074), (2 ** 1074 + 1, 2 ** 2148),
             (1, 3 * 2 ** 1073), (2, 3 * 2 ** 1074), (1, 10 ** 400), (7, 10 ** 323),
             (97 * 2 ** 70 + 1, 3 ** 700), (10 ** 20 + 3, 10 ** 328)]:
    print(a / b, -a / b)
