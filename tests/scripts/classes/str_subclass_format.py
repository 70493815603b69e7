# format() and f-strings of str subclasses: an overriding __str__ decides.
class S(str):
    def __str__(self):
        return "custom"
s = S("raw")
print(f"{s}", format(s), "{}".format(s), f"{s!s}", f"{s:>8}", str(s), repr(s))
class T(str):
    pass
t = T("plain")
print(f"{t}", format(t, ""), type(format(t, "")).__name__)
