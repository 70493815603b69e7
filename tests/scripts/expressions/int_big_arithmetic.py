# Big-int arithmetic: carries across word boundaries, mixed small/big, conversions.
a = 2 ** 63 - 1
print(a + 1, a * 2, -a - 2, a - a, (a + 1) - 1 == a)
b = 2 ** 62
print(b + b, b * 4, -b - b, (-b) * 2, b * b)
c = 10 ** 50 + 12345
print(c + 1, c - 10 ** 50, c * c, c * -1, c // 7, c % 97)
print(sum(range(10 ** 6)), sum([i * i for i in range(1000)]))
f = 1
for i in range(1, 41):
    f *= i
print(f, f // 2 ** 30, f % 1000000007)
n = 1
for _ in range(100):
    n = n * 3 + 1
print(n, n.bit_length())
print(int(str(7 ** 200)) == 7 ** 200, len(str(-(13 ** 150))))
print(hex(2 ** 100), oct(-(2 ** 70)), bin(2 ** 65 + 1))
print(int("123456789" * 5), int("-" + "9" * 40), int("  +42  "))
print(abs(-(10 ** 40)), -(-(10 ** 40)), +(10 ** 40))
print(max(2 ** 70, 2 ** 69), min(-(2 ** 70), 5), sorted([2 ** 65, -3, 2 ** 64, 0]))
print(10 ** 20 == 100000000000000000000, 10 ** 20 != 10 ** 20 + 1, 2 ** 64 > 2 ** 63, -(2 ** 64) < -(2 ** 63))
print(float(2 ** 80), int(1e25), int(-1.5e20), int(2.0 ** 70) == 2 ** 70)
print(2 ** 64 == 2.0 ** 64, 2 ** 64 + 1 == 2.0 ** 64, 2 ** 64 + 1 > 2.0 ** 64, 2 ** 64 - 1 < 2.0 ** 64)
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(10 ** 30), hash(-1), hash(-2))
print(round(12345678901234567890, -5), round(-(10 ** 25) - 5, -1), round(15, -1), round(25, -1))
