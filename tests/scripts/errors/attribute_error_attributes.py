# AttributeError and NameError carry the missing name (and object) as attributes.
def call_missing(obj):
    return obj.undefined_method()
for obj in ([1], "s", 5, None, call_missing):
    try:
        call_missing(obj)
    except AttributeError as e:
        print(repr(e), "| name:", e.name, "| obj is target:", e.obj is obj)
try:
    undefined_global_name
except NameError as e:
    print(repr(e), "| name:", e.name)
def local_use():
    try:
        return missing_inside_function
    except NameError as e:
        return (str(e), e.name)
print(local_use())
import math
try:
    math.no_such_function
except AttributeError as e:
    print(e, e.name, e.obj is math)
try:
    raise AttributeError("custom message")
except AttributeError as e:
    print(repr(e), e.name, e.obj)
