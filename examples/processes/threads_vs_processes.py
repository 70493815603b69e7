# threads_vs_processes.py: the course's rule, measured.  The same jobs run
# sequentially, on N threads and on N processes (N = 1, 2, 4): a CPU-bound
# countdown and an I/O-bound wait.  Threads share one GIL, so they only help
# the waiting; processes each have their own interpreter and GIL, so they
# also speed up the computing (up to the number of cores).
#
#   ./gilpy examples/processes/threads_vs_processes.py [COUNT]
import multiprocessing
import os
import sys
import threading
import time

COUNT = int(sys.argv[1]) if len(sys.argv) > 1 else 8_000_000
WAIT = 0.2
JOBS = 4


def cpu_job(n):
    while n > 0:
        n -= 1


def io_job(seconds):
    time.sleep(seconds)


def sequential(job, args):
    for a in args:
        job(a)


def with_threads(job, args, n):
    for start in range(0, len(args), n):
        threads = [threading.Thread(target=job, args=(a,)) for a in args[start:start + n]]
        for t in threads:
            t.start()
        for t in threads:
            t.join()


def with_processes(job, args, n):
    for start in range(0, len(args), n):
        procs = [multiprocessing.Process(target=job, args=(a,)) for a in args[start:start + n]]
        for p in procs:
            p.start()
        for p in procs:
            p.join()


def timed(fn, *args):
    start = time.perf_counter()
    fn(*args)
    return time.perf_counter() - start


if __name__ == "__main__":
    print(f"{os.cpu_count()} cores; {JOBS} jobs each way\n")
    cpu_job(COUNT // 10)              # warm up, so the first measurement is not penalised
    for label, job, arg in (("CPU-bound", cpu_job, COUNT // JOBS), ("I/O-bound", io_job, WAIT)):
        args = [arg] * JOBS
        base = timed(sequential, job, args)
        print(f"{label:<10} sequential       {base:6.3f} s")
        for n in (1, 2, 4):
            t = timed(with_threads, job, args, n)
            p = timed(with_processes, job, args, n)
            print(f"{'':<10} {n} at a time:  threads {t:6.3f} s (x{base / t:4.2f})"
                  f"   processes {p:6.3f} s (x{base / p:4.2f})")
        print()
    print("Reading: for the CPU-bound job, threads give no speed-up (x1.0: one GIL, one")
    print("thread runs Python code at a time) while processes run in parallel on the cores.")
    print("For the I/O-bound job both overlap the waits, and threads are the cheaper way.")
