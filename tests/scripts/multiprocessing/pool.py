# multiprocessing.Pool: map/starmap/imap/imap_unordered/apply/apply_async/map_async
# with chunks, worker exceptions, callbacks, initializer, close/join/terminate.
import multiprocessing as mp


def square(x):
    return x * x


def add(a, b):
    return a + b


def fail(x):
    if x == 3:
        raise ValueError('bad %d' % x)
    return x


def init(v):
    global START
    START = v


def read_start(_):
    return START


if __name__ == '__main__':
    with mp.Pool(2) as pool:
        print(pool.map(square, range(10)))
        print(pool.map(square, range(100), chunksize=7)[-3:])
        print(pool.map(square, []))
        print(pool.starmap(add, [(1, 2), (3, 4)]))
        print(list(pool.imap(square, range(6))))
        print(sorted(pool.imap_unordered(square, range(6), chunksize=2)))
        print(pool.apply(add, (5, 6)), pool.apply(add, (1,), {'b': 9}))
        r = pool.apply_async(square, (12,))
        print(r.get(timeout=10), r.ready(), r.successful())
        r = pool.map_async(square, [1, 2, 3])
        print(r.get(10))
        try:
            pool.map(fail, range(6))
        except ValueError as e:
            print('ValueError', e)
        try:
            pool.apply(fail, (3,))
        except ValueError as e:
            print('ValueError', e)
        it = pool.imap(fail, range(5))
        print(next(it), next(it), next(it))
        try:
            next(it)
        except ValueError as e:
            print('ValueError', e)
        got = []
        pool.apply_async(square, (3,), callback=got.append).wait()
        import time
        time.sleep(0.05)
        print(got)
    pool = mp.Pool(2, initializer=init, initargs=(7,))
    print(pool.map(read_start, range(4)))
    pool.close()
    pool.join()
    try:
        pool.map(square, [1])
    except ValueError as e:
        print(e)
    print(repr(pool).startswith('<multiprocessing.pool.Pool state=CLOSE pool_size=2>'))
    try:
        mp.Pool(0)
    except ValueError as e:
        print(e)
