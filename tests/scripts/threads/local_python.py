# The same checks as local_data.py on _threading_local.local, the thread-local
# class written in Python (CPython ships one too).
import threading
from _threading_local import local as _pylocal
threading.local = _pylocal

data = threading.local()
data.x = "main"
results = {}
lock = threading.Lock()

def work(n):
    before = hasattr(data, "x")
    data.x = n
    data.items = [n] * n
    for _ in range(1000):
        pass
    with lock:
        results[n] = (before, data.x, len(data.items), sorted(data.__dict__))

ts = [threading.Thread(target=work, args=(i,)) for i in range(1, 6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for k in sorted(results):
    print(k, results[k])
print("main still sees", data.x, hasattr(data, "items"), data.__dict__)

class Counter(threading.local):
    created = 0
    def __init__(self, start, *, step=1):
        Counter.created += 1
        self.value = start
        self.step = step
    def bump(self):
        self.value += self.step
        return self.value

c = Counter(10, step=5)
print(c.bump(), c.bump())
out = []
def use_counter():
    out.append((c.value, c.bump(), c.step))
for _ in range(3):
    t = threading.Thread(target=use_counter)
    t.start()
    t.join()
print(out, "inits", Counter.created, "main value", c.value)

try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)
try:
    threading.local(a=1)
except TypeError as e:
    print("TypeError:", e)

class Args(threading.local):
    def __init__(self, a):
        self.a = a
print(Args(7).a)

# Attribute errors, deletion
d = threading.local()
try:
    d.missing
except AttributeError as e:
    print("AttributeError:", e)
d.y = 1
del d.y
print(hasattr(d, "y"))

# A new thread never sees values of an ended one.
seen = []
def setter():
    d.z = "old"
def getter():
    seen.append(getattr(d, "z", "fresh"))
for target in (setter, getter, setter, getter):
    t = threading.Thread(target=target)
    t.start()
    t.join()
print(seen)
print(type(threading.local()).__name__)

# Properties, class attributes and methods of a subclass, in several threads.
class Holder(threading.local):
    default = "class value"
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v * 10
    @v.setter
    def v(self, value):
        self._v = value
    def describe(self):
        return (self.default, self.v, sorted(self.__dict__))
h = Holder()
h.v = 4
h.default = "instance value"
rows = [h.describe()]
def use_holder(n):
    before = h.describe()
    h.v = n
    rows.append((before, h.describe(), h.v))
for n in (1, 2):
    t = threading.Thread(target=use_holder, args=(n,))
    t.start()
    t.join()
rows.append(h.describe())
for row in rows:
    print(row)
del h.default
print(h.default, h.v)
