# return/break/continue through finally and except blocks.
def f1():
    try:
        return "try"
    finally:
        print("f1 finally")

def f2():
    try:
        raise ValueError
    finally:
        return "finally swallowed"

def f3():
    for i in range(5):
        try:
            if i == 3:
                return i
        finally:
            print("f3 finally", i)

def f4():
    out = []
    for i in range(4):
        try:
            try:
                if i % 2:
                    continue
                out.append(i)
            finally:
                out.append("f%d" % i)
        finally:
            out.append("g%d" % i)
    return out

def f5():
    try:
        raise KeyError("k")
    except KeyError as e:
        return "from except " + str(e)
    finally:
        print("f5 finally")

def f6():
    x = 0
    while True:
        try:
            x += 1
            if x > 2:
                break
        finally:
            print("f6 finally", x)
    return x

def f7():
    try:
        try:
            return "inner"
        finally:
            print("f7 inner finally")
    finally:
        print("f7 outer finally")

def f8():
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError as e:
            if i == 1:
                continue
            if i == 2:
                break
            print("f8 handled", e)
        finally:
            print("f8 finally", i)
    return "f8 done"

def f9():
    try:
        return [1, 2, 3]
    finally:
        try:
            raise KeyError
        except KeyError:
            print("f9 handled inside finally")

def f10():
    x = 1
    try:
        return x
    finally:
        x = 2

def f11():
    try:
        1 / 0
    finally:
        print("f11 finally")

for f in [f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11]:
    try:
        print(f.__name__, f())
    except Exception as e:
        print(f.__name__, "raised", type(e).__name__, e)

import sys
def f12():
    try:
        raise ValueError("v")
    except ValueError:
        return sys.exc_info()[0]
print(f12(), sys.exc_info())
