# many_connections.py: 1,000 clients connected at once to one asyncio echo
# server, then a few rounds where only a handful of them talk.  With poll()
# every wait hands the kernel the whole list of 2,000 descriptors (both ends
# of each connection live in this process) and scans it again for the ready
# ones; epoll keeps the list in the kernel and returns only the ready ones,
# so its cost per wait follows the traffic, not the number of connections.
#
#   ./gilpy examples/asyncio/many_connections.py            (both, compared)
#   ./gilpy -X loop=poll examples/asyncio/many_connections.py --one
#   ./gilpy -X loop=epoll examples/asyncio/many_connections.py --one
import asyncio
import resource
import subprocess
import sys
import time

CLIENTS = 1000
ACTIVE = 10         # clients that keep talking once everyone is connected
ROUNDS = 300        # round trips of each active client


def raise_fd_limit():
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    want = 2 * CLIENTS + 100
    if soft != resource.RLIM_INFINITY and soft < want:
        resource.setrlimit(resource.RLIMIT_NOFILE, (min(want, hard), hard))


async def echo(reader, writer):
    while line := await reader.readline():
        writer.write(line)
        await writer.drain()
    writer.close()
    await writer.wait_closed()


async def client(port, i, everyone_in, count, busy_done):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    count.append(i)
    if len(count) == CLIENTS:
        everyone_in.set()
    await everyone_in.wait()
    if i < ACTIVE:
        for j in range(ROUNDS):
            writer.write(b'ping\n')
            await writer.drain()
            await reader.readline()
    else:
        await busy_done.wait()          # idle, but open all along
    writer.close()
    await writer.wait_closed()


async def main():
    loop = asyncio.get_running_loop()
    server = await asyncio.start_server(echo, '127.0.0.1', 0, backlog=CLIENTS)
    port = server.sockets[0].getsockname()[1]
    everyone_in, count, busy_done = asyncio.Event(), [], asyncio.Event()
    tasks = [asyncio.create_task(client(port, i, everyone_in, count, busy_done))
             for i in range(CLIENTS)]
    await everyone_in.wait()
    start = time.perf_counter()
    await asyncio.gather(*tasks[:ACTIVE])
    busy = time.perf_counter() - start
    busy_done.set()
    await asyncio.gather(*tasks)
    server.close()
    await server.wait_closed()
    selector = type(loop._selector).__name__
    print(f'{selector:14} {CLIENTS} connections open, {ACTIVE} clients x '
          f'{ROUNDS} round trips: {busy:.3f} s')
    return busy


def compare():
    times = {}
    for mech in ('poll', 'epoll'):
        out = subprocess.run([sys.executable, '-X', f'loop={mech}', __file__, '--one'],
                             capture_output=True, text=True, check=True).stdout
        print(out, end='')
        times[mech] = float(out.split()[-2])
    if sys.implementation.name == 'cpython':
        print('(CPython ignores -X loop: both runs used its default, epoll.)')
        return
    ratio = times['poll'] / times['epoll']
    print(f'poll took {ratio:.1f}x the time of epoll: each of its waits passes and '
          f'rescans all {2 * CLIENTS} descriptors for the few that are ready.')


if __name__ == '__main__':
    raise_fd_limit()
    if sys.argv[1:] == ['--one']:
        asyncio.run(main())
    else:
        compare()
