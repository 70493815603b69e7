# open() in text and binary modes under with: write, read, readline(s), iteration, append, seek/tell.
path = "/tmp/gilpy_test_open_files.txt"
with open(path, "w") as f:
    print(f.write("first line\n"), f.write("second line\n"), f.write("naïve é\n"))
    f.writelines(["fourth\n", "fifth"])
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.read(5)), repr(f.readline()))
with open(path) as f:
    print(f.readlines())
with open(path) as f:
    for n, line in enumerate(f, 1):
        print(n, repr(line))
with open(path, "rb") as f:
    data = f.read()
    print(type(data).__name__, len(data), data[:10], data.count(b"\n"), data[-5:])
with open(path, "a") as f:
    f.write("\nappended")
with open(path, "r", encoding="utf-8") as f:
    lines = f.read().split("\n")
    print(len(lines), lines[-1])
with open(path, "wb") as f:
    print(f.write(b"\x00\x01binary\xff"), f.write(bytes(range(5))))
with open(path, "rb") as f:
    print(f.read(3), f.tell(), f.read(), f.read(), f.tell())
    f.seek(0)
    print(f.read(1), f.tell())
with open(path, "w") as f:
    f.write("a\r\nb\rc\n")
with open(path) as f:
    print(repr(f.read()))
with open(path, newline="") as f:
    print(repr(f.read()))
f = open(path)
print(f.closed, f.mode, f.name == path, f.readable(), f.writable())
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
try:
    open(path, "rz")
except ValueError as e:
    print("ValueError:", e)
try:
    open("/tmp/gilpy-test-no-such-dir/file.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
try:
    with open(path, "rb") as f:
        f.write(b"x")
except Exception as e:
    print(type(e).__name__ + ":", e)
