# pickle.dump/load with files (several pickles in one file), large data
# across frames, persistent ids, dispatch tables, copyreg.pickle and
# reducer_override.
import copyreg
import pickle

name = "files_and_hooks.tmp"
with open(name, "wb") as f:
    pickle.dump([1, 2, 3], f)
    pickle.dump({"k": "v"}, f, protocol=2)
    pickle.dump("third", f, 0)
with open(name, "rb") as f:
    print(pickle.load(f), pickle.load(f), pickle.load(f))
    try:
        pickle.load(f)
    except EOFError as e:
        print("EOFError", e)
with open(name, "rb") as f:
    data = f.read()
print(data)

big = [b"x" * 70000, "y" * 70000, list(range(20000)), b"z" * 10]
for proto in (3, 4, 5):
    data = pickle.dumps(big, proto)
    print(proto, len(data), data.count(b"\x95"), data[:20], data[-20:])
    print(pickle.loads(data) == big)
with open(name, "wb") as f:
    pickle.dump(big, f)
with open(name, "rb") as f:
    print(pickle.load(f) == big)


class Ref:
    def __init__(self, key):
        self.key = key


class RefPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Ref):
            return "ref:" + obj.key
        return None


class RefUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        return "loaded " + pid


class Buf:
    def __init__(self):
        self.parts = []

    def write(self, b):
        self.parts.append(b)


for proto in (0, 2, 4):
    buf = Buf()
    RefPickler(buf, proto).dump([Ref("a"), 1, Ref("b")])
    data = b"".join(buf.parts)
    print(data)

    class Reader:
        def __init__(self, data):
            self.data, self.pos = data, 0

        def read(self, n):
            chunk = self.data[self.pos:self.pos + n]
            self.pos += n
            return chunk

        def readline(self):
            end = self.data.index(b"\n", self.pos) + 1
            line = self.data[self.pos:end]
            self.pos = end
            return line

    print(RefUnpickler(Reader(data)).load())
try:
    pickle.loads(data)
except pickle.UnpicklingError as e:
    print(e)


class Temperature:
    def __init__(self, c):
        self.c = c


def reduce_temperature(t):
    return (Temperature, (t.c + 1000,))


copyreg.pickle(Temperature, reduce_temperature)
print(pickle.loads(pickle.dumps(Temperature(5))).c)
del copyreg.dispatch_table[Temperature]


class TablePickler(pickle.Pickler):
    dispatch_table = {Temperature: lambda t: (Temperature, (-t.c,))}


buf = Buf()
TablePickler(buf).dump(Temperature(7))
print(pickle.loads(b"".join(buf.parts)).c)


class OverridePickler(pickle.Pickler):
    def reducer_override(self, obj):
        if isinstance(obj, Temperature):
            return (str, ("overridden %d" % obj.c,))
        return NotImplemented


buf = Buf()
OverridePickler(buf, 4).dump([Temperature(3), 4])
print(b"".join(buf.parts), pickle.loads(b"".join(buf.parts)))
for bad in (lambda: pickle.Pickler(object()), lambda: pickle.dumps(1, buffer_callback=print)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
import os
os.remove(name)
