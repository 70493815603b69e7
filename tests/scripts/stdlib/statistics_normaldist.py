# statistics.NormalDist: construction, repr, densities, quantiles, overlap,
# arithmetic, equality, from_samples, seeded samples and errors.
from statistics import NormalDist, StatisticsError


def show(f, *args):
    try:
        print(' ', f.__name__, repr(f(*args)))
    except Exception as e:
        print(' ', f.__name__, type(e).__name__, e)


nd = NormalDist(10, 2.5)
print(nd, repr(NormalDist()), nd.mean, nd.median, nd.mode, nd.stdev, nd.variance)
for v in (0, 7.5, 10, 12.3, 1e3, -4):
    print(v, nd.pdf(v), nd.cdf(v), nd.zscore(v))
for p in (1e-300, 1e-10, 0.001, 0.02, 0.1, 0.3, 0.5, 0.7, 0.9, 0.975, 0.999999):
    print(p, nd.inv_cdf(p), NormalDist().inv_cdf(p))
print(nd.quantiles())
print(nd.quantiles(10))
print(nd.overlap(NormalDist(12, 1)), NormalDist(12, 1).overlap(nd), nd.overlap(NormalDist(11, 2.5)),
      nd.overlap(nd))
print(nd + 3, 3 + nd, nd - 1, 1 - nd, nd * 2, 2 * nd, nd * -2, nd / 4, -nd, +nd)
print(nd + NormalDist(1, 1), nd - NormalDist(1, 1), NormalDist(1, 1) - nd)
print(nd == NormalDist(10.0, 2.5), nd == NormalDist(10, 2), nd == 3, nd != 'x',
      hash(nd) == hash(NormalDist(10, 2.5)), len({nd, NormalDist(10.0, 2.5)}))
print(NormalDist.from_samples([2.5, 3.25, 5.5, 7.75, 11.0]))
print(NormalDist.from_samples([12.31, 11.97, 13.02, 12.5, 45.1, 12.0]))
print(NormalDist.from_samples(iter([1, 2, 3, 4])), NormalDist(True, 2))
show(NormalDist, 0, -1)
show(NormalDist.from_samples, [1])
zero = NormalDist(1, 0)
for meth, arg in (('pdf', 1), ('cdf', 1), ('inv_cdf', 0.5), ('zscore', 1)):
    show(getattr(zero, meth), arg)
show(nd.inv_cdf, 0)
show(nd.inv_cdf, 1.0)
show(nd.overlap, 3)
show(nd.overlap, zero)
try:
    nd.x = 1
except AttributeError as e:
    print('AttributeError')
s = nd.samples(5, seed=42)
print(len(s), all(isinstance(v, float) for v in s), s == nd.samples(5, seed=42))
print(nd.samples(3, seed='fixed'))
print(NormalDist(100, 15).cdf(130) - NormalDist(100, 15).cdf(70))
print(isinstance(StatisticsError('x'), ValueError))
