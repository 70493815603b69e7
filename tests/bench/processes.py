# processes.py: multiprocessing costs.  A CPU-bound countdown split over two
# processes against the same work done sequentially (metric: the wall-time
# ratio, near 0.5 on two free cores; and the children's CPU time over the
# sequential CPU time, near 1.0 on any machine, loaded or not), Pool.map
# over 10,000 small items, Queue round trips between two processes, and
# starting and joining 50 processes.  Each part's time is a metric too; the
# output checks the results.
import multiprocessing as mp
import os
import time

TOTAL = 30_000_000


def countdown(n):
    while n > 0:
        n -= 1


def square(x):
    return x * x


def echo(inbox, outbox):
    while True:
        item = inbox.get()
        if item is None:
            break
        outbox.put(item)


def nothing():
    pass


def timed(f):
    start = time.perf_counter()
    result = f()
    return time.perf_counter() - start, result


def sequential():
    countdown(TOTAL)


def two_processes():
    procs = [mp.Process(target=countdown, args=(TOTAL // 2,)) for _ in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    return [p.exitcode for p in procs]


def pool_map():
    with mp.Pool(2) as pool:
        return sum(pool.map(square, range(10_000)))


def queue_round_trips(n=2000):
    inbox, outbox = mp.Queue(), mp.Queue()
    p = mp.Process(target=echo, args=(inbox, outbox))
    p.start()
    total = 0
    for i in range(n):
        inbox.put((i, "payload", [i, i + 1]))
        total += outbox.get()[0]
    inbox.put(None)
    p.join()
    return total


def start_join(n=50):
    codes = []
    for _ in range(n):
        p = mp.Process(target=nothing)
        p.start()
        p.join()
        codes.append(p.exitcode)
    return codes.count(0)


if __name__ == "__main__":
    cpu0 = os.times()
    seq, _ = timed(sequential)
    cpu1 = os.times()
    par, codes = timed(two_processes)
    cpu2 = os.times()
    print("two processes exit codes", codes)
    print("metric processes2_over_sequential", round(par / seq, 3))
    seq_cpu = cpu1.user + cpu1.system - cpu0.user - cpu0.system
    child_cpu = (cpu2.children_user + cpu2.children_system
                 - cpu1.children_user - cpu1.children_system)
    print("metric processes2_cpu_over_sequential", round(child_cpu / max(seq_cpu, 1e-9), 3))
    t, total = timed(pool_map)
    print("pool.map sum", total)
    print("metric pool_map_10000_s", round(t, 4))
    t, total = timed(queue_round_trips)
    print("queue round trips", total)
    print("metric queue_round_trip_us", round(t / 2000 * 1e6, 1))
    t, ok = timed(start_join)
    print("processes started and joined", ok)
    print("metric process_start_join_ms", round(t / 50 * 1000, 2))
