# __new__, __init__, __del__ and subclasses of built-in types.
class Single:
    _inst = None

    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst

    def __init__(self, v):
        self.v = v


a, b = Single(1), Single(2)
print(a is b, a.v)


class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))


print(Pos(-5), type(Pos(-5)).__name__, Pos(3) + 1, isinstance(Pos(1), int))


class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    @property
    def first(self):
        return self[0]


t = Pair(1, 2)
print(t, t.first, len(t), type(t).__name__, t == (1, 2))


class NotMine:
    def __new__(cls):
        return 5

    def __init__(self):
        print("never")


print(NotMine())

for expr in ("object.__new__(int)", "object.__new__(1)", "int.__new__(str)", "object.__new__(Single, 1)"):
    try:
        eval(expr)
    except TypeError as e:
        print("TypeError:", e)


class Res:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


r = Res("one")
del r
print("after del")
x = [Res("two"), Res("three")]
x = None
print("after list")


def scope():
    Res("temp")
    print("in scope")


scope()


class Upper(str):
    def __str__(self):
        return self.upper()


u = Upper("abc")
print(str(u), "%s" % u, u + "d", u.title(), len(u))


class Stack(list):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]


s = Stack()
s.push(1)
s.push(2)
print(s, s.peek(), s.pop(), s, Stack([5, 6]) + [7], sorted(Stack([3, 1, 2])))


class Counts(dict):
    def __missing__(self, k):
        return 0

    def add(self, k):
        self[k] = self[k] + 1


c = Counts()
for ch in "banana":
    c.add(ch)
print(c, c["z"], len(c), isinstance(c, dict))
print("end")
