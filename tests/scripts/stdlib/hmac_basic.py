# hmac: RFC 4231/2202 vectors, HMAC objects (update, copy, digest,
# hexdigest, name, sizes), digestmod forms, hmac.digest, compare_digest.
import hmac, hashlib

print(hmac.new(b'\x0b' * 20, b'Hi There', 'sha256').hexdigest())
print(hmac.new(b'Jefe', b'what do ya want for nothing?', hashlib.sha512).hexdigest())
print(hmac.new(b'\xaa' * 131, b'Test Using Larger Than Block-Size Key - Hash Key First', 'sha256').hexdigest())
print(hmac.new(b'key', b'The quick brown fox jumps over the lazy dog', 'md5').hexdigest())
print(hmac.new(b'key', b'The quick brown fox jumps over the lazy dog', hashlib.sha1).hexdigest())
print(hmac.new(bytearray(b'key'), digestmod='sha3_256').hexdigest())
print(hmac.new(b'key', b'msg', digestmod=hashlib).hexdigest() if False else 'skip')
h = hmac.new(b'secret', digestmod='sha256')
h.update(b'part one, ')
c = h.copy()
h.update(b'part two')
print(h.name, h.digest_size, h.block_size, type(h).__name__)
print(h.hexdigest(), c.hexdigest(), h.digest() == bytes.fromhex(h.hexdigest()))
print(hmac.new(b'k', b'm', 'blake2b').hexdigest()[:32], hmac.new(b'k', b'm', 'blake2s').name)
print(hmac.digest(b'key', b'message', 'sha256').hex())
print(hmac.digest(b'key', b'message', hashlib.sha384).hex()[:40])
print(hmac.digest(b'k' * 200, b'message', 'md5').hex())
print(hmac.digest(b'key', b'msg', 'sha256') == hmac.new(b'key', b'msg', 'sha256').digest())

def t(f, *a, **k):
    try:
        print(f(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)

t(hmac.new, b'key'); t(hmac.new, 'key', digestmod='sha256'); t(hmac.new, b'key', digestmod='foo')
t(hmac.new, 5, digestmod='sha256'); t(hmac.new, b'k', 'str msg', 'sha256')
t(hmac.compare_digest, b'abc', b'abc'); t(hmac.compare_digest, b'abc', b'abd'); t(hmac.compare_digest, b'abc', b'ab')
t(hmac.compare_digest, 'abc', 'abc'); t(hmac.compare_digest, 'abc', b'abc'); t(hmac.compare_digest, 'é', 'é')
t(hmac.compare_digest, bytearray(b'x'), b'x'); t(hmac.compare_digest, 1, 2); t(hmac.compare_digest, b'')
t(hmac.compare_digest, '', '')
print(hmac.compare_digest is hashlib.__dict__.get('compare_digest', hmac.compare_digest), hmac.digest_size)
print(hmac.trans_5C[:4], hmac.trans_36[-4:], sorted(hmac.__all__) if hasattr(hmac, '__all__') else None)
