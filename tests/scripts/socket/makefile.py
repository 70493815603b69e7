# socket.makefile: binary and text file objects over a socket.
import socket

a, b = socket.socketpair()
wb = a.makefile('wb')
rb = b.makefile('rb')
print(wb.mode, rb.mode, wb.writable(), rb.readable(), rb.seekable())
print(wb.write(b'line one\nline two\n'), wb.write(bytearray(b'partial')))
wb.flush()
print(rb.readline(), rb.readline())
print(rb.read(3), rb.read(4))
wb.write(b'abc\ndef\nghi')
wb.flush()
print(rb.readline(2), rb.readline(10))
wb.write(b'\nlast\n')
wb.close()
a.shutdown(socket.SHUT_WR)
print(list(rb))
print(rb.read(), rb.readline())
rb.close()
print(rb.closed, wb.closed)
try:
    rb.read()
except ValueError as e:
    print(type(e).__name__, e)
try:
    wb.write(b'x')
except ValueError as e:
    print(type(e).__name__, e)
a.close()
b.close()

# text mode: str in and out, universal newlines when reading
a, b = socket.socketpair()
w = a.makefile('w')
r = b.makefile('r', encoding='utf-8')
print(w.mode, r.mode, r.encoding)
print(w.write('héllo wörld\n'), w.write('crlf line\r\nsecond\n'))
w.writelines(['a\n', 'b\n'])
w.flush()
print(repr(r.readline()), repr(r.readline()), repr(r.readline()))
print(r.readline(), r.readline())
w.write('€uro signs €€€\n')
w.flush()
print(repr(r.read(5)), repr(r.readline()))
try:
    w.write(b'bytes')
except TypeError as e:
    print(type(e).__name__, e)
w.close()
a.close()
print(repr(r.read()))
r.close()
b.close()

# read/write file on one socket, and the context manager
a, b = socket.socketpair()
with a.makefile('rwb') as f, b.makefile('rwb') as g:
    f.write(b'request\n')
    f.flush()
    print(g.readline())
    g.write(b'response\n')
    g.flush()
    print(f.readline())
print(f.closed, g.closed)
a.close()
b.close()

# unbuffered binary: the raw SocketIO
a, b = socket.socketpair()
raw = b.makefile('rb', buffering=0)
print(type(raw).__name__, raw.readable(), raw.writable())
a.sendall(b'raw bytes')
buf = bytearray(3)
print(raw.readinto(buf), buf, raw.read(100))
b.settimeout(0.02)
try:
    raw.read(10)
except TimeoutError as e:
    print(type(e).__name__, e)
try:
    raw.read(10)
except OSError as e:
    print(type(e).__name__, e)
raw.close()
a.close()
b.close()

# the socket stays usable while files are open; closing the socket last
a, b = socket.socketpair()
f = b.makefile('r')
b.close()
a.sendall(b'still readable\n')
print(repr(f.readline()))
f.close()
print(b.fileno())
a.close()

# what closed (and wrong-direction) files say
a, b = socket.socketpair()
files = [('r', b.makefile('rb')), ('w', a.makefile('wb')), ('rw', a.makefile('rwb')),
         ('t', b.makefile('r')), ('tw', a.makefile('w'))]
for name, f in files:
    print(name, repr(f).replace("name=%d" % f.raw.fileno() if hasattr(f, 'raw') else "", "name=N")
          if name != 'rw' else type(f).__name__)
for name, f in files:
    f.close()
ops = ['f.read()', 'f.readline()', 'f.read1(1)', 'f.write(b"x")', 'f.write("x")', 'f.flush()',
       'next(f)', 'f.readable()', 'f.writable()', 'f.fileno()', 'f.readlines()', 'f.__enter__()',
       'f.name', 'f.mode', 'f.closed']
for name, f in files:
    for op in ops:
        if name.startswith('t') and op == 'f.read1(1)':
            continue        # AttributeError naming '_io.TextIOWrapper'
        try:
            print(name, op, 'ok', eval(op))
        except Exception as e:
            print(name, op, type(e).__name__, e)
print(repr(files[0][1]), repr(files[3][1]))
a.close()
b.close()

# peek leaves the bytes unread
a, b = socket.socketpair()
a.sendall(b'peek at this\nnext')
f = b.makefile('rb')
print(f.peek(), f.read(5), f.peek(100), f.readline(), f.peek())
a.close()
print(f.read(), f.peek())
f.close()
try:
    f.peek()
except ValueError as e:
    print(e)
