# statistics spread: variance/stdev (sample and population, with a given
# centre), quantiles by both methods, covariance, correlation, regression.
from fractions import Fraction as F
from statistics import (correlation, covariance, linear_regression, pstdev, pvariance,
                        quantiles, stdev, variance, LinearRegression)


def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(' ', f.__name__, repr(r), type(r).__name__)
    except Exception as e:
        print(' ', f.__name__, type(e).__name__, e)


datasets = [
    [1, 2, 3, 4], [2, 4, 4, 4, 5, 5, 7, 9], [10**20, 10**20 + 1, 10**20 + 3], [5, 5, 5],
    [0.1, 0.2, 0.3, 0.4], [1e-3, 2.5e-3, 1.25e-3], [12.31, 11.97, 13.02, 12.5, 45.1, 12.0],
    [F(1, 3), F(2, 7), F(5, 4)], [1, F(1, 2), 0.25], [True, False, False],
    [1.0, float('inf')], [7], [],
]
for data in datasets:
    print(data)
    for f in (pvariance, variance, pstdev, stdev, quantiles):
        show(f, data)
    show(quantiles, data, n=10, method='inclusive')
    show(quantiles, data, n=3)

print('given centre')
show(variance, [12.31, 11.97, 13.02], 12.0)
show(pvariance, [1, 2, 3, 4], F(5, 2))
show(stdev, [F(1, 3), F(2, 7), F(5, 4)], F(1))
show(pstdev, [1, 2, 3], 2)
show(variance, [1], 1)

print('quantiles')
data = list(range(1, 101))
show(quantiles, data)
show(quantiles, data, n=100)
show(quantiles, data, n=1)
show(quantiles, [1.5, 2.5], n=5, method='inclusive')
show(quantiles, [1, 2, 3], n=0)
show(quantiles, [1, 2, 3], method='foo')
show(quantiles, iter([4, 1, 3, 2]), n=4, method='inclusive')

print('two variables')
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
for f in (covariance, correlation, linear_regression):
    show(f, x, y)
    show(f, [1.5, 2.25, 7.125], [3, F(1, 2), 9])
    show(f, [1], [2])
    show(f, [1, 2], [1])
show(linear_regression, x, y, proportional=True)
show(linear_regression, [1, 1, 1], [1, 2, 3])
show(correlation, x, [4] * 9)
show(covariance, x, list(reversed(x)))
r = linear_regression([1990, 2000, 2010], [11.5, 13.0, 15.5])
print(r, r.slope, r.intercept, r == LinearRegression(r.slope, r.intercept))
