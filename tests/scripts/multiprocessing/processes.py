# multiprocessing.Process with the fork start method: targets, exit codes,
# sys.exit, uncaught exceptions ("Process <name>:" and the traceback on
# stderr), terminate/kill, names, daemon, subclasses, parent_process.
import multiprocessing as mp
import os
import sys
import time


def boom():
    raise ValueError('raised in the child')


def leave(code):
    sys.exit(code)


def sleeper():
    time.sleep(10)


def report(conn):
    conn.send((mp.current_process().name, mp.parent_process().name,
               mp.parent_process().pid == os.getppid(), os.getpid() != mp.parent_process().pid))
    conn.close()


class Worker(mp.Process):
    def __init__(self, n):
        super().__init__()
        self.n = n

    def run(self):
        print('worker', self.name, self.n * 2)


if __name__ == '__main__':
    print(mp.current_process().name, mp.parent_process(), mp.get_start_method(),
          mp.get_all_start_methods()[0], mp.cpu_count() == os.cpu_count())
    p = mp.Process(target=print, args=('hello from', 'a child'))
    print(repr(p).split(' parent=')[0], p.name, p.daemon, p.exitcode, p.pid, p.is_alive())
    sys.stdout.flush()
    p.start()
    p.join()
    print(p.exitcode, p.is_alive(), 'stopped exitcode=0' in repr(p), type(p.pid) is int)

    for target, args in ((leave, (0,)), (leave, (3,)), (leave, (None,)), (leave, ('message',))):
        p = mp.Process(target=target, args=args, name='custom-name')
        sys.stderr.flush()
        p.start()
        p.join()
        print(p.name, p.exitcode)

    # the child's traceback goes to its stderr: catch it through a pipe
    r, w = os.pipe()
    saved = os.dup(2)
    os.dup2(w, 2)
    p = mp.Process(target=boom)
    p.start()
    p.join()
    os.dup2(saved, 2)
    os.close(w)
    err = os.read(r, 10000).decode().splitlines()
    print(p.exitcode, err[0], err[1], err[-1])

    p = mp.Process(target=sleeper)
    p.start()
    print(p.is_alive())
    p.terminate()
    p.join()
    print(p.exitcode, 'exitcode=-SIGTERM' in repr(p), p.is_alive())
    p = mp.Process(target=sleeper, daemon=True)
    p.start()
    print(repr(p).endswith('started daemon>'))
    p.kill()
    p.join()
    print(p.exitcode)
    p = mp.Process(target=sleeper)
    p.start()
    p.join(timeout=0.1)
    print(p.exitcode, p.is_alive())
    p.kill()
    p.join()
    p.close()
    try:
        p.is_alive()
    except ValueError as e:
        print(e)

    a, b = mp.Pipe()
    p = mp.Process(target=report, args=(b,))
    p.start()
    print(a.recv())
    p.join()

    workers = [Worker(i) for i in range(3)]
    sys.stdout.flush()
    for w in workers:
        w.start()
        w.join()
    print([w.exitcode for w in workers], mp.active_children())

    p = mp.Process(target=print)
    try:
        p.join()
    except AssertionError as e:
        print('AssertionError', e)
    p.start()
    try:
        p.start()
    except AssertionError as e:
        twice = e
    p.join()       # the child's blank line first, then the parent's report
    print('AssertionError', twice)
