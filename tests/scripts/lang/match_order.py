# match statements: the order in which patterns look at the subject
# (__eq__, __len__, __getitem__, __iter__, get, attributes, __match_args__).
log = []

class V:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        log.append(f"eq {self.name}")
        return self.name == other

class NS:
    a = V("a")
    b = V("b")

class Seq(list):
    def __len__(self):
        log.append("len")
        return super().__len__()
    def __getitem__(self, i):
        log.append(f"getitem {i}")
        return super().__getitem__(i)
    def __iter__(self):
        log.append("iter")
        return super().__iter__()

class Map(dict):
    def get(self, key, default=None):
        log.append(f"get {key}")
        return super().get(key, default)
    def __len__(self):
        log.append("maplen")
        return super().__len__()

class Meta(type):
    def __instancecheck__(cls, obj):
        log.append(f"instancecheck {cls.__name__}")
        return super().__instancecheck__(obj)

class Traced(metaclass=Meta):
    __match_args__ = ("p", "q")
    def __getattr__(self, name):
        log.append(f"getattr {name}")
        if name in ("p", "q", "r"):
            return name.upper()
        raise AttributeError(name)

def run(subject, label):
    log.clear()
    match subject:
        case NS.a | NS.b:
            result = "value"
        case [1, *_, 3]:
            result = "ends 1..3"
        case [x, y, *rest]:
            result = f"unpacked {x} {y} {rest}"
        case {"k": 1, "j": v}:
            result = f"map v={v}"
        case {"z": _, **others}:
            result = f"others {sorted(others)}"
        case Traced("P", q, r="R"):
            result = f"traced q={q}"
        case Traced(missing=_):
            result = "never"
        case _:
            result = "default"
    print(label, "->", result)
    print("   ", log)

run("b", "value")
run(Seq([1, 2, 3]), "seq 1 2 3")
run(Seq([1, 2, 4, 5]), "seq 1 2 4 5")
run(Seq([7]), "seq 7")
run(Map(k=1, j=2), "map k j")
run(Map(k=2, j=2, z=3, w=4), "map z")
run(Map(), "empty map")
run(Traced(), "traced")

# guards run after the captures are stored, left to right across cases
def g(tag, value):
    log.append(tag)
    return value

log.clear()
match (1, 2):
    case (a, b) if g("guard1", False):
        pass
    case (c, d) if g("guard2", a + b + c + d == 6):
        log.append("body2")
print(log)

# an exception raised while matching propagates out of the match
class Bad:
    def __eq__(self, other):
        raise RuntimeError("no comparing")

class Holder:
    bad = Bad()

try:
    match 5:
        case Holder.bad:
            pass
except RuntimeError as e:
    print("RuntimeError:", e)

class Prop:
    __match_args__ = ("v",)
    @property
    def v(self):
        raise KeyError("v")

try:
    match Prop():
        case Prop(1):
            pass
except KeyError as e:
    print("KeyError:", e)
