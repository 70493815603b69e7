# AttributeError messages for built-in types, modules and functions.
import math
import sys
tests = [
    lambda: (1).foo, lambda: "s".append, lambda: [].add, lambda: {}.append, lambda: None.x,
    lambda: (1, 2).sort, lambda: math.tau_tau, lambda: sys.nonexistent, lambda: len.attr,
    lambda: (lambda: 0).missing, lambda: True.real.imag.foo, lambda: 1.5.numerator,
    lambda: b"x".encode, lambda: range(3).append, lambda: setattr(1, "x", 2), lambda: delattr("s", "upper"),
    lambda: setattr([], "append", 1), lambda: getattr({}, "nope"), lambda: object().x,
]
for t in tests:
    try:
        t()
        print("no error")
    except AttributeError as e:
        print(e)
print(getattr(1, "nope", "default"), hasattr("s", "upper"), hasattr(None, "x"))
try:
    getattr(1, 2)
except TypeError as e:
    print("TypeError:", e)
