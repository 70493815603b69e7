# match statements against dataclasses, namedtuples, dict and list subclasses,
# mappingproxy, built-in classes matching themselves; captures in classes,
# closures and globals.
from dataclasses import dataclass
from collections import namedtuple, OrderedDict, defaultdict, Counter
import types
@dataclass
class D:
    a: int
    b: str = "x"
print(D.__match_args__)
Pt = namedtuple("Pt", "x y")
print(Pt.__match_args__)
def t(v):
    match v:
        case D(1, b): return f"D1 {b}"
        case D(a=2): return "D2"
        case Pt(0, y): return f"Pt0 {y}"
        case Pt(x=x, y=0): return f"Pt {x},0"
        case [a, b, c, *rest, d, e]: return f"long {a}{b}{c} {rest} {d}{e}"
        case [1, *mid, 9]: return f"mid {mid}"
        case (1, 2) | [3, 4]: return "12 or 34"
        case {"a": 1, **rest} if rest: return f"rest {rest}"
        case bool(b): return f"bool {b}"
        case int(real=r, imag=i): return f"int {r} {i}"
        case float(1.5): return "1.5"
        case str() | bytes() | bytearray(): return "text"
        case _ if (n := len(repr(v))) > 20: return f"long repr {n}"
    return "none"
for v in [D(1, "q"), D(2), D(3), Pt(0, 5), Pt(3, 0), Pt(1, 1), list(range(8)), [1, 5, 6, 9], [1, 9], (1, 2), [3, 4], (3, 4),
          {"a": 1, "b": 2}, {"a": 1}, OrderedDict(a=1, c=3), defaultdict(int, a=1, z=0), Counter(a=1, b=2), True, 7, 1.5, 2.5, "s", b"b",
          bytearray(b"x"), types.MappingProxyType({"a": 1, "q": 2}), iter([1]), {"a", "b"}, frozenset([1,2,3,4,5,6,7,8,9,10])]:
    print(t(v))
class C:
    match = 1
    match match:
        case 1:
            found = "one"
print(C.found)
def outer():
    match [1, 2]:
        case [x, y]:
            pass
    def inner():
        return x + y
    return inner()
print(outer())
g = 0
def setg():
    global g
    match 5:
        case g: pass
setg(); print(g)
match 3:
    case 1 | 2 | 3 if False: print("no")
    case 1 | 2 | 3: print("three")
