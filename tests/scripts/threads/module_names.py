# threading's public names are CPython's (WeakSet included: some course code
# reaches it as threading.WeakSet), and each is the expected kind of object.
import threading

names = sorted(n for n in dir(threading) if not n.startswith("_"))
print(names)
print(threading.WeakSet.__module__, threading.WeakSet.__name__)
ws = threading.WeakSet()
t = threading.Thread(target=lambda: None)
ws.add(t)
print(len(ws), t in ws)
print(sorted(threading.__all__))
