# Operator overloading through dunder methods.
class V:
    def __init__(self, *c):
        self.c = c

    def __repr__(self):
        return "V" + repr(self.c)

    def __add__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return V(*(a + b for a, b in zip(self.c, o.c)))

    def __sub__(self, o):
        return V(*(a - b for a, b in zip(self.c, o.c)))

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return V(*(a * k for a in self.c))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, k):
        return V(*(a / k for a in self.c))

    def __floordiv__(self, k):
        return V(*(a // k for a in self.c))

    def __mod__(self, k):
        return V(*(a % k for a in self.c))

    def __pow__(self, k, mod=None):
        return V(*(pow(a, k, mod) for a in self.c))

    def __matmul__(self, o):
        return sum(a * b for a, b in zip(self.c, o.c))

    def __neg__(self):
        return V(*(-a for a in self.c))

    def __pos__(self):
        return self

    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5

    def __invert__(self):
        return V(*reversed(self.c))

    def __eq__(self, o):
        return isinstance(o, V) and self.c == o.c

    def __hash__(self):
        return hash(self.c)

    def __lt__(self, o):
        return abs(self) < abs(o)

    def __le__(self, o):
        return abs(self) <= abs(o)

    def __len__(self):
        return len(self.c)

    def __getitem__(self, i):
        return self.c[i]

    def __contains__(self, x):
        return x in self.c

    def __bool__(self):
        return any(self.c)

    def __iadd__(self, o):
        self.c = tuple(a + b for a, b in zip(self.c, o.c))
        return self


a, b = V(1, 2), V(3, 4)
print(a + b, a - b, a * 2, 3 * a, a / 2, b // 2, b % 3, a ** 2, pow(b, 2, 5), a @ b)
print(-a, +a, abs(b), ~a)
print(a == V(1, 2), a != b, a < b, a <= b, a > b, a >= b)
print(len(a), a[0], a[-1], a[0:1], 2 in a, 5 in a, bool(a), bool(V(0, 0)))
print(sorted([b, a, V(0, 1)]), max(a, b), min([a, b]))
print({a: 1}[V(1, 2)], len({a, V(1, 2), b}))
c = a
c += b
print(c, a, c is a)
x = V(1)
x -= V(1)
print(x)
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "s" * a
except TypeError as e:
    print("TypeError:", e)
try:
    a < 3
except TypeError as e:
    print("TypeError:", e)
try:
    a & b
except TypeError as e:
    print("TypeError:", e)
try:
    a[5]
except IndexError as e:
    print("IndexError:", e)
print(list(a), [*b], tuple(V(7, 8, 9)))
i1, i2 = a
print(i1, i2)


# reflected operands, and a subclass's reflected method goes first
class Num:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Num({self.v})"

    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))

    def __radd__(self, o):
        return Num(o + self.v)

    def __rsub__(self, o):
        return Num(o - self.v)

    def __lt__(self, o):
        return self.v < (o.v if isinstance(o, Num) else o)

    def __gt__(self, o):
        return self.v > (o.v if isinstance(o, Num) else o)


class SubNum(Num):
    def __radd__(self, o):
        return "SubNum.__radd__"


print(1 + Num(2), Num(2) + 1, 10 - Num(3), sum([Num(1), Num(2)]), Num(1) + SubNum(2))
print(3 < Num(5), 3 > Num(5), Num(1) < Num(2))
try:
    Num(1) - 1
except TypeError as e:
    print("TypeError:", e)


# only __eq__: unhashable; != is derived from __eq__
class OnlyEq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v


print(OnlyEq(1) == OnlyEq(1), OnlyEq(1) != OnlyEq(1), OnlyEq.__hash__)
try:
    hash(OnlyEq(1))
except TypeError as e:
    print("TypeError:", e)
try:
    {OnlyEq(1)}
except TypeError as e:
    print("TypeError:", e)


class Unhashable:
    __hash__ = None


try:
    hash(Unhashable())
except TypeError as e:
    print("TypeError:", e)


# __index__, __int__, __float__
class Idx:
    def __index__(self):
        return 2

    def __int__(self):
        return 7

    def __float__(self):
        return 1.5


ix = Idx()
print([10, 20, 30][ix], "abcd"[ix:], int(ix), float(ix), bin(ix), range(5)[ix], hex(ix))


# item assignment and deletion
class Store:
    def __init__(self):
        self.d = {}

    def __setitem__(self, k, v):
        self.d[k] = v

    def __getitem__(self, k):
        return self.d[k]

    def __delitem__(self, k):
        del self.d[k]

    def __len__(self):
        return len(self.d)


s = Store()
s["a"] = 1
s["b"] = 2
del s["a"]
print(s.d, len(s), s["b"], bool(s))
try:
    s["zz"]
except KeyError as e:
    print("KeyError:", e)


class NoItems:
    pass


for stmt in ("NoItems()[0]", "NoItems()[0] = 1", "len(NoItems())", "iter(NoItems())", "NoItems()()"):
    try:
        exec(stmt)
    except TypeError as e:
        print("TypeError:", e)


# __call__
class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, *, times=1):
        return (x + self.n) * times


add = Adder(3)
print(add(4), add(1, times=3), callable(add), callable(NoItems()))


# bad return types
class BadRepr:
    def __repr__(self):
        return 5

    def __len__(self):
        return -1

    def __bool__(self):
        return 1


for f in (repr, len, bool, str):
    try:
        f(BadRepr())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
