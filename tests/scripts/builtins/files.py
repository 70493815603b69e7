# open(): text and binary modes, with, read/readline/readlines, iteration,
# write/writelines, seek/tell, append, encoding, newline translation, errors.
import sys
path = "/tmp/gilpy-test-files-%d.txt" % sys.version_info[0]
with open(path, "w") as f:
    print(type(f).__name__, f.mode, f.name == path, f.closed, f.writable(), f.readable())
    print(f.write("héllo\n"), f.write("second line\nthird"))
    f.writelines(["\n", "fourth\n"])
print(f.closed)
with open(path) as f:
    print(repr(f.read()))
with open(path, encoding="utf-8") as f:
    print(repr(f.readline()), repr(f.readline(3)), repr(f.readline()))
    print(f.readlines())
    print(repr(f.readline()), repr(f.read()))
with open(path) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(path, "rb") as f:
    print(type(f).__name__, f.mode)
    data = f.read()
    print(data, len(data))
    f.seek(0)
    print(f.read(3), f.tell())
    f.seek(-4, 2)
    print(f.read(), f.tell())
with open(path) as f:
    print(f.tell(), repr(f.read(2)))
    f.seek(0)
    print(repr(f.read(1)))
with open(path, "a") as f:
    f.write("appended\n")
with open(path) as f:
    print(f.read().splitlines()[-2:])
with open(path, "wb") as f:
    print(f.write(b"a\r\nb\rc\n"))
with open(path) as f:
    print(repr(f.read()))
with open(path, newline="") as f:
    print(repr(f.read()))
with open(path, "rb") as f:
    print(f.readlines())
with open(path, "w", newline="\r\n") as f:
    f.write("x\ny\n")
with open(path, "rb") as f:
    print(f.read())
with open(path, "w", encoding="latin-1") as f:
    f.write("é")
with open(path, "rb") as f:
    print(f.read())
with open(path, "r+") as f:
    f.write("Z")
f = open(path, "rb")
print(f.read())
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
try:
    open("/nonexistent/dir/x.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e, e.errno, e.filename)
try:
    open(path, "z")
except ValueError as e:
    print("ValueError:", e)
try:
    open(path, "rw")
except ValueError as e:
    print("ValueError:", e)
try:
    open(path, "rb", encoding="utf-8")
except ValueError as e:
    print("ValueError:", e)
with open(path, "w") as f:
    try:
        f.read()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    try:
        f.write(5)
    except TypeError as e:
        print("TypeError:", e)
with open(path, "wb") as f:
    try:
        f.write("str")
    except TypeError as e:
        print("TypeError:", e)
with open(path, "x" if False else "w") as f:
    pass
try:
    open(path, "x")
except FileExistsError as e:
    print("FileExistsError:", e)
