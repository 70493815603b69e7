# threading.Condition: wait/notify hand-offs, notify(n), notify_all, wait
# timeouts, wait_for with a predicate, errors, repr, and a Condition built on
# a plain Lock.
import threading
import time

cond = threading.Condition()
items = []
log = []

def consumer(name):
    with cond:
        while not items:
            cond.wait()
        log.append((name, items.pop(0)))

threads = [threading.Thread(target=consumer, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
# Wait until all three wait, then feed them one at a time.
while True:
    with cond:
        if len(cond._waiters) == 3:
            break
    time.sleep(0.001)
for i in range(3):
    with cond:
        items.append(i * 10)
        cond.notify()
for t in threads:
    t.join()
print("got", sorted(v for _, v in log))

# notify(n) wakes exactly n waiters; notify_all the rest.
woken = []
def waiter(i):
    with cond:
        cond.wait()
        woken.append(i)
threads = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for t in threads:
    t.start()
while True:
    with cond:
        if len(cond._waiters) == 5:
            break
    time.sleep(0.001)
with cond:
    cond.notify(2)
deadline = time.monotonic() + 10
while len(woken) < 2 and time.monotonic() < deadline:
    time.sleep(0.005)
time.sleep(0.05)         # a third one would have woken by now
with cond:
    print("after notify(2)", len(woken), "waiting", len(cond._waiters))
    cond.notify_all()
for t in threads:
    t.join()
print("after notify_all", sorted(woken))

# Timeouts
with cond:
    start = time.monotonic()
    print("wait timeout ->", cond.wait(0.05), time.monotonic() - start >= 0.04)
    print("wait 0 ->", cond.wait(0))
    print("wait -1 ->", cond.wait(-1))

# wait_for
state = {"n": 0}
def bump():
    for _ in range(5):
        time.sleep(0.005)
        with cond:
            state["n"] += 1
            cond.notify_all()
t = threading.Thread(target=bump)
t.start()
with cond:
    print("wait_for ->", cond.wait_for(lambda: state["n"] >= 5))
t.join()
with cond:
    start = time.monotonic()
    r = cond.wait_for(lambda: state["n"] > 100, timeout=0.05)
    print("wait_for timeout ->", r, time.monotonic() - start >= 0.04)
    print("wait_for true at once ->", cond.wait_for(lambda: "yes", timeout=0))

# Errors
for name, call in [("wait", cond.wait), ("notify", cond.notify), ("notify_all", cond.notify_all)]:
    try:
        call()
    except RuntimeError as e:
        print(name, "RuntimeError:", e)

# A Condition on a plain Lock; repr.
plain = threading.Condition(threading.Lock())
print(repr(plain).startswith("<Condition(<unlocked _thread.lock object at "), repr(plain).endswith(", 0)>"))
with plain:
    print("owned", plain._is_owned(), plain.wait(0.01))
print("owned after", plain._is_owned())
try:
    plain.notify()
except RuntimeError as e:
    print("RuntimeError:", e)
done = []
def plain_waiter():
    with plain:
        done.append(plain.wait(5))
t = threading.Thread(target=plain_waiter)
t.start()
while True:
    with plain:
        if plain._waiters:
            plain.notify()
            break
    time.sleep(0.001)
t.join()
print("plain notified", done)
print(repr(threading.Condition()).startswith("<Condition(<unlocked _thread.RLock object owner=0 count=0 at 0x"))
r = threading.RLock()
c2 = threading.Condition(r)
with c2:
    with c2:
        print("nested wait", c2.wait(0.01), r._is_owned())
