# 10,000 tasks, each blocked in one kind of await (sleep, Queue.get, Lock,
# Event.wait, wait_for, gather, shield, sock_recv, stream readline), and a
# seeded random fate for each: its resource arrives (it finishes), it is
# cancelled from outside, or a timeout (wait_for or asyncio.timeout) expires,
# after a random delay.  Every task must end with the outcome its fate says,
# every finally block must run, every socket must be closed and no
# descriptor may stay open.
import asyncio
import os
import random
import socket

TASKS = 10000
BATCH = 1000
KINDS = ['sleep', 'queue', 'lock', 'event', 'wait_for', 'gather', 'shield',
         'sock_recv', 'readline']
FATES = ['finish', 'cancel', 'timeout']

fates = random.Random(20261130)    # what happens to each task
timing = random.Random(7)          # delays: their order of use varies
started = unwound = 0
sockets = []


def open_fds():
    return len(os.listdir('/proc/self/fd'))


def delay():
    return timing.choice([0, 0, 0.001, 0.003, 0.01, 0.02])


class Server:
    """Answers 'finish' requests with a line; holds other connections open
    until the client goes away."""

    def __init__(self):
        self.handlers = 0

    async def handle(self, reader, writer):
        self.handlers += 1
        try:
            request = await reader.readline()
            if request.startswith(b'finish'):
                writer.write(b'answer\n')
                await writer.drain()
            await reader.read()          # until the client closes
        finally:
            writer.close()
            await writer.wait_closed()
            self.handlers -= 1


async def blocked(kind, fate, loop, port):
    """Waits in `kind`; with fate 'finish' what it waits for arrives."""
    global started, unwound
    started += 1
    arrive = fate == 'finish'
    try:
        if kind == 'sleep':
            await asyncio.sleep(delay() if arrive else 3600)
        elif kind == 'queue':
            q = asyncio.Queue()
            if arrive:
                loop.call_later(delay(), q.put_nowait, 'item')
            await q.get()
        elif kind == 'lock':
            lock = asyncio.Lock()
            await lock.acquire()        # held by "someone else"
            if arrive:
                loop.call_later(delay(), lock.release)
            async with lock:
                pass
        elif kind == 'event':
            ev = asyncio.Event()
            if arrive:
                loop.call_later(delay(), ev.set)
            await ev.wait()
        elif kind == 'wait_for':
            never = loop.create_future()
            await asyncio.wait_for(asyncio.sleep(delay()) if arrive else never, 60)
        elif kind == 'gather':
            a = asyncio.sleep(delay() if arrive else 3600)
            b = asyncio.sleep(delay() if arrive else 3600)
            await asyncio.gather(a, b)
        elif kind == 'shield':
            # the shielded inner task always ends by itself
            inner = asyncio.ensure_future(asyncio.sleep(delay() + 0.03))
            shields.append(inner)
            await asyncio.shield(inner)
        elif kind == 'sock_recv':
            a, b = socket.socketpair()
            sockets.extend((a, b))
            a.setblocking(False)
            try:
                if arrive:
                    loop.call_later(delay(), b.send, b'x')
                await loop.sock_recv(a, 10)
            finally:
                a.close()
                b.close()
        elif kind == 'readline':
            reader, writer = await asyncio.open_connection('127.0.0.1', port)
            sockets.append(writer.get_extra_info('socket'))
            try:
                writer.write(b'finish\n' if arrive else b'hold\n')
                await writer.drain()
                await reader.readline()
            finally:
                writer.close()
                await writer.wait_closed()
    finally:
        unwound += 1


async def fated(kind, fate, loop, port):
    """Runs blocked() under its fate: a timeout, or nothing (the cancel
    comes from outside)."""
    if fate == 'timeout':
        t = delay()
        if timing.random() < 0.5:
            await asyncio.wait_for(blocked(kind, fate, loop, port), t)
        else:
            async with asyncio.timeout(t):
                await blocked(kind, fate, loop, port)
    else:
        await blocked(kind, fate, loop, port)


shields = []


async def batch(first, loop, port, outcomes):
    tasks = []
    for i in range(first, first + BATCH):
        kind = KINDS[i % len(KINDS)]
        fate = fates.choice(FATES)
        task = asyncio.create_task(fated(kind, fate, loop, port))
        if fate == 'cancel':
            loop.call_later(delay() + 0.001, task.cancel)
        tasks.append((kind, fate, task))
    await asyncio.wait([t for _, _, t in tasks], timeout=120)
    for kind, fate, task in tasks:
        if not task.done():
            outcome = 'STILL PENDING'
        elif task.cancelled():
            outcome = 'cancelled'
        elif isinstance(task.exception(), TimeoutError):
            outcome = 'timed out'
        elif task.exception() is not None:
            outcome = repr(task.exception())
        else:
            outcome = 'finished'
        outcomes[kind, fate, outcome] = outcomes.get((kind, fate, outcome), 0) + 1


async def main():
    global shields
    loop = asyncio.get_running_loop()
    before = open_fds()
    server = Server()
    srv = await asyncio.start_server(server.handle, '127.0.0.1', 0, backlog=BATCH)
    port = srv.sockets[0].getsockname()[1]
    outcomes = {}
    for first in range(0, TASKS, BATCH):
        await batch(first, loop, port, outcomes)
    await asyncio.gather(*shields)
    for _ in range(500):                  # the server's side of the streams
        if server.handlers == 0:
            break
        await asyncio.sleep(0.01)
    srv.close()
    await srv.wait_closed()
    await asyncio.sleep(0.01)
    for kind in KINDS:
        cells = [f'{fate}->{outcome}: {n}'
                 for (k, fate, outcome), n in sorted(outcomes.items()) if k == kind]
        print(f'{kind:9}', ', '.join(cells))
    print('tasks ended:', sum(outcomes.values()), 'of', TASKS)
    print('shielded inner tasks done:', all(s.done() for s in shields))
    print('server handlers left:', server.handlers)
    print('sockets closed:', all(s.fileno() == -1 for s in sockets))
    print('descriptors leaked:', open_fds() - before)
    print('every started body ran its finally:', started == unwound)
    print('pending tasks left:', len(asyncio.all_tasks()) - 1)

asyncio.run(main())
