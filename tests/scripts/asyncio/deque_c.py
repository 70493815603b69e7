# The C deque asyncio keeps its ready queue, queues and waiters in
# (_asyncio_c.deque): collections.deque's interface, messages and reprs.
try:
    from _asyncio_c import deque
except ImportError:
    from collections import deque
d=deque([1,2,3])
for f in [lambda: d.remove(9), lambda: d.index(9), lambda: deque(maxlen=1).insert(0,1) or deque([1],maxlen=1).insert(0,2), lambda: d[5], lambda: d['a'], lambda: deque().pop(), lambda: deque(maxlen=-1), lambda: deque(maxlen='a'), lambda: d+[1], lambda: hash(d), lambda: d < [1], lambda: deque(1), lambda: d.rotate('a'), lambda: d[1:2], lambda: deque([1],2,3)]:
  try: print(f())
  except Exception as e: print(type(e).__name__, e)
print(deque([1,2],maxlen=3), repr(deque()), deque(maxlen=2).maxlen, deque([1]).__reduce__()[1], deque([1],maxlen=4).__reduce__()[1], list(deque([1,2]).__reduce__()[3]))
class D(deque): pass
print(D([1,2]), D([1])*2, type(D([1])*2).__name__, type(D([1]).copy()).__name__, deque.__module__, type(d))
x=deque(); x.append(x); print(x)
it=iter(d); next(it); d.append(5)
try: next(it)
except Exception as e: print(type(e).__name__, e)
print(list(reversed(d)), d*0, 2*d, bool(deque()), bool(d), len(d))
e = deque(range(10))
e.rotate(3); print(e); e.rotate(-5); print(e); e.reverse(); print(e)
e.insert(2, 'x'); e.insert(-1, 'y'); e.insert(100, 'z'); print(e, e.index('x'), e.count(3), 'y' in e, 99 in e)
del e[0]; e[0] = 'first'; print(e, e[-1])
b = deque(maxlen=3)
for i in range(6): b.append(i)
print(b); b.appendleft(-1); print(b); b.extendleft([7, 8]); print(b)
q = deque()
for i in range(100): q.append(i)
for i in range(95): q.popleft()
for i in range(50): q.appendleft(-i)
print(len(q), q[0], q[-1], sum(q))
q += [1, 2]; q *= 2; print(len(q), q == deque(list(q)), q != deque(), deque([1,2]) < deque([1,3]))
print(d.copy(), d.__copy__() == d, deque('abc'), deque(iter([1,2])), deque([1,2], maxlen=None))
