# An uncaught RecursionError prints the elided traceback.
def f(n):
    return f(n + 1)

f(0)
