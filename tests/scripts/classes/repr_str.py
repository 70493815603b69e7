# __repr__/__str__/__format__ in print, f-strings and containers.
class R:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"R({self.v!r})"


class S(R):
    def __str__(self):
        return f"<{self.v}>"


class F:
    def __format__(self, spec):
        return "F[" + spec + "]"


r, s = R("x"), S(3)
print(r, s, [r, s], (r,), {"k": s}, {s})
print(f"{r} {s} {s!r} {r!s} {s:}", str(r), repr(s), "%s %r" % (s, s))
print(f"{F():>10} {F()}", format(F(), "x"), "{:abc}".format(F()))
print("{} {!r}".format(s, s), str([s]), ascii(R("é")))
try:
    format(R(1), "d")
except TypeError as e:
    print("TypeError:", e)


class Plain:
    pass


print(str(Plain()).startswith("<__main__.Plain object at 0x"), format(Plain(), "")[:22])
print(repr(Plain).startswith("<class"), str(Plain))


class Rec:
    def __init__(self):
        self.me = [self]

    def __repr__(self):
        return "Rec" + repr(self.me)


print(Rec())


class Meta(type):
    def __repr__(cls):
        return f"<Meta {cls.__name__}>"


class WithMeta(metaclass=Meta):
    pass


print(WithMeta, [WithMeta], type(WithMeta))
