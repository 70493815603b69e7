# json.dumps/dump: separators, indent, sort_keys, ensure_ascii, default, allow_nan, skipkeys.
import json


class Buf:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def getvalue(self):
        return ''.join(self.parts)

data = {"b": [1, 2.5, None, True, False], "a": {"x": "y\n\t\"q\"\\"}, "c": (), "d": {}}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, indent="\t"))
print(json.dumps(data, indent=0))
print(json.dumps([[], {}, [1]], indent=1))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data, indent=3, separators=(" ,", " = ")))
print(json.dumps("h\u00e9llo \u20ac \U0001f600 \x00\x1f\x7f"))
print(json.dumps("h\u00e9llo \u20ac \U0001f600 \x00\x1f\x7f", ensure_ascii=False))
print(json.dumps("\ud800 lone"))
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d", False: "e", -7: 0}))
print(json.dumps([0.1, 1e16, 1e-7, 123456789.125, -0.0, 10**30, -5]))
print(json.dumps([float("nan"), float("inf"), float("-inf")]))
for kw in ({}, {"indent": 1}):
    try:
        json.dumps([float("nan")], allow_nan=False, **kw)
    except ValueError as e:
        print("ValueError:", e)
print(json.dumps({(1, 2): 3, "k": 4}, skipkeys=True))
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({1: 2, "a": 3}, sort_keys=True)
except TypeError as e:
    print("TypeError:", e)

class Thing:
    def __init__(self, v):
        self.v = v

try:
    json.dumps([Thing(1)])
except TypeError as e:
    print("TypeError:", e)
print(json.dumps([Thing(1), {"t": Thing(2)}], default=lambda o: {"thing": o.v}))

class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)

print(json.dumps({"s": {3, 1, 2}}, cls=Enc))
print(Enc(indent=2).encode([1, {"a": 2}]))

loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError:", e)

class MyInt(int):
    def __repr__(self):
        return "nope"

class MyStr(str):
    pass

print(json.dumps([MyInt(5), MyStr("s"), {MyStr("k"): MyInt(1)}]))
print(json.dumps("plain"), json.dumps(3), json.dumps(None), json.dumps(True))

buf = Buf()
json.dump({"z": [1, 2], "y": "w"}, buf, indent=2, sort_keys=True)
print(buf.getvalue())
