# countdown.py: the course's CPU-bound benchmark -- count down from N in a
# tight loop and time it with time.perf_counter().  One thread here; the
# threaded version shows what the GIL does to it.
#
#   ./gilpy examples/countdown.py [N]
import sys
import time


def countdown(n):
    while n > 0:
        n -= 1


N = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000_000

start = time.perf_counter()
countdown(N)
elapsed = time.perf_counter() - start
print(f"countdown({N:_}) took {elapsed:.3f} s")
