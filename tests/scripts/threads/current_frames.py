import sys, threading
ev = threading.Event(); go = threading.Event()
def worker():
    def inner():
        ev.set()
        go.wait()
    inner()
t = threading.Thread(target=worker)
t.start()
ev.wait()
frames = sys._current_frames()
print(type(frames).__name__, len(frames), threading.get_ident() in frames, t.ident in frames)
f = frames[t.ident]
names = []
while f is not None:
    names.append(f.f_code.co_name)
    f = f.f_back
print(names[names.index('inner'):])
me = frames[threading.get_ident()]
print(me.f_code.co_name, me.f_lineno)
go.set()
t.join()
frames = sys._current_frames()
print(len(frames), list(frames) == [threading.get_ident()])
try:
    sys._current_frames(1)
except TypeError as e:
    print(e)
