# break, continue and return crossing try/finally and try/except inside loops.
log = []
for i in range(4):
    try:
        try:
            if i == 0:
                continue
            if i == 2:
                break
            log.append(f"body {i}")
        finally:
            log.append(f"inner finally {i}")
    finally:
        log.append(f"outer finally {i}")
print(log)
def search(items, target):
    for idx, item in enumerate(items):
        try:
            if item == target:
                return idx
        finally:
            print("checked", item)
    return -1
print(search("abc", "b"), search("xy", "z"))
def while_with_except():
    n = 0
    results = []
    while True:
        n += 1
        try:
            if n % 2:
                raise ValueError(n)
            results.append(n)
        except ValueError as e:
            if e.args[0] > 6:
                break
            continue
        finally:
            results.append("f")
    return results
print(while_with_except())
def continue_in_finally():
    out = []
    for i in range(3):
        try:
            out.append(i)
        finally:
            if i == 1:
                continue
        out.append("after")
    return out
print(continue_in_finally())
def break_in_finally_swallows():
    for i in range(3):
        try:
            raise ValueError("lost")
        finally:
            break
    return "exception swallowed by break in finally"
print(break_in_finally_swallows())
def nested_loops_return():
    for a in range(3):
        for b in range(3):
            try:
                if a * b == 2:
                    return a, b
            finally:
                pass
print(nested_loops_return())
total = 0
for i in range(5):
    try:
        total += 10 // (i - 2)
    except ZeroDivisionError:
        continue
    else:
        total += 1
print(total)
