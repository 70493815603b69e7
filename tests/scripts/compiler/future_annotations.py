# from __future__ import annotations: annotations kept as source text
# (CPython's unparsing: minimal parentheses, repr of constants, f-strings).
from __future__ import annotations
def f(a: int, b: list[int] = [], *args: tuple[int, ...], c: "x" = 1, **kw: dict[str, int | None]) -> Callable[[int], str]: pass
print(f.__annotations__)
def g(x: lambda a, b=2, *c, d, **e: a + b, y: (1, 2), z: {1: 2, **d}, w: [i for i in range(3) if i], v: f"a{b!r:>{w}}c" ) -> a if b else -c ** d: pass
print(g.__annotations__)
def h(a: x.y[1:2, ::3], b: not a or b and c, d: 1 .real, e: ~x + (y - z) * w / 2 // 3 % 4 @ m, f: x < y <= z is not w, g: {1, 2}, h: ..., i: 1e400, j: 'it''s', k: b'by', m: x[()], n: x[1,], o: (1,), p: print(*a, **k), q: f(x for x in y), s: (a, *b)) : pass
print(h.__annotations__)
x: int = 5
y: list[str]
print(__annotations__)
class C:
    attr: Optional[int] = None
print(C.__annotations__ if hasattr(C, '__annotations__') else None)
