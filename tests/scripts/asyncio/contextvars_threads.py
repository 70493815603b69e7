# Threads each running their own event loop: every thread starts with an
# empty context, its tasks copy that thread's context, and nothing leaks
# between threads or back to the main thread.
import asyncio
import contextvars
import threading

user = contextvars.ContextVar('user', default='nobody')
results = {}
lock = threading.Lock()


async def job(n):
    before = user.get()
    user.set(f'{threading.current_thread().name}-job{n}')
    await asyncio.sleep(0.001 * n)
    return before, user.get()


async def thread_main(name):
    user.set(name)
    jobs = await asyncio.gather(*(job(n) for n in range(3)))
    return user.get(), jobs


def run(name):
    seen_at_start = user.get()
    outcome = asyncio.run(thread_main(name))
    with lock:
        results[name] = (seen_at_start, outcome, user.get())


user.set('main')
threads = [threading.Thread(target=run, args=(f't{i}',), name=f't{i}')
           for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for name in sorted(results):
    start, (final, jobs), after = results[name]
    print(name, 'started with', start, 'ended with', final, 'after run', after)
    for before, inside in jobs:
        print('   job saw', before, 'then', inside)
print('main keeps', user.get())
ctx = contextvars.copy_context()
t = threading.Thread(target=ctx.run, args=(lambda: print('thread in copied ctx sees', user.get()),))
t.start()
t.join()
