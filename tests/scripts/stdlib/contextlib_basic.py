import sys
from contextlib import (contextmanager, suppress, closing, nullcontext,
                        redirect_stdout, ExitStack, AbstractContextManager)

@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)

with tag("a") as t:
    print("inside", t)

try:
    with tag("b"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)

@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))

with swallow():
    {}["x"]
print("after swallow")

@tag("deco")
def decorated(x):
    print("running", x)
    return x * 2
print(decorated(21), decorated.__name__)

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print("not suppressed:", e)

class Res:
    def close(self):
        print("closed")
with closing(Res()) as r:
    print(type(r).__name__)

with nullcontext(5) as v:
    print("null", v)

class Buf:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
    def flush(self): pass
b = Buf()
with redirect_stdout(b):
    print("hidden", 1)
print("captured", repr("".join(b.parts)), sys.stdout is sys.__stdout__)

with ExitStack() as stack:
    for i in range(3):
        stack.enter_context(tag("t%d" % i))
    stack.callback(print, "callback ran")
    print("body")

def cleanup(*exc):
    print("cleanup sees", exc[0].__name__ if exc[0] else None)
    return True
with ExitStack() as stack:
    stack.push(cleanup)
    raise RuntimeError("x")
print("suppressed by ExitStack")

with ExitStack() as stack:
    stack.callback(print, "moved")
    other = stack.pop_all()
print("before close")
other.close()

@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def twice():
    yield
    yield
try:
    with twice():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

class CM(AbstractContextManager):
    def __exit__(self, *a):
        print("exit", a[0])
with CM() as c:
    print(type(c).__name__)
