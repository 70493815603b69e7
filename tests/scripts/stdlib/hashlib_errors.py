# hashlib: argument errors, key derivation (pbkdf2_hmac, scrypt) values and
# errors, file_digest.
import hashlib, _hashlib, io

def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(r.hex() if isinstance(r, bytes) else type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)

t(hashlib.sha256, 'abc'); t(hashlib.sha256, 5); t(hashlib.sha256, None); t(hashlib.sha256, b'a', b'b')
t(hashlib.sha256, data=b'x'); t(hashlib.sha256, string=b'x'); t(hashlib.sha256, b'x', string=b'x')
t(hashlib.sha256, usedforsecurity=False)
h = hashlib.sha256()
t(h.update, 'x'); t(h.update, 5); t(h.update); t(h.update, b'a', b'b'); t(h.update, data=b'x')
t(h.copy, 1); t(h.digest, 1); t(h.hexdigest, 1)
t(hashlib.new, 'foo'); t(hashlib.new, 5); t(hashlib.new); t(hashlib.new, 'md5', string=b'x')
t(hashlib.new, 'md5', None); t(hashlib.new, 'sha256', 'abc')
s = hashlib.shake_128(b'abc')
t(s.hexdigest, 10); t(s.digest, 0); t(s.digest); t(s.digest, -1); t(s.hexdigest, 'x'); t(s.digest, 2**70)
t(s.digest, 1, 2)
B = hashlib.blake2b
for k in [dict(fanout=256), dict(fanout=-1), dict(depth=0), dict(depth=256), dict(leaf_size=2**32),
          dict(leaf_size=-1), dict(node_offset=2**64), dict(node_offset=-1), dict(node_depth=256),
          dict(inner_size=65), dict(inner_size=-1), dict(digest_size=0), dict(digest_size=65),
          dict(key='x'), dict(salt=5), dict(digest_size='x'), dict(fanout='x'), dict(key=b'x' * 65),
          dict(salt=b'x' * 17), dict(person=b'x' * 17), dict(last_node=1), dict(foo=1)]:
    t(B, **k)
t(hashlib.blake2s, node_offset=2**48); t(hashlib.blake2s, leaf_size=2**32); t(hashlib.blake2s, inner_size=33)
t(hashlib.blake2s, salt=b'x' * 9); t(hashlib.blake2s, digest_size=33); t(hashlib.blake2s, key=b'k' * 33)
t(B, b'a', b'b'); t(B, 'x'); t(B, 5); t(B(b'x').update); t(B(b'x').digest, 1); t(B(b'x').update, 'x')
t(hashlib.blake2s(b'x').copy, 1)
try:
    class C(B): pass
except TypeError as e:
    print('TypeError')
t(_hashlib.HASH); t(_hashlib.HASHXOF)
print(issubclass(_hashlib.UnsupportedDigestmodError, ValueError), _hashlib.HASHXOF.__base__)

print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 1000).hex())
print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 1, dklen=10).hex())
print(hashlib.pbkdf2_hmac('sha512', bytearray(b'pw'), b'NaCl', 3, None).hex()[:40])
print(hashlib.pbkdf2_hmac(hash_name='SHA256', password=b'p', salt=b's', iterations=1).hex())
t(hashlib.pbkdf2_hmac, 'sha256', b'p', b's', 0); t(hashlib.pbkdf2_hmac, 'foo', b'p', b's', 1)
t(hashlib.pbkdf2_hmac, 'sha256', 'p', b's', 1); t(hashlib.pbkdf2_hmac, 'sha256', b'p', 's', 1)
t(hashlib.pbkdf2_hmac, 'sha256', b'p', b's', 1, 0); t(hashlib.pbkdf2_hmac, 'sha256', b'p', b's', 2**40)
t(hashlib.pbkdf2_hmac, 5, b'p', b's', 1); t(hashlib.pbkdf2_hmac, 'sha256', b'p', b's', 1, dklen=2**40)
t(hashlib.pbkdf2_hmac, 'sha256', b'p', b's', 'x'); t(hashlib.pbkdf2_hmac, 'sha256', b'p', b's', -1)
t(hashlib.pbkdf2_hmac, 'sha256', b'p', b's')

print(hashlib.scrypt(b'password', salt=b'salt', n=2048, p=1, r=8).hex())
print(hashlib.scrypt(b'p', salt=b's', n=16, r=1, p=1, dklen=8).hex())
print(hashlib.scrypt(bytearray(b''), salt=b'', n=16, r=1, p=1).hex()[:32])
t(hashlib.scrypt, b'p', salt=b's', n=3, r=8, p=1); t(hashlib.scrypt, b'p', b's', 2, 8, 1)
t(hashlib.scrypt, b'p', salt=b's', n=2, r=8, p=1, dklen=0)
t(hashlib.scrypt, b'p', salt=b's', n=2, r=8, p=1, maxmem=-1); t(hashlib.scrypt, b'p', n=2, r=8, p=1)
t(hashlib.scrypt, b'p', salt=b's', r=8, p=1); t(hashlib.scrypt, b'p', salt=b's', n=2**20, r=8, p=1)
t(hashlib.scrypt, 'p', salt=b's', n=2, r=1, p=1); t(hashlib.scrypt, b'p', salt=b's', n=2, r=0, p=1)
t(hashlib.scrypt, b'p', salt=b's', n=2, r='x', p=1); t(hashlib.scrypt, b'p', salt=b's', n=-2, r=1, p=1)
t(hashlib.scrypt, b'p', salt=b's', n=1, r=1, p=1); t(hashlib.scrypt, b'p', salt=b's', n=2, r=1)
t(hashlib.scrypt, b'p', salt='s', n=2, r=1, p=1); t(hashlib.scrypt, b'p', salt=b's', n=2, r=1, p=1, dklen=3)
t(hashlib.scrypt, b'p', salt=b's', n=2, r=1, p=1, maxmem=2**31); t(hashlib.scrypt, b'p', salt=b's', n=2.0, r=1, p=1)

# the asyncio textbook's password hashing
import os
salt = bytes(range(16))
key = hashlib.scrypt('correct horse'.encode(), salt=salt, n=2048, p=1, r=8)
print(len(key), key.hex()[:32])

print(hashlib.file_digest(io.BytesIO(b'abc'), 'sha256').hexdigest())
print(hashlib.file_digest(io.BytesIO(b'abc'), hashlib.md5).hexdigest())
path = 'hashlib_errors.tmp'
with open(path, 'wb') as f:
    f.write(b'0123456789' * 100000)
with open(path, 'rb') as f:
    print(hashlib.file_digest(f, 'sha1').hexdigest())
with open(path, 'rb') as f:
    print(hashlib.file_digest(f, lambda: hashlib.blake2s(digest_size=8), _bufsize=1000).hexdigest())
os.remove(path)
try:
    hashlib.file_digest(io.StringIO('x'), 'sha256')
except ValueError as e:
    print('ValueError', str(e).startswith("'<_io.StringIO object at 0x"), str(e).endswith("' is not a file-like object in binary reading mode."))
