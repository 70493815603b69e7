# concurrent.futures.ProcessPoolExecutor: submit/map (chunksize), exceptions,
# initializer, shutdown with cancel_futures, BrokenProcessPool after a worker dies.
import concurrent.futures as cf
import os
import time


def square(x):
    return x * x


def fail(x):
    raise ValueError('failed %d' % x)


def die(x):
    os._exit(1)


def slow(x):
    time.sleep(0.3)
    return x


def init(v):
    global BASE
    BASE = v


def add_base(x):
    return BASE + x


if __name__ == '__main__':
    with cf.ProcessPoolExecutor(max_workers=2) as ex:
        print(ex.submit(square, 7).result())
        print(list(ex.map(square, range(10))))
        print(list(ex.map(pow, [2, 3], [5, 2], chunksize=2)))
        fs = [ex.submit(square, i) for i in range(5)]
        print(sorted(f.result() for f in cf.as_completed(fs)))
        f = ex.submit(fail, 3)
        print(type(f.exception()).__name__, f.exception())
        try:
            f.result()
        except ValueError as e:
            print('ValueError', e)
        done, not_done = cf.wait([ex.submit(square, 2)], return_when=cf.ALL_COMPLETED)
        print(len(done), len(not_done))
    try:
        ex.submit(square, 1)
    except RuntimeError as e:
        print(e)
    with cf.ProcessPoolExecutor(2, initializer=init, initargs=(100,)) as ex:
        print(list(ex.map(add_base, [1, 2, 3])))
    ex = cf.ProcessPoolExecutor(1)
    fs = [ex.submit(slow, 0)]
    time.sleep(0.1)
    fs += [ex.submit(slow, i) for i in range(1, 5)]
    time.sleep(0.1)
    ex.shutdown(wait=True, cancel_futures=True)
    print([f.cancelled() for f in fs], [f.result() for f in fs if not f.cancelled()])
    ex = cf.ProcessPoolExecutor(2)
    f = ex.submit(die, 1)
    try:
        f.result(timeout=10)
    except cf.process.BrokenProcessPool as e:
        print(type(e).__name__, e)
    try:
        ex.submit(square, 1)
    except cf.process.BrokenProcessPool as e:
        print(type(e).__name__, e)
    ex.shutdown()
    for bad in (lambda: cf.ProcessPoolExecutor(0), lambda: cf.ProcessPoolExecutor(initializer=5),
                lambda: list(cf.ProcessPoolExecutor(1).map(square, [1], chunksize=0))):
        try:
            bad()
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
