# contextvars: ContextVar, Token, Context (run, copy, mapping), copy_context,
# their errors and reprs (addresses cut), and a thread's own context.
import contextvars as cv
c=cv.copy_context(); print(type(c), type(cv.ContextVar('a')), type(cv.Token))
v=cv.ContextVar('x', default=1)
t=v.set(2); print(v.get(), t.old_value, t.var is v); v.reset(t)
print(v.get(), cv.Token.MISSING, t.old_value)
def f():
  c.run(f)
try: c.run(f)
except Exception as e: print(type(e), str(e)[:50])
for bad in [lambda: v.reset(t), lambda: cv.ContextVar(1), lambda: c[1], lambda: cv.ContextVar('q').get(),
            lambda: cv.Context(1), lambda: cv.Token(), lambda: cv.ContextVar(), lambda: v.reset(1), lambda: c[v], lambda: 1 in c,
            lambda: hash(c)]:
  try: print(bad())
  except Exception as e: print(type(e).__name__, str(e).split(' at 0x')[0])
w=cv.ContextVar('w'); t2=w.set(1)
try: v.reset(t2)
except Exception as e: print(type(e), str(e).split(' at 0x')[0])
print(cv.ContextVar.__module__, cv.Context.__module__, cv.Context.__name__)
print(hash(v)==hash(v), cv.Context() == cv.Context())
print(cv.ContextVar[int], cv.ContextVar('z').name)
ctx = cv.Context()
def g(a, b=0):
  v.set(a + b); w.set('in')
  return v.get(), w.get()
print(ctx.run(g, 5, b=6), v.get(), w.get(), ctx[v], ctx[w], len(ctx), list(ctx) == [v, w], ctx.get(v), sorted(ctx.values(), key=str), v in ctx)
c2 = ctx.copy(); print(c2 == ctx, c2 is ctx)
c2.run(v.set, 100); print(ctx[v], c2[v])
t3 = w.set(5)
try: ctx.run(w.reset, t3)
except Exception as e: print(type(e), str(e).split(' at 0x')[0])
w.reset(t3); print(w.get())
print(cv.ContextVar('m', default=None).get(), v.get(7), cv.ContextVar('n').get(8))
import threading
out = []
def th():
  out.append(v.get()); v.set(50); out.append(v.get())
v.set(9)
T = threading.Thread(target=th); T.start(); T.join(); print(out, v.get())
print(cv.__all__)
for f in [lambda: cv.ContextVar(name='x'), lambda: cv.ContextVar('x', 1), lambda: cv.ContextVar('x', foo=1), lambda: cv.ContextVar(b'x'), lambda: cv.copy_context().run(), lambda: cv.ContextVar('a').get(1,2), lambda: cv.ContextVar('a').get(default=3)]:
  try: print(f())
  except Exception as e: print(type(e).__name__, e)
