# collections.abc: which built-in types count as which ABC (registration and
# the structural __subclasshook__ checks), and classes that qualify by shape.
import collections.abc as cabc
from collections.abc import (Hashable, Iterable, Iterator, Reversible, Generator,
                             Sized, Container, Collection, Callable, Awaitable,
                             Coroutine, AsyncIterable, AsyncIterator, AsyncGenerator,
                             Set, MutableSet, Mapping, MutableMapping, MappingView,
                             KeysView, ItemsView, ValuesView, Sequence,
                             MutableSequence, ByteString)
import _collections_abc

print(cabc.__all__)
print(sorted(n for n in dir(cabc) if not n.startswith('_')) == sorted(cabc.__all__))
print(Sequence, MutableMapping.__module__, Sequence.__name__, Sequence.__qualname__)
print(_collections_abc.Sequence is Sequence, _collections_abc.__name__)


def abcs(obj_type):
    return [n for n in cabc.__all__ if issubclass(obj_type, getattr(cabc, n))]


async def coro_fn():
    pass


async def agen_fn():
    yield 1


def gen_fn():
    yield 1


co = coro_fn()
samples = [list, dict, tuple, str, bytes, bytearray, set, frozenset, range, int,
           float, bool, type(None), object, type, type({}.keys()),
           type({}.items()), type({}.values()), type(iter([])), type(iter(())),
           type(iter('')), type(iter(b'')), type(iter(bytearray())),
           type(iter({})), type(iter({}.values())), type(iter({}.items())),
           type(iter(set())), type(iter(range(3))), type(iter(range(1 << 100))),
           type(reversed([])), type(zip()), type(map(len, [])), type(enumerate([])),
           type(gen_fn()), type(co), type(agen_fn()), type(type.__dict__),
           type(len), type(gen_fn), type(lambda: 0), slice]
co.close()
for t in samples:
    print(t.__name__, abcs(t))

print('-- shapes')


class OnlyIter:
    def __iter__(self):
        return iter(())


class IterNext:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration


class NoHash:
    __hash__ = None


class SizedBox:
    def __len__(self):
        return 3


class Everything:
    def __len__(self):
        return 0

    def __iter__(self):
        return iter(())

    def __contains__(self, x):
        return False

    def __reversed__(self):
        return iter(())

    def __call__(self):
        pass

    def __await__(self):
        yield

    def __aiter__(self):
        return self

    async def __anext__(self):
        raise StopAsyncIteration


class IterNone(OnlyIter):
    __iter__ = None


class GenLike:
    def __iter__(self): return self
    def __next__(self): return 1
    def send(self, v): return 1
    def throw(self, *a): return 1
    def close(self): pass


class CoroLike:
    def __await__(self): yield
    def send(self, v): return 1
    def throw(self, *a): return 1
    def close(self): pass


for cls in (OnlyIter, IterNext, NoHash, SizedBox, Everything, IterNone, GenLike, CoroLike):
    print(cls.__name__, abcs(cls))
    print(' ', [n for n in cabc.__all__ if isinstance(cls(), getattr(cabc, n))])

print(isinstance([], Hashable), isinstance((), Hashable), isinstance({}, Hashable),
      isinstance(frozenset(), Hashable), isinstance(set(), Hashable))
print(isinstance(len, Callable), isinstance(1, Callable), isinstance(int, Callable))
print(issubclass(bool, Hashable), issubclass(list, Reversible), issubclass(set, Reversible))
print(isinstance(iter([]), Iterator), isinstance([], Iterator), isinstance(gen_fn(), Generator))

print('-- register')


class Seqish:
    def __getitem__(self, i):
        return i


print(issubclass(Seqish, Sequence), issubclass(Seqish, Iterable))
print(Sequence.register(Seqish) is Seqish)
print(issubclass(Seqish, Sequence), issubclass(Seqish, Reversible),
      issubclass(Seqish, Collection), isinstance(Seqish(), Sized))
print(issubclass(Seqish, MutableSequence), issubclass(Seqish, Mapping))


@MutableMapping.register
class Mappish:
    pass


print(Mappish.__name__, issubclass(Mappish, Mapping), issubclass(Mappish, Collection))
print(issubclass(Mappish, Hashable))


class SubList(list):
    pass


class SubDict(dict):
    pass


print(abcs(SubList))
print(abcs(SubDict))
try:
    issubclass(1, Iterable)
except TypeError as e:
    print('TypeError', e)
print(isinstance(Sequence, type), type(Sequence).__name__, type(Sequence).__module__)
