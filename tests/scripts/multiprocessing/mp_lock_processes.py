# multiprocessing's locks between processes: a counter in shared memory kept
# right by a Lock while 4 processes increment it, a Semaphore that lets at
# most 2 of 5 processes in at once, an RLock taken twice in each child, a
# Barrier, a Condition whose notify wakes waiters in other processes, an
# Event, and a JoinableQueue.
import multiprocessing as mp
from multiprocessing.sharedctypes import RawArray, RawValue
import time


def add(counter, lock, n):
    for _ in range(n):
        with lock:
            counter.value += 1


def run(target, args, n):
    procs = [mp.Process(target=target, args=args) for _ in range(n)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    return [p.exitcode for p in procs]


counter, lock = RawValue('i', 0), mp.Lock()
print("lock counter:", run(add, (counter, lock, 2000), 4), counter.value, lock)

counter, rlock = RawValue('i', 0), mp.RLock()


def add_twice(counter, lock, n):
    for _ in range(n):
        with lock:
            with lock:
                counter.value += 1


print("rlock counter:", run(add_twice, (counter, rlock, 1000), 4), counter.value, rlock)

# state[0]: processes inside now, state[1]: the most ever inside at once.
state, guard, sem = RawArray('i', 2), mp.Lock(), mp.Semaphore(2)


def limited(state, guard, sem):
    with sem:
        with guard:
            state[0] += 1
            state[1] = max(state[1], state[0])
        time.sleep(0.05)
        with guard:
            state[0] -= 1


print("semaphore:", run(limited, (state, guard, sem), 5), state[0], 1 <= state[1] <= 2, sem)

# Barrier: each party gets a distinct index; the action runs once per round.
slots, barrier = RawArray('i', 4), mp.Barrier(4)


def meet(slots, barrier):
    for _ in range(2):
        i = barrier.wait(timeout=30)
        slots[i] += 1


print("barrier:", run(meet, (slots, barrier), 4), list(slots), barrier.broken)
b = mp.Barrier(2, timeout=0.05)
try:
    b.wait()
except Exception as e:
    print(type(e).__name__, b.broken)

# Condition: 3 children wait, the parent notifies one, then the rest.
cond, woke, ready = mp.Condition(), RawValue('i', 0), mp.Semaphore(0)


def waiter(cond, woke, ready):
    with cond:
        ready.release()
        if cond.wait(timeout=30):
            woke.value += 1


procs = [mp.Process(target=waiter, args=(cond, woke, ready)) for _ in range(3)]
for p in procs:
    p.start()
for _ in procs:
    ready.acquire()
with cond:                  # every child is waiting once we hold the lock
    cond.notify()
deadline = time.monotonic() + 30
while woke.value < 1 and time.monotonic() < deadline:
    time.sleep(0.01)
time.sleep(0.05)
print("after notify:", woke.value)
with cond:
    cond.notify_all()
for p in procs:
    p.join()
print("after notify_all:", woke.value, [p.exitcode for p in procs], cond)

# Event: children wait for the parent's set.
event, seen = mp.Event(), RawValue('i', 0)


def wait_event(event, seen, guard):
    if event.wait(30):
        with guard:
            seen.value += 1


procs = [mp.Process(target=wait_event, args=(event, seen, guard)) for _ in range(3)]
for p in procs:
    p.start()
time.sleep(0.05)
event.set()
for p in procs:
    p.join()
print("event:", seen.value, event.is_set())

# JoinableQueue: join returns once every item is marked done.
q = mp.JoinableQueue()


def consume(q, total):
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        total.value += item
        q.task_done()


total = RawValue('i', 0)
p = mp.Process(target=consume, args=(q, total))
p.start()
for i in range(50):
    q.put(i)
q.put(None)
q.join()
print("joinable queue:", total.value)
p.join()
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)
