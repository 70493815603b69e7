# Timeouts and non-blocking sockets: poll()-based waits, TimeoutError
# "timed out", BlockingIOError for would-block, and the blocking flag.
import socket, time, errno

a, b = socket.socketpair()
print(a.gettimeout(), a.getblocking())
a.settimeout(0.05)
print(a.gettimeout(), a.getblocking(), a.timeout)
start = time.monotonic()
try:
    a.recv(10)
except socket.timeout as e:
    elapsed = time.monotonic() - start
    print(type(e).__name__, repr(str(e)), e.errno, e.args, 0.04 <= elapsed < 2)
# data that is there comes at once
b.sendall(b'ready')
print(a.recv(10))
try:
    a.recv_into(bytearray(4))
except TimeoutError as e:
    print("recv_into", e)
try:
    a.recvfrom(4)
except TimeoutError as e:
    print("recvfrom", e)

# non-blocking: timeout 0
a.setblocking(False)
print(a.gettimeout(), a.getblocking())
try:
    a.recv(10)
except BlockingIOError as e:
    print(type(e).__name__, e.errno == errno.EAGAIN, e.strerror)
try:
    a.recv(10, socket.MSG_DONTWAIT)
except BlockingIOError as e:
    print("MSG_DONTWAIT", type(e).__name__)
b.send(b'x')
print(a.recv(10))
a.settimeout(0.0)
print(a.gettimeout(), a.getblocking())

# filling the send buffer of a non-blocking socket
a.setblocking(False)
sent = 0
try:
    while True:
        sent += a.send(b'z' * 65536)
except BlockingIOError as e:
    print("send buffer full", sent > 0, type(e).__name__)
# a sendall with a timeout into a full buffer times out
a.settimeout(0.05)
try:
    a.sendall(b'z' * 65536)
except TimeoutError as e:
    print("sendall", type(e).__name__, e)
a.setblocking(True)
print(a.gettimeout(), a.getblocking())
a.close()
b.close()

# a listening socket with a timeout gives accepted sockets without one
srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen()
srv.settimeout(5)
c = socket.create_connection(srv.getsockname())
conn, _ = srv.accept()
print("accepted", conn.gettimeout(), conn.getblocking())
conn.close()
c.close()

# default timeout applies to new and accepted sockets
socket.setdefaulttimeout(0.05)
c = socket.create_connection(srv.getsockname())
conn, _ = srv.accept()
print("default", c.gettimeout(), conn.gettimeout())
try:
    conn.recv(1)
except TimeoutError as e:
    print("default timeout", e)
socket.setdefaulttimeout(None)
conn.close()
c.close()

# a non-blocking connect is in progress
srv.settimeout(None)
c = socket.socket()
c.setblocking(False)
try:
    c.connect(srv.getsockname())
    print("connected at once")
except BlockingIOError as e:
    print("connect", type(e).__name__, errno.errorcode[e.errno])
conn, _ = srv.accept()
conn.close()
c.close()
# a connect with a timeout waits for the outcome
c = socket.socket()
c.settimeout(2)
c.connect(srv.getsockname())
print("connect with timeout", c.getpeername() == srv.getsockname())
conn, _ = srv.accept()
conn.close()
c.close()
srv.close()

# UDP with a timeout
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.bind(('127.0.0.1', 0))
u.settimeout(0.02)
try:
    u.recvfrom(100)
except TimeoutError as e:
    print("udp", e)
u.close()
