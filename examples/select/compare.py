# compare.py: select, poll and epoll side by side.  Many idle connections and
# one busy one: each selector is asked, over and over, which connection is
# ready.  select() and poll() hand the kernel the whole list on every call,
# so their cost grows with the number of connections; epoll keeps the list
# in the kernel and reports only what is ready, so its cost stays flat.
#
#   ./gilpy examples/select/compare.py
import selectors
import socket
import time

ROUNDS = 2000
SIZES = [10, 100, 400]          # connections (select() stops at 1024 descriptors)
KINDS = [selectors.SelectSelector, selectors.PollSelector, selectors.EpollSelector]


def time_per_select(cls, pairs):
    """Microseconds per select() with every connection registered and only
    the last one ready."""
    with cls() as sel:
        for client, server in pairs:
            sel.register(server, selectors.EVENT_READ)
        busy_client, busy_server = pairs[-1]
        busy_client.send(b"x")
        start = time.perf_counter()
        for _ in range(ROUNDS):
            ready = sel.select(0)
            assert len(ready) == 1 and ready[0][0].fileobj is busy_server
        elapsed = time.perf_counter() - start
        busy_server.recv(1)
    return elapsed / ROUNDS * 1e6


results = {}
for n in SIZES:
    pairs = [socket.socketpair() for _ in range(n)]
    for cls in KINDS:
        results[cls.__name__, n] = time_per_select(cls, pairs)
    for a, b in pairs:
        a.close()
        b.close()

print(f"{'connections':>12}" + "".join(f"{cls.__name__:>16}" for cls in KINDS))
for n in SIZES:
    print(f"{n:>12}" + "".join(f"{results[cls.__name__, n]:>14.1f}us" for cls in KINDS))

print()
for cls in KINDS:
    name = cls.__name__
    growth = results[name, SIZES[-1]] / results[name, SIZES[0]]
    print(f"{name}: time per call x{growth:.1f} from {SIZES[0]} to {SIZES[-1]} connections")
print()
print(f"DefaultSelector here is {selectors.DefaultSelector.__name__}.")
print("select and poll pass every descriptor to the kernel on each call, so their\n"
      "time grows with the number of connections, even idle ones; epoll reports\n"
      "only the ready ones, which is why servers with many mostly idle clients use it.")
