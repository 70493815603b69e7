# Wrong calls raise TypeError with CPython's messages.
def f(a, b, *, k):
    pass

def g(x, /, y):
    pass

calls = [
    lambda: f(1),
    lambda: f(1, 2),
    lambda: f(1, 2, 3, k=1),
    lambda: f(1, 2, k=1, z=2),
    lambda: f(1, a=1, b=2, k=3),
    lambda: g(x=1, y=2),
    lambda: f(),
    lambda: (lambda: 0)(1),
    lambda: len(1, 2),
    lambda: calls[0].__name__(),
]
for call in calls:
    try:
        call()
    except TypeError as err:
        print(err)
