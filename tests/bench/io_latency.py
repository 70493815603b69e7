# io_latency.py: I/O response time under CPU load.  A thread answers pings
# over a socket pair while another thread spins; the median round trip (a
# metric, in ms) shows how long a woken I/O thread waits for the GIL.
import socket
import threading
import time


def median(values):
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


PINGS = 100


def echo(sock):
    while True:
        data = sock.recv(16)
        if not data:
            return
        sock.sendall(data)


def spin(stop):
    while not stop.is_set():
        pass


a, b = socket.socketpair()
responder = threading.Thread(target=echo, args=(b,))
responder.start()
stop = threading.Event()
spinner = threading.Thread(target=spin, args=(stop,))
spinner.start()
latencies = []
for _ in range(PINGS):
    start = time.perf_counter()
    a.sendall(b"ping")
    a.recv(16)
    latencies.append(time.perf_counter() - start)
stop.set()
spinner.join()
a.close()
responder.join()
b.close()
print("metric io_latency_ms", round(median(latencies) * 1000, 3))
print(len(latencies))
