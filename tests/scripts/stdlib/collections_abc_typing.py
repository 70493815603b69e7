# typing's container aliases stand for the collections.abc classes, even
# when typing is imported first: subclasses get the mixin methods and count
# as the ABCs (isinstance, match).
import typing
import sys

print('collections.abc' in sys.modules)
import collections.abc as cabc

print(typing.Sequence.__origin__ is cabc.Sequence, typing.Callable.__origin__ is cabc.Callable,
      typing.AbstractSet.__origin__ is cabc.Set, typing.Mapping[str, int].__origin__ is cabc.Mapping)


class Stack(typing.MutableSequence[int]):
    def __init__(self):
        self._items = []

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, v):
        self._items[i] = v

    def __delitem__(self, i):
        del self._items[i]

    def __len__(self):
        return len(self._items)

    def insert(self, i, v):
        self._items.insert(i, v)


s = Stack()
s.extend([3, 1, 2])
s.append(5)
print(list(s), s.index(2), s.count(1), 5 in s, list(reversed(s)), s.pop())
print(isinstance(s, cabc.MutableSequence), isinstance(s, typing.Sequence), type(Stack).__name__)
print(Stack.__mro__[1:3])


class Frozen(typing.Mapping[str, int]):
    def __init__(self, **kw):
        self._d = kw

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


f = Frozen(a=1)
print(f.get('a'), f.get('b', 0), list(f.items()), f == {'a': 1})
match s:
    case [first, *rest]:
        print('sequence', first, rest)
match f:
    case {'a': v}:
        print('mapping', v)
try:
    Frozen.__abstractmethods__ and None
    class Half(typing.Mapping[str, int]):
        pass
    Half()
except TypeError as e:
    print('TypeError', e)
