# Conditional expressions: laziness, nesting, precedence, use in many contexts.
log = []
def v(x):
    log.append(x)
    return x
print(v("yes") if v(True) else v("no"), log)
log.clear()
print(v("yes") if v(0) else v("no"), log)
def sign(n):
    return "neg" if n < 0 else "zero" if n == 0 else "pos"
print([sign(n) for n in (-5, 0, 5)])
print(1 if True else 2 if False else 3, (1 if False else 2) if False else 4)
x = 7
print("odd" if x % 2 else "even", x if x > 5 else -x, [x] if x else [])
print(1 + (10 if x > 3 else 20), 1 + 10 if x > 100 else 20)
print((lambda: 0 if True else 1)() is not None, (lambda y: "big" if y > 3 else "small")(5))
print(f"{'on' if x else 'off'}", {"k": "v" if x else "w"}, ("a" if x else "b",))
print(x if x > 10 else None or "fallback", (x if x > 10 else None) or "fallback")
fizz = ["FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0 else i for i in range(1, 16)]
print(fizz)
print(sum([i if i % 2 else -i for i in range(10)]))
a, b = (1, 2) if x else (3, 4)
print(a, b)
try:
    print(1 / 0 if x else 0)
except ZeroDivisionError as e:
    print("evaluated branch raised:", e)
print(0 if x else 1 / 0)
