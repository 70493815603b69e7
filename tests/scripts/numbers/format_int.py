# int.__format__: the format-spec mini-language for ints, compared with CPython.
specs = ["", "d", "5", "<6", ">6", "^7", "=8", "*^9", "+", "-", " ", "+08", "08", "-08", " 08",
         ",", "_", "010,", "012_", "0=10,", "x=10,", "<010,", "^010", "b", "#b", "o", "#o",
         "x", "#x", "X", "#X", "_b", "#_x", "010_x", "#012_b", "+#010x", "-^#12x", "n", "010n",
         "c", "05c", "^5c", "=5c", "e", ".2e", "E", "f", ".3f", ",.2f", "g", "G", "%", ".1%",
         "+012,.2f", "z>4", "é>5", "é^6,", "0<8", "0^9x"]
values = [0, 1, -1, 7, 42, -42, 255, 1234, -1234, 65536, 1234567, -987654321,
          2 ** 64, -(2 ** 70) + 12345, 10 ** 25 + 7]
for s in specs:
    row = []
    for v in values:
        try:
            row.append(repr(format(v, s)))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__ + ": " + str(e))
    print(repr(s), " | ".join(row))
print(format(True, ""), format(False, "d"), format(True, ">5"), format(True, "^7"), format(True, "f"))
print(f"{1234:>10,}|{-5:+d}|{255:#06x}|{8:b}|{2**100:_x}")
print("{:,}".format(10 ** 30), "{:_}".format(-10 ** 12))
print((5).__format__(""), (5).__format__("03"))
