# A Future subclass's __del__ reaching Future.__del__ (the report of an
# exception nobody retrieved, made once), and callbacks keeping their order
# when the first one is removed.
import asyncio
class F(asyncio.Future):
    def __del__(self):
        print('subclass __del__, state', self._state)
        super().__del__()
async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(lambda l, c: print('handler:', c['message'], type(c.get('exception')).__name__))
    f = F()
    f.set_exception(ValueError('x'))
    del f
    g = loop.create_future()
    g.add_done_callback(lambda _: print('first'))
    g.add_done_callback(lambda _: print('second'))
    def third(_): print('third')
    g.add_done_callback(third)
    g.remove_done_callback(g._callbacks[0][0])
    g.add_done_callback(lambda _: print('fourth'))
    g.set_result(1)
    await asyncio.sleep(0)
    h = loop.create_future(); h.set_exception(KeyError('k')); h.__del__(); del h
    print('end')
asyncio.run(main())
