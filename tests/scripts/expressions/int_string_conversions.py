# int() from strings in every base, str/repr of ints, bin/oct/hex round trips, int() from floats.
for text, base in [("42", 10), ("-42", 10), ("  +7\n", 10), ("1_000", 10), ("ff", 16), ("FF", 16), ("0xff", 16),
                   ("0xff", 0), ("0o17", 0), ("0b101", 0), ("17", 8), ("101", 2), ("z", 36), ("Zz", 36),
                   ("0", 0), ("00", 0), ("-0b1", 0), ("1" * 30, 2), ("7fffffffffffffff", 16), ("10000000000000000", 16)]:
    print(repr(text), base, int(text, base))
for bad, base in [("", 10), ("0x", 16), ("12", 2), ("08", 0), ("1__0", 10), ("_1", 10), ("1_", 10), ("abc", 10),
                  ("1.0", 10), ("0b", 0), ("- 1", 10), ("12", 1), ("12", 37), ("١٢", 10)]:
    try:
        print(repr(bad), base, int(bad, base))
    except ValueError as e:
        print("ValueError:", e)
for n in (0, 1, -1, 255, -256, 2 ** 64, -(3 ** 50)):
    assert int(bin(n), 2) == int(oct(n), 8) == int(hex(n), 16) == int(str(n)) == n
    print(n, bin(n), oct(n), hex(n), f"{n:x}", f"{n:#b}")
print(int(3.9), int(-3.9), int(1e20), int(-0.0), int(2.5e-3), int("  12  "), int(b"42"), int(True))
for bad in (float("inf"), float("nan")):
    try:
        int(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    int("10", base=2.0)
except TypeError as e:
    print("TypeError:", e)
try:
    int(10, 2)
except TypeError as e:
    print("TypeError:", e)
print(str(10 ** 50), repr(-(10 ** 50)), len(str(2 ** 10000)), str(2 ** 10000)[:12], str(2 ** 10000)[-12:])
print(float("1e500"), float("-1e500"), float("  3.5\n"), float("1_0.5"), float("infinity"), float("-NaN"))
