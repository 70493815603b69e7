# Nested handlers, bare raise, re-raising a caught exception, exception variables.
def reraise():
    try:
        int("x")
    except ValueError:
        print("handling, then re-raising")
        raise
try:
    reraise()
except ValueError as e:
    print("outer got:", e)
def raise_saved():
    saved = None
    try:
        [].pop()
    except IndexError as e:
        saved = e
    raise saved
try:
    raise_saved()
except IndexError as e:
    print("saved re-raised:", e)
def handler_raises():
    try:
        1 / 0
    except ZeroDivisionError:
        {}["missing"]
try:
    handler_raises()
except KeyError as e:
    print("KeyError from handler:", e, "context:", type(e.__context__).__name__)
try:
    try:
        raise ValueError("inner")
    except ValueError as inner:
        try:
            raise TypeError("middle")
        except TypeError:
            pass
        print("inner still bound:", inner)
        raise
except ValueError as e:
    print("after nested handling:", e, e.__context__)
err = "before"
try:
    raise KeyError("k")
except KeyError as err:
    pass
print("name deleted:", "err" in globals())
try:
    raise
except RuntimeError as e:
    print("bare raise with no active exception:", e)
def raise_in_finally():
    try:
        raise ValueError("original")
    finally:
        raise TypeError("from finally")
try:
    raise_in_finally()
except TypeError as e:
    print(e, "| context:", repr(e.__context__))
import sys
try:
    raise ValueError("active")
except ValueError:
    print("exc_info:", sys.exc_info()[0].__name__, sys.exc_info()[1])
print("after handler:", sys.exc_info())
