# Compiler-stage errors about __debug__: parameters, keywords, attributes,
# imports, walrus targets, each at CPython's location.
cases = [
    "def f(__debug__): pass\n",
    "def f(*, __debug__=1): pass\n",
    "def f(*__debug__): pass\n",
    "def f(**__debug__): pass\n",
    "def f(a, /, __debug__): pass\n",
    "lambda __debug__: 0\n",
    "x = 1\nf(a=1,\n  __debug__=2)\n",
    "f(a=1, b=2, a=3)\n",
    "__debug__ = 1\n",
    "del __debug__\n",
    "for __debug__ in x: pass\n",
    "x.__debug__ = 1\n",
    "class C:\n    def __debug__(self): pass\n",
    "import __debug__\n",
    "import os as __debug__\n",
    "with x as __debug__: pass\n",
    "try:\n  pass\nexcept E as __debug__:\n  pass\n",
    "__debug__ += 1\n",
    "(__debug__ := 1)\n",
    "def __debug__(): pass\n",
    "class __debug__: pass\n",
    "global __debug__\n",
    "print(__debug__)\n",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
