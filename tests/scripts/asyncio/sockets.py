# Low-level loop I/O: sock_accept/sock_connect/sock_recv/sock_recv_into/
# sock_sendall, add_reader/remove_reader, call_soon_threadsafe from a
# thread, run_in_executor and to_thread, and a Protocol-based server.
import asyncio
import socket
import threading
import time


async def low_level():
    loop = asyncio.get_running_loop()
    listener = socket.socket()
    listener.bind(('127.0.0.1', 0))
    listener.listen()
    listener.setblocking(False)
    port = listener.getsockname()[1]

    client = socket.socket()
    client.setblocking(False)
    accept = asyncio.create_task(loop.sock_accept(listener))
    await loop.sock_connect(client, ('127.0.0.1', port))
    conn, addr = await accept
    print('accepted from', addr[0], conn.gettimeout())
    await loop.sock_sendall(client, b'x' * 100000)
    received = 0
    while received < 100000:
        received += len(await loop.sock_recv(conn, 65536))
    print('received', received)
    buf = bytearray(10)
    await loop.sock_sendall(conn, b'hello')
    n = await loop.sock_recv_into(client, buf)
    print(n, bytes(buf[:n]))

    # add_reader: a callback when data arrives
    got = loop.create_future()

    def readable():
        got.set_result(conn.recv(100))
        loop.remove_reader(conn.fileno())
    loop.add_reader(conn.fileno(), readable)
    await asyncio.sleep(0.01)
    print('nothing yet', got.done())
    client.send(b'ping')
    print(await got, loop.remove_reader(conn.fileno()))

    # A receive cancelled while waiting.
    pending = asyncio.create_task(loop.sock_recv(conn, 10))
    await asyncio.sleep(0.01)
    pending.cancel()
    try:
        await pending
    except asyncio.CancelledError:
        print('sock_recv cancelled')
    client.send(b'after')
    print(await loop.sock_recv(conn, 10))
    for s in (client, conn, listener):
        s.close()


async def threads():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()

    def worker():
        time.sleep(0.05)
        loop.call_soon_threadsafe(fut.set_result, 'woken from a thread')
    threading.Thread(target=worker).start()
    print(await fut)
    print(await asyncio.to_thread(lambda a, b: a * b, 6, b=7))
    print(await loop.run_in_executor(None, sum, [1, 2, 3]))

    def blocking(n):
        time.sleep(0.2)
        return n
    start = time.perf_counter()
    results = await asyncio.gather(*(asyncio.to_thread(blocking, i)
                                     for i in range(3)))
    elapsed = time.perf_counter() - start
    print(results, 'concurrent in threads:', elapsed < 0.58)
    future = asyncio.run_coroutine_threadsafe(asyncio.sleep(0, 'rct'), loop)
    await asyncio.sleep(0.01)
    print(future.result(timeout=1))


class Echo(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport
        print('server: connection_made', type(transport).__name__)

    def data_received(self, data):
        print('server: data_received', data)
        self.transport.write(data[::-1])

    def eof_received(self):
        print('server: eof_received')
        self.transport.close()

    def connection_lost(self, exc):
        print('server: connection_lost', exc)


class Client(asyncio.Protocol):
    def __init__(self, done):
        self.done = done
        self.data = b''

    def connection_made(self, transport):
        transport.write(b'stressed')
        transport.write_eof()

    def data_received(self, data):
        self.data += data

    def connection_lost(self, exc):
        self.done.set_result(self.data)


async def protocols():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(Echo, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    done = loop.create_future()
    transport, protocol = await loop.create_connection(
        lambda: Client(done), '127.0.0.1', port)
    print('client got', await done, transport.is_closing())
    server.close()
    await server.wait_closed()
    await asyncio.sleep(0.01)
    print(transport.get_write_buffer_limits())
    # A socket accepted elsewhere handed to the loop.
    listener = socket.socket()
    listener.bind(('127.0.0.1', 0))
    listener.listen()
    client = socket.create_connection(listener.getsockname())
    accepted, _ = listener.accept()
    done = loop.create_future()
    transport, _ = await loop.connect_accepted_socket(
        lambda: Client(done), accepted)
    print('peer got', client.recv(100))
    client.sendall(b'reply')
    client.close()
    print('accepted socket protocol got', await done)
    listener.close()
    try:
        await loop.create_connection(asyncio.Protocol)
    except ValueError as e:
        print('ValueError:', e)
    try:
        await loop.create_server(asyncio.Protocol)
    except ValueError as e:
        print('ValueError:', e)


asyncio.run(low_level())
asyncio.run(threads())
asyncio.run(protocols())
