# A function with the same parameter twice.
def f(a, b, a):
    return a + b
