# Scopes: comprehension variables are local, module-level locals() is globals(), shadowing.
x = "module x"
squares = [x * 2 for x in range(3)]
print(squares, x)
pairs = [(x, y) for x in "ab" for y in range(x == "a", 3)]
print(pairs)
y = 10
print([y + i for i in range(3)], {i: y for i in range(2)}, {y - i for i in range(2)})
print(locals() is globals())
def f():
    a = 1
    b = [a + n for n in range(2)]
    return sorted(locals())
print(f())
def shadow_builtin():
    len = lambda obj: "shadowed"
    return len([1, 2])
print(shadow_builtin(), len([1, 2]))
def use_global_then_local_in_comprehension():
    total = 100
    return [total + k for k in range(2)]
print(use_global_then_local_in_comprehension())
nested = [[i * j for j in range(3)] for i in range(3)]
print(nested)
def outer():
    items = [1, 2, 3]
    return [lambda: item for item in items]
print([fn() for fn in outer()])
print("i" in globals(), "n" in globals())
funcs = {name: (lambda n=name: n.upper()) for name in ("a", "b")}
print({k: v() for k, v in funcs.items()})
z = 5
def reads_z():
    return [z * k for k in range(3)]
z = 6
print(reads_z())
