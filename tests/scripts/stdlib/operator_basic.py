# operator: functions for the operators, itemgetter/attrgetter/methodcaller.
import operator as op


def show(f, *args):
    try:
        print(f.__name__, repr(f(*args)))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)


for f in (op.add, op.sub, op.mul, op.truediv, op.floordiv, op.mod, op.pow,
          op.lshift, op.rshift, op.and_, op.or_, op.xor,
          op.lt, op.le, op.eq, op.ne, op.gt, op.ge, op.is_, op.is_not):
    show(f, 7, 3)
show(op.truediv, 1, 0)
show(op.add, 1, "a")
for f in (op.neg, op.pos, op.inv, op.invert, op.abs, op.not_, op.truth, op.index):
    show(f, -5)
show(op.index, 2.5)
show(op.index, True)
show(op.not_, [])
show(op.truth, "x")
show(op.concat, [1], [2])
show(op.concat, 1, 2)
show(op.contains, [1, 2], 2)
show(op.countOf, [1, 2, 1, 1], 1)
show(op.indexOf, "abc", "c")
show(op.indexOf, "abc", "z")
show(op.getitem, {"a": 1}, "a")
show(op.getitem, [1], 5)
d = {}
op.setitem(d, "k", 3)
print(d)
op.delitem(d, "k")
print(d)
show(op.length_hint, [1, 2, 3])
show(op.length_hint, iter(range(4)))
show(op.length_hint, 5, 9)
show(op.call, max, 3, 9)

# in-place operators return the (possibly mutated) left operand
a = [1]
b = op.iadd(a, [2])
print(a, b, a is b)
print(op.iadd(1, 2), op.isub(5, 2), op.imul("ab", 2), op.itruediv(7, 2),
      op.ifloordiv(7, 2), op.imod(7, 2), op.ipow(2, 10), op.ilshift(1, 4),
      op.irshift(64, 2), op.iand(6, 3), op.ior(6, 3), op.ixor(6, 3))
print(op.iconcat([1], (2, 3)))
print(op.__add__ is op.add, op.__lt__(1, 2))

# itemgetter
g = op.itemgetter(1)
print(repr(g), g("abc"), g([4, 5]))
g2 = op.itemgetter(2, 0, -1)
print(repr(g2), g2("hello"))
print(repr(op.itemgetter("a", slice(1, 2))))
print(sorted([(1, "b"), (0, "z"), (1, "a")], key=op.itemgetter(1)))
try:
    g([])
except IndexError as e:
    print("IndexError", e)


# attrgetter
class N:
    pass


n = N()
n.x = 1
n.inner = N()
n.inner.y = 2
ag = op.attrgetter("x")
print(repr(ag), ag(n))
ag2 = op.attrgetter("inner.y", "x")
print(repr(ag2), ag2(n))
print(op.attrgetter("inner.y")(n))
try:
    op.attrgetter("nope")(n)
except AttributeError as e:
    print("AttributeError", e)
try:
    op.attrgetter(1)
except TypeError as e:
    print("TypeError", e)

# methodcaller
mc = op.methodcaller("split", ",", maxsplit=1)
print(repr(mc), mc("a,b,c"))
print(repr(op.methodcaller("upper")), op.methodcaller("upper")("abc"))
try:
    op.methodcaller()
except TypeError as e:
    print("TypeError", e)
try:
    op.methodcaller(5)
except TypeError as e:
    print("TypeError", e)
print(type(g).__name__, type(ag).__name__, type(mc).__name__)
