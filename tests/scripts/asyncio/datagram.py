# UDP through create_datagram_endpoint: a DatagramProtocol server that
# answers each datagram, a connected client, an unconnected sender, and
# the argument errors.
import asyncio
import socket


class Upper(asyncio.DatagramProtocol):
    def connection_made(self, transport):
        self.transport = transport
        print('server ready', type(transport).__name__)

    def datagram_received(self, data, addr):
        print('server got', data)
        self.transport.sendto(data.upper(), addr)

    def connection_lost(self, exc):
        print('server closed', exc)


class Client(asyncio.DatagramProtocol):
    def __init__(self, answers, wanted):
        self.answers = answers
        self.wanted = wanted

    def connection_made(self, transport):
        for word in (b'one', b'two', b'three'):
            transport.sendto(word)

    def datagram_received(self, data, addr):
        self.answers.append(data)
        if len(self.answers) == 3:
            self.wanted.set_result(sorted(self.answers))

    def error_received(self, exc):
        print('client error', type(exc).__name__)


async def main():
    loop = asyncio.get_running_loop()
    server, _ = await loop.create_datagram_endpoint(
        Upper, local_addr=('127.0.0.1', 0))
    addr = server.get_extra_info('sockname')
    wanted = loop.create_future()
    client, _ = await loop.create_datagram_endpoint(
        lambda: Client([], wanted), remote_addr=addr)
    print(await asyncio.wait_for(wanted, 5))
    print(client.get_extra_info('peername') == addr)
    try:
        client.sendto(b'x', ('127.0.0.1', 1))
    except ValueError as e:
        print('ValueError:', str(e).split(' or ')[0])
    try:
        client.sendto('text')
    except TypeError as e:
        print('TypeError:', e)
    client.close()

    # An unconnected endpoint sending to the server.
    got = loop.create_future()

    class Once(asyncio.DatagramProtocol):
        def datagram_received(self, data, addr):
            got.set_result(data)
    sender, _ = await loop.create_datagram_endpoint(
        Once, local_addr=('127.0.0.1', 0))
    sender.sendto(b'hello', addr)
    print(await asyncio.wait_for(got, 5))
    sender.close()
    server.close()
    await asyncio.sleep(0.01)

    for kwargs in ({}, {'local_addr': '127.0.0.1'}):
        try:
            await loop.create_datagram_endpoint(asyncio.DatagramProtocol,
                                                **kwargs)
        except (ValueError, TypeError) as e:
            print(type(e).__name__ + ':', e)
    tcp = socket.socket()
    try:
        await loop.create_datagram_endpoint(asyncio.DatagramProtocol,
                                            sock=tcp)
    except ValueError as e:
        print('ValueError:', str(e).split(',')[0])
    tcp.close()
    udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        await loop.create_datagram_endpoint(asyncio.DatagramProtocol,
                                            sock=udp, family=2)
    except ValueError as e:
        print('ValueError:', e)
    udp.close()

asyncio.run(main())


async def low_level_udp():
    loop = asyncio.get_running_loop()
    a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    for s in (a, b):
        s.bind(('127.0.0.1', 0))
        s.setblocking(False)
    pending = asyncio.create_task(loop.sock_recvfrom(b, 100))
    await asyncio.sleep(0.01)
    print('waiting for a datagram:', not pending.done())
    print(await loop.sock_sendto(a, b'first', b.getsockname()))
    data, addr = await pending
    print(data, addr == a.getsockname())
    await loop.sock_sendto(a, b'second', b.getsockname())
    buf = bytearray(4)
    n, addr = await loop.sock_recvfrom_into(b, buf)
    print(n, bytes(buf), addr == a.getsockname())
    a.close()
    b.close()

asyncio.run(low_level_udp())
