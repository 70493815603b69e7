# PEP 604 unions (int | None), and __isabstractmethod__ on descriptors.
import types
import typing
import abc

u = int | None
print(u, type(u), u.__args__, u.__parameters__)
print(type(u) is types.UnionType, types.UnionType)
print(int | str == str | int, hash(int | str) == hash(str | int), int | str == int | float)
print(int | str != str | int, (int | str) == int)
print(int | int, int | str | int, (int | str) | (float | None), None | int)
print(isinstance(1, int | str), isinstance(None, int | None), isinstance(1.5, int | str))
print(isinstance(True, (float, int | str)), isinstance(b"", (float, int | str)))
print(issubclass(bool, int | str), issubclass(float, int | str))
class C:
    pass
class D(C):
    pass
print(C | None, list[int] | None, dict[str, int] | C | None)
print(isinstance(D(), C | None), issubclass(D, int | C))
for make in (lambda: 1 | int, lambda: int | "str", lambda: int | 1, lambda: None | None,
             lambda: isinstance([], list[int] | None), lambda: issubclass(list, list[int] | None),
             lambda: issubclass(1, int | str)):
    try:
        print(make())
    except TypeError as e:
        print("TypeError:", e)
print(typing.Union[int, str] == int | str, int | str == typing.Union[int, str])
print(typing.Optional[int] == int | None, typing.Union[int | str, float])
print(typing.get_args(int | str), typing.get_origin(int | str))
d = {int | str: 1}
print(d[str | int], len({int | str, str | int, int | None}))
def f(x: int | None = None) -> list[int] | str:
    return x
print(f.__annotations__)

class A(abc.ABC):
    @property
    @abc.abstractmethod
    def p(self):
        pass
    @staticmethod
    @abc.abstractmethod
    def s():
        pass
    @classmethod
    @abc.abstractmethod
    def c(cls):
        pass
    @property
    def q(self):
        return 1
print(sorted(A.__abstractmethods__))
print(A.__dict__["p"].__isabstractmethod__, A.__dict__["s"].__isabstractmethod__,
      A.__dict__["c"].__isabstractmethod__, A.__dict__["q"].__isabstractmethod__)
print(staticmethod(len).__isabstractmethod__, classmethod(print).__isabstractmethod__)
try:
    A()
except TypeError as e:
    print("TypeError:", e)
class B(A):
    p = 1
    s = 2
    c = 3
print(type(B()).__name__)
