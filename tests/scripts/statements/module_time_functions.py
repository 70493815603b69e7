# time module: types and relations only (no absolute values, which vary between runs).
import time
t1 = time.time()
p1 = time.perf_counter()
m1 = time.monotonic()
time.sleep(0.01)
t2 = time.time()
p2 = time.perf_counter()
m2 = time.monotonic()
print(type(t1).__name__, type(p1).__name__, type(m1).__name__)
print(t2 >= t1, p2 - p1 >= 0.005, m2 >= m1, t1 > 1.6e9)
ns = time.time_ns()
print(type(ns).__name__, ns > 1.6e18, abs(ns / 1e9 - time.time()) < 5)
print(type(time.perf_counter_ns()).__name__, type(time.monotonic_ns()).__name__)
print(time.sleep(0), callable(time.process_time), type(time.process_time()).__name__)
lt = time.gmtime(0)
print(lt.tm_year, lt.tm_mon, lt.tm_mday, lt.tm_hour, lt.tm_wday, lt.tm_yday, lt[0:3])
g = time.gmtime(1700000000)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, tuple(g)[:6])
print(time.strftime("%Y-%m-%d %H:%M:%S", g), time.strftime("%a %b %d %j", g))
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    time.sleep("1")
except TypeError as e:
    print("TypeError:", e)
start = time.perf_counter()
total = 0
for i in range(10000):
    total += i
elapsed = time.perf_counter() - start
print(total, elapsed >= 0, elapsed < 10)
