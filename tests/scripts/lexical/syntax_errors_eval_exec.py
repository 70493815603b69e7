# SyntaxError attributes (msg, lineno, offset, text, filename) from eval(), exec() and compile().
cases = [
    ("eval", "1 +"),
    ("eval", "(1, 2"),
    ("eval", "x y"),
    ("eval", "1 = 2"),
    ("eval", "a if b"),
    ("exec", "def f(:\n    pass"),
    ("exec", "x = 1\ny = 2 +\nz = 3"),
    ("exec", "if True:\nprint(1)"),
    ("exec", "for i in range(3):\n    pass\n  pass"),
    ("exec", "s = 'unterminated"),
    ("exec", "print('a' 'b' 1)"),
    ("exec", "return 5"),
    ("compile", "x = (1,\n     2,\n"),
    ("compile", "while x\n    pass"),
]
for kind, src in cases:
    try:
        if kind == "eval":
            eval(src)
        elif kind == "exec":
            exec(src)
        else:
            compile(src, "snippet.py", "exec")
        print("no error for", repr(src))
    except SyntaxError as e:
        print(f"{kind:8} {type(e).__name__}: {e.msg!r} line={e.lineno} offset={e.offset} text={e.text!r} file={e.filename!r}")
        print(f"{'':8} str: {e}")
