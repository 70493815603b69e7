# The time module: clocks (types, monotonicity, agreement between the float
# and _ns forms), sleep and its errors, calendar functions on fixed times.
import time

for name in ["time", "perf_counter", "monotonic", "process_time", "thread_time"]:
    f, f_ns = getattr(time, name), getattr(time, name + "_ns")
    a, b = f(), f_ns()
    print(name, type(a).__name__, type(b).__name__, abs(a - b / 1e9) < 1.0)
t0 = time.monotonic()
p0 = time.perf_counter()
time.sleep(0.05)
time.sleep(0)
time.sleep(True)
print(time.monotonic() - t0 >= 0.05, time.perf_counter() - p0 < 5)
for bad in [-1, float("nan"), "1", None]:
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    time.sleep()
except TypeError as e:
    print("TypeError:", e)
print(time.time() > 1.6e9, time.time_ns() > 1.6e18)
g = time.gmtime(0)
print(g)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_wday, g.tm_yday, g[0], len(g), tuple(g))
print(time.gmtime(1700000000.9))
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(1234567890)))
print(time.strftime("%a %b %d %j %%", time.gmtime(86400 * 365)))
print(time.strftime("", time.gmtime(0)) == "")
print(time.asctime(time.gmtime(0)), time.asctime((2024, 2, 29, 13, 5, 9, 3, 60, 0)))
print(time.mktime(time.localtime(1000000)) == 1000000.0)
print(type(time.localtime()).__name__, time.localtime(0)[6] == time.gmtime(0)[6] or True)
try:
    time.strftime(5)
except TypeError as e:
    print("TypeError:", e)
try:
    time.asctime((1, 2))
except TypeError as e:
    print("TypeError:", e)
try:
    time.gmtime("x")
except TypeError as e:
    print("TypeError:", e)
print(isinstance(time.timezone, int), time.daylight in (0, 1))
