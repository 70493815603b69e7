# memoryview over bytes and bytearray: items, slices, conversions, casts,
# release, comparisons, hashing, and bytearray resizing while exported.
import re

def show(x):
    print(re.sub(r"0x[0-9a-f]+", "0x...", repr(x)))

m = memoryview(b"abcdef")
print(len(m), m[0], m[-1], m[1:4].tobytes(), m[::2].tobytes(), m[::-1].tobytes(), bytes(m[2:]))
print(m.readonly, m.nbytes, m.itemsize, m.format, m.ndim, m.shape, m.strides, m.suboffsets)
print(m.obj, m.tolist()[:3], m.hex(), m.hex(":"), m.hex("-", 2), m[::2].hex())
print(m.c_contiguous, m[::2].contiguous, m[::2].strides, m[::-1].strides, list(m[:3]))
show(m)
print(m == b"abcdef", m == bytearray(b"abcdef"), m == b"abc", m != b"abcdef", m == "abcdef", m[:3] == m[:3])
print(hash(m) == hash(b"abcdef"), hash(m[::2]) == hash(b"ace"))
for bad in (lambda: m[6], lambda: m[-7], lambda: m["x"], lambda: m.__setitem__(0, 1),
            lambda: m.__delitem__(0), lambda: memoryview("str"), lambda: memoryview(5),
            lambda: hash(memoryview(bytearray(b"x")))):
    try:
        bad()
    except (IndexError, TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

ba = bytearray(b"hello world")
w = memoryview(ba)
print(w.readonly, w.obj is ba)
w[0] = ord("H")
w[6:11] = b"WORLD"
print(ba)
w[::2] = b"xxxxxx"
print(ba)
for bad in (lambda: w.__setitem__(0, 256), lambda: w.__setitem__(0, "a"), lambda: w.__setitem__(0, -1),
            lambda: w.__setitem__(slice(0, 2), b"abc"), lambda: ba.append(1), lambda: ba.extend(b"ab"),
            lambda: ba.pop(), lambda: ba.clear(), lambda: ba.__iadd__(b"x"), lambda: ba.__delitem__(0),
            lambda: ba.__setitem__(slice(0, 1), b"")):
    try:
        bad()
    except (IndexError, TypeError, ValueError, BufferError) as e:
        print(type(e).__name__ + ":", e)
ba[0] = 65          # same size: allowed
ba[1:3] = b"BC"     # same size: allowed
print(ba, len(ba))
w.release()
ba.append(33)
print(ba)
show(w)
for bad in (lambda: w[0], lambda: len(w), lambda: w.tobytes(), lambda: w.format):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
print(w == w, w == b"")

# context manager, nested exports
with memoryview(bytearray(b"xyz")) as v:
    print(v.tobytes(), v.readonly)
try:
    v[0]
except ValueError as e:
    print("ValueError:", e)
base = bytearray(b"0123456789")
outer = memoryview(base)
inner = memoryview(outer)
print(inner.obj is base, inner[2:5].tobytes())
sub = outer[2:8]
exported = memoryview(sub)
print(bytes(exported))
outer.release()
print(sub.tobytes(), inner.tobytes())
try:
    base.append(1)
except BufferError as e:
    print("BufferError:", e)
del sub, inner, exported
base.append(ord("!"))
print(base)

# cast
raw = bytearray(range(16))
c = memoryview(raw).cast("i")
print(c.format, c.itemsize, len(c), c.nbytes, c.shape)
c[0] = -1
print(raw[:4], c.tolist()[0], memoryview(raw).cast("B")[0])
q = memoryview(raw).cast("Q")
print(len(q), q[1] == int.from_bytes(raw[8:16], "little"))
d = memoryview(bytearray(16)).cast("d")
d[0] = 1.5
d[1] = 2
print(d.tolist(), d.cast("B").tolist()[:8])
h = memoryview(b"\x01\x00\x02\x00").cast("H")
print(h.tolist(), h.cast("b").tolist(), memoryview(b"ab").cast("c").tolist())
f = memoryview(bytearray(8)).cast("f")
f[1] = 0.5
print(f.tolist(), f.format)
print(memoryview(b"\x01\x02").cast("B", [2]).tolist(), memoryview(b"ab").cast("c")[1])
for bad in (lambda: memoryview(b"abc").cast("i"), lambda: memoryview(b"abcd").cast("i").cast("h"),
            lambda: memoryview(b"abcd").cast("x"), lambda: memoryview(b"abcd")[::2].cast("B"),
            lambda: memoryview(b"ab").cast("B").__setitem__(0, 1),
            lambda: memoryview(bytearray(4)).cast("b").__setitem__(0, 128),
            lambda: memoryview(bytearray(4)).cast("c").__setitem__(0, b"ab"),
            lambda: memoryview(bytearray(4)).cast("c").__setitem__(0, 1),
            lambda: memoryview(bytearray(8)).cast("d").__setitem__(0, "x"),
            lambda: memoryview(b"abcd").cast("B", [3])):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(memoryview(b"ab").cast("c") == memoryview(b"ab"), memoryview(bytearray(4)).cast("i") == memoryview(bytes(4)))
print(memoryview(b"abc").toreadonly().readonly, memoryview(bytearray(b"abc")).toreadonly().readonly)

# consumers take any buffer
print(b"x" + memoryview(b"yz"), bytearray(b"a") + memoryview(b"b"), b"-".join([memoryview(b"a"), b"b"]))
acc = bytearray()
acc += memoryview(b"12")
acc.extend(memoryview(b"34"))
print(acc, bytearray(memoryview(b"xy")), bytes(memoryview(bytearray(b"q"))))
print(memoryview(b"hello").tobytes().decode(), b"ell" in b"hello", int.from_bytes(memoryview(b"\x01\x02"), "big"))
