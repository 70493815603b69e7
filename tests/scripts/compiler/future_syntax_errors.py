# SyntaxErrors about __future__ imports and annotations under them.
cases = [
    "from __future__ import annotations\ndef f(x: (yield)): pass\n",
    "from __future__ import annotations\ndef f(x: (a := 1)): pass\n",
    "from __future__ import annotations\nasync def f(x: await y): pass\n",
    "from __future__ import annotations\nx: (yield from z) = 1\n",
    "from __future__ import annotations\ndef f(x: lambda: (yield)): pass\n",
    "import os; from __future__ import annotations\n",
    "from __future__ import braces\n",
    "from __future__ import nope, annotations\n",
    "'doc'\nfrom __future__ import annotations\nfrom __future__ import division\nx=1\nfrom __future__ import generators\n",
    "def f():\n  from __future__ import annotations\n",
    "'''d'''\n'x'\nfrom __future__ import annotations\n",
    "from __future__ import (annotations,\n   nested_scopes)\nimport os\n",
    "def f(x: (yield)): pass\n",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
