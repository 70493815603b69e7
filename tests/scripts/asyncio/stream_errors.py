# Streams under stress: drain() blocks while the peer stops reading and the
# write buffer stays bounded; a peer that half-closes, resets or vanishes
# gives CPython's results and exceptions; readuntil/readline limits.
import asyncio
import socket


async def slow_reader_server(port_ready, release, received):
    async def handle(reader, writer):
        await release.wait()
        total = 0
        while True:
            chunk = await reader.read(65536)
            if not chunk:
                break
            total += len(chunk)
        received.set_result(total)
        writer.close()
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port_ready.set_result(server.sockets[0].getsockname()[1])
    return server


async def backpressure():
    loop = asyncio.get_running_loop()
    port_ready = loop.create_future()
    received = loop.create_future()
    release = asyncio.Event()
    server = await slow_reader_server(port_ready, release, received)
    reader, writer = await asyncio.open_connection('127.0.0.1',
                                                   await port_ready)
    chunk = b'x' * 65536
    sent = 0
    peak = 0
    blocked = False
    for _ in range(1000):
        writer.write(chunk)
        sent += len(chunk)
        peak = max(peak, writer.transport.get_write_buffer_size())
        try:
            await asyncio.wait_for(writer.drain(), 0.05)
        except TimeoutError:
            blocked = True
            break
    print('drain blocked while the peer did not read:', blocked)
    print('buffer bounded:', peak < 8 * 1024 * 1024)
    release.set()
    await writer.drain()
    writer.write_eof()
    print('peer received everything:', await received == sent)
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


async def peers():
    async def handle(reader, writer):
        what = await reader.readline()
        if what == b'halfclose\n':
            writer.write(b'bye\n')
            writer.write_eof()
            print('server reads after half-close:', await reader.read())
            writer.close()
        elif what == b'reset\n':
            sock = writer.get_extra_info('socket')
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                            b'\x01\x00\x00\x00\x00\x00\x00\x00')
            writer.transport.abort()
        elif what == b'close\n':
            writer.close()
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]

    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(b'halfclose\n')
    print(await reader.readline(), await reader.read(), reader.at_eof())
    writer.write(b'still writable\n')
    writer.write_eof()
    await asyncio.sleep(0.05)
    writer.close()
    await writer.wait_closed()

    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(b'reset\n')
    try:
        data = await reader.read(100)
        print('read after reset:', data)
    except ConnectionResetError as e:
        print('ConnectionResetError', e.errno)
    writer.close()
    try:
        await writer.wait_closed()
    except ConnectionResetError:
        pass

    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(b'close\n')
    print(await reader.read(), reader.at_eof())
    try:
        print(await reader.readexactly(1))
    except asyncio.IncompleteReadError as e:
        print('IncompleteReadError:', e)
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


async def limits():
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader(limit=8, loop=loop)
    reader.feed_data(b'0123456789abcdef\nrest')
    try:
        await reader.readline()
    except ValueError as e:
        print('ValueError:', e)
    reader.feed_data(b'ab;cdefgh')
    try:
        await reader.readuntil(b'XY')
    except asyncio.LimitOverrunError as e:
        print('LimitOverrunError:', e, e.consumed)
    try:
        await reader.readuntil(b'')
    except ValueError as e:
        print('ValueError:', e)
    try:
        await reader.readexactly(-1)
    except ValueError as e:
        print('ValueError:', e)
    print(await reader.read(0), await reader.readexactly(0))
    print(await reader.read(20))
    reader.feed_data(b'tail')
    reader.feed_eof()
    try:
        await reader.readuntil(b'XY')
    except asyncio.IncompleteReadError as e:
        print('IncompleteReadError:', e, e.partial)
    print(repr(reader))
    try:
        asyncio.StreamReader(limit=0)
    except ValueError as e:
        print('ValueError:', e)
    r = asyncio.StreamReader(loop=loop)
    r.set_exception(ConnectionAbortedError('gone'))
    try:
        await r.read()
    except ConnectionAbortedError as e:
        print('ConnectionAbortedError:', e)
    r = asyncio.StreamReader(loop=loop)
    waiter = asyncio.create_task(r.read(5))
    await asyncio.sleep(0)
    try:
        await r.read(5)
    except RuntimeError as e:
        print('RuntimeError:', e)
    r.feed_data(b'hello world')
    print(await waiter, repr(r))
    try:
        await asyncio.open_connection()
    except ValueError as e:
        print('ValueError:', e)


async def serve_forever():
    async def handle(reader, writer):
        writer.write(b'hi\n')
        writer.close()
    server = await asyncio.start_server(handle, '127.0.0.1', 0,
                                        start_serving=False)
    print('serving before serve_forever:', server.is_serving())
    port = server.sockets[0].getsockname()[1]
    forever = asyncio.create_task(server.serve_forever())
    await asyncio.sleep(0)
    print('serving:', server.is_serving())
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    print(await reader.readline())
    writer.close()
    try:
        await server.serve_forever()
    except RuntimeError as e:
        print('RuntimeError:', str(e).split(' is ')[1])
    forever.cancel()
    try:
        await forever
    except asyncio.CancelledError:
        print('serve_forever cancelled; serving:', server.is_serving())
    try:
        await server.serve_forever()
    except RuntimeError as e:
        print('RuntimeError:', str(e).split(' is ')[1])


asyncio.run(backpressure())
asyncio.run(peers())
asyncio.run(limits())
asyncio.run(serve_forever())
