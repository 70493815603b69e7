# except* edge cases: bare re-raise of a naked exception, no clause matching,
# clauses raising and re-raising, BaseExceptions, loops with finally,
# nested try/except*.
import sys
def run(f):
    try:
        f()
        print("no exception")
    except BaseException as e:
        print(type(e).__name__, repr(e), repr(getattr(e, "exceptions", None)))
def a():
    try:
        raise ValueError(1)
    except* ValueError:
        raise
run(a)
def b():
    try:
        raise ValueError(1)
    except* TypeError:
        pass
run(b)
def c():
    try:
        raise ExceptionGroup("x", [ValueError(1), ValueError(2)])
    except* ValueError as e:
        try:
            raise e.exceptions[0]
        except ValueError:
            pass
run(c)
def d():
    try:
        raise ExceptionGroup("x", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e.exceptions[0]
    except* TypeError as e:
        raise
run(d)
def e():
    try:
        raise KeyboardInterrupt
    except* KeyboardInterrupt as k:
        print("caught", repr(k))
run(e)
def f():
    for i in range(3):
        try:
            raise ExceptionGroup("loop", [ValueError(i)])
        except* ValueError:
            pass
        finally:
            print("fin", i)
run(f)
def g():
    try:
        raise ExceptionGroup("x", [ValueError(1), TypeError(2)])
    except* ValueError:
        pass
    except* TypeError:
        pass
    print("all handled", sys.exc_info())
run(g)
def h():
    class E(Exception): pass
    try:
        raise ExceptionGroup("x", [E(), E()])
    except* E as es:
        print(len(es.exceptions))
        raise ValueError from es
run(h)
def i():
    try:
        try:
            raise ExceptionGroup("x", [ValueError(1)])
        except* ValueError:
            raise TypeError("t")
    except* TypeError as t:
        print("outer caught", repr(t))
run(i)
