# printf-style str % args: conversions, flags, width/precision, '*', mapping keys, errors.
def show(fmt, args):
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(type(e).__name__ + ":", e)

show("%s|%r|%a", ("é", "é", "é"))
show("%d %i %u", (1, -2, 3))
show("%d", 3.99)
show("%d", -3.99)
show("%d", True)
show("%d", 2**70)
show("%x %X %o", (255, 255, 8))
show("%#x %#X %#o", (255, 255, 8))
show("%x", -255)
show("%#x", -255)
show("%x", 2**70)
show("%5d|%-5d|%05d|%+d|% d|%+05d|%-+5d", (42, 42, 42, 42, 42, 42, 42))
show("%.3d|%.3x|%8.3d|%-8.3x|", (5, 10, 7, 255))
show("%f %e %g %E %G %F", (3.14159, 31415.9, 0.0000314159, 1e100, 1e-100, 2.5))
show("%.2f %.0f %.10f %#.0f", (2.675, 2.5, 1 / 3, 3.0))
show("%10.3f|%-10.3f|%010.3f|%+.2e", (3.14159, 3.14159, -3.14159, 12345.6789))
show("%g %g %g %g %#g", (100000, 1000000, 1e-5, 0.0001, 1.5))
show("%f %f %f", (float("inf"), float("-inf"), float("nan")))
show("%010f|%-10F|%+f", (float("inf"), float("nan"), float("inf")))
show("%.3g|%.15g|%.17g", (1234567, 0.1, 0.1))
show("%f", 10**20)
show("%e", 7)
show("%c%c%c", ("a", 98, 0x1F600))
show("%5c|%-5c|", ("x", "y"))
show("%s", (1, 2))
show("%s", ((1, 2),))
show("%s", [1, 2])
show("%s %s", [1, 2])
show("%s", {"a": 1})
show("%(a)s %(b)r %(a)05d", {"a": 1, "b": "x"})
show("%(a)s %(a)s", {"a": [1]})
show("%(x)*d", {"x": 1})
show("%(a)s %s", {"a": 1})
show("%s %(a)s", {"a": 1})
show("%(a", {})
show("%(a)s", 5)
show("%(missing)s", {"a": 1})
show("%*d|%-*d|%.*f|%*.*f", (5, 1, 4, 2, 2, 3.14159, 8, 3, 2.71828))
show("%*d", (-5, 1))
show("%.*f", (-3, 1.5))
show("%*d", ("a", 1))
show("%%|%5%|", ())
show("%5%", (1,))
show("%", ())
show("abc%", ())
show("%y", 1)
show("%y", ())
show("%é", 1)
show("é%z", 1)
show("%s %s", (1,))
show("%s", ())
show("abc", 5)
show("abc", ())
show("abc", [1])
show("abc", {"a": 1})
show("%s", None)
show("%d", "a")
show("%x", 3.5)
show("%x", "a")
show("%f", "a")
show("%c", "ab")
show("%c", -1)
show("%c", 0x110000)
show("%c", 3.5)
show("%.2s|%.0s|%5.1s|", ("héllo", "abc", "xyz"))
show("%-6s|%6s|%06s", ("ab", "ab", "ab"))
show("%hd %ld %Lf", (1, 2, 3.0))
show("%s" * 3, ("a", "b", "c"))

class Idx:
    def __index__(self):
        return 255
class Num:
    def __float__(self):
        return 2.5
    def __int__(self):
        return 7
class S:
    def __str__(self):
        return "S!"
    def __repr__(self):
        return "R!"
show("%x %d %c", (Idx(), Idx(), Idx()))
show("%f %d", (Num(), Num()))
show("%s %r %a", (S(), S(), S()))
show("%x", Num())
print("%s is %d years and %.1f%% done" % ("Ann", 30, 99.5))
