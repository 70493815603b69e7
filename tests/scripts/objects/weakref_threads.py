# Weak references used from several threads: callbacks run in the thread
# that drops the last reference, with the GIL held; shared weak containers
# stay consistent.
import threading
import weakref

class Node:
    def __init__(self, n):
        self.n = n

fired = []
lock = threading.Lock()
shared = weakref.WeakValueDictionary()
wset = weakref.WeakSet()

def cb(ref):
    with lock:
        fired.append(threading.current_thread().name)

def work(tid):
    keep = []
    for i in range(300):
        node = Node(i)
        r = weakref.ref(node, cb)
        shared[(tid, i)] = node
        wset.add(node)
        if i % 3 == 0:
            keep.append((node, r))
        del node
        assert r() is None or i % 3 == 0
    keep.clear()

threads = [threading.Thread(target=work, args=(t,), name="T%d" % t) for t in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(fired), sorted(set(fired)), all(fired.count("T%d" % t) == 200 for t in range(4)))
print(len(shared), len(wset), list(shared.items()), list(wset))

# a finalizer called from another thread, once
class Res:
    pass
r = Res()
calls = []
f = weakref.finalize(r, calls.append, "done")
t = threading.Thread(target=f)
t.start()
t.join()
del r
print(calls, f.alive)
