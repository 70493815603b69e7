# Subclasses of built-in types: construction, methods, instance attributes.
class I(int):
    pass
x = I(2**100); x.tag = "big"; y = I(7); y.tag = "small"
print(x.tag, y.tag, x + 1, y * 2, type(y + 1).__name__, hash(I(5)) == hash(5), {I(3): 1}[3])
class B(int):
    def __new__(cls, v, extra):
        o = super().__new__(cls, v)
        o.extra = extra
        return o
b = B(4, "e"); print(b, b.extra, b + 1)
del x, y, b
print("ok")

for base, arg in [(int, 5), (float, 2.5), (list, [1]), (dict, {"a": 1}), (set, {1}), (frozenset, {2}), (bytearray, b"q"), (OSError, "e"), (KeyError, "k"), (object, None)]:
    class Sub(base):
        def who(self): return "sub of " + base.__name__
    o = Sub(arg) if arg is not None else Sub()
    try:
        o.attr = 1
        a = o.attr
    except AttributeError as e:
        a = "AttributeError: " + str(e)
    print(type(o).__name__, isinstance(o, base), o.who(), a, repr(o)[:14] if base is not object else "", o == base(arg) if arg is not None else "")
