# urllib.request beyond urlopen(url): Request objects and headers, bodies
# from files and iterables (chunked), redirects of POST (303) and loops,
# custom openers and handlers, urlretrieve, data: URLs.
import http.server
import io
import os
import tempfile
import threading
import urllib.error
import urllib.request

seen = []


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'

    def log_message(self, format, *args):
        pass

    def body(self):
        if self.headers.get('Transfer-Encoding') == 'chunked':
            data = b''
            while True:
                size = int(self.rfile.readline().strip(), 16)
                if size == 0:
                    self.rfile.readline()
                    return data
                data += self.rfile.read(size)
                self.rfile.readline()
        return self.rfile.read(int(self.headers.get('Content-Length', 0)))

    def answer(self, code=200, text='', headers=()):
        data = text.encode()
        self.send_response(code)
        for k, v in headers:
            self.send_header(k, v)
        self.send_header('Content-Length', str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        seen.append(('GET', self.path, self.headers.get('X-Custom'), self.headers.get('Content-Type')))
        if self.path == '/see-other':
            self.answer(303, '', [('Location', '/landed')])
        elif self.path == '/loop':
            self.answer(302, '', [('Location', '/loop')])
        elif self.path == '/to-ftp':
            self.answer(301, '', [('Location', 'gopher://example.com/x')])
        elif self.path == '/gone':
            self.answer(410, 'gone for good')
        else:
            self.answer(200, 'GET %s ua=%s' % (self.path, self.headers.get('User-Agent')))

    def do_POST(self):
        data = self.body()
        seen.append(('POST', self.path, self.headers.get('Content-Type'), self.headers.get('Transfer-Encoding'),
                     self.headers.get('Content-Length'), data))
        if self.path == '/post-redirect':
            self.answer(303, '', [('Location', '/landed')])
        elif self.path == '/post-307':
            self.answer(307, '', [('Location', '/landed')])
        else:
            self.answer(200, 'POST got %d bytes' % len(data))

    def do_DELETE(self):
        self.answer(204)


server = http.server.ThreadingHTTPServer(('127.0.0.1', 0), Handler)
t = threading.Thread(target=server.serve_forever, kwargs={'poll_interval': 0.05})
t.start()
base = 'http://127.0.0.1:%d' % server.server_port

req = urllib.request.Request(base + '/r#frag', headers={'x-custom': 'one', 'User-Agent': 'me/1'})
req.add_header('content-type', 'text/x-test')
print(req.full_url.endswith('/r#frag'), req.fragment, req.selector, req.get_method(), req.has_header('X-custom'),
      req.get_header('User-agent'), sorted(req.header_items()), req.data, req.origin_req_host, req.unverifiable)
with urllib.request.urlopen(req) as r:
    print(r.read(), r.url.endswith('/r#frag'))
req.remove_header('Content-type')
req.data = b'payload'
print(req.get_method(), req.has_header('Content-type'))
print(urllib.request.urlopen(req).read())
print(urllib.request.urlopen(urllib.request.Request(base + '/del', method='DELETE')).status)

print(urllib.request.urlopen(base + '/file', data=io.BytesIO(b'from a file object')).read())
print(urllib.request.urlopen(base + '/iter', data=iter([b'chunk one, ', b'chunk two'])).read())
print(urllib.request.urlopen(base + '/bytearray', data=bytearray(b'ba')).read())
with urllib.request.urlopen(base + '/post-redirect', data=b'x=1') as r:
    print(r.status, r.url.endswith('/landed'), r.read())
try:
    urllib.request.urlopen(base + '/post-307', data=b'x=1')
except urllib.error.HTTPError as e:
    print(repr(e), e.url.endswith('/post-307'))
try:
    urllib.request.urlopen(base + '/loop')
except urllib.error.HTTPError as e:
    print(repr(e).splitlines()[0], e.code)
    print(str(e).splitlines())
try:
    urllib.request.urlopen(base + '/to-ftp')
except urllib.error.HTTPError as e:
    print(repr(e))
try:
    urllib.request.urlopen(base + '/gone')
except urllib.error.HTTPError as e:
    print(e.code, e.read(), e.fp is not None)


class Soft404(urllib.request.BaseHandler):
    def http_error_410(self, req, fp, code, msg, headers):
        return urllib.request.addinfourl(io.BytesIO(b'handled ' + fp.read()), headers, req.full_url, code)


class Tag(urllib.request.BaseHandler):
    handler_order = 400

    def http_request(self, req):
        req.add_header('X-Custom', 'tagged')
        return req

    def http_response(self, req, resp):
        seen.append(('response seen', resp.status))
        return resp


opener = urllib.request.build_opener(Soft404, Tag())
opener.addheaders = [('User-agent', 'custom-opener')]
print(opener.open(base + '/gone').read())
print(opener.open(base + '/hi').read())
# (gilpy has no ftp: or https: handlers: no ftplib, no ssl)
print(sorted(type(h).__name__ for h in opener.handlers if type(h).__name__ not in ('FTPHandler', 'HTTPSHandler')))
urllib.request.install_opener(opener)
print(urllib.request.urlopen(base + '/installed').read())
urllib.request.install_opener(None)

with tempfile.TemporaryDirectory() as d:
    target = os.path.join(d, 'out.txt')
    calls = []
    name, headers = urllib.request.urlretrieve(base + '/download', target, lambda *a: calls.append(a))
    print(name == target, headers['Content-Length'], open(target).read(), calls)
    fname, h = urllib.request.urlretrieve(base + '/tmp')
    print(os.path.exists(fname), open(fname).read())
    urllib.request.urlcleanup()
    print(os.path.exists(fname))
with urllib.request.urlopen('data:,A%20brief%20note') as r:
    print(r.read(), r.headers.get_content_type(), r.info()['Content-Length'], r.geturl(), r.status)

server.shutdown()
server.server_close()
t.join()
for s in seen:
    print(s)
for u in ['http://Example.COM:8080/x', 'http://[::1]:80/', 'http://h:port/', 'http://u:p@Host/']:
    print(urllib.request.Request(u).origin_req_host, urllib.request.request_host(urllib.request.Request(u)))
