# A Pool left right after its last result: terminate() kills workers that
# may still hold the result queue's lock, and must never hang because of it.
import multiprocessing


def count(n):
    while n > 0:
        n -= 1
    return n


if __name__ == '__main__':
    for round_ in range(15):
        with multiprocessing.Pool(2) as pool:
            results = pool.map(count, [20000] * 4)
    print('rounds done', round_ + 1, results)
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(count, (10,)))
    print('after the pools', multiprocessing.active_children())
