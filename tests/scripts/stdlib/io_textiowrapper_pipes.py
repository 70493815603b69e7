# io.TextIOWrapper over gilpy's own binary files: a subprocess's stdout, a
# pipe opened with open(fd, 'rb'), sys.stdout.buffer, a file on disk.
import io
import os
import subprocess
import sys
import tempfile

proc = subprocess.Popen([sys.executable, "-c",
                         "import sys; sys.stdout.buffer.write('h\\u00e9llo\\r\\nw\\u00f6rld\\n'.encode())"],
                        stdout=subprocess.PIPE)
out = io.TextIOWrapper(proc.stdout, encoding="utf-8")
print(type(out), out.buffer is proc.stdout, out.encoding, out.readable(), out.writable())
print([line for line in out])
print(proc.wait())
out.close()
print(out.closed, proc.stdout.closed)

proc = subprocess.Popen([sys.executable, "-c", "print('a'); print('b')"], stdout=subprocess.PIPE)
with io.TextIOWrapper(proc.stdout, encoding="latin-1", newline="") as out:
    print(repr(out.readline()), repr(out.read()))
proc.wait()

r, w = os.pipe()
with open(w, "wb") as wf:
    tw = io.TextIOWrapper(wf, encoding="utf-8", newline="\r\n")
    tw.write("x\ny\n")
    tw.flush()
    print(tw.fileno() == w, tw.name == w)
    tw.detach()
rf = open(r, "rb")
t = io.TextIOWrapper(rf, encoding="utf-8", newline=None)
print(repr(t.read()), t.name == r)
t.close()
print(rf.closed)

sys.stdout.write("before wrapper\n")
sys.stdout.flush()
w = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", line_buffering=True)
print(type(w), w.buffer is sys.stdout.buffer, w.line_buffering, repr(w), w.name)
w.write("through the wrapper \u00e9\n")
w.detach()
print("after detach", sys.stdout.closed)

d = tempfile.mkdtemp()
path = os.path.join(d, "f.txt")
with open(path, "wb") as f:
    f.write(b"alpha\r\nbeta\n")
raw = open(path, "rb")
print(repr(raw.read(2)))
t = io.TextIOWrapper(raw, encoding="ascii")
print(repr(t.readline()), repr(t.readline()), repr(t.readline()), t.seekable())
t.close()
print(raw.closed)
with open(path + "16", "wb") as raw:
    t = io.TextIOWrapper(raw, encoding="utf-16")
    t.write("sixteen\nbits\n")
    t.flush()
    print(type(t), t.buffer is raw)
with open(path + "16", "rb") as raw:
    t = io.TextIOWrapper(raw, encoding="utf-16")
    print(t.readlines())
    t.detach()
os.remove(path + "16")
with open(path, "ab") as raw:
    t = io.TextIOWrapper(raw, encoding="utf-8", write_through=True)
    print(t.write("gamma\n"), t.write_through)
    t.detach()
with open(path, encoding="utf-8") as f:
    print(f.read().splitlines())
sys.stdout = io.TextIOWrapper(sys.stdout.detach(), encoding="utf-8")
print("new stdout", type(sys.stdout))
os.remove(path)
os.rmdir(d)
