# socket.sendfile (offsets, counts, argument checks), inheritable flags,
# and how timeouts are kept (whole nanoseconds).
import socket, os

path = "/tmp/gilpy-sendfile-%d.txt" % os.getpid()
with open(path, "w") as f:
    f.write("hello file data\n")

a, b = socket.socketpair()
def t(label, f):
    try:
        print(label, 'ok', f())
    except Exception as e:
        print(label, type(e).__name__, e)

t("text file", lambda: a.sendfile(open(path)))
t("count 0", lambda: a.sendfile(open(path, 'rb'), count=0))
t("count str", lambda: a.sendfile(open(path, 'rb'), count='a'))
t("count negative", lambda: a.sendfile(open(path, 'rb'), count=-1))
f = open(path, 'rb')
t("offset and count", lambda: a.sendfile(f, 6, 4))
print(b.recv(100), f.tell())
t("whole file", lambda: a.sendfile(f))
print(b.recv(100), f.tell())
f.close()
a.setblocking(False)
t("non-blocking", lambda: a.sendfile(open(path, 'rb')))
a.settimeout(1)
t("use send", lambda: a._sendfile_use_send(open(path, 'rb'), 0, None))
print(b.recv(100))
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
t("datagram", lambda: u.sendfile(open(path, 'rb')))
u.close()
print("inheritable", a.get_inheritable())
a.set_inheritable(True)
print("inheritable", a.get_inheritable())
a.close()
b.close()
os.remove(path)

s = socket.socket()
for v in [1e-10, 0.1, 1.23456789123, 2 ** 0.5, 1.5e-9, 3, 0, -0.0, True]:
    s.settimeout(v)
    print(repr(v), repr(s.gettimeout()))
s.close()
