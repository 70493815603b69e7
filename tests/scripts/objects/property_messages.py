# A property without getter/setter/deleter names the class by __qualname__;
# __set_name__ with the wrong argument count.
class Outer:
    class cls:
        named = property()
    cls.unnamed = property()

o = Outer.cls()
for attr in ("named", "unnamed"):
    for label, f in (("get", lambda: getattr(o, attr)), ("set", lambda: setattr(o, attr, 1)),
                     ("del", lambda: delattr(o, attr))):
        try:
            f()
        except AttributeError as e:
            print(label, e)
p = property()
for args in ((), (1,), (1, 2, 3)):
    try:
        p.__set_name__(*args)
    except TypeError as e:
        print(e)
