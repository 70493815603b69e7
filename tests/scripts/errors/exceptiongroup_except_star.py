# except* (PEP 654): matching and splitting, naked exceptions wrapped, the
# unhandled rest re-raised, raise inside clauses, bad except* types.
import sys
def show(label, e):
    print(label, type(e).__name__, repr(e))
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as e:
    show("V", e); print(sys.exc_info()[1] is e)
except* TypeError as e:
    show("T", e)
try:
    raise ValueError("naked")
except* ValueError as e:
    show("naked", e); print(e.exceptions[0].__traceback__ is not None, e.__traceback__ is not None)
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("handled V")
except Exception as e:
    show("rest", e)
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
except Exception as e:
    show("raised", e); print(repr(e.exceptions[0].__context__))
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise KeyError("new")
except Exception as e:
    show("raised1", e)
try:
    try:
        raise ValueError(1)
    except* ValueError:
        raise KeyError("new2")
except Exception as e:
    show("raised-naked", e); print(repr(e.__context__))
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
except Exception as e:
    show("reraise", e)
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as v:
        raise v
except Exception as e:
    show("raise v", e)
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* (ValueError, TypeError) as v:
        show("tuple", v)
except Exception as e:
    show("?", e)
for bad in ["ExceptionGroup", "(ValueError, ExceptionGroup)", "int", "42", "(ValueError, 1)"]:
    try:
        try:
            raise ValueError(1)
        except* eval(bad):
            pass
    except Exception as e:
        show("bad " + bad, e)
try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* TypeError:
    pass
except* ValueError:
    print("second clause")
else:
    print("else")
finally:
    print("finally")
try:
    pass
except* ValueError:
    pass
else:
    print("else runs")
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise
    except* TypeError as t:
        raise RuntimeError("x") from t
except Exception as e:
    show("mixed", e)
    print(repr(e.exceptions))

# sys.exc_info() in and after the clauses, handled exceptions restored
try:
    raise KeyError("outer")
except KeyError:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        print("inside", repr(sys.exc_info()[1]))
    print("after", repr(sys.exc_info()[1]))
print("outside", sys.exc_info()[1])

# nested groups split by structure; a clause runs once with all its matches
def f():
    try:
        raise ExceptionGroup("top", [ValueError(1), ExceptionGroup("mid", [TypeError(2), ValueError(3)]), OSError(4)])
    except* ValueError as e:
        print("values:", repr(e))
    except* OSError as e:
        print("os:", repr(e))
try:
    f()
except ExceptionGroup as e:
    print("left:", repr(e))

# except* inside a generator and in a function with finally
def gen():
    try:
        yield 1
        raise ExceptionGroup("g", [ValueError(1), KeyError(2)])
    except* KeyError:
        yield "caught key"
    finally:
        print("gen finally")
try:
    for v in gen():
        print(v)
except ExceptionGroup as e:
    print("from gen:", repr(e))

# a clause's own exception gets the matched group as context
try:
    try:
        raise ExceptionGroup("c", [ValueError(1)])
    except* ValueError as v:
        1 / 0
except ZeroDivisionError as z:
    print(repr(z), repr(z.__context__))

# a predicate-like split driven by except* tuple with a subclass
class MyErr(ValueError):
    pass
try:
    raise ExceptionGroup("sub", [MyErr("m"), ValueError("v"), IndexError(1)])
except* MyErr as e:
    print("my:", repr(e))
except* LookupError as e:
    print("lookup:", repr(e))
except* ValueError as e:
    print("value:", repr(e))
