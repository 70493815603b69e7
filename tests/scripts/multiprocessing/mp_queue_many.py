# multiprocessing.Queue with 3 producer and 2 consumer processes: every item
# arrives exactly once, and each consumer sees each producer's items in order.
import multiprocessing as mp
def producer(q, base, n):
    for i in range(n):
        q.put((base, i, 'z' * ((i * 37) % 9000)))
def consumer(q, out):
    got = []
    while True:
        item = q.get()
        if item is None: break
        got.append(item[:2])
    out.put(got)
q, out = mp.Queue(), mp.Queue()
N = 4000
ps = [mp.Process(target=producer, args=(q, b, N)) for b in range(3)]
cs = [mp.Process(target=consumer, args=(q, out)) for _ in range(2)]
for p in ps + cs: p.start()
for p in ps: p.join()
for _ in cs: q.put(None)
res = [out.get() for _ in cs]
for c in cs: c.join()
allitems = sorted(x for r in res for x in r)
print(allitems == sorted((b, i) for b in range(3) for i in range(N)))
# per consumer, each producer's items in increasing order
print(all([i for b2, i in r if b2 == b] == sorted(i for b2, i in r if b2 == b) for r in res for b in range(3)))
print([p.exitcode for p in ps + cs])
