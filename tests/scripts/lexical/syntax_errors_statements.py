# More statement-level SyntaxErrors reported by compile(), with CPython 3.11's messages.
sources = [
    "f(a=1, a=2)",
    "f(x=1, *y, **z, w)",
    "f(a + 1 = 2)",
    "if x = 1: pass",
    "[x for x in 1, 2]",
    "x = 1 \\ 2",
    "try:\n    pass\nx = 1",
    "try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass",
    "from math import sqrt,",
    "import a.b as",
    "def f(*): pass",
    "def f(*a, *b): pass",
    "lambda x=1, y: x",
    "x = (y := 1) := 2",
    "a[0] := 1",
    "for x in range(3):\npass",
    "while True:\n    break\n  x = 1",
    "del (a, 1)",
    "(a, b) = 1, 2, = 3",
    "def f():\n    x = 1\n    global x",
    "def f(a):\n    global a",
    "def f():\n    nonlocal y",
    "x: int += 1",
    "a, b: int = 1, 2",
    "print(f'{x!}')",
    "True: int = 1",
    "__debug__ = 1",
    "def f(__debug__): pass",
    "f(**x, *y)",
    "for x in range(3):\n    def g():\n        continue",
    "with open(f) as 1: pass",
    "import math.sqrt(1)",
    "if True:\n    pass\n  else:\n    pass",
    "a = 1 if True else",
    "x = {**a: 1}",
    "print(*)",
]
for src in sources:
    try:
        compile(src, "<stmt>", "exec")
        print("compiled", repr(src))
    except SyntaxError as err:
        print(repr(src), "->", type(err).__name__ + ":", err.msg, err.lineno, err.offset)
