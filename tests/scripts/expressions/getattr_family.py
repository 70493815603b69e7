# getattr, setattr, hasattr, delattr on functions and modules; attribute access via strings.
import math
import sys
def fn():
    return "fn"
print(getattr(fn, "__name__"), getattr(math, "pi"), getattr(math, "nope", None), getattr("abc", "upper")())
setattr(fn, "counter", 1)
fn.counter += getattr(fn, "counter")
print(fn.counter, hasattr(fn, "counter"), hasattr(fn, "missing"), hasattr(math, "sqrt"), hasattr(sys, "argv"))
delattr(fn, "counter")
print(hasattr(fn, "counter"), getattr(fn, "counter", "gone"))
for name in ("upper", "lower", "title", "swapcase"):
    print(name, getattr("MiXed CaSe", name)())
ops = {name: getattr(math, name) for name in ("floor", "ceil", "trunc")}
print({k: f(-2.5) for k, f in ops.items()})
setattr(math, "custom_attribute", 42)
print(math.custom_attribute, getattr(math, "custom_attribute"))
delattr(math, "custom_attribute")
print(hasattr(math, "custom_attribute"))
method = getattr([3, 1, 2], "index")
print(method(1), type(method).__name__, callable(method))
bound = "a-b-c".split
print(bound("-"), bound("-", 1))
for target, name in ((1, "real"), (2.5, "imag"), (True, "numerator"), ("s", "__len__"), ([], "__class__")):
    print(repr(target), name, getattr(target, name) if name != "__len__" else getattr(target, name)())
for bad in (lambda: getattr(fn, "missing"), lambda: setattr(1, "x", 1), lambda: delattr(fn, "missing"),
            lambda: getattr(fn, 5), lambda: hasattr(fn), lambda: setattr("s", "upper", None), lambda: delattr(math, "nope")):
    try:
        print(bad())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
