# Event loop API: call_soon/call_later/call_at ordering, run_forever/stop,
# run_until_complete, closed and running loop errors, policies, Runner.
import asyncio
import functools

loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed(), loop.get_debug())
order = []
loop.call_later(0.03, order.append, 'later 0.03')
loop.call_later(0.01, order.append, 'later 0.01')
loop.call_at(loop.time() + 0.02, order.append, 'at +0.02')
loop.call_soon(order.append, 'soon 1')
loop.call_soon(order.append, 'soon 2')
h = loop.call_soon(order.append, 'cancelled')
h.cancel()
print(h.cancelled())
t = loop.call_later(0.01, order.append, 'cancelled timer')
t.cancel()
loop.call_later(0.05, loop.stop)
loop.run_forever()
print(order)


def nested(n):
    order.append(f'nested {n}')
    if n:
        loop.call_soon(nested, n - 1)

order.clear()
loop.call_soon(nested, 2)
loop.call_soon(loop.stop)
loop.run_forever()
print('one iteration:', order)
loop.run_until_complete(asyncio.sleep(0))
print('after sleep(0):', order)


async def answer():
    return 42

print(loop.run_until_complete(answer()))
fut = loop.create_future()
loop.call_soon(fut.set_result, 'from future')
print(loop.run_until_complete(fut))


async def inside():
    running = asyncio.get_running_loop()
    print(running is loop, loop.is_running())
    for call in (lambda: loop.run_forever(),
                 lambda: loop.run_until_complete(fut),
                 lambda: loop.close()):
        try:
            call()
        except RuntimeError as e:
            print('RuntimeError:', e)
    return asyncio.get_event_loop() is loop

print(loop.run_until_complete(inside()))
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print('RuntimeError:', e)


async def stops_early():
    loop.stop()
    await asyncio.sleep(0.01)

try:
    loop.run_until_complete(stops_early())
except RuntimeError as e:
    print('RuntimeError:', e)
loop.run_until_complete(asyncio.sleep(0.02))

try:
    loop.call_later(None, print)
except TypeError as e:
    print('TypeError:', e)
try:
    loop.call_at(None, print)
except TypeError as e:
    print('TypeError:', e)
loop.close()
loop.close()
print(loop.is_closed())
coro = answer()
for call in (lambda: loop.call_soon(print),
             lambda: loop.call_later(1, print),
             lambda: loop.run_forever(),
             lambda: loop.create_task(coro)):
    try:
        call()
    except RuntimeError as e:
        print('RuntimeError:', e)
coro.close()

# handles
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop)


def cb(a, b=2):
    pass

h = loop.call_soon(cb, 1)
print(repr(h).replace(__file__, 'FILE'))
h = loop.call_soon(functools.partial(cb, 5, b=3), 'z')
print(repr(h).replace(__file__, 'FILE'))
h = loop.call_soon(print, [1, 2, 3, 4, 5, 6, 7, 8], {'a': 1}, 'x' * 40)
print(h)
h.cancel()
print(h, h.cancelled())
th = loop.call_later(5, cb, 1)
print(repr(th).startswith('<TimerHandle when='), th.when() > loop.time())
th.cancel()
print(repr(th).startswith('<TimerHandle cancelled when='))
print(th == th, th < loop.call_later(6, cb), isinstance(th, asyncio.Handle))
loop.close()
asyncio.set_event_loop(None)

# Runner
with asyncio.Runner() as runner:
    print(runner.run(answer()))
    print(runner.run(answer()))
    print(type(runner.get_loop()).__name__)
coro = answer()
try:
    runner.run(coro)
except RuntimeError as e:
    print('RuntimeError:', e)
coro.close()
try:
    asyncio.run(5)
except ValueError as e:
    print('ValueError:', e)
print(asyncio.run(answer(), debug=True))


async def debug_state():
    return asyncio.get_running_loop().get_debug()

print(asyncio.run(debug_state(), debug=True), asyncio.run(debug_state()))
policy = asyncio.get_event_loop_policy()
print(type(policy).__name__)
try:
    asyncio.set_event_loop_policy(3)
except TypeError as e:
    print('TypeError:', e)
