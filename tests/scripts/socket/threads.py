# Client/server with threads: blocking socket calls release the GIL, so a
# server thread and several client threads make progress together.
import socket, threading, time, os

def open_fds():
    return len(os.listdir('/proc/self/fd'))

fds_before = open_fds()

# an echo server handling each connection in its own thread
srv = socket.create_server(('127.0.0.1', 0))
addr = srv.getsockname()
handled = []
lock = threading.Lock()

def handle(conn):
    with conn:
        f = conn.makefile('rb')
        for line in f:
            conn.sendall(line.upper())
        f.close()
    with lock:
        handled.append(1)

def serve(count):
    threads = []
    for _ in range(count):
        conn, _ = srv.accept()
        t = threading.Thread(target=handle, args=(conn,))
        t.start()
        threads.append(t)
    for t in threads:
        t.join()

N = 8
server = threading.Thread(target=serve, args=(N,), name="server")
server.start()
results = {}

def client(i):
    with socket.create_connection(addr, timeout=10) as c:
        f = c.makefile('rwb')
        replies = []
        for j in range(20):
            f.write(b'client %d line %d\n' % (i, j))
            f.flush()
            replies.append(f.readline())
        f.close()
        c.shutdown(socket.SHUT_WR)
        results[i] = replies

clients = [threading.Thread(target=client, args=(i,)) for i in range(N)]
for t in clients:
    t.start()
for t in clients:
    t.join()
server.join()
srv.close()
print("clients", len(results), "handled", len(handled))
print(all(results[i] == [b'CLIENT %d LINE %d\n' % (i, j) for j in range(20)] for i in range(N)))

# a big transfer needs both sides running at once
a, b = socket.socketpair()
payload = os.urandom(3 * 1024 * 1024)
received = []

def reader():
    chunks = []
    while True:
        data = b.recv(65536)
        if not data:
            break
        chunks.append(data)
    received.append(b''.join(chunks))

t = threading.Thread(target=reader)
t.start()
a.sendall(payload)
a.shutdown(socket.SHUT_WR)
t.join()
print("big transfer", len(received[0]), received[0] == payload)
a.close()
b.close()

# threads blocked in recv overlap: 5 threads waiting 0.2 s each take far
# less than 1 s in total
def waiter():
    x, y = socket.socketpair()
    x.settimeout(0.2)
    try:
        x.recv(1)
    except TimeoutError:
        pass
    x.close()
    y.close()

start = time.monotonic()
ws = [threading.Thread(target=waiter) for _ in range(5)]
for w in ws:
    w.start()
for w in ws:
    w.join()
elapsed = time.monotonic() - start
print("waits overlapped", elapsed < 0.8)

# a thread blocked in accept is woken by a connection from another thread
srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen()
got = []

def acceptor():
    conn, peer = srv.accept()
    got.append(conn.recv(100))
    conn.close()

t = threading.Thread(target=acceptor)
t.start()
time.sleep(0.05)
c = socket.create_connection(srv.getsockname())
c.sendall(b'hello acceptor')
t.join()
c.close()
srv.close()
print(got)

# a peer that disappears mid-conversation: the reader gets b'' or a reset,
# never hangs
a, b = socket.socketpair()
outcome = []

def talker():
    try:
        while True:
            data = b.recv(10)
            if not data:
                outcome.append("eof")
                return
    except ConnectionError as e:
        outcome.append(type(e).__name__)

t = threading.Thread(target=talker)
t.start()
a.sendall(b'some data')
time.sleep(0.05)
a.close()
t.join(5)
print("peer gone", outcome, t.is_alive())
b.close()
print("fds leaked", open_fds() - fds_before)
