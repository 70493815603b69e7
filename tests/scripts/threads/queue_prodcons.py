# Producers and consumers connected by queue.Queue, and the queue classes'
# behaviour: FIFO/LIFO/priority order, bounds, timeouts, task_done/join,
# Empty/Full and argument errors.
import queue
import threading
import time

q = queue.Queue()
results = []
results_lock = threading.Lock()
DONE = object()

def producer(base):
    for i in range(1000):
        q.put(base + i)

def consumer():
    total = 0
    count = 0
    while True:
        item = q.get()
        if item is DONE:
            q.task_done()
            break
        total += item
        count += 1
        q.task_done()
    with results_lock:
        results.append((count, total))

producers = [threading.Thread(target=producer, args=(k * 10_000,)) for k in range(4)]
consumers = [threading.Thread(target=consumer) for _ in range(3)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
q.join()                      # every item processed
for _ in consumers:
    q.put(DONE)
for t in consumers:
    t.join()
print("items", sum(c for c, _ in results))
print("sum ok", sum(t for _, t in results) == sum(k * 10_000 + i for k in range(4) for i in range(1000)))
print("empty", q.empty(), q.qsize(), q.unfinished_tasks)

# A bounded queue makes the producer wait for the consumer.
bq = queue.Queue(maxsize=2)
order = []
def slow_consumer():
    for _ in range(5):
        time.sleep(0.01)
        order.append(bq.get())
t = threading.Thread(target=slow_consumer)
t.start()
for i in range(5):
    bq.put(i)
t.join()
print("bounded order", order)

# Orders
lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for x in [3, 1, 4, 1, 5, 9, 2, 6]:
    lq.put(x)
    pq.put(x)
print("lifo", [lq.get() for _ in range(lq.qsize())])
print("priority", [pq.get() for _ in range(pq.qsize())])
pq.put((2, "b")); pq.put((1, "a")); pq.put((3, "c"))
print(pq.get(), pq.get_nowait(), pq.get(block=False))

# Full and Empty
fq = queue.Queue(1)
fq.put_nowait("x")
print("full", fq.full(), fq.qsize())
for call in (lambda: fq.put_nowait("y"), lambda: fq.put("y", False), lambda: fq.put("y", timeout=0.01)):
    try:
        call()
    except queue.Full as e:
        print("Full", repr(e))
eq = queue.Queue()
for call in (eq.get_nowait, lambda: eq.get(False), lambda: eq.get(timeout=0.01)):
    try:
        call()
    except queue.Empty as e:
        print("Empty", repr(e))
start = time.monotonic()
try:
    eq.get(timeout=0.1)
except queue.Empty:
    print("waited", time.monotonic() - start >= 0.09)
try:
    eq.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
try:
    fq.put(1, timeout=-1)
except ValueError as e:
    print("ValueError:", e)
fq.get(); fq.task_done()
try:
    fq.task_done()
except ValueError as e:
    print("ValueError:", e)
print(queue.Empty, queue.Full, queue.Empty.__mro__[1], issubclass(queue.Full, Exception))
print(queue.Queue[int], queue.SimpleQueue[str])
print(sorted(queue.__all__))

# SimpleQueue across threads
sq = queue.SimpleQueue()
got = []
def sq_consumer():
    for _ in range(300):
        got.append(sq.get())
c = threading.Thread(target=sq_consumer)
c.start()
ps = [threading.Thread(target=lambda b=b: [sq.put(b + i) for i in range(100)]) for b in (0, 100, 200)]
for p in ps: p.start()
for p in ps: p.join()
c.join()
print("simple", sorted(got) == list(range(300)), sq.empty(), sq.qsize())
sq.put_nowait(1); sq.put(2, False, 5)
print(sq.get_nowait(), sq.get(False), sq.empty())
for call in (sq.get_nowait, lambda: sq.get(timeout=0.01), lambda: sq.get(False, 3)):
    try:
        call()
    except queue.Empty as e:
        print("Empty", repr(e))
try:
    sq.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
print(type(sq).__module__, type(sq).__name__)
