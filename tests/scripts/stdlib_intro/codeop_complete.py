# codeop.compile_command: complete (code), unfinished (None) and invalid input.
import codeop
for src in ["x = 1", "if x:", "if x:\n  y", "if x:\n  y\n", "x = (", "x = (1,", "'''abc", "def f(:", "1 +", "x = 1 +", "@dec", "class A:", "for i in x:\n", "a b", "", "# c", "x = '", "x = 1 \\", "lambda:", "try:\n  pass\n", "if x:\n  pass\nelse:", "print(1)\n\n", "if x:\n  pass\n\n", "return", "x = [1,\n2]", "f(**)", "1 = 2", "del", "import", "x = {", "'abc", "\"\"\"doc\nmore"]:
    try:
        r = codeop.compile_command(src)
        print(repr(src), "code" if r is not None else None)
    except SyntaxError as e:
        print(repr(src), "SyntaxError", e.msg, e.lineno, e.offset)
    try:
        r = codeop.compile_command(src)
        print(repr(src), "code" if r is not None else None)
    except SyntaxError as e:
        print(repr(src), "SyntaxError", e.msg, e.lineno, e.offset)
print(codeop.compile_command("1 + 2", symbol="eval") is not None, codeop.compile_command("x = 1", symbol="exec") is not None)
cc = codeop.CommandCompiler()
print(cc("from __future__ import annotations\n") is not None, cc("def f(x: undefined): pass\n\n") is not None)
