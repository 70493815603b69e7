# Metaclass __instancecheck__/__subclasscheck__, sequence protocol via __getitem__, str/int subclasses as keys and in format().
class Meta(type):
    def __instancecheck__(cls, o): return o == 42
    def __subclasscheck__(cls, c): return c is int
class Any(metaclass=Meta): pass
print(isinstance(42, Any), isinstance(1, Any), issubclass(int, Any), issubclass(str, Any))
class S(list):
    def __getitem__(self, i): return super().__getitem__(i) * 10
s = S([1, 2, 3])
print(s[0], list(reversed(s)), s[1:2] if False else "", format(s[2]))
class R:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError
        return i * i
print(list(reversed(R(4))), list(R(3)), R(5)[2])
class MyInt(int): pass
print(format(MyInt(5), "03d"), f"{MyInt(7):>4}", MyInt(3) == 3, str(MyInt(9)), repr(MyInt(9)))
class KeyStr(str):
    def __hash__(self): return 1
    def __eq__(self, o): return str(self).lower() == str(o).lower()
d = {KeyStr("A"): 1}
print(d.get(KeyStr("a")), KeyStr("A") == "a")
