# 1,000 connections open at the same time on one asyncio echo server: every
# client connects, then (once all are connected) sends two lines and reads
# them back; all answers are right, every socket is closed at the end and
# no descriptor is left open.
import asyncio
import os
import resource

CLIENTS = 1000

# each connection costs two descriptors here (client and server side)
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
want = 2 * CLIENTS + 100
if soft != resource.RLIM_INFINITY and soft < want:
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(want, hard), hard))


def open_fds():
    return len(os.listdir('/proc/self/fd'))


async def handle(reader, writer):
    try:
        while line := await reader.readline():
            writer.write(line)
            await writer.drain()
    finally:
        writer.close()
        await writer.wait_closed()


async def client(port, i, all_connected, connected):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    connected.append(i)
    if len(connected) == CLIENTS:
        all_connected.set()
    await all_connected.wait()      # every connection is open now
    answers = []
    for j in range(2):
        writer.write(f'{i} {j}\n'.encode())
        await writer.drain()
        answers.append(await reader.readline())
    writer.close()
    await writer.wait_closed()
    return answers == [f'{i} {j}\n'.encode() for j in range(2)]


async def main():
    before = open_fds()
    server = await asyncio.start_server(handle, '127.0.0.1', 0, backlog=CLIENTS)
    port = server.sockets[0].getsockname()[1]
    all_connected = asyncio.Event()
    connected = []
    results = await asyncio.wait_for(
        asyncio.gather(*(client(port, i, all_connected, connected)
                         for i in range(CLIENTS))), 120)
    print('clients:', len(results), 'correct:', sum(results))
    print('open at once:', len(connected))
    server.close()
    await server.wait_closed()
    await asyncio.sleep(0.05)       # the handlers' last close callbacks
    print('descriptors leaked:', open_fds() - before)

asyncio.run(main())
