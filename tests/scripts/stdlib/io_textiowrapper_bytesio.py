# io.TextIOWrapper over io.BytesIO: reading, writing, newlines, encodings,
# errors handlers, csv through it, detach/close/reconfigure.
import csv
import io

data = b"one\r\ntwo\rthree\nfour"
for nl in (None, "", "\n", "\r", "\r\n"):
    w = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", newline=nl)
    print(repr(nl), [line for line in w], w.newlines)
    w = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", newline=nl)
    print(repr(nl), repr(w.read()), repr(w.read()))

w = io.TextIOWrapper(io.BytesIO(b"abc\ndef\nghi\n"), encoding="ascii")
print(repr(w.read(2)), repr(w.readline()), repr(w.readline(2)), repr(w.readline()), w.readlines())
print(type(w).__name__, type(w), isinstance(w, io.TextIOWrapper), isinstance(w, io.TextIOBase),
      isinstance(w, io.IOBase))
print(repr(w), w.encoding, w.errors, w.line_buffering, w.write_through)
print(w.readable(), w.writable(), w.seekable(), w.closed)

for nl in (None, "", "\n", "\r", "\r\n"):
    b = io.BytesIO()
    w = io.TextIOWrapper(b, encoding="utf-8", newline=nl)
    print(w.write("a\nb\r\nc"), end=" ")
    w.flush()
    print(repr(nl), b.getvalue())

for enc in ("utf-8", "latin-1", "ascii", "utf-16", "utf-16-le", "utf-32"):
    b = io.BytesIO()
    w = io.TextIOWrapper(b, encoding=enc, errors="replace")
    w.write("caf\xe9 \u20ac!\n")
    w.flush()
    raw = b.getvalue()
    print(enc, raw)
    r = io.TextIOWrapper(io.BytesIO(raw), encoding=enc)
    print(enc, repr(r.read()))

for errors in ("strict", "replace", "ignore", "backslashreplace", "surrogateescape"):
    r = io.TextIOWrapper(io.BytesIO(b"ok \xff\xfe end\n"), encoding="utf-8", errors=errors)
    try:
        print(errors, ascii(r.read()))
    except UnicodeDecodeError as e:
        print(errors, type(e).__name__, e)
    b = io.BytesIO()
    w = io.TextIOWrapper(b, encoding="ascii", errors=errors)
    try:
        w.write("x\xe9y\n")
        w.flush()
        print(errors, b.getvalue())
    except UnicodeEncodeError as e:
        print(errors, type(e).__name__, e)

# a multi-byte character split across reads
big = ("\u00e9" * 5000 + "\n") * 3
r = io.TextIOWrapper(io.BytesIO(big.encode("utf-8")), encoding="utf-8")
print(r.read() == big)
r = io.TextIOWrapper(io.BytesIO(big.encode("utf-16")), encoding="utf-16")
print([len(line) for line in r])

# csv through it
text = 'name,qty\r\n"a, b",1\r\n"multi\nline",2\r\n'
r = io.TextIOWrapper(io.BytesIO(text.encode("utf-8")), encoding="utf-8", newline="")
print(list(csv.reader(r)))
r = io.TextIOWrapper(io.BytesIO(text.encode("utf-8")), encoding="utf-8", newline="")
print([dict(row) for row in csv.DictReader(r)])
b = io.BytesIO()
w = io.TextIOWrapper(b, encoding="utf-8", newline="")
csv.writer(w).writerows([["x", "y,z"], [1, 2]])
w.flush()
print(b.getvalue())

# tell/seek on a seekable buffer
r = io.TextIOWrapper(io.BytesIO(b"line1\nline2\nline3\n"), encoding="utf-8")
print(repr(r.readline()), r.tell())
pos = r.tell()
print(repr(r.readline()))
r.seek(pos)
print(repr(r.readline()), r.seek(0), repr(r.read(3)), r.seek(0, 2), repr(r.read()))

# write then read back on the same buffer
b = io.BytesIO()
w = io.TextIOWrapper(b, encoding="utf-8")
w.write("first\nsecond\n")
w.seek(0)
print(w.readlines())

# detach, close, reconfigure, context manager
b = io.BytesIO()
w = io.TextIOWrapper(b, encoding="utf-8")
w.write("kept")
print(w.detach() is b, b.getvalue(), repr(w))
for attr in ("closed", "buffer"):
    try:
        getattr(w, attr)
    except ValueError as e:
        print(attr, e)
try:
    w.read()
except ValueError as e:
    print("read", e)
b = io.BytesIO(b"x")
with io.TextIOWrapper(b, encoding="utf-8") as w:
    print(w.closed, w.buffer is b)
print(w.closed, b.closed)
for op in (lambda: w.read(), lambda: w.write("x"), lambda: w.detach(), lambda: iter(w)):
    try:
        op()
    except ValueError as e:
        print(type(e).__name__, e)
b = io.BytesIO()
w = io.TextIOWrapper(b, encoding="utf-8")
w.reconfigure(encoding="latin-1", newline="\r\n", line_buffering=True)
w.write("\xe9\n")
print(w.encoding, w.line_buffering, b.getvalue())
try:
    w.name
except AttributeError as e:
    print(e)
try:
    w.mode
except AttributeError as e:
    print(e)
try:
    w.fileno()
except io.UnsupportedOperation as e:
    print("fileno", e)
r = io.TextIOWrapper(io.BytesIO(b"data"), encoding="utf-8")
try:
    r.write("x")
except Exception as e:
    print(type(e).__name__, e)
