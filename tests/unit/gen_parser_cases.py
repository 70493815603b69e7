"""gen_parser_cases.py: writes tests/unit/parser_cases.inc, the expected
results of the parser unit tests, produced by CPython 3.11's own parser.

    python3 tests/unit/gen_parser_cases.py

Each good source becomes {source, ast.dump(ast.parse(source))}; each bad
source becomes {source, message, lineno, offset} of CPython's SyntaxError.
"""
import ast
import os
import sys

GOOD = [
    # literals
    "0x1F + 0o17 + 0b101 + 1_000_000\n",
    "x = 1.5e-3, 2E10, .5, 5., 1_0.0_1, 3j\n",
    "s = 'a' \"b\" '''c''' \"\"\"d\"\"\"\n",
    "s = r'\\n' + b'\\x00\\xff' + rb'\\d' + Br'x'\n",
    "s = '\\t\\n\\\\\\'\\x41\\101\\u00e9\\U0001F600\\N{BULLET}'\n",
    "s = 'a' 'b' f'{c}' 'd'\n",
    # f-strings
    "f'{x!r:>{w}} {y=} {z!s} {a!a} {{}} {b:.2f}'\n",
    "f'{x:{fill}^{width}.{prec}}'\n",
    "f'{ x = !r:10}'\n",
    "f'{value:{width:0}.{precision:1}}'\n",
    "f'{\"nested\" + f\"{inner}\"}'\n",
    # statements
    "a = b = c = 1\n",
    "a, *b, c = x\n",
    "[a, (b, c)] = y\n",
    "x: int = 1\ny: list[int]\n(z): int = 2\nself.a: int = 3\n",
    "x += 1; y //= 2; z **= 3; w @= m; v >>= 1\n",
    "if a:\n    pass\nelif b:\n    pass\nelse:\n    pass\n",
    "while x:\n    break\nelse:\n    continue\n",
    "for i, j in items:\n    pass\nelse:\n    pass\n",
    "def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:\n    return a\n",
    "def g(*, k): pass\n",
    "@dec\n@dec2(1)\ndef h(): pass\n",
    "lambda x, *y, z=1, **w: x\n",
    "def outer():\n    x = 1\n    def inner():\n        nonlocal x\n        global y\n        x = 2\n",
    "del a, b[0], c.d\n",
    "assert x, 'message'\n",
    "try:\n    pass\nexcept (A, B) as e:\n    pass\nexcept C:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
    "raise X from Y\n",
    "with a as b, c as (d, e), f:\n    pass\n",
    "with (a as b, c as d):\n    pass\n",
    "import a.b.c as d, e\nfrom . import x\nfrom ..p.q import (y as z, w)\nfrom m import *\n",
    "class C(B, metaclass=M):\n    x = 1\n",
    # expressions
    "x = a if b else c\n",
    "y = not a and b or c\n",
    "z = a < b <= c != d is not e not in f in g is h\n",
    "w = -a ** -b * ~c // d % e @ f\n",
    "v = a << b >> c & d | e ^ f\n",
    "(n := 10)\n",
    "x[1:2, ::3, 4:]\n",
    "x[a:b:c]\n",
    "x[*a]\n",
    "f(a, *b, c=1, **d)\n",
    "[x for x in y if x for z in w]\n",
    "{k: v for k, v in d.items()}\n",
    "{x for x in s}\n",
    "(x for x in g)\n",
    "[*a, *b]\n{**a, 'b': 1}\n{*a, 1}\n",
    "await x\n",
    "async def f():\n    async with a as b:\n        async for x in y:\n            await z\n",
    "def gen():\n    yield\n    yield 1\n    x = yield from g\n",
    "x = ...\n",
    "print(*args, sep='', end='\\n')\n",
    # match statements (match and case stay usable as names)
    "match x, *y:\n    case (a, *_) | [1, 2] | {1: a, **r} | C(1, k=b) as z if z:\n        pass\n"
    "    case -1+2j | 1-2j | None | 's' | a.b.c | (_) | (x,) | ():\n        pass\n",
    "match x:\n    case {'a': [1, *rest], 0.5: A.B(), **kw}:\n        pass\n    case [[a, b], c] | (c, [a, b]):\n        pass\n",
    "match (x):\n    case Point(x=0, y=0) | Point(1, 2,):\n        pass\n    case _:\n        pass\n",
    "match = case = 1\nmatch.x = match[0] = match(case)\nmatch *a\ncase: int = 1\n",
    "match -x:\n    case 1 | 2 as y:\n        match y:\n            case a, b: pass\n",
    "def f():\n    match x:\n        case True | False: return\n",
    "try:\n    pass\nexcept* (A, B) as e:\n    pass\nexcept* C:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
    # layout
    "if a:\n\tpass\n",
    "x = (1 +\n     2)\n",
    "x = 1 + \\\n    2\n",
    "if a:\n    # comment\n\n    pass\n",
    "def f():\n    if x:\n        return 1\n    return 2\n",
    "",
    "\n\n# only a comment\n",
]

BAD = [
    "x = (1, 2\n",
    "x = 1 +\n",
    "if x\n    pass\n",
    "def f(:\n",
    "  x = 1\n",
    "if a:\npass\n",
    "if a:\n        x = 1\n    y = 2\n",
    "x = 'abc\n",
    "x = '''abc\n",
    "f(**a, *b)\n",
    "a + 1 = 2\n",
    "f() = 1\n",
    "del f()\n",
    "x = )\n",
    "x = [1, 2)\n",
    "def f(a=1, b): pass\n",
    "f(a=1, 2)\n",
    "print 'hello'\n",
    "x = 0777\n",
    "x = 1__0\n",
    "x = 0x\n",
    "True = 1\n",
    "f'{'\n",
    "f'{}'\n",
    "f'{x!z}'\n",
    "f'{x:{y:{z}}}'\n",
    "class\n",
    "x = $\n",
    "for x in range(3):\npass\n",
    "[x for x in]\n",
    "x = 5 if True\n",
    "y = a + b if c\n",
    "f(x if y)\n",
    "v = [a if b for x in y]\n",
    "def os\n\npath = 1\n",
    "def f(text)[\n    pass\n",
    "total = sum(values\nprint(total)\n",
    "try:\n \n",
    "def f(x):\n    for i in range(x):\n",
    "d = {1: 2, 3}\n",
    "d = {'b': , 'a': 1}\n",
    "print(int(-1.5 2.5))\n",
    "x = [1, 2=\n",
    "try:\n    (e)\n",
    "def lcs(a b):\n    pass\n",
    "y = 1 + \\\n    2 + \\\n    if\n",
    "try try:\n    pass\n",
    "  x = 'abc\n",
    "import\n",
    "a, b += 1\n",
    "if x = 1:\n    pass\n",
    "match x:\n    case 1+1: pass\n",
    "match x:\n    case 1j+1: pass\n",
    "match x:\n    case C(a=1, 2, 3, b=2): pass\n",
    "match x:\n    case (a as _): pass\n",
    "match x:\n    case {**_}: pass\n",
    "match x:\n    case {**a, 1: b}: pass\n",
    "match x:\n    case 1:\n    pass\n",
    "match x:\ncase 1: pass\n",
    "match x:\n    foo 1: pass\n",
    "match:\n    case 1: pass\n",
    "try:\n    pass\nexcept*:\n    pass\n",
    "match x\n    case 1: pass\n",
    "match x:\n    case 1 as 2: pass\n",
    "match x:\n    case 1 as (a): pass\n",
    "match x:\n    case {1: 2, 3}: pass\n",
    "match x:\n    case *a, *b: pass\n",
    "match x y:\n    case 1: pass\n",
    "try:\n    pass\nexcept* A:\n    pass\nexcept B:\n    pass\n",
]


def c_string(s):
    out = []
    for ch in s.encode('utf-8'):
        c = chr(ch)
        if c == '\\':
            out.append('\\\\')
        elif c == '"':
            out.append('\\"')
        elif c == '\n':
            out.append('\\n')
        elif c == '\t':
            out.append('\\t')
        elif 32 <= ch < 127:
            out.append(c)
        else:
            out.append('\\%03o' % ch)
    return '"' + ''.join(out) + '"'


def main():
    lines = ['/* parser_cases.inc: generated by gen_parser_cases.py from CPython '
             + '.'.join(map(str, sys.version_info[:3])) + '; do not edit. */']
    lines.append('static const GoodCase good_cases[] = {')
    for src in GOOD:
        lines.append('    {%s,\n     %s},' % (c_string(src), c_string(ast.dump(ast.parse(src)))))
    lines.append('};')
    lines.append('static const BadCase bad_cases[] = {')
    for src in BAD:
        try:
            compile(src, '<t>', 'exec', flags=ast.PyCF_ONLY_AST)
        except SyntaxError as e:
            lines.append('    {%s, %s, %d, %d},' % (c_string(src), c_string(e.msg), e.lineno, e.offset))
        else:
            raise SystemExit('not a syntax error: %r' % src)
    lines.append('};')
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, 'parser_cases.inc'), 'w') as f:
        f.write('\n'.join(lines) + '\n')


main()
