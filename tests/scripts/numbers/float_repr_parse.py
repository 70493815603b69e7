# float repr (shortest round trip), float() parsing, hex, round, methods.
def show(f):
    try:
        print(repr(f()))
    except (ValueError, TypeError, OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)

for v in [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e22, 1e23, 1e16, 1e15, 123456789012345678.0, 1e-5,
          1e-4, 0.001, 1e-7, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, -0.0, 0.0,
          1.0, -1.5, 100.0, 1e100, 9007199254740993.0, 0.3, 2.675, 1.1, 3.0e-10]:
    print(repr(v), str(v), float(repr(v)) == v)
for s in ["1", "-1.5", "  2.5  ", "\n3e2\t", "1_000.5", "1_0e1_0", "1__0", "_1", "1_", "1._5",
          "1e", "1e+", ".5", "5.", ".", "-.5e-3", "inf", "-inf", "+INF", "Infinity", "-infinity",
          "nan", "-nan", "NaN", "infinit", "nan1", "0x10", "1e400", "-1e400", "1e-400", "", "  ",
          "1,5", "١.٥", "\u00a01.5\u2003", "++1", "e5", "1.2.3", "0" * 50 + "1", "1" + "0" * 30]:
    show(lambda: float(s))
show(lambda: float(b" 1.25 "))
show(lambda: float(bytearray(b"-7")))
show(lambda: float(b"x"))
show(lambda: float(None))
show(lambda: float([]))
show(lambda: float(10 ** 400))
show(lambda: float(True))
show(lambda: float())
show(lambda: float(x=1))
for v in [1.0, 0.5, -0.1, 0.0, -0.0, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
          float("inf"), float("-inf"), float("nan"), 3.0, 1e-310, 0.1]:
    print(repr(v), v.hex(), float.fromhex(v.hex()) == v or v != v)
for s in ["0x1p0", " 0X1.8P+1 ", "1.8", "-0x.8", "0x1.", "0x.", "0x", "inf", "-Infinity", "nan",
          "+NaN", "0x1p99999999999999999999", "0x1p-99999999999999999", "0x1.fffffffffffff8p1023",
          "0x1.fffffffffffff7p1023", "1_0", "0x1p", "0x1p+", "abc", "0x1.0000000000000800001p0",
          "0x0.00000000000008p-1022", "0x0.0000000000000800001p-1022", " ", "1e5", "0x1.8 p1",
          "0x1.8p1e", "0x1P-1074", "0x1p-1075", "0x3p-1076", "-0x0p0"]:
    show(lambda: float.fromhex(s))
show(lambda: float.fromhex(1))
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 0.49999999999999994, 1e300, -2.5, 3.7, -3.7]:
    print(v, round(v), round(v, 0), round(v, 1), round(v, -1))
for v, n in [(2.675, 2), (1.005, 2), (0.125, 2), (0.375, 2), (1234.5678, -2), (1e300, -299),
             (5e-324, 400), (1.5, 10 ** 20), (1.5, -(10 ** 20)), (-0.0, 1), (15.0, -1), (25.0, -1)]:
    show(lambda: round(v, n))
show(lambda: round(float("inf")))
show(lambda: round(float("nan")))
show(lambda: round(float("inf"), 2))
show(lambda: round(1e308, -308))
show(lambda: round(1.5, 1.0))
for v in [1.0, 1.5, -2.0, 0.0, 1e300, float("inf"), float("nan")]:
    show(lambda: v.is_integer())
for v in [0.5, -0.25, 1.0, 0.1, 1e300, 5e-324, 0.0, -3.0, float("inf"), float("nan")]:
    show(lambda: v.as_integer_ratio())
print((1.5).conjugate(), (1.5).real, (1.5).imag, float.__trunc__(-2.5), (2.5).__floor__(), (2.5).__ceil__())
show(lambda: int(1e300))
show(lambda: (1e300).__trunc__() == 10 ** 300)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, float("inf") - float("inf"))
show(lambda: 1.0 / 0)
show(lambda: 1.0 // 0.0)
show(lambda: 1.0 % 0)
show(lambda: divmod(1.0, 0))
show(lambda: 0.0 ** -1)
show(lambda: 0.0 ** -1.5)
show(lambda: 10.0 ** 400)
show(lambda: (-8.0) ** 3)
show(lambda: 2.0 ** 0.5)
show(lambda: float("inf") ** -1)
show(lambda: pow(1.5, 2, 3))
show(lambda: 1.5 + "a")
