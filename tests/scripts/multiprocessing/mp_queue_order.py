# multiprocessing.Queue keeps each producer's order whatever the size of
# its items (small ones, ones larger than a pipe's atomic write, ones
# larger than the pipe) and whether the pipe is full; put never blocks on
# a full pipe; get with timeouts; Queue(maxsize); SimpleQueue; Pool results.
import multiprocessing as mp
import queue
import time


def produce(q, tag, sizes):
    for i, size in enumerate(sizes):
        q.put((tag, i, "x" * size))
    q.put((tag, None, ""))


SIZES = [1, 5000, 2, 3, 100_000, 4, 4090, 4091, 4092, 4093, 5, 70_000, 6] * 3

q = mp.Queue()
procs = [mp.Process(target=produce, args=(q, tag, SIZES)) for tag in "ab"]
for p in procs:
    p.start()
seen = {"a": [], "b": []}
done = 0
while done < 2:
    tag, i, s = q.get(timeout=60)
    if i is None:
        done += 1
    else:
        seen[tag].append((i, len(s)))
for p in procs:
    p.join()
for tag in "ab":
    print(tag, seen[tag] == list(enumerate(SIZES)), len(seen[tag]))

# The parent fills the pipe many times over without anyone reading: put
# returns at once, and a child then reads everything in order.
q = mp.Queue()
start = time.monotonic()
for i in range(20_000):
    q.put(i)
print("20000 puts returned; fast:", time.monotonic() - start < 30)
out = mp.Queue()


def drain(q, out, n):
    out.put([q.get() for _ in range(n)] == list(range(n)))


p = mp.Process(target=drain, args=(q, out, 20_000))
p.start()
print("child read in order:", out.get(timeout=60))
p.join()
print("exit code", p.exitcode)

# Items put in the parent before and after a big one, read here.
q = mp.Queue()
items = [1, "two", b"3" * 50_000, (4,), {"five": 5}, [6] * 2000, None]
for item in items:
    q.put(item)
print([q.get(timeout=10) for _ in items] == items)

# Timeouts and a bounded queue.
try:
    q.get(timeout=0.05)
except queue.Empty:
    print("Empty after timeout")
try:
    q.get(False)
except queue.Empty:
    print("Empty without blocking")
bq = mp.Queue(2)
bq.put(1)
bq.put(2)
print("full:", bq.full())
try:
    bq.put(3, timeout=0.05)
except queue.Full:
    print("Full after timeout")
try:
    bq.put_nowait(3)
except queue.Full:
    print("Full without blocking")
print(bq.get(), bq.get(), bq.full(), bq.empty())
bq.close()
try:
    bq.put(1)
except ValueError as e:
    print("ValueError", "is closed" in str(e))


# A child's puts reach the parent even when the child exits at once.
def put_and_exit(q):
    for i in range(500):
        q.put(("child", i, "y" * (i * 40)))


q = mp.Queue()
p = mp.Process(target=put_and_exit, args=(q,))
p.start()
got = [q.get(timeout=60) for _ in range(500)]
p.join()
print("child items", [g[1] for g in got] == list(range(500)), p.exitcode)

# SimpleQueue between processes.
sq = mp.SimpleQueue()


def echo(sq_in, sq_out):
    while True:
        item = sq_in.get()
        sq_out.put(item)
        if item is None:
            return


back = mp.SimpleQueue()
p = mp.Process(target=echo, args=(sq, back))
p.start()
for item in [1, "a" * 10_000, (2, 3), None]:
    sq.put(item)
print([back.get() for _ in range(4)] == [1, "a" * 10_000, (2, 3), None], sq.empty())
p.join()


def square(x):
    return x * x


with mp.Pool(2) as pool:
    print(sum(pool.map(square, range(10_000))), pool.map(square, range(5), chunksize=2))
    print(list(pool.imap(square, range(7), chunksize=3)))
    print(sorted(pool.imap_unordered(square, range(7))))
    print(pool.apply(square, (12,)), pool.starmap(pow, [(2, 3), (3, 2)]))
