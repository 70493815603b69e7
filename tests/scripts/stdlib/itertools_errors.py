# itertools, functools, operator: argument errors and CPython edge behaviour
# (how much islice consumes, tee of a tee, groupby invalidation).
import functools
import itertools
import operator


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("itemgetter()", lambda: operator.itemgetter())
attempt("attrgetter()", lambda: operator.attrgetter())
attempt("length_hint bad default", lambda: operator.length_hint(iter([1, 2]), "x"))
attempt("partial()", lambda: functools.partial())
attempt("reduce()", lambda: functools.reduce())
attempt("reduce None", lambda: functools.reduce(None, [1, 2]))
attempt("chain of ints", lambda: list(itertools.chain(1, 2)))
attempt("from_iterable(5)", lambda: itertools.chain.from_iterable(5))
attempt("islice 5 args", lambda: itertools.islice([1], 1, 2, 3, 4))
attempt("islice 1 arg", lambda: itertools.islice([1]))
attempt("islice float", lambda: itertools.islice([1], 1.5))
attempt("islice None", lambda: list(itertools.islice([1, 2, 3], None)))
attempt("tee -1", lambda: itertools.tee([1], -1))
attempt("cycle(5)", lambda: itertools.cycle(5))
attempt("zip_longest(1)", lambda: itertools.zip_longest(1))
attempt("combinations -2", lambda: itertools.combinations("abc", -2))
attempt("repeat times str", lambda: itertools.repeat(1, "a"))
attempt("starmap non-iterable", lambda: list(itertools.starmap(pow, [1])))
attempt("permutations r str", lambda: itertools.permutations("ab", "x"))
attempt("accumulate mixed", lambda: list(itertools.accumulate([1, "a"])))
attempt("product repeat 0", lambda: list(itertools.product("ab", repeat=0)))
attempt("count big", lambda: list(itertools.islice(itertools.count(2 ** 64), 2)))
attempt("count reduce", lambda: itertools.count(1, 2).__reduce__())
attempt("cmp_to_key eq", lambda: functools.cmp_to_key(lambda a, b: 0)(1) == functools.cmp_to_key(lambda a, b: 0)(2))
attempt("attrgetter reduce", lambda: operator.attrgetter("a", "b.c").__reduce__())
attempt("groupby empty", lambda: list(itertools.groupby([])))
attempt("groupby stale groups", lambda: [list(g) for k, g in itertools.groupby("aab")])

# how many items islice reads from the source
data = list(range(20))
for args in [(5,), (2, 8), (0, 4, 3), (0, 3, 5), (8, 2), (3, None, 4), (5, 5)]:
    it = iter(data)
    got = list(itertools.islice(it, *args))
    print("islice", args, got, next(it, "end"))

# tee of a tee: the first result is the tee itself
a, b = itertools.tee(range(3))
c, d = itertools.tee(a)
print(c is a, list(c), list(d), list(b), list(a), type(a).__name__)


class Cls:
    @functools.cached_property
    def x(self):
        return 1


attempt("cached_property two names", lambda: Cls.x.__set_name__(Cls, "z"))


class Slots:
    __slots__ = ()

    @functools.cached_property
    def q(self):
        return 1


attempt("cached_property no dict", lambda: Slots().q)
print(functools.lru_cache(maxsize=2)(lambda x: x).cache_parameters())
print(functools.partial(functools.partial(max, 1), 2).args)
