# with-statements over file objects: the file is closed on normal exit, on
# return, on break/continue and when an exception leaves the block; errors
# of the protocol itself.
def first_line(path):
    with open(path) as f:
        return f.readline().rstrip("\n"), f

line, handle = first_line(__file__)
print(line, handle.closed)

def failing(path):
    with open(path) as f:
        kept.append(f)
        raise ValueError("inside with")

kept = []
try:
    failing(__file__)
except ValueError as e:
    print("caught", e, kept[0].closed)

def loop(path):
    seen = []
    for i in range(3):
        with open(path) as f:
            seen.append(f)
            if i == 0:
                continue
            if i == 1:
                break
    return [g.closed for g in seen]
print(loop(__file__))

with open(__file__) as a, open(__file__, "rb") as b:
    print(type(a).__name__, type(b).__name__, a.closed, b.closed)
print(a.closed, b.closed)

def nested_exc(path):
    try:
        with open(path) as f:
            try:
                raise KeyError("k")
            finally:
                print("inner finally, closed:", f.closed)
    except KeyError as e:
        print("outer caught", repr(e), "closed:", f.closed)
nested_exc(__file__)

for bad in [1, None, "text", [1]]:
    try:
        with bad:
            pass
    except TypeError as e:
        print(e)

try:
    with open("/nonexistent/dir/file") as f:
        pass
except FileNotFoundError as e:
    print(type(e).__name__, e.errno)
