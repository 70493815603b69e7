# ThreadingHTTPServer answers concurrent clients at once (a slow handler
# sleeps; with threads the sleeps overlap), while HTTPServer answers one
# request after another. Timing checks use wide margins.
import http.client
import http.server
import threading
import time
import urllib.request

DELAY = 0.4
CLIENTS = 6
handled_by = []


class Slow(http.server.BaseHTTPRequestHandler):
    def log_message(self, format, *args):
        pass

    def do_GET(self):
        time.sleep(DELAY)
        handled_by.append(threading.get_ident())
        body = ('done ' + self.path).encode()
        self.send_response(200)
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def run(server_class, fetch):
    handled_by.clear()
    server = server_class(('127.0.0.1', 0), Slow)
    t = threading.Thread(target=server.serve_forever, kwargs={'poll_interval': 0.05})
    t.start()
    results = [None] * CLIENTS

    def client(i):
        results[i] = fetch(server.server_port, '/job/%d' % i)

    threads = [threading.Thread(target=client, args=(i,)) for i in range(CLIENTS)]
    start = time.perf_counter()
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    elapsed = time.perf_counter() - start
    server.shutdown()
    server.server_close()
    t.join()
    return results, elapsed


def with_urlopen(port, path):
    with urllib.request.urlopen('http://127.0.0.1:%d%s' % (port, path), timeout=30) as r:
        return r.status, r.read().decode()


def with_client(port, path):
    c = http.client.HTTPConnection('127.0.0.1', port, timeout=30)
    c.request('GET', path)
    r = c.getresponse()
    out = r.status, r.read().decode()
    c.close()
    return out


results, elapsed = run(http.server.ThreadingHTTPServer, with_urlopen)
print(results)
print('threaded server overlapped the requests:', elapsed < DELAY * CLIENTS * 0.75)
print('more than one handler thread:', len(set(handled_by)) > 1)
print('daemon_threads:', http.server.ThreadingHTTPServer.daemon_threads)

results, elapsed = run(http.server.ThreadingHTTPServer, with_client)
print(results)
print('threaded server overlapped the requests:', elapsed < DELAY * CLIENTS * 0.75)

results, elapsed = run(http.server.HTTPServer, with_client)
print(sorted(results))
print('single-threaded server took at least the sum of the delays:', elapsed >= DELAY * CLIENTS * 0.95)
print('one handler thread:', len(set(handled_by)) == 1)
