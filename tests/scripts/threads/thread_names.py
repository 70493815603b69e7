# Thread objects: CPython's automatic names ("Thread-N (target)"), reprs in
# each state, properties, subclassing run(), the deprecated accessors and
# their warnings, the registry functions and the error messages.
import threading
import _thread
import time
import warnings

def digits_out(s):
    # Thread idents vary: drop the digits that follow "started"/"stopped".
    out = []
    for word in s.split(" "):
        stripped = word.rstrip(")>")
        if stripped.isdigit() and len(stripped) > 3:
            word = "<ident>" + word[len(stripped):]
        out.append(word)
    return " ".join(out)

def f():
    pass

def g(x):
    pass

t1 = threading.Thread(target=f)
t2 = threading.Thread(target=g, args=(1,))
t3 = threading.Thread()
t4 = threading.Thread(target=f, name="worker")
t5 = threading.Thread(target=f, name=0)        # a false name counts as none
t6 = threading.Thread(target=f, name=123)
t7 = threading.Thread(target=print)
t8 = threading.Thread(target=lambda: None)
class Callable:
    def __call__(self):
        pass
t9 = threading.Thread(target=Callable())
for t in (t1, t2, t3, t4, t5, t6, t7, t8, t9):
    print(repr(t.name), repr(t))
print(threading.Timer(1, f).name)

print(digits_out(repr(threading.main_thread())))
print(threading.current_thread() is threading.main_thread(), threading.current_thread().name)
print(threading.main_thread().daemon, threading.main_thread().is_alive())
print(threading.get_ident() == threading.main_thread().ident == _thread.get_ident())
print(type(threading.get_native_id()).__name__, threading.get_native_id() == threading.main_thread().native_id)

# States in the repr: initial, started, stopped, daemon.
release = threading.Event()
seen = {}
def body(tag):
    me = threading.current_thread()
    seen[tag] = (me.name, me.ident == threading.get_ident(), me.native_id == threading.get_native_id(), me.is_alive())
    release.wait()
a = threading.Thread(target=body, args=("a",), name="A")
d = threading.Thread(target=body, args=("d",), name="D", daemon=True)
print(repr(a), repr(d), a.ident, a.native_id, a.is_alive())
a.start()
d.start()
print(digits_out(repr(a)), digits_out(repr(d)))
print("alive", a.is_alive(), d.is_alive())
names = sorted(t.name for t in threading.enumerate())
print("enumerate", names, threading.active_count())
release.set()
a.join()
d.join()
print(digits_out(repr(a)), digits_out(repr(d)))
print("seen", sorted(seen.items()))
print("after join", a.is_alive(), threading.active_count(), [t.name for t in threading.enumerate()])

# Daemon status is inherited from the creating thread.
inherited = []
def make_child():
    inherited.append(threading.Thread(target=f).daemon)
for daemon in (False, True):
    t = threading.Thread(target=make_child, daemon=daemon)
    t.start()
    t.join()
print("inherited daemon", inherited)

# Subclassing run()
class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.result = None
    def run(self):
        self.result = sum(range(self.n))
w = Worker(10)
print(w.name, repr(w))
w.start()
w.join()
print("result", w.result)

# Renaming
r = threading.Thread(target=f, name="old")
r.name = "new"
print(r.name)
r.name = 42
print(repr(r.name))

# Deprecated spellings warn.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    r.setName("renamed")
    print(r.getName(), r.isDaemon())
    r.setDaemon(True)
    print(r.daemon)
    print(threading.currentThread() is threading.current_thread())
    print(threading.activeCount() == threading.active_count())
    ev = threading.Event()
    print(ev.isSet())
    c = threading.Condition()
    with c:
        c.notifyAll()
for w in caught:
    print(w.category.__name__, w.message, w.lineno, w.filename == __file__)

# Errors
t = threading.Thread(target=f)
try:
    t.join()
except RuntimeError as e:
    print("RuntimeError:", e)
t.start()
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    t.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)
t.join()
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
class NoInit(threading.Thread):
    def __init__(self):
        pass
n = NoInit()
try:
    n.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    n.join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Thread(group=1)
except AssertionError as e:
    print("AssertionError:", e)

# A thread started with _thread directly gets a dummy Thread object.
box = []
done = threading.Event()
def raw():
    me = threading.current_thread()
    box.append((type(me).__name__, me.name.startswith("Dummy-"), me.daemon, me.is_alive()))
    done.set()
_thread.start_new_thread(raw, ())
done.wait()
print(box)
print(threading.TIMEOUT_MAX > 1000, threading.ThreadError is RuntimeError)
print(threading.Lock is _thread.allocate_lock, type(threading.Lock()) is _thread.LockType)
print(sorted(threading.__all__))
