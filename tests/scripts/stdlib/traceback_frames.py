# sys._getframe frames: locals with cells, frames outliving their calls,
# long f_back chains, format_stack in deep recursion, class bodies.
import sys, traceback
def make():
    x = [1, 2]
    def inner():
        y = x
        return sys._getframe()
    return inner(), sys._getframe()
f, g = make()
print(sorted(f.f_locals), sorted(g.f_locals), f.f_back.f_code.co_name, f.f_back.f_back.f_code.co_name)
del g
print(f.f_back.f_locals["x"], f.f_locals["y"])
f.clear()
print(f.f_locals)
def rec(n):
    if n == 0:
        return traceback.format_stack()
    return rec(n - 1)
s = rec(500)
print(len(s), [line.replace(__file__, "FILE") for line in s[-2:]])
def rec2(n):
    if n == 0:
        return sys._getframe()
    return rec2(n - 1)
fr = rec2(800)
n = 0
while fr is not None:
    n += 1
    fr = fr.f_back
print(n)
fr = rec2(800)
del fr
print(sys._getframe(0).f_locals is globals())
class K:
    here = sys._getframe()
    print(sorted(here.f_locals))

# while a frame runs, f_lineno and f_locals read it live; clear() refuses
def where():
    f = sys._getframe()
    a = 1
    x = f.f_lineno
    b = 2
    return x, f.f_lineno, sorted(f.f_locals), f.f_back.f_lineno
print(where())
def g():
    return sys._getframe()
fr = g()
print(fr.f_lineno, sorted(fr.f_locals))
print(fr.clear())
try:
    sys._getframe().clear()
except RuntimeError as e:
    print(e)
def caller():
    f = sys._getframe()
    def inner():
        try:
            f.clear()
        except RuntimeError as e:
            print("inner:", e)
        return f.f_lineno
    return inner()
print(caller())
def tb_clear():
    try:
        1/0
    except ZeroDivisionError as e:
        traceback.clear_frames(e.__traceback__)
        print("cleared")
tb_clear()
