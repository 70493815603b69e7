# pickle.Pickler and pickle.Unpickler are the C classes of _pickle, and they
# can be subclassed (persistent_id, reducer_override, dispatch_table,
# find_class, persistent_load) or configured on the instance; memo,
# clear_memo, fast; argument errors.
import copyreg
import io
import pickle
import _pickle

print(pickle.Pickler is _pickle.Pickler, pickle.Unpickler is _pickle.Unpickler)
print(pickle.dumps is _pickle.dumps, pickle.loads is _pickle.loads)
print(pickle.PicklingError is _pickle.PicklingError, pickle.PicklingError.__module__)
print(issubclass(pickle.UnpicklingError, pickle.PickleError), pickle.PickleError.__bases__)
print(pickle._Pickler is not pickle.Pickler, pickle._Unpickler is not pickle.Unpickler)
print(pickle.Pickler.__name__, pickle.Unpickler.__name__, pickle.Pickler.__module__)


class Tag:
    def __init__(self, name):
        self.name = name


class TagPickler(pickle.Pickler):
    def persistent_id(self, obj):
        return ("tag", obj.name) if isinstance(obj, Tag) else None


class TagUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        return "<%s>" % (pid,)


for proto in range(6):
    f = io.BytesIO()
    TagPickler(f, proto).dump({"a": Tag("x"), "b": [Tag("y"), 3]})
    print(proto, f.getvalue())
    f.seek(0)
    print(TagUnpickler(f).load())


class Celsius:
    def __init__(self, deg):
        self.deg = deg


class OverridePickler(pickle.Pickler):
    def reducer_override(self, obj):
        if isinstance(obj, Celsius):
            return float, (obj.deg + 0.5,)
        if obj is len:
            return abs, (-7,)
        return NotImplemented


f = io.BytesIO()
OverridePickler(f, 2).dump([Celsius(20), Celsius(21), len, "text"])
print(f.getvalue())
print(pickle.loads(f.getvalue()))


class TablePickler(pickle.Pickler):
    dispatch_table = copyreg.dispatch_table.copy()
    dispatch_table[Celsius] = lambda c: (str, ("%d C" % c.deg,))


f = io.BytesIO()
TablePickler(f).dump([Celsius(5)])
print(pickle.loads(f.getvalue()))

f = io.BytesIO()
p = pickle.Pickler(f, 3)
p.dispatch_table = {Celsius: lambda c: (int, (c.deg,))}
p.dump((Celsius(9), Celsius(10)))
print(f.getvalue(), pickle.loads(f.getvalue()))

f = io.BytesIO()
p = pickle.Pickler(f, 1)
p.persistent_id = lambda obj: "P" if obj == "secret" else None
p.dump(["secret", "plain"])
print(f.getvalue())
u = pickle.Unpickler(io.BytesIO(f.getvalue()))
u.persistent_load = lambda pid: "was " + pid
print(u.load())


class Other:
    def __repr__(self):
        return "Other(%r)" % vars(self)


class Renamer(pickle.Unpickler):
    def find_class(self, module, name):
        if name == "Tag":
            return Other
        return super().find_class(module, name)


data = pickle.dumps([Tag("q"), set([1])], 2)
print(Renamer(io.BytesIO(data)).load())
print(pickle.Unpickler(io.BytesIO(b"")).find_class("builtins", "len"))
print(pickle.Unpickler(io.BytesIO(b"")).find_class("collections", "OrderedDict"))

# the memo survives between dumps on one Pickler until clear_memo()
f = io.BytesIO()
p = pickle.Pickler(f, 2)
shared = ["shared"]
p.dump(shared)
p.dump(shared)
p.clear_memo()
p.dump(shared)
print(f.getvalue())
memo = p.memo.copy()
print(len(memo), sorted(v[0] for v in memo.values()))
p.fast = 1
print(p.fast, p.bin)
f = io.BytesIO()
p = pickle.Pickler(f, 2)
p.fast = True
p.dump(["a", "a", ("t",)])
print(f.getvalue())

# the pickler writes to any object with write(), one frame at a time
class Collect:
    def __init__(self):
        self.calls = []

    def write(self, b):
        self.calls.append(len(b))


c = Collect()
pickle.Pickler(c, 4).dump([b"x" * 70000, "y" * 100, list(range(30000))])
print(c.calls)
c = Collect()
pickle.Pickler(c, 3).dump([b"x" * 70000, "y" * 100])
print(c.calls)
c = Collect()
pickle.dump({"k": 1}, c, 0)
print(c.calls)

for args, kwargs in [((), {}), ((io.BytesIO(), 6), {}), ((io.BytesIO(), "2"), {}),
                     ((object(),), {}), ((io.BytesIO(),), {"buffer_callback": print}),
                     ((io.BytesIO(), 2), {"bogus": 1})]:
    try:
        pickle.Pickler(*args, **kwargs)
        print("ok", args[1:], kwargs)
    except Exception as e:
        print(type(e).__name__, e)
for args in [(), (object(),), (io.BytesIO(b""), 1)]:
    try:
        pickle.Unpickler(*args)
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)


class NoInit(pickle.Pickler):
    def __init__(self):
        pass


class NoInitU(pickle.Unpickler):
    def __init__(self):
        pass


for obj in (NoInit(), NoInitU()):
    try:
        obj.dump(1) if isinstance(obj, pickle.Pickler) else obj.load()
    except Exception as e:
        print(type(e).__name__, e)

print(pickle.dumps(1, protocol=-1), pickle.dumps(1, None), pickle.dumps(True, 0))
for bad in ("abc", 1.5, None, [1]):
    try:
        pickle.loads(bad)
    except Exception as e:
        print(type(e).__name__, e)
print(pickle.loads(bytearray(pickle.dumps([1, 2]))))
print(pickle.loads(b"\x80\x02U\x03abcq\x00.", encoding="bytes"))
print(pickle.loads(b"\x80\x02U\x03\xe9t\xe9q\x00.", encoding="latin1"))
try:
    pickle.loads(b"\x80\x02U\x03\xe9t\xe9q\x00.")
except Exception as e:
    print(type(e).__name__, e)
print(pickle.loads(b"S'caf\\xe9\\n'\np0\n.", encoding="latin1"))
print(pickle.loads(b"c__builtin__\nxrange\np0\n(I1\nI5\ntp1\nRp2\n."))
print(pickle.loads(b"cexceptions\nValueError\np0\n(S'boom'\np1\ntp2\nRp3\n."))
