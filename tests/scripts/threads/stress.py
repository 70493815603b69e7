# Stress: many threads creating and dropping objects, raising and catching
# exceptions, sharing a dict and a list without locks (each operation is
# atomic under the GIL), and a thousand threads started and joined.
import threading

def churn(seed, out):
    total = 0
    for i in range(3000):
        d = {"k": [i, str(i), (i, seed)], "s": {i, -i}}
        lst = [d, d["k"], bytes(3)]
        total += len(lst[1][1])
        try:
            if i % 5 == 0:
                raise ValueError(i)
            {}["missing"]
        except ValueError as e:
            total += e.args[0] % 3
        except KeyError:
            total += 1
        s = "x" * (i % 17) + str(seed)
        total += len(s.upper())
    out[seed] = total

out = {}
ts = [threading.Thread(target=churn, args=(n, out)) for n in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
expected = {}
for n in range(8):
    churn(n, expected)
print("churn", out == expected, len(out))

shared = {}
shared_list = []
def writer(n):
    for i in range(2000):
        shared[(n, i)] = i
        shared_list.append(i)
        if i % 3 == 0:
            shared.pop((n, i - 3), None)
ts = [threading.Thread(target=writer, args=(n,)) for n in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("dict size", len(shared), "list size", len(shared_list))

results = []
def one(i):
    results.append(i * i)
for start in range(0, 1000, 100):
    batch = [threading.Thread(target=one, args=(i,)) for i in range(start, start + 100)]
    for t in batch:
        t.start()
    for t in batch:
        t.join()
print("thousand threads", len(results), sum(results) == sum(i * i for i in range(1000)))
print("threads left", threading.active_count())

# Exceptions raised in many threads at once, reported by a custom hook.
caught = []
lock = threading.Lock()
def hook(args):
    with lock:
        caught.append((args.exc_type.__name__, args.thread.name))
threading.excepthook = hook
def fail(i):
    raise [ValueError, KeyError, ZeroDivisionError][i % 3](i)
ts = [threading.Thread(target=fail, args=(i,), name=f"f{i}") for i in range(30)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("caught", len(caught), sorted(set(n for n, _ in caught)))
