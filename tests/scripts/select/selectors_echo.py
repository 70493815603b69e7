# The course's event loop: one thread serves several connections with a
# selector, echoing what each client sends, for each selector class; then
# the same loop written directly on select.select().
import select
import selectors
import socket

MESSAGES = [b"hello", b"event", b"loop"]


def echo_with(selector_cls, nconn=3):
    sel = selector_cls()
    pairs = [socket.socketpair() for _ in range(nconn)]
    received = {i: b"" for i in range(nconn)}
    pending = {}                       # server socket -> bytes to send back
    for i, (client, server) in enumerate(pairs):
        client.setblocking(False)
        server.setblocking(False)
        sel.register(server, selectors.EVENT_READ, ("server", i))
        sel.register(client, selectors.EVENT_READ, ("client", i))
    for i, (client, _) in enumerate(pairs):
        client.sendall(b" ".join(MESSAGES[: i + 1]))
    expected = {i: b" ".join(MESSAGES[: i + 1]).upper() for i in range(nconn)}
    rounds = 0
    while received != expected and rounds < 1000:
        rounds += 1
        for key, events in sel.select(timeout=5):
            role, i = key.data
            sock = key.fileobj
            if role == "client":
                received[i] += sock.recv(1024)
            elif events & selectors.EVENT_READ:
                data = sock.recv(1024)
                pending[sock] = pending.get(sock, b"") + data.upper()
                sel.modify(sock, selectors.EVENT_WRITE, key.data)
            elif events & selectors.EVENT_WRITE:
                sent = sock.send(pending[sock])
                pending[sock] = pending[sock][sent:]
                if not pending[sock]:
                    sel.modify(sock, selectors.EVENT_READ, key.data)
    # the clients hang up: each server end reads b"" and is unregistered
    for client, server in pairs:
        sel.unregister(client)
        client.close()
    closed = 0
    while sel.get_map():
        for key, events in sel.select(timeout=5):
            if key.fileobj.recv(1024) == b"":
                sel.unregister(key.fileobj)
                key.fileobj.close()
                closed += 1
    sel.close()
    print(selector_cls.__name__, [received[i] for i in range(nconn)], "closed", closed)


for cls in (selectors.SelectSelector, selectors.PollSelector, selectors.EpollSelector,
            selectors.DefaultSelector):
    echo_with(cls)


def echo_with_select(nconn=2):
    pairs = [socket.socketpair() for _ in range(nconn)]
    clients = [c for c, _ in pairs]
    servers = [s for _, s in pairs]
    for i, c in enumerate(clients):
        c.sendall(b"ping %d" % i)
    replies = {}
    while len(replies) < nconn:
        readable, _, _ = select.select(clients + servers, [], [], 5)
        for sock in readable:
            if sock in servers:
                sock.sendall(sock.recv(100).replace(b"ping", b"pong"))
            else:
                replies[clients.index(sock)] = sock.recv(100)
    print("select loop", [replies[i] for i in range(nconn)])
    for c, s in pairs:
        c.close()
        s.close()


echo_with_select()


# a socket closed before it is unregistered (its fileno() is -1 now) is
# still found, by identity
for cls in (selectors.SelectSelector, selectors.PollSelector, selectors.EpollSelector):
    with cls() as sel:
        a, b = socket.socketpair()
        sel.register(a, selectors.EVENT_READ, "a")
        a.close()
        print(cls.__name__, a.fileno(), sel.unregister(a).data, len(sel.get_map()))
        try:
            sel.get_key(a)
        except ValueError as e:
            print("ValueError:", e)
        b.close()
