# tuples: construction, repr, hash, comparison, operators, indexing, methods
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

t = (1, 2, 3)
print(t, (), (1,), ((),), (1, (2, (3,))), ('a', None, 2.5))
print(tuple(), tuple('ab'), tuple([1, 2]), tuple(range(3)), tuple(iter('xy')), tuple({1: 2}))
u = tuple(t)
empty = ()
print(u is t, tuple(empty) is empty, tuple([]) is empty)
check(lambda: tuple(1))
check(lambda: tuple(1, 2))
check(lambda: tuple(a=1))
print(len(t), t[0], t[-1], t[1:], t[::-1], t[:0], t[5:], t[::2], t[-2::-1])
check(lambda: t[3])
check(lambda: t[-4])
check(lambda: t['a'])
check(lambda: t[::0])
check(lambda: t[10**20])
# hashes equal CPython's
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))), hash((-1,)), hash((None,)) == hash((None,)))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2.0)) == hash((1, 2)), hash((True, 0)), hash((10**30, -5)))
print(hash(('a', 'b')) == hash(('a', 'b')), hash((1.5, -2.25)))
check(lambda: hash((1, [])))
check(lambda: hash(([],)))
print({(1, 2): 'x'}[(1, 2)])
# comparison
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1,) < (1, 0), () < (0,), (2,) > (1, 5), (1, 2) != (1, 2))
print((1, 2) == [1, 2], (1, 'a') == (1, 2), (1, 2) <= (1, 2), (1, 2) >= (1, 3))
check(lambda: (1, 2) < (1, 'a'))
check(lambda: (1,) < [1])
# operators
print(t + (4,), () + (), t + (), (1,) * 3, 2 * (1, 2), t * 0, t * -1, (t * 1) is t)
check(lambda: t + [4])
check(lambda: t + 1)
check(lambda: t * 'a')
check(lambda: t * (1,))
check(lambda: t * 10**20)
check(lambda: t * -10**20)
x = t
x += (4, 5)
print(x, t)
x *= 2
print(x)
print(2 in t, 4 in t, 4 not in t, (1,) in ((1,), 2), [] in ([],))
# methods
v = (1, 2, 3, 2, 1, [1])
print(v.count(1), v.count(2), v.count([1]), v.count(9), v.index(2), v.index(2, 2), v.index(1, -2), v.index([1]))
print(v.index(3, -100, 100), v.index(2, 0, 2))
check(lambda: v.index(9))
check(lambda: v.index(3, 3))
check(lambda: v.index())
check(lambda: v.index(1, 'a'))
check(lambda: v.count())
check(lambda: v.count(1, 2))
# iteration and unpacking
it = iter(t)
print(type(it).__name__, next(it), list(it), list(it))
a, b, c = t
print(a, b, c, list(reversed(t)))
for z in (7, 8):
    print(z, end=' ')
print()
print(tuple.__name__, isinstance((), tuple), type(()) is tuple, (1, 2).__len__(), (1, 2).__getitem__(0))
print(str((1, 'a')), repr(('a',)), (1, 2).__add__((3,)), (1,).__mul__(2), (1,).__rmul__(2))
