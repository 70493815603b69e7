# break outside any loop.
def f():
    if True:
        break
f()
