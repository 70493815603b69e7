import random
for s in ['', 'hello', 'x' * 111, 'y' * 112, 'z' * 200, 'héllo wörld', b'bytes', bytearray(b'ba'), b'q' * 128]:
    random.seed(s)
    print(repr(s)[:20], random.random(), random.randint(1, 1000))
random.seed('abc', version=1); print(random.random())
random.seed(b'abc', version=1); print(random.random())
random.seed(5, version=1); print(random.random())
