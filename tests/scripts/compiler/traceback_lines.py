# Line numbers recorded in tracebacks for multi-line expressions, calls,
# subscripts, asserts, raise, loops, decorators, defaults, f-strings and
# re-raised exceptions: CPython 3.11's locations.
def lines(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out

def f(x):
    return (1 +
            x)

try:
    f(None)
except TypeError as e:
    print(lines(e))
try:
    d = {}
    d[
      "k"
    ]
except KeyError as e:
    print(lines(e))
try:
    x = [1,
         2,
         undefined_name]
except NameError as e:
    print(lines(e))
try:
    (lambda: 1 / 0)()
except ZeroDivisionError as e:
    print(lines(e))
try:
    a = None
    a.b.c = 3
except AttributeError as e:
    print(lines(e))
try:
    assert (1 ==
            2), "m"
except AssertionError as e:
    print(lines(e))
try:
    for i in 5:
        pass
except TypeError as e:
    print(lines(e))
try:
    with None:
        pass
except (TypeError, AttributeError) as e:
    print(lines(e))
def g():
    yield_none = None
    return yield_none.x
try:
    g()
except AttributeError as e:
    print(lines(e))
try:
    print(1,
          2,
          int("x"))
except ValueError as e:
    print(lines(e))
try:
    raise \
        ValueError("v")
except ValueError as e:
    print(lines(e))
try:
    x = 1; y = x / 0
except ZeroDivisionError as e:
    print(lines(e))
try:
    if (a is None and
            undefined2):
        pass
except NameError as e:
    print(lines(e))
try:
    while undefined3:
        pass
except NameError as e:
    print(lines(e))
try:
    @undefined5
    def h(): pass
except NameError as e:
    print(lines(e))
try:
    def h(a=undefined6): pass
except NameError as e:
    print(lines(e))
try:
    x = {
        'a': 1,
        'b': undefined7,
    }
except NameError as e:
    print(lines(e))
try:
    s = f"{undefined8}"
except NameError as e:
    print(lines(e))
try:
    a, b = [1,
            2, 3]
except ValueError as e:
    print(lines(e))
try:
    import no_such_module_xyz
except ImportError as e:
    print(lines(e))
try:
    del undefined9
except NameError as e:
    print(lines(e))
try:
    [1][
        5]
except IndexError as e:
    print(lines(e))
def rec(n):
    if n == 0:
        raise RuntimeError("bottom")
    return rec(n - 1)
try:
    rec(2)
except RuntimeError as e:
    print(lines(e))
try:
    try:
        1 / 0
    finally:
        pass
except ZeroDivisionError as e:
    print(lines(e))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise
except ZeroDivisionError as e:
    print(lines(e))
try:
    x = (undefined10
         .attr)
except NameError as e:
    print(lines(e))
try:
    None.attr.call(
        1)
except AttributeError as e:
    print(lines(e))
try:
    "abc".upper(
        1)
except TypeError as e:
    print(lines(e))
