"""Module docstring of pass_ellipsis_docstrings."""
# pass, Ellipsis bodies, expression statements and docstrings.
def nothing():
    pass
def dots():
    ...
def documented(x):
    """Return x doubled.

    A longer description.
    """
    return x * 2
def not_a_docstring():
    x = 1
    "string after a statement"
    return x
print(nothing(), dots(), documented(4))
print(repr(documented.__doc__))
print(nothing.__doc__, not_a_docstring.__doc__, not_a_docstring())
if True:
    pass
for _ in range(2):
    pass
while False:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
print(..., type(...).__name__, Ellipsis is ..., repr(...))
1 + 1
"a bare string statement"
[1, 2, 3]
nothing()
x = ...
print(x)
lam = lambda: ...
print(lam())
print(__doc__)
