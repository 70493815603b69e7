# A metaclass's __prepare__ namespace: the class body stores and loads
# through its __setitem__ / __getitem__ (a dict subclass), as in CPython.
class Recording(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, key, value):
        if key in self and not key.startswith("__"):
            raise TypeError(f"{key!r} already defined")
        self.order.append(key)
        super().__setitem__(key, value)
    def __getitem__(self, key):
        if key == "magic":
            return 42
        return super().__getitem__(key)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Recording()
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = [k for k in ns.order if not k.startswith("__")]
        return cls

class C(metaclass=Meta):
    a = 1
    b = magic
    def f(self):
        return self.a

print(C.order, C.b, C().f())
try:
    class D(metaclass=Meta):
        x = 1
        x = 2
except TypeError as e:
    print("TypeError:", e)
