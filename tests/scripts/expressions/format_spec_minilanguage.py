# format() and str.format with the format-spec mini-language for int, float and str.
for spec in ("", "d", "5d", "<5d", "^5d", ">5d", "*^7d", "+d", " d", "-d", "05d", "=+6d", ",d", "_d", "x", "#x", "#010x", "X", "o", "#o", "b", "#b", "_b", "c", "n", "e", "f", "%", ".2f", "g"):
    print(f"{spec!r:8} {format(255, spec)!r:>14} {format(-42, spec) if spec not in ('c',) else '':>12}")
for spec in ("", "f", ".0f", ".1f", ".3f", "10.2f", "<10.2f", "^10.2f", "+.2e", ".3E", "g", ".3g", ".10g", "G", "%", ".1%", ",.2f", "_.3f", "010.3f", "=+10.1f", "#.0f", "#g", ".0e", "n"):
    print(f"{spec!r:8} {format(1234.5678, spec)!r:>16} {format(-0.000123, spec)!r:>16} {format(1e20, spec)!r:>28}")
for spec in ("", "s", "10", "<10", ">10", "^10", "*^9", ".2", "10.3", "-<6"):
    print(f"{spec!r:7} {format('gilpy', spec)!r}")
print(format(float("nan"), "10.2f"), format(float("-inf"), "+f"), format(float("inf"), "e"), format(-0.0, "f"), format(0.0, "+g"))
print(format(True, ""), format(True, "d"), format(None, ""), format([1], ""), format(10 ** 25, ","), format(2 ** 64, "x"))
print("{:>{}}|{:{}.{}f}|{!r:^7}|{:%}".format("r", 4, 3.14159, 8, 3, "s", 0.25))
print("{0}{1}{0}".format("ab", "-"), "{a[0]}{b[k]}".format(a="xy", b={"k": "v"}), "{0.real}".format(3))
for bad in ((1, "s"), ("x", "d"), (1.5, "x"), (1, ".2d"), ("s", "+"), (1, "=c"), (1, ",x"), (1, "z"), (1.0, "c")):
    try:
        format(*bad)
    except (ValueError, TypeError) as e:
        print(bad, type(e).__name__ + ":", e)
