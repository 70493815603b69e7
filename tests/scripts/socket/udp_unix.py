# Datagrams (UDP to self, IPv4 and IPv6) and AF_UNIX sockets (paths,
# abstract names, socketpair of datagrams).
import socket, os

u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.bind(('127.0.0.1', 0))
me = u.getsockname()
print(repr(u.type), u.proto)
print(u.sendto(b'first', me), u.sendto(b'second', 0, me))
data, addr = u.recvfrom(100)
print(data, addr == me)
buf = bytearray(20)
n, addr = u.recvfrom_into(buf)
print(n, bytes(buf[:n]), addr == me)
u.sendto(b'truncated datagram', me)
print(u.recv(5))                      # the rest of the datagram is dropped
u.sendto(b'', me)
print(u.recvfrom(10)[0])
u.sendto(b'0123456789', me)
buf = bytearray(8)
print(u.recvfrom_into(buf, 4)[0], buf)
# connected UDP
v = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
v.connect(me)
v.send(b'connected')
data, addr = u.recvfrom(100)
print(data, addr == v.getsockname())
u.sendto(b'reply', addr)
print(v.recv(100))
print(v.getpeername() == me)
v.close()
u.close()

u6 = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
u6.bind(('::1', 0))
me6 = u6.getsockname()
u6.sendto(b'six', me6)
data, addr = u6.recvfrom(100)
print(data, addr == me6, len(addr))
u6.close()

# broadcast needs SO_BROADCAST
b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
b.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
print("SO_BROADCAST", b.getsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST))
b.close()

# AF_UNIX stream over a path
path = "/tmp/gilpy-sock-test-%d" % os.getpid()
if os.path.exists(path):
    os.remove(path)
srv = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
srv.bind(path)
srv.listen()
print(srv.getsockname() == path, repr(srv.family))
c = socket.socket(socket.AF_UNIX)
c.connect(path)
conn, addr = srv.accept()
print(repr(addr), c.getpeername() == path, repr(c.getsockname()))
r = repr(conn).replace(path, "PATH").replace("fd=%d," % conn.fileno(), "fd=N,")
print(r)
c.sendall(b'over unix')
print(conn.recv(100))
try:
    socket.socket(socket.AF_UNIX).bind(path)
except OSError as e:
    print(type(e).__name__, e)
for s in (conn, c, srv):
    s.close()
os.remove(path)
try:
    socket.socket(socket.AF_UNIX).connect(path)
except FileNotFoundError as e:
    print(type(e).__name__, e.strerror)

# abstract names (Linux) come back as bytes
name = b'\0gilpy-abstract-%d' % os.getpid()
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
s.bind(name)
print(s.getsockname() == name, type(s.getsockname()).__name__)
t = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
t.sendto(b'to abstract', name)
print(s.recvfrom(100))
s.close()
t.close()

# socketpair variants
a, b = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
print(repr(a.family), repr(a.type))
a.send(b'one')
a.send(b'two')
print(b.recv(100), b.recv(100))
a.close()
b.close()
a, b = socket.socketpair()
print(repr(a.family), repr(a.type), a.getsockname(), b.getpeername())
a.close()
b.close()
