# Function decorators: stacking order, decorators with arguments, returning other objects.
trace = []
def log(fn):
    def wrapper(*args, **kwargs):
        trace.append(f"call {fn.__name__}{args}")
        result = fn(*args, **kwargs)
        trace.append(f"return {result!r}")
        return result
    return wrapper
def repeat(times):
    def decorator(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return decorator
def tag(name):
    print("building tag", name)
    def deco(fn):
        print("applying tag", name, "to", fn.__name__)
        return lambda *a: f"<{name}>{fn(*a)}</{name}>"
    return deco
@log
def add(a, b):
    return a + b
print(add(2, 3), trace)
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("bob"))
@tag("b")
@tag("i")
def text(s):
    return s.upper()
print(text("bold italic"))
registry = {}
def register(fn):
    registry[fn.__name__] = fn
    return fn
@register
def one():
    return 1
@register
def two():
    return 2
print(sorted(registry), registry["two"]())
@lambda fn: fn.__name__
def replaced():
    pass
print(replaced)
def counted(fn):
    def wrapper(*a):
        wrapper.calls += 1
        return fn(*a)
    wrapper.calls = 0
    return wrapper
@counted
def square(x):
    return x * x
print([square(i) for i in range(4)], square.calls)
