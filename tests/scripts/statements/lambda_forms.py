# lambda: parameters, defaults, closures, immediate calls, as keys.
sq = lambda x: x * x
print(sq(7), sq.__name__, (lambda: "no args")())
add = lambda a, b=10, *args, k=1, **kw: (a + b, args, k, kw)
print(add(1), add(1, 2, 3, k=4, z=5))
print((lambda *a: sum(a))(1, 2, 3), (lambda **k: sorted(k))(b=1, a=2))
print((lambda x, /, y: x - y)(10, y=3))
make_adder = lambda n: lambda x: x + n
add5 = make_adder(5)
print(add5(1), make_adder(-1)(1))
words = ["banana", "Apple", "cherry", "date"]
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=lambda w: (len(w), w)))
print(list(map(lambda x: x ** 2, range(5))))
print(list(filter(lambda x: x % 3 == 0, range(10))))
funcs = [lambda x, i=i: x * i for i in range(4)]
print([f(10) for f in funcs])
cond = lambda x: "pos" if x > 0 else ("zero" if x == 0 else "neg")
print([cond(v) for v in (-2, 0, 2)])
print((lambda: (yield_ := 3, yield_ * 2))())
nested = lambda x: (lambda y: (lambda z: x + y + z))
print(nested(1)(2)(3))
print(type(sq).__name__, sq.__code__.co_argcount, repr(sq)[:19])
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print({k: f(6, 3) for k, f in ops.items()})
