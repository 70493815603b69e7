# statistics averages on ints, floats, Fractions, mixed and empty data: the
# exact value and the type of each result, and CPython's errors.
from fractions import Fraction as F
from statistics import (StatisticsError, fmean, geometric_mean, harmonic_mean, mean,
                        median, median_grouped, median_high, median_low, mode, multimode)


def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(' ', f.__name__, repr(r), type(r).__name__)
    except Exception as e:
        print(' ', f.__name__, type(e).__name__, e)


datasets = [
    [1, 2, 3], [1, 2, 3, 4, 4], [3, 1, 2, 10**30], [-1, -2, -4], [True, False, True],
    [0.1, 0.2, 0.3], [0.1] * 10, [1e16, 1.0, -1e16], [1e308, 1e308], [1e-320, 3e-320],
    [2.5], [12.31, 11.97, 13.02, 12.5, 45.1, 12.0],
    [F(1, 3), F(2, 7), F(5, 4)], [F(1, 2), 3], [1, F(1, 2), 0.25, True],
    [1, float('inf')], [float('-inf'), 2.0], [float('nan'), 1.0], [],
]
for data in datasets:
    print(data)
    for f in (mean, fmean, median, median_low, median_high, median_grouped, mode,
              multimode, geometric_mean, harmonic_mean):
        show(f, data)
    show(median_grouped, data, 5)

print('iterators')
show(mean, iter([1.5, 2.5, 4]))
show(mean, (x / 4 for x in range(7)))
show(median, iter([5, 1, 3]))
show(fmean, iter([1.0, 2, 3]))
show(fmean, iter([]))
show(fmean, range(10))
show(mode, iter('aabbbcc'))
show(mode, 'abcabc')
show(multimode, 'aabbcc')
show(multimode, iter([]))
show(multimode, [3, 1, 1, 3, 2])

print('weights')
show(fmean, [1, 2, 3], [1, 2, 3])
show(fmean, iter([1, 2, 3]), iter([0.5, 0.25, 0.25]))
show(fmean, [1, 2, 3], [1, 2])
show(fmean, iter([1, 2, 3, 4]), [1, 2])
show(fmean, [1, 2], [0, 0])
show(harmonic_mean, [40, 60], [5, 30])
show(harmonic_mean, [F(1, 2), F(3, 4)], [1, 3])
show(harmonic_mean, [40, 60], [5])
show(harmonic_mean, [40, 60], [5, -1])
show(harmonic_mean, [40, 60], iter([1, 1]))

print('errors')
show(mean, ['a'])
show(mean, [1, 'a'])
show(mean, [None])
show(mode, [[1], [1]])
show(mode, 5)
show(harmonic_mean, [1, 0, 2])
show(harmonic_mean, [-1, 2])
show(harmonic_mean, [-1])
show(harmonic_mean, ['a'])
show(harmonic_mean, [0, 0])
show(geometric_mean, [0, 1])
show(geometric_mean, [-1, 1])
show(geometric_mean, [54, 24, 36])
show(median_grouped, ['a', 'b'])
show(median_grouped, [1, 2], 'x')
show(median_grouped, [[1], [2]])
show(median_grouped, [1, 3, 3, 5, 7], interval=2)
print(issubclass(StatisticsError, ValueError), StatisticsError.__module__)
