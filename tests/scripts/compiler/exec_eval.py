# compile(), exec() and eval() through the compiler: modes, nested scopes,
# globals, SyntaxErrors from compiled strings.
print(eval("[x * 2 for x in range(3)]"), eval("(lambda a, b=2: a + b)(1)"))
g = {}
exec("def f(n):\n    return [i for i in range(n) if i % 2]\nr = f(7)\n", g)
print(g["r"], g["f"].__qualname__, g["f"].__module__ if "__name__" in g else "nomod")
exec("x = 5\ndef h():\n    global x\n    x += 1\nh()\n", g)
print(g["x"])
code = compile("y = 1\nprint(y + 1)\n", "<cmp>", "exec")
exec(code)
print(code.co_filename, code.co_name)
e = compile("1 + 1", "<e>", "eval")
print(eval(e))
s = compile("z = 3\n", "<s>", "single")
exec(s)
exec(compile("'val'\n", "<s2>", "single"))
def scope():
    loc = {}
    exec("a = 1\nb = [c for c in range(2)]", {}, loc)
    return loc
print(scope())
print(eval("sum(v for v in range(5))"))
try:
    exec("def broken(:\n  pass")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.filename, e.lineno)
try:
    exec("return 5")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.filename, e.lineno, e.text)
