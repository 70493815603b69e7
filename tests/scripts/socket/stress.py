# Many threads opening, using and dropping connections at once (some peers
# reset them): every exchange completes or fails with a ConnectionError,
# nothing hangs, and no descriptor leaks.
import socket, threading, os

def open_fds():
    return len(os.listdir('/proc/self/fd'))

before = open_fds()
srv = socket.create_server(('127.0.0.1', 0), backlog=128)
addr = srv.getsockname()
lock = threading.Lock()
stats = {"echoed": 0, "server_errors": set(), "client_errors": set(), "resets_seen": 0}
CLIENTS, ROUNDS = 12, 20
total = CLIENTS * ROUNDS

def handle(conn):
    try:
        with conn:
            while True:
                data = conn.recv(4096)
                if not data:
                    return
                conn.sendall(data)
    except ConnectionError as e:
        with lock:
            stats["server_errors"].add(type(e).__name__)

def serve():
    workers = []
    for _ in range(total):
        conn, _ = srv.accept()
        t = threading.Thread(target=handle, args=(conn,))
        t.start()
        workers.append(t)
    for t in workers:
        t.join()

def client(i):
    for r in range(ROUNDS):
        c = socket.create_connection(addr, timeout=20)
        try:
            msg = b'client %d round %d ' % (i, r) * (1 + r)
            c.sendall(msg)
            got = b''
            while len(got) < len(msg):
                part = c.recv(65536)
                if not part:
                    break
                got += part
            assert got == msg, (i, r)
            with lock:
                stats["echoed"] += 1
            if r % 3 == 0:
                # abort: close with a reset instead of a clean end
                c.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b'\1\0\0\0\0\0\0\0')
        except ConnectionError as e:
            with lock:
                stats["client_errors"].add(type(e).__name__)
        finally:
            c.close()

server = threading.Thread(target=serve)
server.start()
clients = [threading.Thread(target=client, args=(i,)) for i in range(CLIENTS)]
for t in clients:
    t.start()
for t in clients:
    t.join(60)
server.join(60)
srv.close()
print("echoed", stats["echoed"], "of", total)
print("client errors", sorted(stats["client_errors"]))
print("server errors are connection errors",
      stats["server_errors"] <= {"ConnectionResetError", "BrokenPipeError"})
print("threads left", threading.active_count())
print("fds leaked", open_fds() - before)
