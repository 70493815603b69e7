# printf-style % formatting of str: every conversion, flags, width, precision, mappings.
print("%s|%r|%a|%d|%i|%u" % ("é", "é", "é", 42, -7, 3))
print("%5d|%-5d|%05d|%+d|% d|%+05d|%x|%X|%#x|%#X|%o|%#o" % (42, 42, 42, 42, 42, -42, 255, 255, 255, 255, 8, 8))
print("%f|%.2f|%10.3f|%-10.1f|%010.2f|%+.1f|%e|%.3E|%g|%G|%g" % (3.14159, 3.14159, 3.14159, 3.14159, -3.14159, 2.0, 12345.678, 0.000123, 1e-5, 1e20, 123456789.0))
print("%c%c%c" % (72, "i", 0x1F600), "%%", "100%% sure", "%s%%" % 50)
print("%(name)s is %(age)d; %(name)r" % {"name": "Ada", "age": 36})
print("%*d|%-*d|%.*f" % (6, 1, 6, 2, 3, 2.71828))
print("%s" % [1, 2], "%s" % ((1, 2),), "%s %s" % (1, 2), "%s" % {"k": 1}, "%r" % None)
print("%d %d" % (3.9, -3.9), "%x" % 2 ** 70, "%d" % True, "%.3s|%5.2s|" % ("abcdef", "xyz"))
print("%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, -0.5), "%.15g" % 0.1, "%.17g" % 0.1)
print("%s" % "only", "%5s|%-5s|" % ("ab", "ab"), "% 5.1f|" % 2.25, "%#.0f|%#g" % (3.0, 2.0))
print("%f %f %f" % (float("inf"), float("-inf"), float("nan")), "%e" % 0, "%g" % 100000, "%g" % 1000000)
errors = [
    lambda: "%d" % "x", lambda: "%s %s" % (1,), lambda: "%s" % (1, 2), lambda: "%(k)s" % {},
    lambda: "%c" % 1114112, lambda: "%c" % "ab", lambda: "%y" % 1, lambda: "%(a)s %s" % {"a": 1},
    lambda: "%" % (), lambda: "%x" % 1.5, lambda: "%*d" % ("a", 1),
]
for fn in errors:
    try:
        print(fn())
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(b"%s|%d|%x|%c|%r" % (b"bytes", 5, 255, 65, b"q"), b"%5b|" % b"ab", b"%%")
