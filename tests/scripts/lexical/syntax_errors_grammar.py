# Grammar errors reported by compile(): CPython 3.11's messages.
sources = [
    "x = = 1",
    "1 = x",
    "f() = 1",
    "x + 1 = 2",
    "None = 1",
    "True = 1",
    "del 1",
    "del f()",
    "for 1 in x: pass",
    "if x\n    pass",
    "while x\n    pass",
    "def f()\n    pass",
    "def f(a, a): pass",
    "def f(a=1, b): pass",
    "def f(*, **k): pass",
    "def f(**k, a): pass",
    "f(a=1, 2)",
    "f(**k, *a)",
    "f(x for x in y, 1)",
    "x = [1 2]",
    "x = 1 if 2",
    "a, b += 1",
    "(a, b) += 1",
    "x := 1",
    "[x for x in y] = 1",
    "import",
    "from x import",
    "else: pass",
    "return",
    "break",
    "continue",
    "class",
    "a.1",
    "x = 1 +",
    "print(1,, 2)",
    "{1: 2, 3}",
    "*a = 1",
    "a, *b, *c = d",
    "nonlocal x",
]
for src in sources:
    try:
        compile(src, "<g>", "exec")
        print("compiled", repr(src))
    except SyntaxError as err:
        print(repr(src), "->", type(err).__name__ + ":", err.msg, err.lineno, err.offset)
