# match statements: compile-time SyntaxErrors and the runtime errors of
# class and mapping patterns, with CPython's messages.
sources = [
    "match x:\n    case a:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case a | b:\n        pass\n",
    "match x:\n    case _ | 1:\n        pass\n",
    "match x:\n    case [a, a]:\n        pass\n",
    "match x:\n    case {'k': a, **a}:\n        pass\n",
    "match x:\n    case 1 | a:\n        pass\n",
    "match x:\n    case [a] | [b]:\n        pass\n",
    "match x:\n    case (a, b) | (a, c):\n        pass\n",
    "match x:\n    case [*a, *b]:\n        pass\n",
    "match x:\n    case {1: a, 1: b}:\n        pass\n",
    "match x:\n    case {1: a, True: b}:\n        pass\n",
    "match x:\n    case {'a': 1, 'a': 2}:\n        pass\n",
    "match x:\n    case {f'x': 1}:\n        pass\n",
    "match x:\n    case f'x':\n        pass\n",
    "match x:\n    case C(a=1, a=2):\n        pass\n",
    "match x:\n    case C(a=1, 2):\n        pass\n",
    "match x:\n    case (a as _):\n        pass\n",
    "match x:\n    case 1+1:\n        pass\n",
    "match x:\n    case [a, (b as a)]:\n        pass\n",
    "match x:\n    case __debug__:\n        pass\n",
    "match x:\n    case a if a:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case (a | b) as c if c:\n        pass\n",
    "match x:\n    case [a | b]:\n        pass\n",
]
for src in sources:
    try:
        compile(src, "<case>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(f"{e.msg} (line {e.lineno}, offset {e.offset})")

class P:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Q:
    __match_args__ = ["a"]

class R:
    __match_args__ = (1,)

class S:
    __match_args__ = ("x", "x")
    x = 1

class NoArgs:
    pass

def attempt(subject, pattern):
    src = f"match subject:\n    case {pattern}:\n        print('matched')\n    case _:\n        print('no match')\n"
    try:
        exec(src, {"subject": subject, "P": P, "Q": Q, "R": R, "S": S, "NoArgs": NoArgs,
                   "f": len})
    except Exception as e:
        print(type(e).__name__ + ":", e)

attempt(P(1, 2), "P(1, 2, 3)")
attempt(P(1, 2), "P(1, x=2)")
attempt(P(1, 2), "int(1, 2)")
attempt(5, "int(1, 2)")
attempt(5, "int(5)")
attempt(5, "f()")
attempt(5, "P.x()")
attempt(Q(), "Q(1)")
attempt(R(), "R(1)")
attempt(S(), "S(1, 1)")
attempt(NoArgs(), "NoArgs(1)")
attempt(NoArgs(), "NoArgs()")
attempt(P(1, 2), "P(z=1)")

class K:
    def __init__(self, v):
        self.v = v
k = K(1)
try:
    match {1: 2, 3: 4}:
        case {k.v: _, k.v: _}:
            print("no")
except ValueError as e:
    print("ValueError:", e)

try:
    match {1: 2}:
        case {k.v: _, 1: _}:
            print("no")
        case _:
            print("length checked first")
except ValueError as e:
    print("ValueError:", e)
