# The course's first asyncio examples: running coroutines, await, sleep,
# sequential vs concurrent sleeps, create_task vs a bare await.
import asyncio
import time


async def coroutine_add_one(number: int) -> int:
    return number + 1


async def foo(text):
    print(text)
    await asyncio.sleep(0.05)


async def main():
    print("Hello asyncio")
    ret = await foo('cool')
    print("finished", ret)


async def add_one(number: int) -> int:
    return number + 1


async def two_adds() -> None:
    one_plus_one = await add_one(1)
    two_plus_one = await add_one(2)
    print(one_plus_one)
    print(two_plus_one)


async def delay(seconds):
    print(f'sleeping for {seconds} second(s)')
    await asyncio.sleep(seconds)
    print(f'finished sleeping for {seconds} second(s)')
    return seconds


async def sequential():
    start = time.perf_counter()
    await delay(0.2)
    await delay(0.2)
    await delay(0.2)
    return time.perf_counter() - start


async def concurrent():
    start = time.perf_counter()
    t1 = asyncio.create_task(delay(0.2))
    t2 = asyncio.create_task(delay(0.2))
    t3 = asyncio.create_task(delay(0.2))
    results = [await t1, await t2, await t3]
    return results, time.perf_counter() - start


async def task_type(sleep_time):
    sleep_for = asyncio.create_task(delay(sleep_time))
    print(type(sleep_for))
    result = await sleep_for
    print(result)


coroutine_object = coroutine_add_one(1)
print(type(coroutine_object).__name__)
coroutine_object.close()
print(asyncio.run(coroutine_add_one(1)))
asyncio.run(main())
asyncio.run(two_adds())
elapsed = asyncio.run(sequential())
print('sequential: 0.6 s or more:', elapsed >= 0.6)
results, elapsed = asyncio.run(concurrent())
print('concurrent', results, 'about 0.2 s:', 0.2 <= elapsed < 0.45)
asyncio.run(task_type(0.05))
print(asyncio.run(asyncio.sleep(0, 'result of sleep')))


async def interleave(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    return name


async def interleaving():
    return await asyncio.gather(interleave('a', 3), interleave('b', 2),
                                interleave('c', 1))

print(asyncio.run(interleaving()))
