# Constructors and conversions: int/float/str/bool/repr, abs, divmod, pow,
# round, chr/ord, bin/oct/hex, format, hash of equal numbers.
print(int(), int("42"), int(" -7 "), int("0x1f", 16), int("1_000"), int(3.9), int(-3.9), int(True))
print(int("z", 36), int("0b101", 0), int("0o17", 0), int("10", 2))
for bad in ["", "1.5", "abc", "0x", "1__0"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("1", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int([])
except TypeError as e:
    print("TypeError:", e)
print(float(), float("1.5"), float(" -2e3 "), float("inf"), float("-nan"), float(7), float("1_0.5"))
try:
    float("x")
except ValueError as e:
    print("ValueError:", e)
print(str(), str(12), str(1.0), str(None), str([1, "a"]), str(b"xy"), repr("q'\"\n"))
print(bool(), bool(0), bool(1), bool(""), bool("a"), bool([]), bool([0]), bool(None), bool(0.0))
print(abs(-5), abs(5), abs(-2.5), abs(True), abs(-10**30))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(-7.5, 2))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(pow(2, 10), pow(2, -1), pow(2, 10, 1000), pow(3, -1, 7), pow(2.0, 0.5), pow(-8, 2))
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2), round(5), round(0.5), round(1.5, None))
print(type(round(2.5)), type(round(2.5, 0)), round(-0.0), round(1e300, 2))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
print(chr(65), chr(0x1F600), ord("A"), ord("€"), ord(b"a"))
for bad in [lambda: chr(-1), lambda: chr(0x110000), lambda: ord("ab"), lambda: ord("")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(bin(10), bin(-10), oct(8), oct(-8), hex(255), hex(-255), hex(0), bin(2**70))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
print(format(3.14159, ".2f"), format(42, "08b"), format("s", "^5"), format(12345, ","), format(1), format(None))
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False), hash("a") == hash("a"))
try:
    hash([])
except TypeError as e:
    print("TypeError:", e)
