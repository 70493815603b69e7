# async_timer.py: @async_timed(), a decorator for coroutine functions that
# prints when each call starts and how long it took to finish.
import functools
import time


def async_timed():
    def decorate(func):
        @functools.wraps(func)
        async def timed(*args, **kwargs):
            print(f'starting {func.__name__} with args {args} {kwargs}')
            start = time.perf_counter()
            try:
                return await func(*args, **kwargs)
            finally:
                took = time.perf_counter() - start
                print(f'finished {func.__name__} in {took:.4f} second(s)')
        return timed
    return decorate
