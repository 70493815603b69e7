# set error messages.
def attempt(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__ + ':', e)

s = {1, 2}
attempt(lambda: {[1, 2]})
attempt(lambda: set([[1]]))
attempt(lambda: {1, {2}})
attempt(lambda: frozenset([{}]))
attempt(lambda: s.add([]))
attempt(lambda: [] in s)
attempt(lambda: {} in s)
attempt(lambda: s.remove(5))
attempt(lambda: s.remove((1, 2)))
attempt(lambda: s.remove('x'))
attempt(lambda: s.discard([]))
attempt(lambda: set().pop())
attempt(lambda: hash(set()))
attempt(lambda: hash({1}))
attempt(lambda: set(1))
attempt(lambda: set(1, 2))
attempt(lambda: set([1], x=1))
attempt(lambda: frozenset(1, 2))
attempt(lambda: frozenset(x=1))
attempt(lambda: s.add())
attempt(lambda: s.add(1, 2))
attempt(lambda: s.pop(1))
attempt(lambda: s.remove())
attempt(lambda: s.union(x=1))
attempt(lambda: s.issubset())
attempt(lambda: s.issubset(5))
attempt(lambda: s.isdisjoint(5))
attempt(lambda: s.update(5))
attempt(lambda: s.update([1], 5))
attempt(lambda: s.intersection(5))
attempt(lambda: s.difference(None))
attempt(lambda: s.symmetric_difference())
attempt(lambda: frozenset().add)
attempt(lambda: frozenset([1]).issuperset())
attempt(lambda: s[0])
attempt(lambda: s.copy(1))

def changed_during_iteration():
    t = {1, 2, 3}
    for x in t:
        t.add(x + 10)
attempt(changed_during_iteration)

def removed_during_iteration():
    t = {1, 2, 3}
    for x in t:
        t.discard(x)
attempt(removed_during_iteration)

def same_size_ok():
    t = {1, 2, 3}
    n = 0
    for x in t:
        n += 1
    return n
attempt(same_size_ok)

try:
    {1}.remove((1, 2))
except KeyError as e:
    print(repr(e), e.args)
it = iter({5, 6})
print(it.__length_hint__(), type(it).__name__)
next(it)
print(it.__length_hint__())
set().pop()
