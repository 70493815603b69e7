# WeakValueDictionary, WeakKeyDictionary, WeakSet, WeakMethod, finalize.
import weakref
import re

class K:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "K(%d)" % self.n
    def hello(self):
        return "hello %d" % self.n

# WeakValueDictionary
vals = [K(i) for i in range(5)]
wvd = weakref.WeakValueDictionary()
for i, v in enumerate(vals):
    wvd["k%d" % i] = v
print(len(wvd), sorted(wvd.keys()), wvd["k2"], "k3" in wvd, wvd.get("zz", "dflt"))
del vals[1]
print(len(wvd), "k1" in wvd, wvd.get("k1"))
try:
    wvd["k1"]
except KeyError as e:
    print("KeyError", e)
# entries dying while iterating are removed afterwards
it = iter(wvd.items())
first = next(it)
vals.clear()
first = None
rest = list(it)
print(len(wvd), rest)
a = K(10)
wvd.update(x=a)
print(list(wvd.items()), wvd.pop("x") is a, len(wvd), wvd.setdefault("y", a) is a)
print(re.sub("0x[0-9a-f]+", "0x...", repr(wvd)))
print(len(wvd.valuerefs()), type(wvd.valuerefs()[0]).__name__, wvd.valuerefs()[0].key)
c = wvd.copy()
print(type(c).__name__, dict(c.items()) == {"y": a})

# WeakKeyDictionary
keys = [K(i) for i in range(4)]
wkd = weakref.WeakKeyDictionary()
for k in keys:
    wkd[k] = k.n * 10
print(len(wkd), wkd[keys[2]], keys[3] in wkd, 5 in wkd, sorted(wkd.values()))
del keys[0]
print(len(wkd), sorted(v for k, v in wkd.items()))
print(wkd.pop(keys[0]), len(wkd), wkd.get(keys[1]), wkd.setdefault(K(99), 7))
print(len(wkd))
keys.clear()
print(len(wkd), list(wkd))

# WeakSet
items = [K(i) for i in range(4)]
ws = weakref.WeakSet(items)
print(len(ws), items[0] in ws, K(9) in ws, 3 in ws)
del items[:2]
print(len(ws), sorted(x.n for x in ws))
ws2 = weakref.WeakSet(items[:1])
print(ws2 <= ws, ws <= ws2, ws2 < ws, len(ws | ws2), len(ws & ws2), len(ws - ws2))
ws.discard(items[0])
print(len(ws))
ws.remove(items[1])
print(len(ws))
try:
    ws.remove(items[1])
except KeyError:
    print("KeyError")
ws.add(items[0])
print(ws.pop() is items[0], len(ws))
try:
    ws.pop()
except KeyError as e:
    print("KeyError:", e)
try:
    hash(ws)
except TypeError as e:
    print("TypeError:", e)
print(weakref.WeakSet[int])

# WeakMethod
k = K(5)
wm = weakref.WeakMethod(k.hello)
print(wm()(), wm() == k.hello, wm == weakref.WeakMethod(k.hello))
died = []
wm2 = weakref.WeakMethod(k.hello, lambda w: died.append(w is wm2))
del k
print(wm(), died)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)

# finalize
class Res:
    pass
r = Res()
calls = []
f = weakref.finalize(r, calls.append, "closed")
print(f.alive, f.atexit, f.peek()[1:] == (calls.append, ("closed",), {}))
print(re.sub("0x[0-9a-f]+", "0x...", repr(f)))
del r
print(calls, f.alive, f.peek(), f(), re.sub("0x[0-9a-f]+", "0x...", repr(f)))
r = Res()
f2 = weakref.finalize(r, lambda: "ran")
print(f2(), f2(), f2.alive)
r = Res()
f3 = weakref.finalize(r, print, "never")
obj, fn, args, kw = f3.detach()
print(obj is r, fn is print, args, kw, f3.alive, f3.detach())
keep = Res()
weakref.finalize(keep, print, "at exit, second")
keep2 = Res()
weakref.finalize(keep2, print, "at exit, first")
keep3 = Res()
f4 = weakref.finalize(keep3, print, "not at exit")
f4.atexit = False
print("end of script")
