# Errors of the format-spec mini-language for int and float, word for word.
cases = [(5, ".2d"), (5, ".2"), (5, "+c"), (5, "#c"), (5, ",c"), (5, "_c"), (5, "zd"), (5, "z"),
         (5, "s"), (5.0, "s"), (5.0, "d"), (5.0, "x"), (5.0, "b"), (5.0, "c"), (5, "ab"),
         (5, "abc"), (5.0, "<<<"), (5, "."), (5.0, ".f"), (5, ",_d"), (5, "_,d"), (5, "1,_d"),
         (5, ",n"), (5, "_n"), (5.0, ",n"), (5, "_e"), (5, ",x"), (5, ",b"), (5, "_q"),
         (5, ",\x7f"), (5, "\x00"), (5.0, "\x01"), (5, "é"), (5, "0=é"), (5, ",é"),
         (5, "\u20ac"), (5.0, ".2147483648f"), (5.0, ".99999999f") if False else (5.0, "q"),
         (5, ".2147483648f"), (-1, "c"), (0x110000, "c"), (2 ** 70, "c"), (10 ** 400, "f"),
         (10 ** 400, "e"), (True, "q"), (True, "s"), (5, "99999999999999999999d"),
         (5, ".99999999999999999999f")]
for v, s in cases:
    try:
        print(repr(s), repr(format(v, s)))
    except (ValueError, OverflowError, TypeError) as e:
        print(repr(s), type(e).__name__ + ":", e)
for bad in [1, None, b"d"]:
    try:
        (5).__format__(bad)
    except TypeError as e:
        print("TypeError:", e)
    try:
        (5.0).__format__(bad)
    except TypeError as e:
        print("TypeError:", e)
