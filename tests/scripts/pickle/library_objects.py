# pickle of standard-library and subclassed objects (enums, dataclasses,
# namedtuples, collections, fractions, datetime, exceptions, subclasses of
# built-ins): the bytes are compared with CPython's; and a ForkingPickler-style
# subclass that sets its dispatch_table in __init__.
import collections
import copyreg
import dataclasses
import datetime
import enum
import fractions
import io
import pickle

class Color(enum.Enum):
    RED = 1
    GREEN = 2

class Flag(enum.IntFlag):
    A = 1
    B = 2

@dataclasses.dataclass
class DC:
    x: int
    y: list

@dataclasses.dataclass(frozen=True)
class FDC:
    a: str

Pt = collections.namedtuple("Pt", "x y")

class MyList(list):
    pass

class MyDict(dict):
    pass

class MyInt(int):
    pass

class MyStr(str):
    pass

values = [Color.RED, [Color.GREEN, Color.RED], Flag.A | Flag.B, DC(1, [2]), FDC("q"), Pt(1, 2),
          collections.OrderedDict(a=1, b=2), collections.defaultdict(list, {"k": [1]}),
          collections.Counter("abca"),
          fractions.Fraction(3, 4),
          datetime.date(2020, 1, 2), datetime.datetime(2020, 1, 2, 3, 4, 5, 6), datetime.timedelta(days=1, seconds=5),
          ValueError("bad", 2), KeyError("k"), OSError(2, "No such file", "f.txt"), StopIteration(5),
          MyList([1, 2]), MyDict(a=1), MyInt(5), MyStr("s"), complex(1.5, -2), range(1, 10, 3), slice(1, None, 2),
          {1, frozenset([2])}, type(None), NotImplemented, Ellipsis]
for proto in (0, 2, 4, 5):
    for v in values:
        try:
            d = pickle.dumps(v, proto)
        except Exception as e:
            print(proto, type(v).__name__, "ERR", type(e).__name__, e)
            continue
        try:
            back = pickle.loads(d)
            ok = repr(back) == repr(v)
        except Exception as e:
            back, ok = "ERR %s %s" % (type(e).__name__, e), False
        print(proto, type(v).__name__, d, ok)
class ForkingPickler(pickle.Pickler):
    _extra_reducers = {}
    _copyreg_dispatch_table = copyreg.dispatch_table

    def __init__(self, *args):
        super().__init__(*args)
        self.dispatch_table = self._copyreg_dispatch_table.copy()
        self.dispatch_table.update(self._extra_reducers)

    @classmethod
    def register(cls, type, reduce):
        cls._extra_reducers[type] = reduce

    @classmethod
    def dumps(cls, obj, protocol=None):
        buf = io.BytesIO()
        cls(buf, protocol).dump(obj)
        return memoryview(buf.getvalue())

    loads = pickle.loads

class Cell:
    def __init__(self, v): self.v = v
ForkingPickler.register(Cell, lambda c: (str, ("C%d" % c.v,)))
data = ForkingPickler.dumps([Cell(1), Cell(2), {1: complex(1, 2)}])
print(type(data).__name__, bytes(data))
print(ForkingPickler.loads(data))
p = ForkingPickler(io.BytesIO())
print(type(p.dispatch_table).__name__, Cell in p.dispatch_table, p.bin, p.fast)
print(pickle.loads(bytes(data)), pickle.loads(bytearray(data)))
