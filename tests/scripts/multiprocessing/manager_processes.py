# Manager proxies shared by processes: each Process updates a dict, a list, a
# Value under a Lock and a Queue; a Pool receives proxies as pickled arguments.
from multiprocessing import Manager, Pool, Process
import multiprocessing.managers as managers


def worker(d, l, i, v, lock, ns, q):
    d[i] = i * i
    l.append(i)
    with lock:
        v.value += 1
    q.put(i)


def record(args):
    d, lock, i = args
    with lock:
        d[i] = i * 10
    return i


if __name__ == '__main__':
    with Manager() as m:
        print(type(m))
        d = m.dict(); l = m.list([9]); v = m.Value('i', 0); lock = m.Lock()
        ns = m.Namespace(); q = m.Queue()
        ns.x = 1; ns.name = 'n'
        ps = [Process(target=worker, args=(d, l, i, v, lock, ns, q)) for i in range(4)]
        for p in ps: p.start()
        for p in ps: p.join()
        print(sorted(d.items()), d.keys().__class__, sorted(l), v.value, v, ns, ns.x)
        print(type(d), type(l), type(v), type(ns), type(lock), type(q))
        print(str(d) == str(dict(d)), len(d), 2 in d, d.get(7, 'no'), sorted(d))
        print(sorted(q.get() for _ in range(4)), q.empty())
        try:
            d['missing']
        except KeyError as e:
            print('KeyError', e)
        try:
            l[10]
        except IndexError as e:
            print('IndexError', e)
        print(l[0], l[1:3].__class__, len(l))
        l += [5]; print(len(l))
        e = m.Event(); print(e.is_set()); e.set(); print(e.is_set())
        s = m.Semaphore(2); print(s.acquire(), s.release())
        print(repr(d)[:27], repr(v)[:28])
        print(isinstance(d, managers.BaseProxy), m.address.__class__)
        ld = m.list(); ld.append({'a': 1}); print(ld[0], ld)
        d.clear()
        with Pool(2) as pool:
            print(sorted(pool.map(record, [(d, lock, i) for i in range(6)])))
        print(sorted(d.items()))
