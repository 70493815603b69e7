# with: several items on one line, parenthesised items, files closed on exceptions.
import sys
name_a, name_b = "/tmp/gilpy_test_with_a.tmp", "/tmp/gilpy_test_with_b.tmp"
with open(name_a, "w") as fa, open(name_b, "w") as fb:
    fa.write("alpha\n")
    fb.write("beta\n")
    print("both open:", fa.closed, fb.closed)
print("both closed:", fa.closed, fb.closed)
with (
    open(name_a) as ra,
    open(name_b) as rb,
):
    print(ra.read().strip(), rb.read().strip())
with open(name_a, "a") as fa, open(name_a) as again:
    fa.write("more\n")
try:
    with open(name_a) as f:
        first = f.readline()
        raise ValueError("inside with")
except ValueError as e:
    print("caught:", e, "| closed:", f.closed, "| read:", first.strip())
def read_first(path):
    with open(path) as f:
        return f.readline().strip()
print(read_first(name_a), read_first(name_b))
with open(name_a, "rb") as f:
    print(f.read())
for path in (name_a, name_b):
    with open(path) as f:
        for lineno, line in enumerate(f, 1):
            print(path, lineno, line.rstrip("\n"))
try:
    with open("/tmp/gilpy-test-does-not-exist.tmp") as f, open(name_a) as g:
        pass
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror, e.filename)
with open(name_a, "w"):
    pass
with open(name_a) as f:
    print(repr(f.read()))
for i in range(3):
    with open(name_b, "w") as f:
        if i == 1:
            continue
        f.write(str(i))
with open(name_b) as f:
    print(f.read())
sys.stdout.flush()
