import typing
from typing import (Any, Callable, Optional, Union, List, Dict, Tuple, Set,
                    Awaitable, Coroutine, Iterable, Iterator, Generator, TypeVar,
                    Generic, NamedTuple, Protocol, ClassVar, Literal, Type,
                    get_origin, get_args, cast, Sequence, Mapping, FrozenSet,
                    runtime_checkable, get_type_hints, NewType, Final)

print(Any, Optional[int], Union[int, str, None], Union[int, str])
print(List, List[int], Dict[str, List[int]], Set[int], FrozenSet[str], Type[int])
print(Callable, Callable[[int, str], bool], Callable[..., int], Callable[[], None])
print(Tuple[int, ...], Tuple[()], Tuple[int, str], Iterable[int], Iterator[str])
print(Generator[int, None, None], Coroutine[Any, Any, int], Awaitable[int])
print(Sequence[int], Mapping[str, int], ClassVar[int], Literal[1, 'a'], Final[int])
print(Optional[Callable[[], None]], Optional[Any], Union[int], Union[int, Union[str, int]])
print(Union[int, str] == Union[str, int], Optional[int] == Union[None, int], List[int] == List[int])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]) is Union)
print(get_args(Callable[[int], str]), get_origin(int), get_args(int))

T = TypeVar('T')
K = TypeVar('K', covariant=True)
V = TypeVar('V', int, str)
print(T, K, V, List[T], Dict[T, int][str], V.__constraints__)

class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item
    def get(self) -> T:
        return self.item
print(Box[int], Box.__parameters__, Box(3).get(), Box[str]("s").item, Box.__mro__)

class Pair(Generic[K, V]):
    pass
print(Pair[int, str], Pair.__parameters__)

class Point(NamedTuple):
    x: int
    y: int = 0
    def norm(self):
        return abs(self.x) + abs(self.y)
p = Point(3, -4)
print(p, Point(1), p.norm(), Point._fields, Point.__annotations__, p._asdict())
Emp = NamedTuple('Emp', [('name', str), ('id', int)])
print(Emp('a', 1), Emp._fields)

@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closer), isinstance(3, Closer))

def greet(name: str, times: Optional[int] = None) -> List[str]:
    return [name] * (times or 1)
print(greet("x", 2), greet.__annotations__)
print(get_type_hints(greet))
print(cast(int, "not an int"), cast(List[int], []))

UserId = NewType('UserId', int)
print(UserId(5), UserId)

for bad in (lambda: List[int](), lambda: isinstance(1, List[int]),
            lambda: isinstance(1, Any), lambda: Union[()], lambda: Dict[int]):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(isinstance([], List), isinstance({}, Dict), issubclass(list, Iterable))
print(isinstance([], Iterable), isinstance(3, Iterable), isinstance(iter([]), Iterator))

class Config:
    name: str
    size: int = 3
    tags: ClassVar[List[str]] = []
print(Config.__annotations__)
x: Dict[str, Tuple[int, ...]] = {}
print(typing.TYPE_CHECKING, typing.Text, typing.AnyStr)
