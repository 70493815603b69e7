# f-string errors reported by compile().
sources = [
    "f'{}'",
    "f'{ }'",
    "f'}'",
    "f'{'",
    "f'{x'",
    "f'{x!}'",
    "f'{x!z}'",
    "f'{x:{y:{z}}}'",
    "f'{lambda x: 1}'",
    "f'{#}'",
    "f'{a b}'",
    "f'{x!r:}'",
    "f'{{}}'",
    "f'{x=!r}'",
    "f'{3!s:>5}'",
]
for src in sources:
    try:
        code = compile(src, "<fstr>", "eval")
        print("ok", repr(src))
    except SyntaxError as err:
        print(type(err).__name__, "|", err.msg, "|", err.lineno)
