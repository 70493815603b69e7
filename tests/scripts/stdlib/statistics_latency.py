# Course-style use of statistics: summarising measured latencies (here fixed
# numbers standing for time.perf_counter() differences) printed with :.3f.
import statistics

latencies_ms = [0.412, 0.398, 0.405, 0.951, 0.401, 0.399, 0.407, 0.402, 1.733, 0.404,
                0.400, 0.403, 0.396, 0.410, 0.415, 0.399, 0.402, 0.408, 0.397, 0.401]
print(f"n={len(latencies_ms)}")
print(f"mean   {statistics.mean(latencies_ms):.3f} ms")
print(f"fmean  {statistics.fmean(latencies_ms):.3f} ms")
print(f"median {statistics.median(latencies_ms):.3f} ms")
print(f"stdev  {statistics.stdev(latencies_ms):.3f} ms")
print(f"pstdev {statistics.pstdev(latencies_ms):.3f} ms")
q = statistics.quantiles(latencies_ms, n=100)
print(f"p50 {q[49]:.3f}  p90 {q[89]:.3f}  p99 {q[98]:.3f}")
print(f"min {min(latencies_ms):.3f}  max {max(latencies_ms):.3f}")
print(repr(statistics.mean(latencies_ms)), repr(statistics.median(latencies_ms)))
print(repr(statistics.variance(latencies_ms)), repr(statistics.stdev(latencies_ms)))

# Seconds as perf_counter returns them, then per-run times in microseconds.
starts = [1000.0 + i * 0.0125 for i in range(40)]
ends = [s + 0.0003 + (i % 7) * 1e-5 for i, s in enumerate(starts)]
durations = [(e - s) * 1e6 for s, e in zip(starts, ends)]
print(f"{statistics.median(durations):.3f} us median, {statistics.mean(durations):.3f} us mean")
print(repr(statistics.mean(durations)), repr(statistics.stdev(durations)))

# Integer nanoseconds keep int results where CPython does.
ns = [1200, 1350, 1100, 1250, 1300, 1150]
print(statistics.mean(ns), statistics.median(ns), statistics.median_low(ns),
      statistics.mode([3, 1, 3, 2]), repr(statistics.mean([1200, 1300])), repr(statistics.pvariance(ns)))

# Real timings: only facts that hold on any machine are printed.
import time
samples = []
for _ in range(50):
    t0 = time.perf_counter()
    sum(range(200))
    samples.append(time.perf_counter() - t0)
m, med, sd = statistics.mean(samples), statistics.median(samples), statistics.stdev(samples)
print(type(m).__name__, m > 0, min(samples) <= med <= max(samples), sd >= 0)
print(statistics.median_low(samples) in samples, statistics.median_high(samples) in samples)
