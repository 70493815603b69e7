# hashlib: known digests of every guaranteed algorithm (empty, short, long
# and chunked inputs), copies, XOF lengths, BLAKE2 parameters, new().
import hashlib

msgs = [b'', b'abc', b'The quick brown fox jumps over the lazy dog', bytes(range(256)) * 40]
for name in sorted(hashlib.algorithms_guaranteed):
    for m in msgs:
        h = hashlib.new(name, m)
        d = h.hexdigest(16) if name.startswith('shake') else h.hexdigest()
        print(name, len(m), d)
    h = getattr(hashlib, name)()
    for i in range(0, len(msgs[3]), 777):
        h.update(msgs[3][i:i + 777])
    d = h.digest(8) if name.startswith('shake') else h.digest()
    print(name, 'chunked', d.hex() == (hashlib.new(name, msgs[3]).digest(8) if name.startswith('shake') else hashlib.new(name, msgs[3]).digest()).hex())
    print(name, h.name, h.digest_size, h.block_size)

h = hashlib.sha256(b'abc')
print(type(h).__name__, type(h).__module__, repr(h).startswith('<sha256 _hashlib.HASH object @ 0x'))
c = h.copy()
c.update(b'd')
print(h.hexdigest(), c.hexdigest(), c.name)
print(h.digest() == bytes.fromhex(h.hexdigest()))
h.update(bytearray(b'x' * 5000))
print(h.hexdigest())
print(hashlib.sha256(bytearray(b'abc')).hexdigest() == hashlib.sha256(b'abc').hexdigest())
s = hashlib.shake_256(b'abc')
print(s.hexdigest(0), s.digest(1), s.hexdigest(40), type(s).__name__, repr(s).startswith('<shake_256 _hashlib.HASHXOF object @ '))
print(s.copy().hexdigest(5), s.digest(length=3))
print(hashlib.new('SHA256', b'abc').name, hashlib.new('sha512', b'abc', usedforsecurity=False).hexdigest()[:16])
print(hashlib.new(name='md5', data=b'').hexdigest(), hashlib.sha1(string=b'abc').hexdigest())
print(hashlib.sha3_256().name, hashlib.sha3_512().block_size, hashlib.shake_128().block_size)

b = hashlib.blake2b(b'abc', digest_size=16, key=b'k', salt=b's', person=b'p')
print(b.hexdigest(), b.name, b.digest_size, b.block_size, type(b).__name__, type(b).__module__)
print(hashlib.blake2s(b'abc').hexdigest(), hashlib.blake2b(b'abc', digest_size=32).hexdigest())
print(hashlib.new('blake2b', b'abc', digest_size=20).hexdigest(), hashlib.new('blake2s', usedforsecurity=False).hexdigest())
print(hashlib.blake2b(b'abc', digest_size=20, key=b'key', salt=b'salt', person=b'me', fanout=2, depth=3,
                      leaf_size=5, node_offset=7, node_depth=1, inner_size=9, last_node=True).hexdigest())
print(hashlib.blake2s(b'abc', digest_size=20, key=b'key', salt=b'salt', person=b'me', fanout=2, depth=3,
                      leaf_size=5, node_offset=7, node_depth=1, inner_size=9, last_node=True).hexdigest())
print(hashlib.blake2b(key=b'k' * 64).hexdigest()[:32], hashlib.blake2s(key=b'k' * 32, digest_size=1).hexdigest())
B = hashlib.blake2b
print(B.SALT_SIZE, B.PERSON_SIZE, B.MAX_KEY_SIZE, B.MAX_DIGEST_SIZE, hashlib.blake2s.SALT_SIZE, hashlib.blake2s.MAX_DIGEST_SIZE)
x = hashlib.blake2b(b'x' * 300)
y = x.copy()
y.update(b'y')
print(x.hexdigest()[:20], y.hexdigest()[:20], y.digest_size, hashlib.blake2s(b'z' * 64).hexdigest()[:20])
for n in (63, 64, 65, 127, 128, 129, 256, 1000):
    print(n, hashlib.blake2b(b'q' * n).hexdigest()[:16], hashlib.blake2s(b'q' * n).hexdigest()[:16])
print(hashlib.md5.__name__, hashlib.sha256.__name__, hashlib.__all__)
print(sorted(hashlib.algorithms_guaranteed), hashlib.algorithms_guaranteed <= hashlib.algorithms_available)
print(type(hashlib.algorithms_available).__name__, 'sha512_256' in hashlib.algorithms_available)
