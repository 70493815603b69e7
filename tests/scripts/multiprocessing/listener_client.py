# multiprocessing.connection's Listener and Client between two processes,
# over TCP and a Unix socket, with the authkey challenge passing and failing.
import multiprocessing
from multiprocessing import Process
from multiprocessing.connection import Listener, Client


def talk(address, authkey):
    try:
        with Client(address, authkey=authkey) as c:
            c.send(['hello', 1, {'x': 2.5}])
            print('child got', c.recv(), flush=True)
            c.send_bytes(b'raw bytes')
    except multiprocessing.AuthenticationError as e:
        print('child:', type(e).__module__, type(e).__name__, e, flush=True)


if __name__ == '__main__':
    with Listener(('localhost', 0), authkey=b'secret') as listener:
        print(type(listener.address), listener.address[0], flush=True)
        p = Process(target=talk, args=(listener.address, b'secret'))
        p.start()
        with listener.accept() as conn:
            print('parent got', conn.recv(), flush=True)
            conn.send('welcome')
            print(conn.recv_bytes(), flush=True)
        p.join()
    with Listener(authkey=b'k') as listener:
        print(type(listener.address), flush=True)
        p = Process(target=talk, args=(listener.address, b'wrong'))
        p.start()
        try:
            listener.accept()
        except multiprocessing.AuthenticationError as e:
            refused = e
        p.join()
        print('AuthenticationError', refused, flush=True)
        print('child exit code', p.exitcode)
    with Listener() as listener:
        p = Process(target=talk, args=(listener.address, None))
        p.start()
        with listener.accept() as conn:
            print('no key:', conn.recv(), flush=True)
            conn.send('ok')
            print(conn.recv_bytes(), flush=True)
        p.join()
