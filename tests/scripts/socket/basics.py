# socket basics: module contents, enums, constants, reprs, attributes.
import socket, _socket, errno

print(socket.AF_INET, repr(socket.AF_INET), repr(socket.AF_INET6), repr(socket.AF_UNIX))
print(repr(socket.SOCK_STREAM), repr(socket.SOCK_DGRAM), int(socket.SOCK_NONBLOCK), int(socket.SOCK_CLOEXEC))
print(repr(socket.AF_ROUTE), socket.AF_ROUTE == socket.AF_NETLINK)
print(socket.AddressFamily, socket.SocketKind, socket.AddressFamily.__module__)
print(isinstance(socket.AF_INET, int), socket.AddressFamily(2), socket.SocketKind(2).name)
print([m.name for m in socket.SocketKind])
print(socket.timeout is TimeoutError, socket.error is OSError)
print(socket.gaierror, socket.herror, socket.gaierror.__mro__[1:3])
print(socket.SocketType is _socket.socket, socket.socket.__mro__[1])
print(socket.has_ipv6, socket.SOMAXCONN > 0)
for name in ["SOL_SOCKET", "SO_REUSEADDR", "SO_REUSEPORT", "SO_KEEPALIVE", "SO_RCVBUF",
             "SO_SNDBUF", "SO_ERROR", "SO_TYPE", "IPPROTO_TCP", "IPPROTO_UDP", "TCP_NODELAY",
             "SHUT_RD", "SHUT_WR", "SHUT_RDWR", "MSG_PEEK", "MSG_DONTWAIT", "MSG_WAITALL",
             "AI_PASSIVE", "AI_NUMERICHOST", "NI_NUMERICHOST", "NI_NUMERICSERV", "INADDR_ANY",
             "INADDR_LOOPBACK", "INADDR_BROADCAST", "EAI_NONAME", "IPV6_V6ONLY", "SOL_TCP"]:
    print(name, repr(getattr(socket, name)))
print(repr(socket.MSG_PEEK | socket.MSG_DONTWAIT))
print(repr(socket.AI_PASSIVE))

def show(s):
    print(repr(s).replace("fd=%d," % s.fileno(), "fd=N,"))

s = socket.socket()
show(s)
print(s.family, repr(s.family), repr(s.type), s.proto, s.gettimeout(), s.getblocking(), s.timeout)
s.close()
show(s)
print(s.fileno())
s.close()   # closing twice is fine

s = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
show(s)
s.close()
s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM | socket.SOCK_NONBLOCK)
show(s)
print(repr(s.type), s.gettimeout(), s.getblocking(), repr(s.getsockname()))
s.close()

r = _socket.socket()
print(repr(r).replace("fd=%d," % r.fileno(), "fd=N,"))
r.close()
print(repr(r))

# detach leaves the descriptor open
s = socket.socket()
fd = s.detach()
print(s.fileno(), repr(s).startswith("<socket.socket [closed] fd=-1"))
t = socket.socket(fileno=fd)
print(t.fileno() == fd, repr(t.family), repr(t.type), t.proto)
t.close()

# fromfd and dup give new descriptors
s = socket.socket()
d = s.dup()
f = socket.fromfd(s.fileno(), socket.AF_INET, socket.SOCK_STREAM)
print(d.fileno() != s.fileno(), f.fileno() not in (s.fileno(), d.fileno()), repr(d.type))
for x in (s, d, f):
    x.close()

# the context manager closes
with socket.socket() as s:
    print(s.fileno() >= 0)
print(s.fileno(), s._closed)

# byte order and address conversions
print(socket.htons(1), socket.ntohs(256), socket.htonl(1), socket.ntohl(16777216))
print(socket.inet_aton('127.0.0.1'), socket.inet_aton('127.1'), socket.inet_ntoa(b'\x0a\x00\x00\x01'))
print(socket.inet_pton(socket.AF_INET, '192.168.1.2'), socket.inet_ntop(socket.AF_INET, b'\xc0\xa8\x01\x02'))
print(socket.inet_pton(socket.AF_INET6, '::1'), socket.inet_ntop(socket.AF_INET6, bytes(16)))
print(socket.inet_ntop(socket.AF_INET6, socket.inet_pton(socket.AF_INET6, '2001:db8::ff00:42:8329')))

# default timeout
print(socket.getdefaulttimeout())
socket.setdefaulttimeout(2.5)
s = socket.socket()
print(socket.getdefaulttimeout(), s.gettimeout(), s.getblocking())
s.close()
socket.setdefaulttimeout(None)
s = socket.socket()
print(s.gettimeout())
s.close()

# names
print(type(socket.gethostname()).__name__, len(socket.gethostname()) > 0)
print(socket.gethostbyname('127.0.0.1'), socket.gethostbyname('localhost'), socket.gethostbyname(''))
print(socket.getaddrinfo('127.0.0.1', 80, socket.AF_INET, socket.SOCK_STREAM))
print(socket.getaddrinfo('127.0.0.1', 'http', socket.AF_INET, socket.SOCK_STREAM))
print(socket.getaddrinfo(None, 8080, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_PASSIVE))
print(socket.getaddrinfo('::1', 443, socket.AF_INET6, socket.SOCK_DGRAM))
print(socket.getaddrinfo('localhost', 80, socket.AF_INET, socket.SOCK_STREAM))
print(_socket.getaddrinfo('127.0.0.1', b'80', 0, socket.SOCK_STREAM))
print(socket.getnameinfo(('127.0.0.1', 80), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
print(socket.getnameinfo(('::1', 80, 0, 0), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
print(socket.getprotobyname('tcp'), socket.getprotobyname('udp'))
print(socket.getservbyname('http', 'tcp'), socket.getservbyport(80, 'tcp'))
print(errno.ECONNREFUSED, errno.errorcode[errno.ECONNREFUSED], errno.errorcode[errno.EWOULDBLOCK])

# the enums format as their values
A = socket.AF_INET
print(str(A), format(A), '%s' % A, '%d' % A, f'{A!r}', f'{A:>5}', A.name, A.value, A == 2, hash(A) == hash(2))
print(socket.AddressFamily['AF_INET6'], socket.SocketKind.SOCK_DGRAM in socket.SocketKind)
print(socket.MSG_PEEK | socket.MSG_WAITALL, repr(socket.MSG_PEEK | socket.MSG_WAITALL), socket.MsgFlag(0))
print(repr(socket.AddressInfo(socket.AI_PASSIVE | socket.AI_CANONNAME)))
print(sorted(socket.AddressFamily.__members__)[:5])
s = socket.socket()
print(f"{s.family} {s.type}", str(s.family), s.family.name)
s.close()
