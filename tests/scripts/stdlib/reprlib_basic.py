# reprlib: Repr limits for each container kind, cut strings/ints/instances, recursive_repr.
import reprlib
from collections import deque

r = reprlib.repr
print(r(list(range(100))))
print(r(tuple(range(3))), r((1,)), r(()), r([]))
print(r("a" * 100), r("short"), r("x" * 30), r("y" * 31))
print(r(2 ** 200), r(-(10 ** 39)), r(10 ** 39))
print(r({i: str(i) for i in range(10)}), r({}), r({1: 2}))
print(r(set(range(10))), r(set()), r(frozenset(range(3))), r(frozenset()))
print(r(deque(range(20))), r(deque()))
print(r([[[[[[[1]]]]]]]), r({'a': {'b': {'c': {'d': {'e': {'f': {'g': 1}}}}}}}))
print(r({3, 'a'}))  # not sortable: insertion/iteration order kept
print(r(1.5), r(None), r(b'x' * 50))

class Noisy:
    def __repr__(self):
        return 'Noisy(' + 'n' * 40 + ')'

class Broken:
    def __repr__(self):
        raise RuntimeError('no')

print(r(Noisy()))
print(r(Broken()).startswith('<Broken instance at 0x'))

a = reprlib.Repr()
a.maxlist = 2
a.maxstring = 10
a.maxlevel = 2
a.fillvalue = '~~'
print(a.repr([1, 2, 3]), a.repr('abcdefghijklmnop'), a.repr([[[1]]]), a.repr([[]]))
print(a.repr1([1, 2, 3], 1), a.repr1([1, 2, 3], 0), a.repr1([], 0))

class MyList(list):
    pass
print(a.repr(MyList([1, 2, 3])))

class Node:
    def __init__(self):
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        return 'Node(%r)' % self.children

    @reprlib.recursive_repr('<loop>')
    def show(self):
        return 'S' + str([c.show() for c in self.children])

n = Node()
n.children.append(n)
n.children.append(Node())
print(repr(n))
print(n.show())
print(Node.__repr__.__name__, Node.__repr__.__qualname__, Node.__repr__.__wrapped__ if hasattr(Node.__repr__, '__wrapped__') else 'no __wrapped__')
print(sorted(vars(reprlib.Repr())))
