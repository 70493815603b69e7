# Peers that go away: BrokenPipeError / ConnectionResetError, end of
# stream, and no file descriptor leaked over many connections.
import socket, os, errno

def open_fds():
    return len(os.listdir('/proc/self/fd'))

# writing to a socketpair whose other end is closed
a, b = socket.socketpair()
b.close()
try:
    a.send(b'x')
except BrokenPipeError as e:
    print(type(e).__name__, e.errno == errno.EPIPE, e)
try:
    a.sendall(b'x' * 100000)
except BrokenPipeError as e:
    print("sendall", type(e).__name__)
print("recv after peer close", a.recv(10))
a.close()

# a TCP peer that closes with unread data resets the connection
srv = socket.create_server(('127.0.0.1', 0))
c = socket.create_connection(srv.getsockname())
conn, _ = srv.accept()
c.sendall(b'unread data')
conn.close()
try:
    for i in range(100):
        c.sendall(b'more')
    c.recv(10)
    print("no error")
except (ConnectionResetError, BrokenPipeError) as e:
    print("reset", isinstance(e, ConnectionError))
c.close()

# SO_LINGER with a zero timeout: close() sends a reset to the peer
c = socket.create_connection(srv.getsockname())
conn, _ = srv.accept()
conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b'\1\0\0\0\0\0\0\0')
conn.close()
try:
    c.recv(10)
    print("no error")
except ConnectionResetError as e:
    print(type(e).__name__, e.errno == errno.ECONNRESET, e)
c.close()

# many connections opened and closed leave no descriptors behind
before = open_fds()
for i in range(200):
    c = socket.create_connection(srv.getsockname())
    conn, _ = srv.accept()
    c.sendall(b'%d' % i)
    assert conn.recv(10) == b'%d' % i
    if i % 2:
        conn.close()
        c.close()
    else:
        with c, conn:
            pass
print("fds after 200 connections", open_fds() - before)

# failing operations leak nothing either
before = open_fds()
probe = socket.socket()
probe.bind(('127.0.0.1', 0))
port = probe.getsockname()[1]
probe.close()
for i in range(100):
    try:
        socket.create_connection(('127.0.0.1', port))
    except ConnectionRefusedError:
        pass
    s = socket.socket()
    try:
        s.bind(('127.0.0.1', 70000))
    except OverflowError:
        pass
    s.close()
    x, y = socket.socketpair()
    del x, y                     # dropped sockets close themselves
print("fds after failures", open_fds() - before)

# makefile objects keep the socket open until they are closed too
c = socket.create_connection(srv.getsockname())
conn, _ = srv.accept()
f = conn.makefile('rb')
conn.close()
print("closed flag", conn._closed, conn.fileno() >= 0)
c.sendall(b'line\n')
print(f.readline())
f.close()
print("after file close", conn.fileno())
c.close()
srv.close()
print("fds at end", open_fds() - before)
