# tokenize: the token stream of many sources (operators, numbers, strings and
# f-strings, indentation, continuation lines, comments, errors), tokenize()
# on bytes with encodings, untokenize round trips, TokenInfo, token.
import io
import token
import tokenize

SOURCES = [
    "x = 1\n",
    "x = 1",
    "",
    "\n",
    "# only a comment",
    "# comment\n\n   \nx\n",
    "def f(a, *args, b=2, **kw) -> int:\n    '''doc'''\n    return a ** 2 // 3 @ b\n",
    "if x:\n    if y:\n        pass\n    else:\n\tz = 1\nw = 2\n",
    "class C(Base, metaclass=M):\n    @property\n    def p(self): return self._p\n\n\n",
    "a += 1; b -= 2; c *= 3; d /= 4; e //= 5; f %= 6; g **= 7; h >>= 8; i <<= 9\n",
    "j &= 1; k |= 2; l ^= 3; m @= 4; n := 5; o != p; q == r <= s >= t < u > v\n",
    "x = [1, 2,\n     3, # inner comment\n     4]\n",
    "y = (\n\n  1 +\n  2\n)\n",
    "s = 'abc' \"def\" r'\\d' b'x' rb'y' Rb'z' f'{x!r:>{w}}' F\"{a['k']}\" u'u'\n",
    "t = '''multi\nline\n''' + \"\"\"other\n\"\"\"\n",
    "long = 'abc\\\ndef'\n",
    "nums = 0 0x1F 0o17 0b101 1_000 3.14 .5 5. 1e10 1E-5 2j 3.5J 0_0 1_0.2_5e1_0\n",
    "x = 1 + \\\n    2\n",
    "async def g():\n    await h()\n    async for i in j:\n        async with k as l:\n            yield\n",
    "lambda x: x if x else ...\n",
    "print(f\"{x=}\", f'{x:{y}.{z}}', f'''{\n1}''')\n",
    "m = {'a': 1, **d}\nn = {*s}\n",
    "match p:\n    case [1, *rest] | {'k': v}:\n        pass\n",
    "x = $ ? !\n",
    "s = 'unterminated\nx = 2\n",
    "z = \"also unterminated\n",
    "caf\u00e9 = \u03c0 * r\u00b2\n",
    "x = 1\r\ny = 2\r\n",
    "if a:\n  b\n# comment at col 0\n  c\n",
    "def f():\n    pass\n    # trailing comment",
    "x = (1,\n",
    "s = '''never closed\n",
    "if a:\n        b\n    c\n",
    "\tif x:\n\t\ty\n",
    "a = b\\\n",
    "x = 1 # comment without newline",
    "\f\nx = 1\n",
    "0xfor 1if 1else 2\n",
    "x = 1__2 0b2 0o8 09 1e\n",
    "a.b.c(d)[e]{f}\n",
    "->\n...\n.\n..\n",
]

for src in SOURCES:
    print("=" * 20, repr(src))
    try:
        for tok in tokenize.generate_tokens(io.StringIO(src).readline):
            print(tok)
            if tok.type == token.OP:
                print("   exact:", token.tok_name[tok.exact_type])
    except (tokenize.TokenError, IndentationError, SyntaxError) as e:
        print(type(e).__name__, e.args)

print("=" * 20, "bytes")
for data in [b"x = 1\n", b"# -*- coding: latin-1 -*-\ns = '\xe9'\n", b"\xef\xbb\xbfx = 'bom'\n",
             b"#!/usr/bin/env python\n# vim: set fileencoding=ascii :\nx\n", b"",
             b"\n\n# coding: utf-8\nx\n", b"# coding: nonsense\n", b"# coding: latin-1\xff\n",
             b"\xef\xbb\xbf# coding: latin-1\n"]:
    try:
        print(tokenize.detect_encoding(io.BytesIO(data).readline))
        for tok in tokenize.tokenize(io.BytesIO(data).readline):
            print(tok)
    except SyntaxError as e:
        print(type(e).__name__, e)

print("=" * 20, "untokenize")
for src in SOURCES[:23]:
    try:
        toks = list(tokenize.generate_tokens(io.StringIO(src).readline))
    except (tokenize.TokenError, IndentationError):
        continue
    full = tokenize.untokenize(toks)
    compat = tokenize.untokenize((t.type, t.string) for t in toks)
    print(repr(full), full == src)
    print(repr(compat))
btoks = list(tokenize.tokenize(io.BytesIO(b"# coding: latin-1\nx = '\xe9'\n").readline))
print(repr(tokenize.untokenize(btoks)))
try:
    tokenize.untokenize([(token.NAME, "a", (2, 0), (2, 1), ""), (token.NAME, "b", (1, 0), (1, 1), "")])
except ValueError as e:
    print(e)

t = tokenize.TokenInfo(token.OP, "+=", (1, 2), (1, 4), "a += 1\n")
print(t, t.exact_type, t.type, t._fields, t == (54, "+=", (1, 2), (1, 4), "a += 1\n"))
print(tokenize.TokenInfo(token.NAME, "x", (1, 0), (1, 1), "").exact_type)
print(token.tok_name[token.NEWLINE], token.ISTERMINAL(5), token.ISNONTERMINAL(300), token.ISEOF(0))
print(token.N_TOKENS, token.NT_OFFSET, token.EXACT_TOKEN_TYPES["**="], len(token.EXACT_TOKEN_TYPES))
print(tokenize.tabsize, sorted(tokenize.single_quoted)[:5], len(tokenize.triple_quoted))
print(issubclass(tokenize.TokenError, Exception))
