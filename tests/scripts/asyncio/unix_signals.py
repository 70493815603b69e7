# Unix specifics: loop.add_signal_handler/remove_signal_handler (a signal
# sent to ourselves wakes the loop), and streams over a Unix domain socket.
import asyncio
import os
import signal


async def signals():
    loop = asyncio.get_running_loop()
    got = loop.create_future()

    def on_usr1(tag):
        print('handler ran with', tag)
        if not got.done():
            got.set_result(signal.SIGUSR1)
    loop.add_signal_handler(signal.SIGUSR1, on_usr1, 'tag')
    loop.call_later(0.01, os.kill, os.getpid(), signal.SIGUSR1)
    print(await asyncio.wait_for(got, 5) == signal.SIGUSR1)
    print(loop.remove_signal_handler(signal.SIGUSR1),
          loop.remove_signal_handler(signal.SIGUSR1))
    print(signal.getsignal(signal.SIGUSR1) == signal.SIG_DFL)
    for bad in ('x', 0, 10000):
        try:
            loop.add_signal_handler(bad, print)
        except (TypeError, ValueError) as e:
            print(type(e).__name__ + ':', e)
    try:
        loop.add_signal_handler(signal.SIGKILL, print)
    except RuntimeError as e:
        print('RuntimeError:', e)

    async def coro():
        pass
    try:
        loop.add_signal_handler(signal.SIGUSR2, coro)
    except TypeError as e:
        print('TypeError:', e)


async def unix_streams():
    path = f'/tmp/gilpy-asyncio-test-{os.getpid()}.sock'

    async def handle(reader, writer):
        data = await reader.readline()
        writer.write(b'echo: ' + data)
        await writer.drain()
        writer.close()

    server = await asyncio.start_unix_server(handle, path)
    async with server:
        reader, writer = await asyncio.open_unix_connection(path)
        writer.write(b'over a unix socket\n')
        print(await reader.read())
        writer.close()
        await writer.wait_closed()
    os.remove(path)
    try:
        await asyncio.open_unix_connection(path)
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno)

asyncio.run(signals())
asyncio.run(unix_streams())
