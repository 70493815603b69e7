# int() from text: bases, prefixes, underscores, whitespace and CPython's errors.
def show(f):
    try:
        print(repr(f()))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)

texts = ["0", "-0", "+7", "  42  ", "\t-13\n", "1_000", "1__000", "_1", "1_", "0x1f", "0X1F",
         "0o17", "0b101", "0b_101", "0_0", "00", "007", "0x", "1.5", "", " ", "12abc", "١٢٣",
         "9" * 30, "-" + "9" * 30, "1 2", "+-1", "0b2", "\u00a012\u2003"]
for t in texts:
    show(lambda: int(t))
    show(lambda: int(t, 0))
for t, b in [("ff", 16), ("FF", 16), ("0xff", 16), ("0x_ff", 16), ("z", 36), ("Z", 36), ("10", 2),
             ("12", 2), ("777", 8), ("0o777", 8), ("0o777", 0), ("0b11", 2), ("0b11", 16),
             ("zz", 37), ("1", 1), ("1", -1), ("10", 10 ** 20), ("1_0", 3), ("-0x10", 16)]:
    show(lambda: int(t, b))
show(lambda: int(b"  12 "))
show(lambda: int(bytearray(b"0x10"), 16))
show(lambda: int(b"1.5"))
show(lambda: int(5, 10))
show(lambda: int(None))
show(lambda: int([1]))
show(lambda: int(base=2))
show(lambda: int("10", base=3))
show(lambda: int(x="10"))
show(lambda: int("x" * 300))
show(lambda: int())
show(lambda: int(3.99))
show(lambda: int(-3.99))
show(lambda: int(1e20))
show(lambda: int(-2.0 ** 70))
show(lambda: int(float("inf")))
show(lambda: int(float("-inf")))
show(lambda: int(float("nan")))
show(lambda: int(True))
show(lambda: type(int(True)))
show(lambda: int("10", 2.0))
