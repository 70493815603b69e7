# A coroutine dropped without being started warns on stderr.
async def f():
    return 1

def g():
    c = f()
    del c
    print("after del")

g()
f()
print("end")

def returns():
    c = f()
    return 1
returns()

def rebinds():
    c = f()
    c = None
    print("rebinds")
rebinds()

pair = [f(), f()]
pair.clear()

def takes(x):
    pass
takes(f())
