# PEP 657 carets under traceback source lines: binary operators and subscripts
# marked with ~ and ^, calls and attributes with ^, nothing when the failing
# expression is the whole line, multi-line expressions, a trailing comment.
def a(): return 1 + (2 // 0)
def b(): x = {}; return x["k"]["j"]
def c(): return [1,2][5]
def d(): return (1 +
    None)
def e(): return len(5) + 1
def g(): return  'é' + len(5)
def h(): return {'a': 1}['b']  # comment
def i(): return None.foo
def j(): return 3 ** 'x'
for fn in (a, b, c, d, e, g, h, i, j):
    try: fn()
    except Exception as ex: 
        import sys
        sys.excepthook(type(ex), ex, ex.__traceback__)
def whole(): raise ValueError("no carets when the statement is the line")
def k():
    raise KeyError("x")
try:
    k()
except KeyError as ex:
    sys.excepthook(type(ex), ex, ex.__traceback__)
print({}["missing"] if False else "done")
x = {"a": [1]}
x["a"][3]
