# Combinations of return/break/continue/raise across nested try/finally blocks.
def f1():
    try:
        try:
            return "inner try"
        finally:
            print("  inner finally")
    finally:
        print("  outer finally")
def f2():
    for i in range(3):
        try:
            try:
                if i == 1:
                    raise ValueError(i)
            finally:
                print("  finally", i)
        except ValueError as e:
            print("  caught", e)
            continue
        print("  after", i)
    return "loop done"
def f3():
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise IndexError("b")
        except IndexError as e:
            return f"handled {e!r} with context {e.__context__!r}"
def f4():
    result = []
    try:
        for i in range(5):
            try:
                if i == 3:
                    return result
                result.append(i)
            finally:
                result.append(f"f{i}")
    finally:
        result.append("outer")
def f5():
    try:
        return "value"
    finally:
        try:
            raise RuntimeError("swallowed")
        except RuntimeError:
            pass
def f6():
    x = 0
    while True:
        try:
            x += 1
            if x < 3:
                continue
            break
        finally:
            print("  iteration", x)
    return x
def f7():
    try:
        try:
            raise ValueError("first")
        finally:
            print("  cleanup without handler")
    except ValueError as e:
        return f"outer caught {e}"
for fn in (f1, f2, f3, f4, f5, f6, f7):
    print(fn.__name__)
    print("  ->", fn())
