# Text files from makefile: the five newline modes, partial reads, encodings
# and errors, newline translation when writing.
import socket
data = "one\rtwo\r\nthree\nfour\r\r\nfive\n\nsix\r".encode() + "é€\r\nend".encode()
for newline in [None, "", "\n", "\r", "\r\n"]:
    a, b = socket.socketpair()
    a.sendall(data)
    a.close()
    f = b.makefile('r', newline=newline, encoding='utf-8')
    print(repr(newline), [line for line in f])
    f.close(); b.close()
for newline in [None, ""]:
    a, b = socket.socketpair()
    a.sendall(data)
    a.close()
    f = b.makefile('r', newline=newline)
    print(repr(newline), repr(f.read(5)), repr(f.readline(2)), repr(f.readline()), repr(f.read(7)), f.readlines(3), repr(f.read()))
    f.close(); b.close()
a, b = socket.socketpair()
w = a.makefile('w', newline='\r\n')
w.write('crlf out\nsecond\n'); w.close()
print(b.recv(100))
w = a.makefile('w', newline='\r')
w.write('cr out\n'); w.close()
print(b.recv(100))
a.sendall('bad \xff\n'.encode('latin-1'))
a.close()
f = b.makefile('r')
try:
    f.readline()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
f.close(); b.close()
a, b = socket.socketpair()
a.sendall('latin \xe9\n'.encode('latin-1')); a.close()
f = b.makefile('r', encoding='latin-1')
print(repr(f.readline()), f.encoding)
try:
    a.makefile('r', encoding='nope')
except LookupError as e:
    print(type(e).__name__, e)
try:
    a.makefile('r', newline='x')
except ValueError as e:
    print(type(e).__name__, e)
f = b.makefile('r', errors='replace')
print(f.errors)
