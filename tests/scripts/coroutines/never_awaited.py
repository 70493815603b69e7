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
