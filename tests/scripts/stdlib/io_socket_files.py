# socket.makefile()'s file objects pass io's isinstance checks as in CPython.
import socket, io
a, b = socket.socketpair()
f = a.makefile("rb"); g = a.makefile("w"); h = a.makefile("rwb")
print(type(f), isinstance(f, io.BufferedIOBase), isinstance(f, io.IOBase), isinstance(f, io.TextIOBase))
print(type(g), isinstance(g, io.TextIOBase), isinstance(g, io.IOBase), isinstance(g, io.BufferedIOBase))
print(isinstance(h, io.BufferedIOBase), issubclass(io.StringIO, io.IOBase), isinstance(1, io.IOBase))
class X(io.IOBase): pass
print(isinstance(X(), io.IOBase), isinstance(X(), io.TextIOBase))
r = socket.SocketIO(a, "rb")
print(isinstance(r, io.RawIOBase), isinstance(r, io.IOBase), isinstance(r, io.BufferedIOBase))
print(isinstance(f.raw, io.RawIOBase) if hasattr(f, "raw") else "")
for x in (f, g, h, r, a, b):
    x.close()
