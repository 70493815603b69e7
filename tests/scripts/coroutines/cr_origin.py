# sys.set_coroutine_origin_tracking_depth and cr_origin: where a coroutine
# was made, shown by the "never awaited" warning (asyncio's debug mode uses it).
import sys
import threading


async def job():
    return 1


def make():
    return job()


def outer():
    return make()


print(sys.get_coroutine_origin_tracking_depth())
c = job()
print(c.cr_origin)
c.close()

sys.set_coroutine_origin_tracking_depth(2)
print(sys.get_coroutine_origin_tracking_depth())
c = outer()
print([(name, line) for _, line, name in c.cr_origin])
print(all(f == __file__ for f, _, _ in c.cr_origin))
c.close()

sys.set_coroutine_origin_tracking_depth(50)
c = outer()
print([name for _, _, name in c.cr_origin])
c.close()


def in_thread():
    print('thread depth', sys.get_coroutine_origin_tracking_depth())
    c = job()
    print('thread origin', c.cr_origin)
    c.close()


t = threading.Thread(target=in_thread)
t.start()
t.join()

for bad in ('x', 1.5, -1, 2**70):
    try:
        sys.set_coroutine_origin_tracking_depth(bad)
    except Exception as e:
        print(type(e).__name__, e)
sys.set_coroutine_origin_tracking_depth(depth=3)
print(sys.get_coroutine_origin_tracking_depth())

# never awaited: the warning carries where it was made
outer()
sys.set_coroutine_origin_tracking_depth(0)
outer()
print('done')
