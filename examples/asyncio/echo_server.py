# echo_server.py: one thread, one event loop, many clients. A streams echo
# server answers N clients that each send a few lines; every reply waits
# 0.1 s (a slow backend), yet all clients finish in about the time of one,
# because the loop serves whichever connection is ready.
#
#   ./gilpy examples/asyncio/echo_server.py
import asyncio
import time

N = 100
LINES = 3
BACKEND = 0.1


async def handle(reader, writer):
    async for line in reader:
        await asyncio.sleep(BACKEND)             # the "slow backend"
        writer.write(line.upper())
        await writer.drain()
    writer.close()
    await writer.wait_closed()


async def client(port, i):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    for j in range(LINES):
        writer.write(f'client {i} line {j}\n'.encode())
        await writer.drain()
        await reader.readline()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        start = time.perf_counter()
        await asyncio.gather(*(client(port, i) for i in range(N)))
        took = time.perf_counter() - start
    one = LINES * BACKEND
    print(f'{N} clients x {LINES} lines, {BACKEND} s per reply: '
          f'{took:.2f} s (one client alone needs {one:.2f} s)')
    print(f'{N} connections were served concurrently by a single thread: '
          f'the loop switched at every await instead of blocking.')


asyncio.run(main())
