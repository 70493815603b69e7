# The gc module's interface: switches, thresholds, debug flags, callbacks,
# is_tracked / is_finalized, freeze.
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(type(gc.collect()).__name__, type(gc.collect(0)).__name__, type(gc.collect(generation=1)).__name__)
for bad in (3, -1):
    try:
        gc.collect(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    gc.collect("x")
except TypeError as e:
    print("TypeError:", e)

print(gc.get_threshold())
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(100, 5, 2)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
try:
    gc.set_threshold()
except TypeError as e:
    print("TypeError:", e)
print(len(gc.get_count()), all(isinstance(n, int) for n in gc.get_count()))
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(gc.get_debug())
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug())
gc.set_debug(0)
print(gc.garbage, gc.callbacks)

stats = gc.get_stats()
print(len(stats), sorted(stats[0]))

seen = []
def cb(phase, info):
    seen.append((phase, info["generation"], sorted(info)))
gc.callbacks.append(cb)
gc.collect(1)
gc.callbacks.remove(cb)
gc.collect()
print(seen)

class C:
    pass
class S:
    __slots__ = ()
print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked(2.5), gc.is_tracked(None), gc.is_tracked(b"b"))
print(gc.is_tracked([]), gc.is_tracked(set()), gc.is_tracked(C()), gc.is_tracked(S()), gc.is_tracked(C))
print(gc.is_tracked({}), gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}), gc.is_tracked(()), gc.is_tracked((1, [])))
print(gc.is_tracked(lambda: 0), gc.is_tracked(len), gc.is_tracked(range(3)))
try:
    gc.is_tracked()
except TypeError as e:
    print("TypeError:", e)

saved = []
class Lazarus:
    def __del__(self):
        print("__del__ runs")
        saved.append(self)
x = Lazarus()
print(gc.is_finalized(x))
del x
print(gc.is_finalized(saved[0]))
saved.clear()
print("after clear")

gc.freeze()
print(type(gc.get_freeze_count()).__name__)
gc.unfreeze()
print(gc.get_freeze_count())
