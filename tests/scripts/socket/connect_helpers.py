# create_connection (all_errors, source_address, timeouts) and create_server
# (address in use, dual-stack IPv6) with CPython's errors.
import socket
probe = socket.socket(); probe.bind(('127.0.0.1', 0)); port = probe.getsockname()[1]; probe.close()
def t(label, f):
    try: print(label, 'ok', f())
    except BaseException as e: print(label, type(e).__name__, e, [type(x).__name__ for x in getattr(e, 'exceptions', [])])
t(1, lambda: socket.create_connection(('localhost', port), all_errors=True))
t(2, lambda: socket.create_connection(('127.0.0.1', port), all_errors=False))
t(3, lambda: socket.create_connection(('127.0.0.1',)))
t(4, lambda: socket.create_connection(('127.0.0.1', port), source_address=('127.0.0.1', 70000)))
srv = socket.create_server(('127.0.0.1', 0))
c = socket.create_connection(srv.getsockname(), source_address=('127.0.0.1', 0))
print(c.getsockname()[0], c.gettimeout())
c.close()
c = socket.create_connection(srv.getsockname(), None)
print(c.gettimeout()); c.close()
try:
    socket.create_server(srv.getsockname())
except OSError as e:
    print(5, type(e).__name__, e.errno, str(e).replace(str(srv.getsockname()[1]), "PORT"))
t(6, lambda: socket.create_server(('127.0.0.1', 0), dualstack_ipv6=True))
t(7, lambda: socket.has_dualstack_ipv6())
s6 = socket.create_server(('::', 0), family=socket.AF_INET6, dualstack_ipv6=True)
print(s6.getsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY))
c = socket.create_connection(('127.0.0.1', s6.getsockname()[1]))
a, addr = s6.accept()
print(addr[0])
for x in (a, c, s6, srv): x.close()
t(8, lambda: socket.create_server(('::1', 0), family=socket.AF_INET6).getsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY))
t(9, lambda: socket.getfqdn('localhost'))
