# cpu_threads.py: the course's CPU-bound countdown, done once sequentially,
# then split over 2 and 4 threads.  The total work is the same each time.
# With a GIL, only one thread runs Python code at any moment, so the
# threaded versions are no faster (often a little slower).
#
#   ./gilpy examples/gil/cpu_threads.py [N]
#   ./gilpy -X gilstats examples/gil/cpu_threads.py     (the GIL's own numbers)
import sys
import threading
import time

try:
    import gil          # gilpy only: the GIL's statistics
except ImportError:
    gil = None


def countdown(n):
    while n > 0:
        n -= 1


def run_in_threads(total, nthreads):
    threads = [threading.Thread(target=countdown, args=(total // nthreads,))
               for _ in range(nthreads)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - start


N = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000_000

start = time.perf_counter()
countdown(N)
sequential = time.perf_counter() - start
print(f"sequential : {sequential:6.3f} s")

for nthreads in (2, 4):
    if gil:
        gil.reset()
    elapsed = run_in_threads(N, nthreads)
    print(f"{nthreads} threads  : {elapsed:6.3f} s   ({elapsed / sequential:.2f} x the sequential time)")
    if gil:
        workers = [t for t in gil.stats() if t["name"].startswith("Thread")]
        waited = sum(t["waiting"] for t in workers)
        ran = sum(t["running"] for t in workers)
        switches = sum(t["forced_drops"] for t in workers)
        print(f"             the workers ran {ran:.3f} s and waited {waited:.3f} s for the GIL;"
              f" {switches} forced switches")

print()
print("Reading: the same work split over threads takes about as long as doing it in one thread:")
print("the GIL lets only one thread execute Python bytecode at a time, so CPU-bound threads")
print("take turns instead of running in parallel.  Use processes for CPU-bound work.")
