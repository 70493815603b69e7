# SyntaxErrors raised while compiling (after parsing), with CPython's
# messages and positions.

cases = [
    "return 1\n",
    "class C:\n    return\n",
    "x = 1\nbreak\n",
    "continue\n",
    "def f():\n    for x in y:\n        def g():\n            break\n",
    "for x in y:\n  class C:\n    break\n",
    "try:\n  pass\nfinally:\n  continue\n",
    "await x\n",
    "def f():\n    await x\n",
    "yield 1\n",
    "class C:\n    yield\n",
    "def f():\n    nonlocal x\n",
    "nonlocal x\n",
    "def f():\n  def g():\n    nonlocal f\n",
    "def f(a, a): pass\n",
    "def f(*, a, a): pass\n",
    "def f(a):\n    global a\n",
    "def f():\n    x = 1\n    global x\n",
    "def f():\n  print(x)\n  global x\n",
    "def f():\n    x: int\n    global x\n",
    "def f():\n  x = 1\n  def g():\n    nonlocal x\n    global x\n",
    "def f():\n    [(yield) for x in y]\n",
    "async def f():\n    yield 1\n    return 2\n",
    "def f():\n    [x async for x in y]\n",
    "x = [await y for y in z]\n",
    "def f():\n    async with x: pass\n",
    "def f():\n    async for x in y: pass\n",
    "async def f():\n  yield from x\n",
    "(a, *b, *c) = d\n",
    "class C:\n  [x := 1 for y in z]\n",
    "[i := 0 for i in range(5)]\n",
    "[x for x in (y := [1])]\n",
    "def f():\n  from os import *\n",
]

for src in cases:
    try:
        compile(src, "<case>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(repr(src))
        print("   ", type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text))

for ok in ["def f():\n  return\n  yield from x\n", "lambda: (yield)\n",
           "def f():\n  for x in y:\n    try:\n      continue\n    finally:\n      break\n"]:
    compile(ok, "<ok>", "exec")
    print("ok:", repr(ok))
