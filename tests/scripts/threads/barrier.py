# threading.Barrier: parties meeting, the action run once per round, indexes,
# reuse over several rounds, timeouts breaking it, abort() and reset().
import threading
import time

def norm(r):
    # The object's address varies: replace it.
    i = r.find(" at 0x")
    if i < 0:
        return r
    j = i + 6
    while j < len(r) and r[j] in "0123456789abcdef":
        j += 1
    return r[:i] + " at 0x?" + r[j:]

rounds = []
b = threading.Barrier(4, action=lambda: rounds.append("trip"))
print(norm(repr(b)), b.parties, b.n_waiting, b.broken)
indexes = []
lock = threading.Lock()
def party():
    for _ in range(3):
        i = b.wait()
        with lock:
            indexes.append(i)
ts = [threading.Thread(target=party) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("rounds", rounds, "indexes", sorted(indexes))
print(norm(repr(b)), b.n_waiting)

# Timeout: the waiter breaks the barrier; the others see it broken.
b2 = threading.Barrier(3, timeout=0.05)
errors = []
def party2():
    try:
        b2.wait()
    except threading.BrokenBarrierError as e:
        errors.append(type(e).__name__)
ts = [threading.Thread(target=party2) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("timeout errors", errors, b2.broken, norm(repr(b2)))
try:
    b2.wait()
except threading.BrokenBarrierError as e:
    print("still broken", repr(e))
b2.reset()
print("after reset", b2.broken, norm(repr(b2)))

# abort() wakes the waiting threads with BrokenBarrierError.
b3 = threading.Barrier(3)
errors = []
ts = [threading.Thread(target=party2) for _ in range(2)]
def party3():
    try:
        b3.wait()
    except threading.BrokenBarrierError:
        errors.append("broken")
ts = [threading.Thread(target=party3) for _ in range(2)]
for t in ts:
    t.start()
while b3.n_waiting < 2:
    time.sleep(0.001)
print("n_waiting", b3.n_waiting)
b3.abort()
for t in ts:
    t.join()
print("aborted", errors, b3.broken)

# reset() while threads wait: they get BrokenBarrierError, and the barrier
# works again afterwards.
b4 = threading.Barrier(2)
errors = []
def party4():
    try:
        b4.wait()
        errors.append("passed")
    except threading.BrokenBarrierError:
        errors.append("broken")
t = threading.Thread(target=party4)
t.start()
while b4.n_waiting < 1:
    time.sleep(0.001)
b4.reset()
t.join()
print("reset while waiting", errors, b4.broken)
t = threading.Thread(target=party4)
t.start()
print("second round index", b4.wait())
t.join()
print(errors)

# A failing action breaks the barrier for everybody.
def bad():
    raise ValueError("action failed")
b5 = threading.Barrier(2, action=bad)
out = []
def party5():
    try:
        b5.wait()
    except Exception as e:
        out.append(type(e).__name__)
ts = [threading.Thread(target=party5) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("failing action", sorted(out), b5.broken)
print(issubclass(threading.BrokenBarrierError, RuntimeError))
