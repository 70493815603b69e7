# traceback.print_exc / format_exc / print_exception inside except blocks,
# to stdout and stderr, with limit= and chain=.
import sys
import traceback


def inner(n):
    if n == 0:
        return {}["missing"]
    return inner(n - 1)


def outer():
    data = [1, 2, 3]
    return data[1] + inner(2) * 2


try:
    outer()
except KeyError:
    traceback.print_exc(file=sys.stdout)
    print("---- limit=1")
    traceback.print_exc(limit=1, file=sys.stdout)
    print("---- limit=-2")
    traceback.print_exc(limit=-2, file=sys.stdout)
    print("---- limit=0")
    traceback.print_exc(limit=0, file=sys.stdout)
    print("---- format_exc")
    text = traceback.format_exc()
    print(type(text).__name__, text.count("\n"))
    print(text, end="")
    print("---- stderr")
    traceback.print_exc()


def divide(a, b):
    return a / b


try:
    divide(1, 0)
except ZeroDivisionError as e:
    print("---- print_exception(e)")
    traceback.print_exception(e, file=sys.stdout)
    print("---- print_exception(type, value, tb)")
    traceback.print_exception(type(e), e, e.__traceback__, file=sys.stdout)
    print("---- format_exception")
    lines = traceback.format_exception(e)
    print(len(lines))
    for line in lines:
        print(repr(line))
    print("---- format_exception(tb=None)")
    print(traceback.format_exception(type(e), e, None))
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(type(e), e))

# no exception being handled
print(repr(traceback.format_exc()))
traceback.print_exc(file=sys.stdout)
print(traceback.format_exception(None))

# argument errors
for args in [(ValueError("x"), ValueError("x")), ("not an exception",)]:
    try:
        traceback.format_exception(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


# messages: empty, non-str, failing __str__, module-qualified names
class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("no")


class Quiet(Exception):
    pass


for exc in [ValueError(), ValueError(""), ValueError(1, 2), KeyError("k"),
            BadStr(), Quiet("hush"), StopIteration(5), OSError(2, "No such file")]:
    print(traceback.format_exception_only(exc), end=" ")
    print(traceback.format_exception_only(type(exc), exc) == traceback.format_exception_only(exc))

import json
try:
    json.loads("{")
except ValueError as e:
    print(traceback.format_exception_only(e))


# an exception raised in a nested function with a lambda and a method
class Thing:
    def method(self, items):
        return list(map(lambda x: 10 // x, items))


try:
    Thing().method([1, 0])
except ZeroDivisionError:
    traceback.print_exc(file=sys.stdout)


# NameError and AttributeError: 3.11's traceback module adds no suggestions
try:
    undefined_name_here
except NameError:
    traceback.print_exc(file=sys.stdout)
try:
    Thing().methd
except AttributeError:
    traceback.print_exc(file=sys.stdout)
