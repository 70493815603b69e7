# inspect.signature of dataclasses (generated __init__ with annotations), enums, namedtuples,
# lru_cache wrappers, partials; the signature-based docstring dataclasses write.
import collections
import dataclasses
import enum
import functools
import inspect
@dataclasses.dataclass
class P:
    x: int
    y: 'float' = 0.0
    z: dataclasses.InitVar[int] = 1
    w: list = dataclasses.field(default_factory=list, init=False)
    def __post_init__(self, z): pass
print(P.__doc__, P.__init__.__annotations__)
@dataclasses.dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K.__doc__)
@dataclasses.dataclass
class Doc:
    """Has a doc."""
    a: int
print(Doc.__doc__)
@dataclasses.dataclass(init=False)
class NoInit:
    a: int
print(NoInit.__doc__)
print(inspect.signature(P))
print(inspect.signature(P.__init__))
print(inspect.signature(P.__eq__))
class E(enum.Enum):
    A = 1
print(inspect.signature(E))
NT = collections.namedtuple('NT', 'a b')
print(inspect.signature(NT))
@functools.lru_cache
def cached(a, b=2): pass
print(inspect.signature(cached))
print(inspect.signature(functools.partial(P, 1)))
class WithSlots:
    __slots__ = ('a',)
print(inspect.getmembers(WithSlots, inspect.ismemberdescriptor) != [], inspect.isdatadescriptor(WithSlots.a))
print(inspect.getdoc(P) )
