# asyncio_echo.py: a loopback streams echo server with 100 concurrent
# clients making 200 round trips each (readline/write/drain on both sides).
import asyncio

CLIENTS = 100
ROUNDS = 200


async def handle(reader, writer):
    while True:
        line = await reader.readline()
        if not line:
            break
        writer.write(line)
        await writer.drain()
    writer.close()


async def client(port):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    answered = 0
    for i in range(ROUNDS):
        writer.write(b'ping %d\n' % i)
        await writer.drain()
        if await reader.readline() == b'ping %d\n' % i:
            answered += 1
    writer.close()
    await writer.wait_closed()
    return answered


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        answered = await asyncio.gather(*(client(port)
                                          for _ in range(CLIENTS)))
    print('round trips', sum(answered))

asyncio.run(main())
