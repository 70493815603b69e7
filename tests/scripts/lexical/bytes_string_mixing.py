# Adjacent bytes and str literals cannot be mixed; other prefix combinations that are invalid.
sources = ['x = b"a" "b"', 'x = "a" b"b"', 'x = f"a" b"b"', 'x = b"a" rb"b" B"c"', 'x = br"a" Rb"b"', 'x = ub"a"', 'x = fb"a"', 'x = bu"a"', 'x = rf"a" fr"b" Fr"c"', 'x = b"\\u0041"', 'x = b"é"']
for src in sources:
    try:
        env = {}
        exec(src, env)
        print(repr(src), "->", repr(env["x"]))
    except SyntaxError as e:
        print(repr(src), "-> SyntaxError:", e.msg)
