# io_bound_http.py: threads overlap I/O.  A local HTTP server (http.server's
# ThreadingHTTPServer, one thread per request) answers each request after a
# slow "backend" wait of 0.3 s; no internet needed.  The same 8 pages are
# fetched with urllib.request.urlopen one after another, then from 8 threads,
# then from a ThreadPoolExecutor of 4.  While a thread waits on its socket
# it has released the GIL, so the waits overlap.
#
#   ./gilpy examples/io_bound_http.py
#   ./gilpy -X gilstats examples/io_bound_http.py     (time waiting vs. running, per thread)
import concurrent.futures
import http.server
import threading
import time
import urllib.request

DELAY = 0.3
PAGES = 8


class SlowHandler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        time.sleep(DELAY)                      # the slow backend
        body = f"page {self.path}\n".encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):      # keep the output quiet
        pass


def fetch(url):
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read()


def timed(label, run):
    start = time.perf_counter()
    pages = run()
    elapsed = time.perf_counter() - start
    assert len(pages) == PAGES and all(p.startswith(b"page /") for p in pages)
    print(f"{label:<28} {elapsed:5.2f} s")
    return elapsed


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), SlowHandler)
threading.Thread(target=server.serve_forever, daemon=True).start()
urls = [f"http://127.0.0.1:{server.server_port}/{i}" for i in range(PAGES)]
print(f"{PAGES} pages, each answered after {DELAY} s, from http://127.0.0.1:{server.server_port}/")

sequential = timed("one after another", lambda: [fetch(u) for u in urls])


def with_threads():
    results = [None] * PAGES

    def worker(i):
        results[i] = fetch(urls[i])

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(PAGES)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


threaded = timed(f"{PAGES} threads", with_threads)
with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
    pooled = timed("ThreadPoolExecutor(4)", lambda: list(pool.map(fetch, urls)))

server.shutdown()
server.server_close()
print(f"\nOne after another, the {PAGES} waits add up: {sequential:.2f} s is about "
      f"{PAGES} x {DELAY} s.  With {PAGES} threads every request waits at the same "
      f"time, so the whole batch takes about one wait ({threaded:.2f} s, "
      f"{sequential / threaded:.1f}x faster); a pool of 4 threads needs two rounds "
      f"of waits ({pooled:.2f} s).  The GIL does not get in the way: a thread "
      f"blocked on its socket does not hold it.")
