# The name bound by "except ... as" is cleared at the end of the handler.
e = "module value"
try:
    raise ValueError("v")
except ValueError as e:
    print("in handler:", repr(e))
print("bound after handler:", "e" in globals())
def func():
    err = 1
    try:
        1 / 0
    except ZeroDivisionError as err:
        kept = err
    try:
        return err
    except UnboundLocalError as ule:
        return "UnboundLocalError: " + str(ule) + " | kept " + repr(kept)
print(func())
def nested_same_name():
    try:
        raise KeyError("outer")
    except KeyError as exc:
        try:
            raise IndexError("inner")
        except IndexError as exc:
            print("inner handler:", repr(exc))
        try:
            print(exc)
        except NameError as ne:
            print("after inner handler the name is gone:", type(ne).__name__)
nested_same_name()
def handler_without_name():
    value = "untouched"
    try:
        raise TypeError
    except TypeError:
        pass
    return value
print(handler_without_name())
results = []
for i in range(3):
    try:
        [][i]
    except IndexError as problem:
        results.append(str(problem))
print(results, "problem" in globals())
