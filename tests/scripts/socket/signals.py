# Signals while a socket call blocks: Ctrl-C (SIGINT) ends it with
# KeyboardInterrupt; a handler that returns lets the call go on (PEP 475);
# a handler that raises ends it with the handler's exception.
import socket, threading, os, signal, time
def kill_later(sig, delay=0.1):
    def run():
        time.sleep(delay)
        os.kill(os.getpid(), sig)
    t = threading.Thread(target=run)
    t.start()
    return t
a, b = socket.socketpair()
for label, setup, call in [
        ("recv", lambda: a.settimeout(None), lambda: a.recv(10)),
        ("recv timeout", lambda: a.settimeout(5), lambda: a.recv(10)),
        ("recv_into", lambda: a.settimeout(None), lambda: a.recv_into(bytearray(5))),
        ("recvfrom", lambda: a.settimeout(None), lambda: a.recvfrom(5))]:
    setup()
    t = kill_later(signal.SIGINT)
    start = time.monotonic()
    try:
        call()
    except KeyboardInterrupt:
        print(label, "KeyboardInterrupt", time.monotonic() - start < 3)
    t.join()
srv = socket.socket(); srv.bind(('127.0.0.1', 0)); srv.listen()
t = kill_later(signal.SIGINT)
try:
    srv.accept()
except KeyboardInterrupt:
    print("accept KeyboardInterrupt")
t.join()
# a handler that does not raise: the call is retried (PEP 475)
caught = []
signal.signal(signal.SIGUSR1, lambda s, f: caught.append(s))
def send_later():
    time.sleep(0.1)
    os.kill(os.getpid(), signal.SIGUSR1)
    time.sleep(0.1)
    b.send(b'after signal')
t = threading.Thread(target=send_later); t.start()
a.settimeout(None)
print(a.recv(100), caught)
t.join()
# with a handler that raises
def boom(s, f): raise RuntimeError("from handler")
signal.signal(signal.SIGUSR1, boom)
t = kill_later(signal.SIGUSR1)
try:
    a.recv(10)
except RuntimeError as e:
    print("handler raised", e)
t.join()
