# Bitwise operators and shifts on negative and big ints (two's complement semantics).
vals = [0, 1, -1, 5, -5, 255, -256, 2 ** 64 - 1, -(2 ** 64), 2 ** 100 + 12345, -(2 ** 100) - 1]
for a in vals:
    print(a, ~a, a & 0xFF, a | 0x100, a ^ -1, a & -a, a >> 3, a << 3)
print(-1 >> 100, -1 << 100, 1 << 200 >> 199, -(2 ** 70) >> 69, (2 ** 70 - 1) >> 69)
print(-7 & 3, -7 | 3, -7 ^ 3, 7 & -3, -(2 ** 65) & (2 ** 66 - 1), -(2 ** 65) | 1)
print(0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010, ~0b1100)
print(True & False, True | False, True ^ True, ~True, True << 3, type(True & True).__name__)
print(1 << 62, 1 << 63, 1 << 64, (1 << 64) >> 64, 3 >> 5, -3 >> 5)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -5
except ValueError as e:
    print("ValueError:", e)
try:
    1.0 & 1
except TypeError as e:
    print("TypeError:", e)
try:
    ~1.5
except TypeError as e:
    print("TypeError:", e)
print((255).bit_length(), (-255).bit_length(), (0).bit_length(), (2 ** 100).bit_length())
print((255).bit_count() if hasattr(int, "bit_count") else "", (-7).bit_count(), (2 ** 100 - 1).bit_count())
print(0 << 1000, 5 >> 1000, -5 >> 1000)
