# graphlib.TopologicalSorter (static order, the parallel protocol, errors,
# CycleError) and sched.scheduler with a simulated clock.
import graphlib
import sched

graph = {"D": {"B", "C"}, "C": {"A"}, "B": {"A"}, "E": set()}
graph = {k: sorted(v) for k, v in graph.items()}
print(list(graphlib.TopologicalSorter(graph).static_order()))
ts = graphlib.TopologicalSorter()
for node, preds in [("build", ["fetch", "configure"]), ("configure", ["fetch"]), ("test", ["build"]),
                    ("docs", ["configure"]), ("release", ["test", "docs"])]:
    ts.add(node, *preds)
ts.prepare()
rounds = []
while ts.is_active():
    ready = ts.get_ready()
    rounds.append(ready)
    ts.done(*ready)
print(rounds, bool(ts))
print(list(graphlib.TopologicalSorter({1: [2, 3], 2: [3], 3: []}).static_order()))
print(list(graphlib.TopologicalSorter({}).static_order()))

for g in [{"a": ["b"], "b": ["a"]}, {"a": ["a"]}, {1: [2], 2: [3], 3: [4], 4: [2]},
          {"x": ["y"], "y": ["z"], "z": ["w"], "w": ["y", "x"]}]:
    try:
        list(graphlib.TopologicalSorter(g).static_order())
    except graphlib.CycleError as e:
        print('CycleError', e.args, str(e), isinstance(e, ValueError))

ts = graphlib.TopologicalSorter({"b": ["a"]})
for action in [lambda: ts.get_ready(), lambda: ts.done("a"), lambda: ts.is_active(), lambda: bool(ts)]:
    try:
        action()
    except ValueError as e:
        print('ValueError', e)
ts.prepare()
for action in [lambda: ts.prepare(), lambda: ts.add("c"), lambda: ts.done("b"), lambda: ts.done("zz")]:
    try:
        action()
    except ValueError as e:
        print('ValueError', e)
print(ts.get_ready(), ts.get_ready())
ts.done("a")
try:
    ts.done("a")
except ValueError as e:
    print('ValueError', e)
print(ts.get_ready(), ts.is_active())
print(graphlib.TopologicalSorter[int])

# sched with a simulated clock: the delay function advances it
clock = [0.0]
log = []


def timefunc():
    return clock[0]


def delayfunc(d):
    log.append(('sleep', d))
    clock[0] += d


s = sched.scheduler(timefunc, delayfunc)


def say(what, **kw):
    log.append((clock[0], what, kw))


e1 = s.enter(5, 1, say, ('five',))
e2 = s.enter(2, 2, say, ('two-low',))
e3 = s.enter(2, 1, say, ('two-high',))
e4 = s.enterabs(2, 1, say, ('two-high-second',), {'k': 1})
e5 = s.enter(3, 1, say, ('cancelled',))
s.cancel(e5)
try:
    s.cancel(e5)
except ValueError as e:
    print('ValueError', e)
print([(e.time, e.priority, e.argument) for e in s.queue], s.empty())
print(e1.time, e1.priority, e1.argument, e1.kwargs, e3 < e2, e3 < e4, type(e1).__name__, e1._fields)
print(s.run(blocking=False))
s.run()
print(log, s.empty())
log.clear()
s.enter(1, 1, say, ('nested',))
s.enter(0, 1, lambda: s.enter(0.5, 1, say, ('added during run',)))
s.run()
print(log)
print(s.run(blocking=False))

import time
real = sched.scheduler()
order = []
start = time.monotonic()
real.enter(0.05, 1, order.append, ('b',))
real.enter(0.01, 1, order.append, ('a',))
real.run()
print(order, time.monotonic() - start >= 0.04)
