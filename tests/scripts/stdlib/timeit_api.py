# timeit: Timer with string and callable statements, the template (the
# timed code runs inside a function), timeit/repeat/autorange with a fake
# clock so results are exact, the module functions and errors.
import timeit
import time
import sys

print(timeit.default_timer is time.perf_counter, timeit.default_number,
      timeit.default_repeat, timeit.dummy_src_name, timeit.__all__)

# A clock that advances only when the timed code says so: 2**-10 per tick
# keeps every sum exact.
clock = [0.0]
TICK = 2 ** -10


def fake():
    return clock[0]


def tick():
    clock[0] += TICK


g = {'tick': tick, 'clock': clock}
t = timeit.Timer('tick()', timer=fake, globals=g)
print(t.timeit(5) == 5 * TICK, t.timeit(0), t.repeat(3, 4) == [4 * TICK] * 3)
print(t.autorange())
seen = []
print(t.autorange(lambda n, dt: seen.append((n, dt / TICK))), seen)
print(timeit.timeit('tick()', timer=fake, number=7, globals=g) / TICK)
print([x / TICK for x in timeit.repeat('tick()', 'tick(); tick()', fake, 2, 3, g)])

# setup runs once per timing, outside the timed loop
t = timeit.Timer(tick, setup=lambda: [tick() for _ in range(100)], timer=fake)
print(t.timeit(3) / TICK)

print('-- the template')
t = timeit.Timer('x += 1', 'x = 0')
print(t.src)
t = timeit.Timer(stmt=tick, setup=tick)
print(t.src)
print(sorted(t.inner.__code__.co_varnames), t.inner.__name__)
t = timeit.Timer('for i in range(2):\n    y = i', 'a = 1\nb = 2')
print(t.src)
print(t.inner.__code__.co_varnames)
t.timeit(3)

# names are locals of inner(): setup's names are visible to the statement
got = []
timeit.timeit('got.append(local_value)', 'local_value = 42', number=2,
              globals={'got': got})
print(got)
# the default namespace is the timeit module's own
print(timeit.timeit('sys, time', number=1) >= 0)
try:
    timeit.timeit('undefined_name_here', number=1)
except NameError as e:
    print('NameError', e)

print('-- errors')
for stmt, setup in [('x = (', 'pass'), ('pass', 'def f(:'), ('return 1', 'pass'),
                    ('yield 1', 'pass'), ('pass', 'break'), (1, 'pass'), ('pass', None)]:
    try:
        timeit.Timer(stmt, setup)
    except (SyntaxError, ValueError) as e:
        print(type(e).__name__, e.args[0], getattr(e, 'filename', None))
try:
    timeit.Timer('pass').timeit(1.5)
except TypeError as e:
    print('TypeError', e)
print(timeit.Timer('pass').timeit(-3) >= 0)


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        pass


t = timeit.Timer('a = 1\n1 / (a - 1)', timer=fake)
try:
    t.timeit(1)
except ZeroDivisionError:
    sink = Sink()
    t.print_exc(sink)
    text = ''.join(sink.parts)
    lines = text.splitlines()
    start = [i for i, l in enumerate(lines) if '<timeit-src>' in l][0]
    print('\n'.join(lines[start:]))

real = timeit.Timer('pass')
n, taken = real.autorange()
print(n >= 1, taken >= 0.2, all(x >= 0 for x in real.repeat(2, 1000)))
print(timeit.timeit(number=10) >= 0, len(timeit.repeat(number=10)))
