# Many producers and consumers on each queue class, consumers using
# timeouts and non-blocking gets: every item arrives exactly once.
import queue
import threading
import time

def run(q, producers=4, consumers=4, per_producer=2000):
    got = []
    lock = threading.Lock()
    def produce(base):
        for i in range(per_producer):
            q.put(base + i)
    def consume():
        mine = []
        while True:
            try:
                item = q.get(timeout=0.5)
            except queue.Empty:
                continue
            if item is None:
                break
            mine.append(item)
            if len(mine) % 7 == 0:
                try:
                    extra = q.get_nowait()
                except queue.Empty:
                    pass
                else:
                    if extra is None:
                        break
                    mine.append(extra)
        with lock:
            got.extend(mine)
    cs = [threading.Thread(target=consume) for _ in range(consumers)]
    ps = [threading.Thread(target=produce, args=(k * per_producer,)) for k in range(producers)]
    for t in cs + ps:
        t.start()
    for t in ps:
        t.join()
    # Drained first: a LifoQueue would hand out the stop marks first.
    while q.qsize():
        time.sleep(0.001)
    for _ in cs:
        q.put(None)
    for t in cs:
        t.join()
    return sorted(got) == list(range(producers * per_producer)), q.qsize()

print("Queue", run(queue.Queue()))
print("bounded Queue", run(queue.Queue(maxsize=3)))
print("LifoQueue", run(queue.LifoQueue()))
print("SimpleQueue", run(queue.SimpleQueue()))

# Getters waiting with short timeouts while items trickle in.
sq = queue.SimpleQueue()
received = []
def patient():
    while len(received) < 200:
        try:
            received.append(sq.get(timeout=0.001))
        except queue.Empty:
            pass
ts = [threading.Thread(target=patient) for _ in range(3)]
for t in ts:
    t.start()
for i in range(200):
    sq.put(i)
    if i % 20 == 0:
        time.sleep(0.002)
for _ in range(3):
    sq.put(-1)
for t in ts:
    t.join()
print("trickle", sorted(x for x in received if x >= 0) == list(range(200)))
