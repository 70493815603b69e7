# threads_cpu.py: the course's CPU-bound countdown, the same total work done
# by 1, 2 and 4 threads.  Reports the 2- and 4-thread times as ratios of the
# 1-thread time (metrics): with a GIL they should stay near 1.0, i.e. no
# speed-up but no thrashing either.
import threading
import time

TOTAL = 4_000_000


def countdown(n):
    while n > 0:
        n -= 1


def timed(nthreads):
    threads = [threading.Thread(target=countdown, args=(TOTAL // nthreads,))
               for _ in range(nthreads)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - start


timed(1)                      # warm-up
one = timed(1)
print("metric threads2_over_1", round(timed(2) / one, 3))
print("metric threads4_over_1", round(timed(4) / one, 3))
