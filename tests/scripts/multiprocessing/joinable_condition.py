# JoinableQueue (task_done/join) and Condition between processes.
import multiprocessing as mp
import time


def consume(q, out):
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        out.put(item * 10)
        q.task_done()


def waiter(cond, flag, out):
    with cond:
        while not flag.is_set():
            cond.wait(5)
        out.put('woken')


if __name__ == '__main__':
    q = mp.JoinableQueue()
    out = mp.Queue()
    p = mp.Process(target=consume, args=(q, out))
    p.start()
    for i in range(5):
        q.put(i)
    q.put(None)
    q.join()
    print('joined', sorted(out.get() for _ in range(5)))
    p.join()
    print(p.exitcode)
    try:
        q.task_done()
    except ValueError as e:
        print(e)

    cond = mp.Condition()
    flag = mp.Event()
    out = mp.Queue()
    procs = [mp.Process(target=waiter, args=(cond, flag, out)) for _ in range(2)]
    for p in procs:
        p.start()
    time.sleep(0.2)
    with cond:
        flag.set()
        cond.notify_all()
    print([out.get(timeout=10) for _ in procs])
    for p in procs:
        p.join()
    print([p.exitcode for p in procs])
    with cond:
        print(cond.wait(0.05))
    print(cond.wait_for(lambda: 42))
