# The course's CPU-bound countdown, timed (only the result is printed).
import time

def countdown(n):
    while n > 0:
        n -= 1
    return n

start = time.perf_counter()
print(countdown(1_000_000))
elapsed = time.perf_counter() - start
print("took a positive time:", elapsed > 0)
