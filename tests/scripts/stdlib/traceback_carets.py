# PEP 657 caret lines drawn by the traceback module (binary operators,
# subscripts, calls, multi-line expressions, non-ASCII text, trailing spaces).
import sys
import traceback


def show(fn, *args):
    try:
        fn(*args)
    except Exception:
        print("".join(traceback.format_exc().splitlines(True)[3:]), end="")


def binop(a, b):
    return a + b


def paren(a, b):
    return (a) + b


def power(a, b):
    x = 1; y = a ** b * 2
    return y


def floordiv(a, b):
    return 1 + a // b


def sub(d, k):
    return d [ k ] + 1


def sub2(d, k):
    return d[k][0]


def call(f):
    return f(1,
             2)


def attr(o):
    return o.missing.x


def unicode(d):
    é = {"ключ": 1}; return é["ключ"] + d["ключ"]


def trailing(a):   
    return a + None   


def whole():
    raise ValueError("whole line")


def wide(a):
    s = "日本語"; return s + a + "終"


def method(lst):
    return lst.index(99)


show(binop, 1, "a")
show(paren, 1, "a")
show(power, 2, "x")
show(floordiv, 1, 0)
show(sub, {}, "k")
show(sub2, {"k": []}, "k")
show(call, None)
show(attr, 1)
show(unicode, {})
show(trailing, 1)
show(whole)
show(method, [1])
show(wide, 1)

# the same entries through extract_tb: columns from co_positions
try:
    binop(1, "a")
except TypeError as e:
    for fs in traceback.extract_tb(e.__traceback__):
        print(fs.lineno, fs.end_lineno, fs.colno, fs.end_colno, repr(fs.line))
