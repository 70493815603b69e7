# match statements: literal, capture, wildcard, value, sequence, mapping,
# class, OR and AS patterns, guards, and match/case as ordinary names.
import collections

def describe(x):
    match x:
        case 0 | 1:
            return "small"
        case True:
            return "never: 1 == True matched first"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case "hi" | b"hi":
            return "greeting"
        case None:
            return "none"
        case [a, b]:
            return f"pair {a} {b}"
        case [a, *rest] if a == 9:
            return f"nine then {rest}"
        case [_, *_, last]:
            return f"ends with {last}"
        case []:
            return "empty sequence"
        case {"k": v, **kw}:
            return f"map k={v} rest={kw}"
        case {}:
            return "other mapping"
        case str() as s:
            return "str " + s
        case ((1 | 2) as q, y):
            return f"tuple q={q} y={y}"
        case _:
            return "other"

for v in [0, 1, True, -1, 2.5, "hi", b"hi", None, [1, 2], (3, 4), [9, 1, 2],
          [1, 2, 3], [], (), {"k": 1, "z": 2}, {"z": 1}, {}, "x", (2, 5),
          range(4), range(2), collections.deque([7, 8]), 3.5, b"no", bytearray(b"ab"),
          collections.OrderedDict(k=5), {1, 2}]:
    print(repr(v), "->", describe(v))

class Color:
    RED = "red"
    GREEN = "green"

def color(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case other:
            return f"unknown {other}"

print(color("red"), color("green"), color("blue"))

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(a, b) | [a, b]:
            return f"at {a},{b}"
        case int(n) | float(n):
            return f"number {n}"
        case str(s) if len(s) > 3:
            return f"long string {s}"
        case dict(d):
            return f"dict {d}"
    return "nowhere"

for p in [Point(0, 0), Point(3, 0), Point(0, 4), Point(1, 2), [5, 6], 7, 2.5,
          "word", "abcd", {"a": 1}, True]:
    print(where(p))

# names bound by a failed guard stay bound; a failed pattern binds nothing
match [1, 2]:
    case [x, y] if x > y:
        print("no")
    case [z, 3]:
        print("no")
    case _:
        print("x, y =", x, y, "z bound:", "z" in dir())

# OR patterns bind the same names in any order
for v in [(1, "a"), ("b", 2)]:
    match v:
        case (int(n), str(s)) | (str(s), int(n)):
            print("n", n, "s", s)

# nested patterns and AS
match {"user": {"name": "ann", "roles": ["admin", "dev"]}}:
    case {"user": {"name": str() as name, "roles": [*_, "dev"] as roles}}:
        print(name, roles)

# the subject is evaluated once; match and case stay usable as names
calls = []
def subject():
    calls.append(1)
    return 42
match subject():
    case 1: pass
    case 2: pass
    case n: print("got", n, "calls", len(calls))
match = [1, 2]
case = {"a": 1}
print(match, case, match[0])
match match:
    case [case, *_]:
        print("case is", case)
def match(case): return case * 2
print(match(21))
match (1, 2), 3:
    case ((a, b), c): print(a, b, c)
match *[1, 2], 3:
    case [1, 2, 3]: print("star subject")
