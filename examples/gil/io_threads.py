# io_threads.py: I/O-bound work with threads.  Ten "requests" that each wait
# 0.2 s (time.sleep stands for a network wait), then a real loopback server
# answering ten clients that each wait for its reply.  A blocked thread
# releases the GIL, so the waits overlap: ten waits take the time of one.
#
#   ./gilpy examples/gil/io_threads.py
#   ./gilpy -X giltrace=io.json examples/gil/io_threads.py   (open io.json in ui.perfetto.dev)
import socket
import threading
import time

WAIT = 0.2
N = 10


def fake_request(i):
    time.sleep(WAIT)


start = time.perf_counter()
for i in range(N):
    fake_request(i)
sequential = time.perf_counter() - start

threads = [threading.Thread(target=fake_request, args=(i,)) for i in range(N)]
start = time.perf_counter()
for t in threads:
    t.start()
for t in threads:
    t.join()
threaded = time.perf_counter() - start
print(f"{N} sleeps of {WAIT} s: sequential {sequential:.2f} s, {N} threads {threaded:.2f} s")


# A server that answers each client after a delay, one thread per client.
def serve(listener, nclients):
    def handle(conn):
        with conn:
            data = conn.recv(100)
            time.sleep(WAIT)                     # the "slow backend"
            conn.sendall(data.upper())
    workers = []
    for _ in range(nclients):
        conn, _ = listener.accept()
        w = threading.Thread(target=handle, args=(conn,))
        w.start()
        workers.append(w)
    for w in workers:
        w.join()


def client(port, replies):
    with socket.create_connection(("127.0.0.1", port)) as s:
        s.sendall(b"hello")
        replies.append(s.recv(100))


listener = socket.create_server(("127.0.0.1", 0))
port = listener.getsockname()[1]
server = threading.Thread(target=serve, args=(listener, N))
server.start()
replies = []
clients = [threading.Thread(target=client, args=(port, replies)) for _ in range(N)]
start = time.perf_counter()
for c in clients:
    c.start()
for c in clients:
    c.join()
served = time.perf_counter() - start
server.join()
listener.close()
print(f"{N} clients of a server that takes {WAIT} s per request: {served:.2f} s,"
      f" {len(replies)} replies {replies[0]!r}")
print()
print(f"Reading: waiting in sleep() or recv() releases the GIL, so the {N} threads wait at the")
print(f"same time: {N} waits of {WAIT} s take about {WAIT} s instead of {N * WAIT:.0f} s.")
print("Threads are a good fit for I/O-bound work despite the GIL.")
