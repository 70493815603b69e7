# An uncaught exception's traceback: the line of each frame, through a
# handler that raises again (chained "During handling ..." output).
def level3(d):
    return d["missing"]

def level2(d):
    x = 1
    return level3(
        d
    )

def level1():
    try:
        level2({})
    except KeyError:
        total = 0
        for i in range(3):
            total += i
        raise ValueError("while handling %d" % total)

print("start")
level1()
