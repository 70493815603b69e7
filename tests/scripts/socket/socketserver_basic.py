# socketserver: threading TCP server with serve_forever/shutdown, handle_request
# with a timeout, failing and refused requests, UDP, Unix and forking servers.
import socket, socketserver, threading, os

class Echo(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            self.wfile.write(line.upper())

class Quiet:
    def handle_error(self, request, client_address):
        import sys
        print("handle_error", sys.exc_info()[0].__name__)

class Server(Quiet, socketserver.ThreadingTCPServer):
    allow_reuse_address = True

with Server(('127.0.0.1', 0), Echo) as srv:
    host, port = srv.server_address
    print(host, port > 0, srv.socket.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
    t = threading.Thread(target=srv.serve_forever, kwargs={'poll_interval': 0.05})
    t.start()
    replies = []
    def client(i):
        with socket.create_connection(srv.server_address) as c:
            f = c.makefile('rwb')
            f.write(b'hello %d\n' % i); f.flush()
            replies.append(f.readline())
            f.close()
    cs = [threading.Thread(target=client, args=(i,)) for i in range(5)]
    for c in cs: c.start()
    for c in cs: c.join()
    print(sorted(replies))
    srv.shutdown()
    t.join()
print("closed", srv.socket.fileno())

# handle_request with a timeout and nothing coming
class TimeoutServer(socketserver.TCPServer):
    timeout = 0.05
    def handle_timeout(self):
        print("handle_timeout")
with TimeoutServer(('127.0.0.1', 0), Echo) as srv:
    srv.handle_request()
    c = socket.create_connection(srv.server_address)
    c.sendall(b'one request\n')
    c.shutdown(socket.SHUT_WR)
    srv.handle_request()
    print(c.recv(100))
    c.close()

# a handler that fails
class Failing(socketserver.BaseRequestHandler):
    def setup(self): print("setup")
    def handle(self): raise ValueError("bad request")
    def finish(self): print("finish")
class FailServer(Quiet, socketserver.TCPServer): pass
with FailServer(('127.0.0.1', 0), Failing) as srv:
    c = socket.create_connection(srv.server_address)
    srv.handle_request()
    print("client sees", c.recv(10))
    c.close()

# verify_request refusing
class Refusing(socketserver.TCPServer):
    def verify_request(self, request, client_address):
        print("verify", type(request).__name__, client_address[0])
        return False
with Refusing(('127.0.0.1', 0), Echo) as srv:
    c = socket.create_connection(srv.server_address)
    srv.handle_request()
    print("refused", c.recv(10))
    c.close()

# UDP
class UpperDatagram(socketserver.DatagramRequestHandler):
    def handle(self):
        data = self.rfile.read()
        self.wfile.write(data.upper())
        self.wfile.write(b'!')
with socketserver.UDPServer(('127.0.0.1', 0), UpperDatagram) as srv:
    u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    u.sendto(b'datagram', srv.server_address)
    srv.handle_request()
    print(u.recvfrom(100)[0])
    u.close()

# Unix stream server
path = "/tmp/gilpy-socketserver-%d" % os.getpid()
with socketserver.UnixStreamServer(path, Echo) as srv:
    print(srv.server_address == path)
    c = socket.socket(socket.AF_UNIX)
    c.connect(path)
    c.sendall(b'unix\n')
    c.shutdown(socket.SHUT_WR)
    srv.handle_request()
    print(c.recv(100))
    c.close()
os.remove(path)

# forking server
with socketserver.ForkingTCPServer(('127.0.0.1', 0), Echo) as srv:
    c = socket.create_connection(srv.server_address)
    c.sendall(b'forked\n')
    c.shutdown(socket.SHUT_WR)
    srv.handle_request()
    print(c.recv(100), len(srv.active_children) <= 1)
    c.close()
print("children", srv.active_children)

# bind failure closes the socket
try:
    socketserver.TCPServer(('127.0.0.1', 70000), Echo)
except OverflowError as e:
    print(type(e).__name__, e)
s = socketserver.TCPServer(('127.0.0.1', 0), Echo, bind_and_activate=False)
print(s.server_address, s.socket.getsockname())
s.server_close()
print(sorted(socketserver.__all__))
