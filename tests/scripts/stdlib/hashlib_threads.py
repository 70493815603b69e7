# hashlib in threads: large updates release the GIL (results must be the
# same as hashing sequentially), concurrent updates of one object are safe.
import hashlib, threading

data = bytes(range(256)) * 4096      # 1 MiB
expected = hashlib.sha256(data * 4).hexdigest()
results = []

def work():
    h = hashlib.sha256()
    for _ in range(4):
        h.update(data)
    results.append(h.hexdigest())

threads = [threading.Thread(target=work) for _ in range(4)]
for t in threads: t.start()
for t in threads: t.join()
print(results == [expected] * 4)

shared = hashlib.blake2b()
def feed():
    for _ in range(8):
        shared.update(data)
threads = [threading.Thread(target=feed) for _ in range(4)]
for t in threads: t.start()
for t in threads: t.join()
print(shared.hexdigest() == hashlib.blake2b(data * 32).hexdigest())

keys = []
def derive(i):
    keys.append((i, hashlib.scrypt(b'pw%d' % i, salt=b'salt', n=1024, r=8, p=1, dklen=16).hex()))
threads = [threading.Thread(target=derive, args=(i,)) for i in range(3)]
for t in threads: t.start()
for t in threads: t.join()
print(sorted(keys))
print(hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 5000).hex())
