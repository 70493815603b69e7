# More traceback line numbers: multi-line returns, comprehensions, with,
# for, if, calls, subscripts, augmented assignment, unpacking, lambdas,
# decorators, defaults, raise from, assert, f-strings, handlers.
def lines(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out
def run(f):
    try:
        f()
    except Exception as e:
        print(f.__name__, type(e).__name__, lines(e)[1:])

def multi_return():
    x = None
    return (1 +
            2 +
            x)
run(multi_return)

def multi_comp():
    data = [1, 0]
    return [10 //
            d
            for d in data]
run(multi_comp)

def with_enter():
    with (None
          ):
        pass
run(with_enter)

def for_bad_iter():
    for x in (1,
              None)[1]:
        pass
run(for_bad_iter)

def if_multi():
    a = 1
    if (a and
            undefined_x):
        pass
run(if_multi)

def call_kw():
    def f(a):
        pass
    f(a=1,
      b=2)
run(call_kw)

def nested_call():
    return int(
        str(
            None) + "x")
run(nested_call)

def subscript_multi():
    d = {}
    return d[
        "missing"]
run(subscript_multi)

def aug_multi():
    x = None
    x += (
        1)
run(aug_multi)

def unpack_multi():
    a, b = (
        1,
        2,
        3)
run(unpack_multi)

def dict_display():
    return {
        "a": 1,
        "b": [][0],
    }
run(dict_display)

def lambda_err():
    f = (lambda x:
         x / 0)
    return f(1)
run(lambda_err)

def genexp_err():
    return sum(1 / x
               for x in [1, 0])
run(genexp_err)

def deco_multi():
    def deco(arg):
        raise KeyError(arg)
    @deco(
        "x")
    def g():
        pass
run(deco_multi)

def default_err():
    def g(a=1 / 0):
        pass
run(default_err)

def raise_from_multi():
    raise ValueError(
        "x") from KeyError(
        "y")
run(raise_from_multi)

def assert_multi():
    assert 1 == \
        2, \
        "msg"
run(assert_multi)

def fstring_err():
    return f"""{1 /
    0}"""
run(fstring_err)

def import_in_func():
    from sys import (
        nonexistent_thing)
run(import_in_func)

def del_err():
    d = {}
    del d[
        "k"]
run(del_err)

def chained_cmp():
    return 1 < 2 < (
        None)
run(chained_cmp)

def starred_call():
    def f(*a): pass
    f(*None)
run(starred_call)

def while_err():
    i = 0
    while i < (
            None):
        pass
run(while_err)

def try_else_err():
    try:
        pass
    except ValueError:
        pass
    else:
        1 / 0
run(try_else_err)

def finally_err():
    try:
        pass
    finally:
        [][1]
run(finally_err)

def handler_err():
    try:
        1 / 0
    except ZeroDivisionError:
        [][1]
run(handler_err)
