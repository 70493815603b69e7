# Unbounded recursion that passes through built-ins (sorted key, map, eval, format) raises RecursionError.
def f(x=0):
    return sorted([1], key=lambda y: f())
try:
    f()
except RecursionError as e:
    print("sorted key:", e)
def g(x=0):
    return list(map(g, [1]))
try:
    g()
except RecursionError as e:
    print("map:", e)
def h():
    return eval("h()")
try:
    h()
except RecursionError as e:
    print("eval:", e)
def k():
    return "{}".format(k())
try:
    k()
except RecursionError as e:
    print("format arg:", e)
