# TCP over loopback within one thread: the listen backlog lets connect()
# finish before accept() runs.
import socket, errno

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print("reuseaddr", server.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
server.bind(('127.0.0.1', 0))
server.listen(5)
host, port = server.getsockname()
print(host, port > 0)
print("SO_ACCEPTCONN", server.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN))

client = socket.socket()
print("connect", client.connect(('127.0.0.1', port)))
conn, addr = server.accept()
print(type(conn).__name__, type(addr).__name__, addr == client.getsockname())
print(conn.getpeername() == client.getsockname(), client.getpeername() == server.getsockname())
print(repr(conn.family), repr(conn.type), conn.gettimeout())
r = repr(conn)
r = r.replace(str(conn.getsockname()), "LADDR").replace(str(conn.getpeername()), "RADDR")
print(r.replace("fd=%d," % conn.fileno(), "fd=N,"))

print(client.send(b'hello'), conn.recv(100))
client.sendall(b'peek me')
print(conn.recv(4, socket.MSG_PEEK), conn.recv(100))
buf = bytearray(10)
client.sendall(b'into')
print(conn.recv_into(buf), buf)
client.sendall(b'abcdef')
print(conn.recv_into(buf, 3), buf)
print(conn.recv(100))
client.sendall(bytearray(b'from a bytearray'))
print(conn.recv(100))

data = bytes(range(256)) * 128          # 32 KiB fits in the socket buffers
client.sendall(data)
got = b''
while len(got) < len(data):
    got += conn.recv(8192)
print("sendall", len(got), got == data)

# options
print("SO_TYPE", conn.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE))
print("SO_ERROR", conn.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
client.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
print("TCP_NODELAY", client.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
client.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, True)
print("SO_KEEPALIVE", client.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE))
print("SO_RCVBUF bytes", len(client.getsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4)))
client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b'\0' * 8)
print("SO_LINGER", client.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER, 8))

# half close: the peer reads the end of the stream
client.shutdown(socket.SHUT_WR)
print("eof", conn.recv(10), conn.recv(10))
conn.sendall(b'still open the other way')
print(client.recv(100))
conn.close()
print("after peer close", client.recv(10))
client.close()

# connect_ex reports errors as numbers
client = socket.socket()
print("connect_ex", client.connect_ex(('127.0.0.1', port)))
c2, _ = server.accept()
c2.close()
client.close()

# a port nobody listens on
probe = socket.socket()
probe.bind(('127.0.0.1', 0))
closed_port = probe.getsockname()[1]
probe.close()
client = socket.socket()
err = client.connect_ex(('127.0.0.1', closed_port))
print("connect_ex refused", err == errno.ECONNREFUSED, errno.errorcode[err])
client.close()
try:
    socket.socket().connect(('127.0.0.1', closed_port))
except ConnectionRefusedError as e:
    print(type(e).__name__, e.errno == errno.ECONNREFUSED, e.strerror)
try:
    socket.create_connection(('127.0.0.1', closed_port))
except OSError as e:
    print("create_connection", type(e).__name__, e)

# accept with a timeout and nothing pending
server.settimeout(0.05)
try:
    server.accept()
except TimeoutError as e:
    print("accept", type(e).__name__, e, e.errno)
server.close()

# create_server / create_connection
srv = socket.create_server(('127.0.0.1', 0))
print(repr(srv.family), srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
c = socket.create_connection(srv.getsockname(), timeout=3)
print("timeout", c.gettimeout())
a, _ = srv.accept()
c.sendall(b'ping')
print(a.recv(10))
a.sendall(b'pong')
print(c.recv(10))
with c, a, srv:
    pass
print(c.fileno(), a.fileno(), srv.fileno())
srv = socket.create_server(('127.0.0.1', 0), backlog=1, reuse_port=True)
print("reuse_port", srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT) != 0)
srv.close()

# IPv6 loopback
srv = socket.create_server(('::1', 0), family=socket.AF_INET6)
name = srv.getsockname()
print(len(name), name[0], name[2:])
c = socket.create_connection(('::1', name[1]))
a, addr = srv.accept()
print(len(addr), addr[0], c.getpeername()[0])
c.sendall(b'v6')
print(a.recv(10))
for x in (a, c, srv):
    x.close()
