# Manager(): shared dicts, lists, namespaces, values, queues and locks used
# through proxies, registering a type of your own, and the errors.
import multiprocessing
from multiprocessing.managers import SyncManager, BaseManager, BaseProxy, Namespace
import queue

class Counter:
    def __init__(self, start=0):
        self.n = start
    def inc(self, by=1):
        self.n += by
        return self.n
    def get(self):
        return self.n
    def _hidden(self):
        return 'no'

class MyManager(BaseManager):
    pass

MyManager.register('Counter', Counter)

def bump(c, times):
    for _ in range(times):
        c.inc()

if __name__ == '__main__':
    m = SyncManager()
    try:
        m.dict()
    except Exception as e:
        print(type(e).__name__, e)
    m.start()
    try:
        m.start()
    except Exception as e:
        print(type(e).__name__, e)
    d = m.dict({'a': 1}, b=2)
    print(sorted(d.items()), d.pop('a'), d.setdefault('c', 3), sorted(d.keys()), sorted(d.values()))
    d.update({'z': 26}); print(len(d), d.copy() == {'b': 2, 'c': 3, 'z': 26}, type(d.copy()))
    del d['z']; print('z' in d)
    l = m.list(range(5))
    l.reverse(); l.sort(); l.insert(0, -1); print(l.pop(), l.index(2), l.count(0), l[:], str(l))
    l[0] = 100; print(l[0]); del l[0]; print(list(l))
    try:
        l.remove(99)
    except ValueError as e:
        print('ValueError', e)
    ns = m.Namespace(a=1)
    ns.b = [1, 2]
    print(ns, ns.a, ns.b)
    try:
        ns.missing
    except AttributeError as e:
        print('AttributeError', e)
    del ns.a; print(ns)
    v = m.Value('d', 1.5); v.value *= 2; print(v.value, v.get(), v)
    q = m.Queue(2); q.put(1); q.put(2)
    try:
        q.put(3, timeout=0.01)
    except queue.Full:
        print('Full')
    print(q.qsize(), q.full(), q.get(), q.get())
    try:
        q.get_nowait()
    except queue.Empty:
        print('Empty')
    c = m.Condition(); 
    with c:
        print(c.wait(0.01))
    b = m.Barrier(1); print(b.wait(), b.parties)
    rl = m.RLock(); print(rl.acquire(), rl.acquire(), rl.release(), rl.release())
    m.shutdown()
    try:
        m.dict()
    except Exception as e:
        print(type(e).__name__, e)
    with MyManager() as mm:
        c = mm.Counter(10)
        ps = [multiprocessing.Process(target=bump, args=(c, 50)) for _ in range(3)]
        for p in ps: p.start()
        for p in ps: p.join()
        print(c.get(), type(c).__name__)
        try:
            c._hidden()
        except AttributeError as e:
            print('AttributeError', e)
    print('done')
