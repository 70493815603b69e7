# multiprocessing.Barrier: processes meet, each gets its arrival index; a
# barrier that times out breaks.
import multiprocessing as mp
import threading


def meet(barrier, out):
    index = barrier.wait(10)
    out.put(index)
    barrier.wait(10)
    out.put('second round')


if __name__ == '__main__':
    b = mp.Barrier(3)
    out = mp.Queue()
    procs = [mp.Process(target=meet, args=(b, out)) for _ in range(2)]
    for p in procs:
        p.start()
    mine = b.wait(10)
    b.wait(10)
    got = sorted([out.get(timeout=10) for _ in range(4)], key=str)
    for p in procs:
        p.join()
    print(sorted([mine] + [g for g in got if isinstance(g, int)]), got[-2:])
    print([p.exitcode for p in procs], b.parties, b.n_waiting, b.broken)
    lonely = mp.Barrier(2, timeout=0.1)
    try:
        lonely.wait()
    except threading.BrokenBarrierError:
        print('BrokenBarrierError', lonely.broken)
    lonely.reset()
    print(lonely.broken, hasattr(mp, 'BrokenBarrierError'))
