# http.server in a thread on port 0, fetched with http.client and
# urllib.request: status, headers, bodies, errors, POST, HEAD, chunked
# bodies, keep-alive and SimpleHTTPRequestHandler on a temporary directory.
import http.client
import http.server
import os
import tempfile
import threading
import urllib.error
import urllib.request
from http import HTTPStatus

log = []


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'

    def log_message(self, format, *args):
        log.append(format % args)

    def reply(self, code, body, ctype='text/plain; charset=utf-8', extra=()):
        self.send_response(code)
        self.send_header('Content-Type', ctype)
        self.send_header('Content-Length', str(len(body)))
        for k, v in extra:
            self.send_header(k, v)
        self.end_headers()
        if self.command != 'HEAD':
            self.wfile.write(body)

    def do_GET(self):
        if self.path == '/missing':
            self.send_error(HTTPStatus.NOT_FOUND)
        elif self.path == '/teapot':
            self.send_error(418, 'Short and stout', 'Tip me over & pour me out')
        elif self.path == '/redirect':
            self.send_response(302)
            self.send_header('Location', '/hello?from=redirect')
            self.send_header('Content-Length', '0')
            self.end_headers()
        elif self.path == '/chunked':
            self.send_response(200)
            self.send_header('Transfer-Encoding', 'chunked')
            self.end_headers()
            for piece in [b'first ', b'second ', b'third']:
                self.wfile.write(b'%x\r\n%s\r\n' % (len(piece), piece))
            self.wfile.write(b'0\r\n\r\n')
        elif self.path == '/multi':
            self.reply(200, b'm', extra=[('Set-Cookie', 'a=1'), ('Set-Cookie', 'b=2'), ('X-Empty', '')])
        else:
            agent = self.headers.get('User-Agent', '-')
            text = f'path={self.path} agent={agent} host-ok={self.headers["Host"] is not None}'
            self.reply(200, text.encode())

    do_HEAD = do_GET

    def do_POST(self):
        length = int(self.headers.get('Content-Length', 0))
        data = self.rfile.read(length)
        text = f'{self.command} {self.path} {self.headers.get_content_type()} {data!r}'
        self.reply(201, text.encode())

    do_PUT = do_POST


server = http.server.HTTPServer(('127.0.0.1', 0), Handler)
port = server.server_port
thread = threading.Thread(target=server.serve_forever, kwargs={'poll_interval': 0.05})
thread.start()
print(server.server_address[0], port > 0, isinstance(server.socket.getsockname(), tuple))

# http.client, one keep-alive connection for several requests
conn = http.client.HTTPConnection('127.0.0.1', port, timeout=10)
conn.request('GET', '/hello', headers={'User-Agent': 'course/1.0'})
r = conn.getresponse()
print(r.status, r.reason, r.version, r.getheader('Content-Type'), r.getheader('Content-Length'),
      r.getheader('X-None', 'default'), r.will_close, r.closed)
print(r.read(), r.isclosed())
print(sorted(k for k, v in r.getheaders()))
conn.request('HEAD', '/hello')
r = conn.getresponse()
print(r.status, r.getheader('Content-Length'), r.read())
conn.request('POST', '/submit', body=b'x=1', headers={'Content-Type': 'application/x-www-form-urlencoded'})
r = conn.getresponse()
print(r.status, r.reason, r.read())
conn.request('PUT', '/text', body='plain text body')
r = conn.getresponse()
print(r.status, r.read())
conn.request('GET', '/chunked')
r = conn.getresponse()
print(r.status, r.chunked, r.getheader('Transfer-Encoding'), r.read(7), r.read())
conn.request('GET', '/multi')
r = conn.getresponse()
print(r.getheader('Set-Cookie'), r.headers.get_all('set-cookie'), repr(r.getheader('X-Empty')), r.read())
conn.request('GET', '/missing')
r = conn.getresponse()
body = r.read()
print(r.status, r.reason, r.getheader('Connection'), r.getheader('Content-Type'), len(body) == int(r.getheader('Content-Length')))
print(body.decode())
conn.close()

conn = http.client.HTTPConnection('127.0.0.1:%d' % port)
print(conn.host, conn.port == port)
conn.request('GET', '/teapot')
r = conn.getresponse()
print(r.status, r.reason)
print(r.read().decode())
conn.close()
try:
    http.client.HTTPConnection('127.0.0.1:http')
except http.client.InvalidURL as e:
    print('InvalidURL:', e)
conn = http.client.HTTPConnection('127.0.0.1', port)
try:
    conn.getresponse()
except http.client.ResponseNotReady as e:
    print('ResponseNotReady:', e)
conn.request('GET', '/hello')
try:
    conn.request('GET', '/again')
except http.client.CannotSendRequest as e:
    print('CannotSendRequest:', e)
conn.getresponse().read()
conn.close()

# a raw bad request
import socket
with socket.create_connection(('127.0.0.1', port)) as s:
    s.sendall(b'NONSENSE\r\n\r\n')
    print(s.makefile('rb').readline())
with socket.create_connection(('127.0.0.1', port)) as s:
    s.sendall(b'BREW /pot HTTP/1.1\r\n\r\n')
    print(s.makefile('rb').readline())

# urllib.request
base = 'http://127.0.0.1:%d' % port
with urllib.request.urlopen(base + '/hello?q=1') as r:
    print(type(r).__name__, r.status, r.reason, r.msg, r.getcode(), r.geturl() == base + '/hello?q=1')
    print(r.headers.get_content_type(), r.headers.get_content_charset(), r.info()['Content-Length'])
    print(r.read())
with urllib.request.urlopen(base + '/redirect') as r:
    print(r.status, r.url.endswith('/hello?from=redirect'), r.read())
try:
    urllib.request.urlopen(base + '/missing')
except urllib.error.HTTPError as e:
    print(repr(e), '|', e, '|', e.code, e.reason, e.headers['Content-Type'], e.getcode())
    print(e.read().decode().splitlines()[-5])
    print(isinstance(e, urllib.error.URLError), isinstance(e, OSError))
req = urllib.request.Request(base + '/form', data=b'name=gil&lang=py', method='POST')
print(req.get_method(), req.type, req.host == '127.0.0.1:%d' % port, req.selector, req.full_url.endswith('/form'))
with urllib.request.urlopen(req) as r:
    print(r.status, r.read())
req = urllib.request.Request(base + '/json', data=b'{"a": 1}', headers={'Content-Type': 'application/json'})
print(req.get_method(), req.header_items(), req.has_header('Content-type'))
print(urllib.request.urlopen(req).read())
try:
    urllib.request.urlopen(base + '/x', data='text')
except TypeError as e:
    print('TypeError:', e)
try:
    urllib.request.urlopen('http://127.0.0.1:1/')
except urllib.error.URLError as e:
    print(e, type(e.reason).__name__)
for bad in ['nourl', 'zzz://host/']:
    try:
        urllib.request.urlopen(bad)
    except (ValueError, urllib.error.URLError) as e:
        print(type(e).__name__, e)
with urllib.request.urlopen('data:text/plain;base64,SGVsbG8=') as r:
    print(r.read(), r.headers['Content-Type'])

server.shutdown()
server.server_close()
thread.join()
print(log)

# SimpleHTTPRequestHandler serving a temporary directory
with tempfile.TemporaryDirectory() as d:
    with open(os.path.join(d, 'page.html'), 'w') as f:
        f.write('<p>hi</p>')
    with open(os.path.join(d, 'data.json'), 'w') as f:
        f.write('{}')
    os.mkdir(os.path.join(d, 'sub dir'))
    with open(os.path.join(d, 'sub dir', 'a&b.txt'), 'w') as f:
        f.write('amp')

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=d, **kwargs)

        def log_message(self, format, *args):
            log.append(format % args)

    log.clear()
    with http.server.ThreadingHTTPServer(('127.0.0.1', 0), Quiet) as srv:
        t = threading.Thread(target=srv.serve_forever, kwargs={'poll_interval': 0.05})
        t.start()
        base = 'http://127.0.0.1:%d' % srv.server_port
        for path in ['/page.html', '/data.json', '/sub%20dir/a%26b.txt', '/', '/sub%20dir/',
                     '/../../etc/passwd', '/page.html?x=1#frag']:
            try:
                with urllib.request.urlopen(base + path) as r:
                    print(path, r.status, r.headers['Content-type'], r.headers['Content-Length'])
                    print(r.read().decode())
            except urllib.error.HTTPError as e:
                print(path, repr(e))
        c = http.client.HTTPConnection('127.0.0.1', srv.server_port)
        c.request('GET', '/sub%20dir')
        r = c.getresponse()
        print(r.status, r.getheader('Location'), r.read())
        c.close()
        c = http.client.HTTPConnection('127.0.0.1', srv.server_port)
        c.request('HEAD', '/page.html')
        r = c.getresponse()
        print(r.status, r.getheader('Content-Length'), r.read(), r.getheader('Last-Modified') is not None)
        c.close()
        c = http.client.HTTPConnection('127.0.0.1', srv.server_port)
        c.request('GET', '/page.html', headers={'If-Modified-Since': 'Fri, 01 Jan 2100 00:00:00 GMT'})
        r = c.getresponse()
        print(r.status, r.read())
        c.close()
        c = http.client.HTTPConnection('127.0.0.1', srv.server_port)
        c.request('POST', '/page.html', body=b'')
        r = c.getresponse()
        print(r.status, r.reason)
        c.close()
        srv.shutdown()
        t.join()
    print(log)
