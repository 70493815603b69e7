# multiprocessing Value and Array: shared with forked children ('i', 'd',
# 'c' and other type codes), with their locks; RawValue/RawArray.
import multiprocessing as mp


def add_many(counter, n):
    for _ in range(n):
        with counter.get_lock():
            counter.value += 1


def fill(arr, total, text):
    for i in range(len(arr)):
        arr[i] = i * i
    total.value = sum(arr[:]) / 2
    text.value = b'from child'


if __name__ == '__main__':
    v = mp.Value('i', 5)
    print(v, v.value, type(v).__name__)
    print(mp.Value('d', 1.5), mp.Value('c', b'x'), mp.RawValue('i', 3), mp.Value('i', 7, lock=False))
    a = mp.Array('i', [1, 2, 3])
    print(a[:], len(a), a[1], a[-1], type(a).__name__)
    a[0] = 10
    a[1:3] = [7, 8]
    print(list(a), a[::2])
    ca = mp.Array('c', b'hello')
    print(ca.value, ca.raw, ca[0], ca[:])
    print(mp.Array('d', 3)[:], mp.RawArray('i', 2)[:], mp.Array('b', [-1, 300])[:])
    with v.get_lock():
        v.value += 1
    print(v.value, v.get_lock())

    counter = mp.Value('i', 0)
    procs = [mp.Process(target=add_many, args=(counter, 200)) for _ in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print(counter.value)

    arr = mp.Array('i', 6)
    total = mp.Value('d', 0.0)
    text = mp.Array('c', 20)
    p = mp.Process(target=fill, args=(arr, total, text))
    p.start()
    p.join()
    print(arr[:], total.value, text.value)

    for bad in (lambda: mp.Value('z', 1), lambda: a[5], lambda: setattr(v, 'value', 'x'),
                lambda: a.__setitem__(slice(0, 2), [1])):
        try:
            bad()
        except (TypeError, IndexError, ValueError) as e:
            print(type(e).__name__, e)
