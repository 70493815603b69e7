# try/except/else/finally: which clauses run, in which order.
def run(action):
    log = []
    try:
        log.append("try")
        action()
        log.append("try end")
    except ZeroDivisionError:
        log.append("except ZeroDivisionError")
    except (KeyError, IndexError) as e:
        log.append(f"except lookup {type(e).__name__}")
    except Exception as e:
        log.append(f"except Exception {e}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
def ok():
    pass
def zero():
    1 / 0
def key():
    {}["k"]
def idx():
    [][0]
def other():
    raise ValueError("bad")
for action in (ok, zero, key, idx, other):
    print(action.__name__, run(action))
def escaping():
    log = []
    try:
        try:
            raise TypeError("escapes")
        except ValueError:
            log.append("wrong handler")
        finally:
            log.append("inner finally")
    except TypeError as e:
        log.append(f"outer caught {e}")
    return log
print(escaping())
def else_raises():
    try:
        try:
            pass
        except ValueError:
            return "not here"
        else:
            raise ValueError("from else")
    except ValueError as e:
        return f"else exception not caught by own handlers: {e}"
print(else_raises())
def finally_only():
    try:
        return [1]
    finally:
        print("finally-only block ran")
print(finally_only())
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
for i in range(3):
    try:
        if i == 1:
            break
    finally:
        print("finally before break", i)
