# def is an executable statement: conditional definitions, redefinition, late name lookup.
DEBUG = False
if DEBUG:
    def log(msg):
        return "debug: " + msg
else:
    def log(msg):
        return "quiet"
print(log("x"))
def greet():
    return "first"
first = greet
def greet():
    return "second"
print(first(), greet(), first is greet, first.__name__ == greet.__name__)
def caller():
    return helper() * 2
def helper():
    return 21
print(caller())
def helper():
    return 50
print(caller())
def make(kind):
    if kind == "square":
        def f(x):
            return x * x
    elif kind == "cube":
        def f(x):
            return x ** 3
    else:
        f = None
    return f
print(make("square")(4), make("cube")(3), make("other"))
funcs = []
for n in range(3):
    def show(n=n):
        return f"function {n}"
    funcs.append(show)
print([f() for f in funcs], len({id(f) for f in funcs}))
def outer():
    def inner():
        return inner_helper()
    def inner_helper():
        return "defined after inner but before the call"
    return inner()
print(outer())
def countdown(n):
    if n == 0:
        return ["liftoff"]
    return [n] + countdown(n - 1)
print(countdown(5))
recurse = countdown
def countdown(n):
    return ["replaced"]
print(recurse(3))
