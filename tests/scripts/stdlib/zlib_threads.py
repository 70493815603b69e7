# zlib in threads: large inputs are (de)compressed with the GIL released;
# each thread's own stream objects and one-shot calls give exact results.
import zlib, threading

data = bytes(range(256)) * 40000
ok = []

def work(i):
    c = zlib.compressobj(level=i % 9 + 1)
    blob = c.compress(data) + c.flush()
    d = zlib.decompressobj()
    ok.append(d.decompress(blob, 100000) + d.decompress(d.unconsumed_tail) + d.flush() == data)
    ok.append(zlib.decompress(zlib.compress(data, i % 9)) == data)

threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in threads: t.start()
for t in threads: t.join()
print(ok)
