# The binary layer of text files (.buffer): sys.stdout.buffer and
# sys.stdin.buffer, the order of text and bytes written through both layers,
# closing; unbuffered binary files are FileIO with normalised modes.
import sys
print("text first")
sys.stdout.buffer.write(b"bytes second\n")
print("text third", flush=False)
b = sys.stdout.buffer
print(type(b).__name__ in ("FileIO", "BufferedWriter"), b is sys.stdout.buffer, b.name, b.mode)
b.write("é\n".encode())
print(sys.stdin.buffer.read())
path = "/tmp/gilpy-buf.txt"
with open(path, "w") as f:
    f.write("abc")
    f.buffer.write(b"DEF")
    f.write("ghi")
with open(path) as f:
    print(f.read(1), f.buffer.read(2), f.read())
f = open(path, "rb")
f2 = open(path)
fb = f2.buffer
f2.close()
print(fb.closed, f2.closed)
del f2
print(fb.closed)
for mode in ["rb", "wb", "r+b", "ab", "w+b"]:
    f = open(path, mode, buffering=0)
    print(f, f.mode)
    f.close()
for mode in ["rb", "br", "r+b", "ab"]:
    with open(path, mode) as f:
        print(type(f).__name__, f.mode)
