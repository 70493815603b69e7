# An echo server (streams) with several concurrent clients, readline /
# readexactly / readuntil / read-to-EOF, drain, half-close, wait_closed,
# and a refused connection once the server is closed.
import asyncio

log = []


async def handle(reader, writer):
    peer = writer.get_extra_info('peername')
    log.append(peer[0])
    while True:
        line = await reader.readline()
        if not line:
            break
        writer.write(line.upper())
        await writer.drain()
    writer.write(b'bye\n')
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def client(port, i):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    answers = []
    for j in range(3):
        writer.write(f'client {i} line {j}\n'.encode())
        await writer.drain()
        answers.append((await reader.readline()).decode().rstrip())
        await asyncio.sleep(0.001 * (5 - i))
    writer.write_eof()
    rest = await reader.read()
    writer.close()
    await writer.wait_closed()
    return f'client {i}: {answers} {rest} {reader.at_eof()}'


async def reader_api(port):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.writelines([b'abc', b'def\n', b'ghi;jkl\n'])
    print(await reader.readexactly(4), await reader.readuntil(b'\n'))
    print(await reader.readuntil(b';'), await reader.readline())
    writer.write_eof()
    print(await reader.readline())
    try:
        await reader.readexactly(10)
    except asyncio.IncompleteReadError as e:
        print('IncompleteReadError:', e, e.partial, e.expected)
    print(await reader.read(), reader.at_eof(), writer.can_write_eof())
    writer.close()
    print(writer.is_closing())
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    sock = server.sockets[0]
    port = sock.getsockname()[1]
    print(server.is_serving(), len(server.sockets), repr(sock).startswith(
        '<asyncio.TransportSocket fd='))
    async with server:
        done = await asyncio.gather(*(client(port, i) for i in range(5)))
        print('\n'.join(done))
        await reader_api(port)
    print(server.is_serving(), server.sockets, log)
    try:
        await asyncio.open_connection('127.0.0.1', port)
    except ConnectionRefusedError as e:
        print('ConnectionRefusedError', e.errno)

asyncio.run(main())
