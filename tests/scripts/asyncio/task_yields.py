# What a task does with what its coroutine yields: a bare generator, a
# future-like object that did not ask to block, one of another loop (None),
# and a duck-typed future it waits on and wakes up from.
import asyncio, types
@types.coroutine
def gen_yield():
    yield (x for x in [])
async def a(): await gen_yield()
class Fut:
    _asyncio_future_blocking = False
    def __init__(self, loop): self._loop = loop
    def __repr__(self): return 'Fut()'
    def __await__(self):
        yield self
async def b(): await Fut(asyncio.get_running_loop())
class Fut2(Fut):
    def __await__(self):
        self._asyncio_future_blocking = True
        yield self
        return 'fut2 done'
    def add_done_callback(self, cb, *, context=None):
        asyncio.get_running_loop().call_soon(cb, self, context=context)
    def result(self): return 5
    def cancel(self, msg=None): return False
async def c(): return await Fut2(None)
async def d(): return await Fut2(asyncio.get_running_loop())
async def main():
    for f in (a, b, c, d):
        try: print(await asyncio.create_task(f()))
        except RuntimeError as e: print(str(e).split(' in task')[0].split(' <')[0])
asyncio.run(main())
