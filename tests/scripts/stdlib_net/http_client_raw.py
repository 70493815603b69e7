# http.client against a raw socket server: HTTP/1.0 bodies ending at close,
# short bodies (IncompleteRead), bad status lines, early disconnects,
# readline/iteration over a response, 100 Continue before the answer.
import http.client
import socket
import threading

replies = [
    b"HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nno length, ends at close\nsecond line\n",
    b"HTTP/1.1 200 OK\r\nContent-Length: 50\r\n\r\nonly this",
    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n",
    b"garbage\r\n\r\n",
    b"",
    b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 204 No Content\r\nX-A: 1\r\n\r\n",
    b"HTTP/1.1 299 Custom Thing\r\nContent-Length: 3\r\n\r\nabc",
    b"HTTP/1.1 200\r\nContent-Length: 2\r\n\r\nok",
    b"HTTP/2.0 200 OK\r\n\r\n",
    b"HTTP/1.1 abc OK\r\n\r\n",
    b"HTTP/1.1 200 OK\r\nContent-Length: 12\r\n\r\nline1\nline2\n",
    b"HTTP/1.1 200 OK\r\nContent-Length: nonsense\r\nConnection: close\r\n\r\nbody until close",
]
listener = socket.socket()
listener.bind(('127.0.0.1', 0))
listener.listen(5)
port = listener.getsockname()[1]


def serve():
    for reply in replies:
        conn, _ = listener.accept()
        with conn:
            data = b''
            while b'\r\n\r\n' not in data:
                chunk = conn.recv(4096)
                if not chunk:
                    break
                data += chunk
            conn.sendall(reply)


t = threading.Thread(target=serve)
t.start()
for i in range(len(replies)):
    c = http.client.HTTPConnection('127.0.0.1', port, timeout=10)
    try:
        c.request('GET', '/%d' % i)
        r = c.getresponse()
        print(i, r.status, repr(r.reason), r.version, r.length, r.chunked, r.will_close)
        if i == 10:
            print('  ', r.readline(), list(r), r.isclosed())
        else:
            print('  ', r.read(), r.isclosed())
    except Exception as e:
        print(i, type(e).__name__, repr(e), str(e), e.args)
    finally:
        c.close()
t.join()
listener.close()
