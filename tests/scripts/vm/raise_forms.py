# raise: classes, instances, causes, bare raise, and their TypeErrors.
def attempt(f):
    try:
        f()
    except BaseException as e:
        print(type(e).__name__, repr(e), "cause:", repr(e.__cause__),
              "context:", repr(e.__context__), "suppress:", e.__suppress_context__)

def r1(): raise ValueError
def r2(): raise ValueError("x")
def r3(): raise ValueError("y") from KeyError("k")
def r4(): raise ValueError from KeyError
def r5(): raise ValueError from None
def r6(): raise 1
def r7(): raise ValueError from 1
def r8(): raise
def r9():
    try:
        raise KeyError("inner")
    except KeyError:
        raise
def r10():
    try:
        raise KeyError("inner")
    except KeyError:
        raise ValueError("outer")
def r11():
    try:
        raise KeyError("inner")
    except KeyError as e:
        raise ValueError("outer") from e
def r12():
    try:
        raise KeyError("inner")
    finally:
        print("finally in r12")
def r13():
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            raise KeyError("a")
        except KeyError:
            pass
        raise
def r14(): raise int
def r15(): raise StopIteration(5)
def r16(): raise SystemExit(3)
def r17(): raise KeyboardInterrupt

for f in [r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11, r12, r13, r14, r15, r16, r17]:
    attempt(f)

def nested_context():
    try:
        try:
            raise KeyError(1)
        except KeyError:
            raise ValueError(2)
    except ValueError as e:
        print(repr(e), repr(e.__context__), repr(e.__context__.__context__))
nested_context()

# the exception being handled is restored after a nested handler
import sys
try:
    raise KeyError("outer")
except KeyError:
    try:
        raise ValueError("inner")
    except ValueError:
        print("inner:", repr(sys.exc_info()[1]))
    print("outer again:", repr(sys.exc_info()[1]))
print("after:", sys.exc_info())

# the name bound by `except ... as` is deleted afterwards
try:
    raise ValueError
except ValueError as err:
    pass
try:
    err
except NameError as e:
    print(e)
