# Which handler catches: order of except clauses, tuples, base classes, re-raise from nested.
def which(exc):
    try:
        raise exc
    except ZeroDivisionError:
        return "ZeroDivisionError clause"
    except ArithmeticError:
        return "ArithmeticError clause"
    except (KeyError, AttributeError) as e:
        return f"tuple clause ({type(e).__name__})"
    except LookupError:
        return "LookupError clause"
    except OSError as e:
        return f"OSError clause ({type(e).__name__})"
    except Exception as e:
        return f"Exception clause ({type(e).__name__})"
    except BaseException as e:
        return f"BaseException clause ({type(e).__name__})"
for exc in (ZeroDivisionError, OverflowError(), KeyError, AttributeError("a"), IndexError, FileNotFoundError,
            PermissionError(), ValueError, UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad"), SystemExit,
            KeyboardInterrupt, RecursionError, NotImplementedError, StopIteration, TabError("t")):
    print(which(exc))
classes = (ValueError, TypeError)
try:
    raise TypeError("dynamic tuple")
except classes as e:
    print("caught with a tuple held in a variable:", e)
try:
    try:
        raise ValueError("x")
    except "not a class":
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise ValueError("y")
    except (ValueError, 5):
        print("first element matched before the bad one was checked")
except TypeError as e:
    print("TypeError:", e)
