# collections.abc: instantiating ABCs that keep abstract methods, the
# messages, Callable[...] subscriptions and match statements over
# registered or derived sequence and mapping classes.
from collections.abc import (Hashable, Iterable, Iterator, Sized, Container,
                             Collection, Callable, Awaitable, Coroutine,
                             AsyncIterable, AsyncIterator, AsyncGenerator,
                             Reversible, Generator, Set, MutableSet, Mapping,
                             MutableMapping, MappingView, KeysView, Sequence,
                             MutableSequence, ByteString, ValuesView, ItemsView)
import collections.abc

for cls in (Hashable, Iterable, Iterator, Sized, Container, Collection, Callable,
            Awaitable, Coroutine, AsyncIterable, AsyncIterator, AsyncGenerator,
            Reversible, Generator, Set, MutableSet, Mapping, MutableMapping,
            Sequence, MutableSequence, ByteString):
    try:
        cls()
        print(cls.__name__, 'made')
    except TypeError as e:
        print(e)
    print('   ', sorted(cls.__abstractmethods__))

print(KeysView({}), MappingView.__abstractmethods__, ValuesView({1: 2}))


class Partial(MutableSequence):
    def __getitem__(self, i):
        return i

    def __len__(self):
        return 0


try:
    Partial()
except TypeError as e:
    print(e)


class OneLeft(Partial):
    def __setitem__(self, i, v):
        pass

    def __delitem__(self, i):
        pass


try:
    OneLeft([1, 2])
except TypeError as e:
    print(e)


class Done(OneLeft):
    def insert(self, i, v):
        pass


print(type(Done()).__name__, Done.__abstractmethods__)

print('-- Callable[...]')
c = Callable[[int, str], float]
print(c, c.__origin__ is Callable, c.__args__, c.__parameters__)
print(Callable[..., int], Callable[..., int].__args__, Callable[[], None])
print(Callable[[int], str] == Callable[[int], str], Callable[[int], str] == Callable[[str], str])
print(hash(Callable[[int], str]) == hash(Callable[[int], str]))
print(Callable[[list[int]], dict[str, int]])
for bad in (int, (int,), (int, str, float), (1, str)):
    try:
        Callable[bad]
    except TypeError as e:
        print('TypeError', e)
import pickle
import copy
for alias in (Callable[[int], str], Callable[..., int], Callable[[], None]):
    back = pickle.loads(pickle.dumps(alias))
    print(back, back == alias, copy.deepcopy(alias) == alias, copy.copy(alias) == alias)
print(c.__name__, c.__qualname__, c.__module__, c.__reduce__()[1][1])
try:
    c.not_an_attribute
except AttributeError as e:
    print('AttributeError', e)
print(Iterable[int], Mapping[str, int], Sequence[int].__args__, MutableMapping[str, int].__origin__)
print(KeysView[str], Awaitable[int], AsyncIterable[int], Container[int])

print('-- match')


class MySeq(Sequence):
    def __init__(self, *a):
        self.a = a

    def __getitem__(self, i):
        return self.a[i]

    def __len__(self):
        return len(self.a)


class MyMap(Mapping):
    def __init__(self, **kw):
        self.d = kw

    def __getitem__(self, k):
        return self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


class Plain:
    def __getitem__(self, i):
        return [10, 20][i]

    def __len__(self):
        return 2


class PlainMap:
    def __init__(self):
        self.d = {'k': 1, 'a': 2}

    def __getitem__(self, k):
        return self.d[k]

    def keys(self):
        return self.d.keys()

    def get(self, k, d=None):
        return self.d.get(k, d)

    def __len__(self):
        return 2


def what(x):
    match x:
        case [a, b]:
            return 'seq2', a, b
        case [a, *rest]:
            return 'seq', a, rest
        case {'k': v, **rest}:
            return 'map', v, rest
        case {}:
            return 'map-empty'
        case _:
            return 'other'


print(what(MySeq(1, 2)), what(MySeq(1, 2, 3)), what(MyMap(k=1, j=2)), what(MyMap()))
print([what(Plain()) for _ in range(5)], [what(PlainMap()) for _ in range(5)])
Sequence.register(Plain)
Mapping.register(PlainMap)
print([what(Plain()) for _ in range(3)], [what(PlainMap()) for _ in range(3)])


class Later:
    def __getitem__(self, i):
        return ['later', 'still'][i]

    def __len__(self):
        return 2


print([what(Later()) for _ in range(4)])
MutableSequence.register(Later)
print([what(Later()) for _ in range(2)])


class PlainChild(Plain):
    pass


print(what(PlainChild()), what('ab'), what(b'ab'), what(bytearray(b'ab')))

print('-- Callable with type variables')
from typing import TypeVar

T = TypeVar('T')
U = TypeVar('U')
print(Callable[[T], U].__parameters__, Callable[[T, int], T].__parameters__,
      Callable[[int], Callable[[T], U]].__parameters__)
for make in (lambda: Callable[[int], str][int], lambda: Callable[[T], U][int],
             lambda: Callable[[T], U][int, str, float], lambda: Callable[[T, U], T][str, bytes],
             lambda: Callable[..., T][int], lambda: Callable[[T], int][[str]],
             lambda: Callable[[T], Callable[[T], U]][int, str].__args__,
             lambda: Callable[[T], U][int, str] == Callable[[int], str]):
    try:
        print(make())
    except TypeError as e:
        print('TypeError', e)
