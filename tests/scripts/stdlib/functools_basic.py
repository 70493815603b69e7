# functools: reduce, partial, wraps, lru_cache/cache, total_ordering,
# cmp_to_key, cached_property, singledispatch.
import functools
from functools import reduce, partial, wraps, lru_cache, cache


print(reduce(lambda x, y: x + y, [1, 2, 3, 4, 5]))
print(reduce(lambda x, y: x * y, range(1, 6), 10))
print(reduce(lambda x, y: x + y, [], "init"))
print(reduce(lambda x, y: x + y, ["only"]))
for args in ([lambda x, y: x, []], [lambda x, y: x, 5], [len], [len, [], 1, 2]):
    try:
        reduce(*args)
    except TypeError as e:
        print("TypeError", e)


def f(a, b, c=0, *, d=1):
    return (a, b, c, d)


p = partial(f, 1, c=3)
print(p(2), p(2, d=4), p(2, c=9))
print(p.func is f, p.args, p.keywords)
r = repr(p)
print(r.startswith("functools.partial(<function f at 0x"), r.endswith(">, 1, c=3)"))
pp = partial(p, 5, d=7)
print(pp.func is f, pp.args, pp.keywords, pp())
print(repr(partial(max, 1, 2)))
try:
    partial(5)
except TypeError as e:
    print("TypeError", e)
print(partial(int, base=16)("ff"))


def deco(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        "wrapper doc"
        return func(*args, **kwargs) * 2
    return wrapper


@deco
def double_me(x: int) -> int:
    "The doc."
    return x


print(double_me(4), double_me.__name__, double_me.__doc__,
      double_me.__qualname__, double_me.__wrapped__.__name__,
      double_me.__annotations__)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)


calls = []


@lru_cache(maxsize=3)
def square(x):
    calls.append(x)
    return x * x


for v in [1, 2, 3, 1, 4, 2, 1, 5, 3]:
    square(v)
print(calls)
info = square.cache_info()
print(info, info.hits, info.misses, info.maxsize, info.currsize)
print(info == (3, 6, 3, 3), tuple(info), len(info), type(info).__name__)
square.cache_clear()
print(square.cache_info(), square.cache_parameters())
print(square.__name__, square.__wrapped__(6))


@lru_cache
def plain(x, y=1):
    return x + y


print(plain(1), plain(1), plain(1, y=1), plain(1, 1), plain.cache_info())


@lru_cache(maxsize=None, typed=True)
def typed_f(x):
    return type(x).__name__


print(typed_f(1), typed_f(1.0), typed_f(1), typed_f.cache_info())


@lru_cache(maxsize=0)
def nocache(x):
    return x


print(nocache(1), nocache(1), nocache.cache_info())
try:
    lru_cache("x")
except TypeError as e:
    print("TypeError", e)


@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(100), fib.cache_info())


class Cached:
    @lru_cache(maxsize=None)
    def method(self, x):
        return x * 3


c = Cached()
print(c.method(2), c.method(2), Cached.method.cache_info().hits)


@functools.total_ordering
class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __lt__(self, other):
        return self.v < other.v


print(V(1) < V(2), V(1) > V(2), V(1) <= V(1), V(3) >= V(2), V(2) >= V(3))
print(V.__gt__.__name__)
try:
    @functools.total_ordering
    class Bad:
        pass
except ValueError as e:
    print("ValueError", e)


def cmp(a, b):
    return (a > b) - (a < b)


print(sorted([3, 1, 2], key=functools.cmp_to_key(cmp)))
print(sorted(["bb", "a", "ccc"], key=functools.cmp_to_key(lambda a, b: len(b) - len(a))))


class Lazy:
    def __init__(self):
        self.count = 0

    @functools.cached_property
    def value(self):
        "the value"
        self.count += 1
        return 42


lz = Lazy()
print(lz.value, lz.value, lz.count, Lazy.value.__doc__, "value" in vars(lz))
del lz.value
print(lz.value, lz.count)


@functools.singledispatch
def describe(x):
    return "object"


@describe.register(int)
def _(x):
    return "int"


@describe.register
def _(x: list):
    return "list"


print(describe(1), describe([]), describe("s"), describe(True))
print(describe.dispatch(bool).__name__, describe.registry[object] is describe.__wrapped__)
