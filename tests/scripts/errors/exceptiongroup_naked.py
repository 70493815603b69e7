# A naked exception caught by except* and a new one raised in the clause:
# the wrapped group is the context, printed as CPython 3.11 does.
def f():
    try:
        raise ValueError(1)
    except* ValueError:
        raise KeyError("new2")
f()
