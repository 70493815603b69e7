# return: implicit None, bare return, tuples, early exits, return inside loops/try.
def implicit():
    x = 1
def bare():
    return
def pair():
    return 1, 2
def starred():
    rest = [3, 4]
    return 1, *rest
def early(n):
    for i in range(n):
        if i * i > n:
            return i
    return -1
def in_while():
    k = 0
    while True:
        k += 1
        if k > 3:
            return k
def in_try():
    try:
        return "from try"
    finally:
        print("finally runs before return")
def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"
def swallow():
    try:
        1 / 0
    finally:
        return "exception discarded by return in finally"
def in_except():
    try:
        raise ValueError
    except ValueError:
        return "from except"
    finally:
        print("finally after except")
def nested_return():
    def inner():
        return "inner"
    return inner() + "+outer"
print(implicit(), bare(), pair(), starred())
print(early(10), early(0), early(50))
print(in_while(), in_try())
print(finally_overrides(), swallow(), in_except())
print(nested_return())
a, b = pair()
print(a + b, type(pair()).__name__)
def multi(x):
    if x:
        return [x]
    return {}
print(multi(1), multi(0))
