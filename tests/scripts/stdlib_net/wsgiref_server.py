# wsgiref: a WSGI application served by wsgiref.simple_server (and a
# threading variant) in a thread on port 0, fetched with urllib; the
# environ it sees, status lines, headers, POST bodies, errors (500),
# wsgiref.util and wsgiref.headers.
import io
import socketserver
import threading
import time
import urllib.error
import urllib.request
from wsgiref import headers, util
from wsgiref.handlers import SimpleHandler
from wsgiref.simple_server import make_server, WSGIServer, WSGIRequestHandler, demo_app

log = []


class QuietHandler(WSGIRequestHandler):
    def log_message(self, format, *args):
        log.append(format % args)


errors = io.StringIO()


def app(environ, start_response):
    path = environ['PATH_INFO']
    if path == '/boom':
        raise ValueError('application failed')
    if path == '/post':
        size = int(environ.get('CONTENT_LENGTH') or 0)
        body = environ['wsgi.input'].read(size)
        start_response('201 Created', [('Content-Type', 'text/plain')])
        return [b'got ', body]
    if path == '/slow':
        time.sleep(0.3)
    if path == '/write':
        write = start_response('200 OK', [('Content-Type', 'text/plain')])
        write(b'written ')
        return [b'and returned']
    keys = ['REQUEST_METHOD', 'PATH_INFO', 'QUERY_STRING', 'SERVER_PROTOCOL', 'CONTENT_TYPE',
            'HTTP_X_TEST', 'wsgi.url_scheme', 'wsgi.version', 'wsgi.multithread', 'wsgi.run_once',
            'SCRIPT_NAME', 'GATEWAY_INTERFACE', 'REMOTE_ADDR']
    text = '\n'.join('%s=%r' % (k, environ.get(k)) for k in keys)
    text += '\nuri=' + util.request_uri(environ).split(':', 2)[2].split('/', 1)[1]
    start_response('200 OK', [('Content-Type', 'text/plain; charset=utf-8'), ('X-App', 'yes')])
    return [text.encode()]


class Server(WSGIServer):
    def handle_error(self, request, client_address):
        pass


server = make_server('127.0.0.1', 0, app, server_class=Server, handler_class=QuietHandler)
t = threading.Thread(target=server.serve_forever, kwargs={'poll_interval': 0.05})
t.start()
base = 'http://127.0.0.1:%d' % server.server_port
print(server.base_environ['SERVER_PORT'] == str(server.server_port), server.get_app() is app)
req = urllib.request.Request(base + '/some%20path?a=1&b=two', headers={'X-Test': 'hello'})
with urllib.request.urlopen(req) as r:
    print(r.status, r.reason, r.headers['Content-Type'], r.headers['X-App'], r.headers['Content-Length'],
          r.headers['Server'].startswith('WSGIServer/0.2 '))
    print(r.read().decode())
with urllib.request.urlopen(base + '/post', data=b'form=data') as r:
    print(r.status, r.reason, r.read())
with urllib.request.urlopen(base + '/write') as r:
    print(r.read(), r.headers['Content-Length'])
import sys
saved, sys.stderr = sys.stderr, errors
try:
    urllib.request.urlopen(base + '/boom')
except urllib.error.HTTPError as e:
    print(repr(e), e.read())
finally:
    sys.stderr = saved
print(errors.getvalue().strip().splitlines()[-1])
server.shutdown()
server.server_close()
t.join()
print(log)


class ThreadingWSGIServer(socketserver.ThreadingMixIn, WSGIServer):
    daemon_threads = True


server = make_server('127.0.0.1', 0, app, server_class=ThreadingWSGIServer, handler_class=QuietHandler)
t = threading.Thread(target=server.serve_forever, kwargs={'poll_interval': 0.05})
t.start()
results = []
start = time.perf_counter()
clients = [threading.Thread(target=lambda: results.append(
    urllib.request.urlopen('http://127.0.0.1:%d/slow' % server.server_port).status)) for _ in range(5)]
for c in clients:
    c.start()
for c in clients:
    c.join()
print(results, 'overlapped:', time.perf_counter() - start < 0.3 * 5 * 0.75)
server.shutdown()
server.server_close()
t.join()

env = {}
util.setup_testing_defaults(env)
print(sorted((k, v) for k, v in env.items() if not k.startswith('wsgi.')), env['wsgi.url_scheme'])
print(util.request_uri(env), util.application_uri(env), util.guess_scheme({'HTTPS': 'on'}))
env2 = {'SCRIPT_NAME': '/app', 'PATH_INFO': '/a/b/../c/./d', 'wsgi.url_scheme': 'https', 'SERVER_NAME': 'h',
        'SERVER_PORT': '8443', 'QUERY_STRING': 'x=1'}
print(util.request_uri(env2), util.request_uri(env2, include_query=False), util.application_uri(env2))
print(util.shift_path_info(env2), env2['SCRIPT_NAME'], env2['PATH_INFO'], util.shift_path_info(env2),
      env2['SCRIPT_NAME'], env2['PATH_INFO'], util.shift_path_info({'PATH_INFO': ''}))
print(util.is_hop_by_hop('Connection'), util.is_hop_by_hop('Content-Type'), list(util.FileWrapper(io.BytesIO(b'abcdefg'), 3)))

h = headers.Headers([('Content-Type', 'text/plain')])
h['X-One'] = '1'
h.add_header('Content-Disposition', 'attachment', filename='a b.txt', size=None)
h.setdefault('X-One', 'ignored')
h.setdefault('X-Two', '2')
print(repr(h), len(h), h['content-type'], h.get('missing', 'd'), 'x-two' in h, h.keys(), h.get_all('x-one'))
del h['x-one']
print(str(h).encode(), bytes(h))
for bad in [lambda: headers.Headers(('a', 'b')), lambda: headers.Headers([('a', 1)]), lambda: h.__setitem__('k', 5)]:
    try:
        bad()
    except (TypeError, AssertionError) as e:
        print(type(e).__name__, e)

out, err = io.BytesIO(), io.StringIO()
environ = {}
util.setup_testing_defaults(environ)
handler = SimpleHandler(io.BytesIO(), out, err, environ)
handler.run(lambda env, sr: (sr('404 Not Found', [('Content-Type', 'text/plain')]), [b'nothing'])[1])
print(out.getvalue().split(b'\r\n')[0], out.getvalue().endswith(b'\r\n\r\nnothing'), b'Content-Length: 7' in out.getvalue())
bad_apps = [lambda env, sr: sr('OK', []), lambda env, sr: sr('200 OK', [('Connection', 'close')]),
            lambda env, sr: sr(200, []), lambda env, sr: (sr('200 OK', []), ['text'])[1]]
for bad_app in bad_apps:
    out, err = io.BytesIO(), io.StringIO()
    SimpleHandler(io.BytesIO(), out, err, dict(environ)).run(bad_app)
    print(out.getvalue().split(b'\r\n')[0], err.getvalue().strip().splitlines()[-1])
out = io.BytesIO()
SimpleHandler(io.BytesIO(), out, io.StringIO(), dict(environ)).run(demo_app)
print(out.getvalue().split(b'\r\n\r\n', 1)[1].splitlines()[0])
