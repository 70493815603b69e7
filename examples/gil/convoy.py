# convoy.py: the convoy effect.  An I/O thread answers "pings" over a socket
# pair.  Each time it wakes up from recv() it needs the GIL again.  Usually
# the GIL is free and the reply is fast; but when a CPU-bound thread holds
# it, the I/O thread must wait until the spinning thread is asked to let go,
# which happens only after a whole switch interval.  The slow replies take
# one or more intervals, so they grow with the interval.
#
#   ./gilpy examples/gil/convoy.py
#   ./gilpy -X giltrace=convoy.json examples/gil/convoy.py   (see the waits in ui.perfetto.dev)
import socket
import sys
import threading
import time


def median(values):
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


PINGS = 200


def echo(sock):
    while True:
        data = sock.recv(16)
        if not data:
            return
        sock.sendall(data)


def spin(stop):
    n = 0
    while not stop.is_set():
        n += 1


def measure(with_cpu_thread):
    a, b = socket.socketpair()
    responder = threading.Thread(target=echo, args=(b,))
    responder.start()
    stop = threading.Event()
    spinner = threading.Thread(target=spin, args=(stop,))
    if with_cpu_thread:
        spinner.start()
    latencies = []
    for _ in range(PINGS):
        time.sleep(0.0005)              # the client thinks a little between requests
        start = time.perf_counter()
        a.sendall(b"ping")
        a.recv(16)
        latencies.append((time.perf_counter() - start) * 1000)
    stop.set()
    if with_cpu_thread:
        spinner.join()
    a.close()
    responder.join()
    b.close()
    latencies.sort()
    slow = sum(1 for x in latencies if x > 1.0)
    return median(latencies), latencies[int(PINGS * 0.9)], latencies[-1], slow


def show(label, row):
    median, p90, worst, slow = row
    print(f"{label:<34}{median:9.3f}{p90:9.3f}{worst:9.3f}{slow:8d}/{PINGS}")


print(f"{'reply time in ms':<34}{'median':>9}{'p90':>9}{'max':>9}{'slow (>1 ms)':>13}")
show("no CPU load", measure(False))
for interval in (0.001, 0.005, 0.020):
    sys.setswitchinterval(interval)
    show(f"a CPU-bound thread, interval {interval * 1000:g} ms", measure(True))
sys.setswitchinterval(0.005)
print()
print("Reading: most replies stay fast, because a thread back from recv() usually finds the")
print("GIL free.  But whenever the CPU-bound thread holds the GIL, the reply waits until the")
print("spinning thread is asked to let go, after a whole switch interval (and a round trip")
print("needs the GIL several times): the slow replies take one or more intervals and grow")
print("with the interval.  That is the convoy effect.")
