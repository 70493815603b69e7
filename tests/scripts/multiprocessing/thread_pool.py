# multiprocessing.pool.ThreadPool and multiprocessing.dummy: Pool's interface
# over threads (no pickling: lambdas work), initializer, errors, and that
# sleeping tasks overlap.
from multiprocessing.pool import ThreadPool, Pool
import multiprocessing.dummy as md
import threading, time
def sq(x): return x * x
with ThreadPool(3) as p:
    print(p)
    print(p.map(sq, range(10)))
    print(sorted(p.imap_unordered(sq, range(5))))
    print(list(p.imap(sq, range(5))))
    print(p.apply(sq, (7,)))
    r = p.apply_async(sq, (8,)); print(r.get(1))
    print(p.starmap(pow, [(2, 3), (3, 2)]))
    names = p.map(lambda _: threading.current_thread().name.split('-')[0], range(3))
    print(sorted(set(names)))
p = md.Pool(2)
print(type(p).__name__, p.map(len, ['a', 'bb']))
p.close(); p.join()
print(p)
def init(x): threading.current_thread().tag = x
with ThreadPool(2, initializer=init, initargs=('t',)) as p:
    print(p.map(lambda _: threading.current_thread().tag, range(4)))
with ThreadPool(2) as p:
    try:
        p.map(lambda x: 1 / x, [1, 0])
    except ZeroDivisionError as e:
        print('error', e)
q = md.Queue(); q.put(1); print(q.get())
try:
    ThreadPool(0)
except ValueError as e:
    print(e)
t0 = time.time()
with ThreadPool(4) as p:
    p.map(time.sleep, [0.2] * 4)
print('overlapped', time.time() - t0 < 0.6)
a, b = md.Pipe()
a.send('ping'); print(b.recv(), b.poll(), a.poll(0.01))
ns = md.Manager().Namespace(x=1, _hidden=2)
print(ns)
v = md.Value('i', 3); v.value += 1; print(v.value, md.Array('i', [1, 2])[1])
procs = [md.Process(target=print, args=('from', i)) for i in range(1)]
for p in procs: p.start()
for p in procs: p.join()
print(procs[0].exitcode, md.Process().exitcode)
