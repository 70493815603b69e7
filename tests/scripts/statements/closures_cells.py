# Closures: shared cells, cells over loop variables, cells in comprehensions, __closure__.
def make_accumulators():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    def reset():
        nonlocal total
        old, total = total, 0
        return old
    return add, reset
add, reset = make_accumulators()
print(add(5), add(10), reset(), add(1))
def make_multipliers():
    return [lambda x: x * i for i in range(1, 4)]
print([m(10) for m in make_multipliers()])
def make_multipliers_bound():
    result = []
    for i in range(1, 4):
        def mul(x, factor=i):
            return x * factor
        result.append(mul)
    return result
print([m(10) for m in make_multipliers_bound()])
def cell_after_definition():
    def get():
        return value
    value = "assigned later"
    return get()
print(cell_after_definition())
def closure_info():
    a, b = 1, 2
    def f():
        return a + b
    return f
f = closure_info()
print(f(), len(f.__closure__), [c.cell_contents for c in f.__closure__], f.__code__.co_freevars)
print(make_accumulators.__closure__, closure_info.__code__.co_cellvars)
def comprehension_closure():
    base = 100
    return [base + k for k in range(3)], {k: base for k in "ab"}
print(comprehension_closure())
def compose(*fns):
    def composed(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return composed
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
def deleted_cell():
    x = 1
    def get():
        return x
    del x
    try:
        return get()
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(deleted_cell())
