# multiprocessing queues, pipes, locks and events between forked processes.
import multiprocessing as mp
import queue
import time


def square(q, n):
    q.put((n, n * n))


def producer(q, count):
    for i in range(count):
        q.put({'i': i, 'text': 'x' * 50})
    q.put(None)


def echo(conn):
    while True:
        msg = conn.recv()
        if msg is None:
            break
        conn.send(('echo', msg))
    conn.close()


def counter(lock, conn, n):
    for _ in range(n):
        with lock:
            conn.send(1)


def set_later(event):
    time.sleep(0.1)
    event.set()


if __name__ == '__main__':
    q = mp.Queue()
    procs = [mp.Process(target=square, args=(q, i)) for i in range(5)]
    for p in procs:
        p.start()
    print(sorted(q.get() for _ in procs))
    for p in procs:
        p.join()
    print([p.exitcode for p in procs])

    q = mp.Queue()
    p = mp.Process(target=producer, args=(q, 3000))
    p.start()
    items = []
    while True:
        item = q.get()
        if item is None:
            break
        items.append(item)
    p.join()
    print(len(items), items[0], items[-1]['i'], p.exitcode)

    q = mp.Queue()
    print(q.empty())
    try:
        q.get(timeout=0.05)
    except queue.Empty:
        print('Empty')
    try:
        q.get_nowait()
    except queue.Empty:
        print('Empty')
    q.put('a')
    q.put_nowait('b')
    print(q.get(), q.get(timeout=1))
    bq = mp.Queue(maxsize=1)
    bq.put(1)
    try:
        bq.put(2, timeout=0.05)
    except queue.Full:
        print('Full')
    print(bq.get())
    q.close()
    q.join_thread()

    sq = mp.SimpleQueue()
    sq.put([1, (2, 3)])
    print(sq.get(), sq.empty())

    a, b = mp.Pipe()
    p = mp.Process(target=echo, args=(b,))
    p.start()
    b.close()
    for msg in ('one', [2], {'three': 3}):
        a.send(msg)
        print(a.recv())
    a.send(None)
    p.join()
    print(a.poll(0.1))
    try:
        a.recv()
    except EOFError:
        print('EOFError')
    r, w = mp.Pipe(duplex=False)
    w.send_bytes(b'abcdef', 1, 3)
    print(r.recv_bytes(), r.readable, r.writable, w.readable, w.writable)
    try:
        r.send(1)
    except OSError as e:
        print(e)
    w.close()
    print(w.closed)
    try:
        w.send(1)
    except OSError as e:
        print(e)

    lock = mp.Lock()
    a, b = mp.Pipe()
    procs = [mp.Process(target=counter, args=(lock, b, 50)) for _ in range(3)]
    for p in procs:
        p.start()
    total = sum(a.recv() for _ in range(150))
    for p in procs:
        p.join()
    print(total)
    print(lock.acquire(), lock.acquire(False), lock.acquire(timeout=0.05))
    lock.release()
    try:
        lock.release()
    except ValueError as e:
        print(e)
    rl = mp.RLock()
    print(rl.acquire(), rl.acquire())
    rl.release()
    rl.release()
    sem = mp.Semaphore(2)
    print(sem.acquire(), sem.acquire(), sem.acquire(False))

    ev = mp.Event()
    print(ev.is_set(), ev.wait(0.05))
    p = mp.Process(target=set_later, args=(ev,))
    p.start()
    print(ev.wait(10), ev.is_set())
    p.join()
    ev.clear()
    print(ev.is_set())
