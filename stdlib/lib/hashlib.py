"""Secure hashes and message digests: md5, sha1, the sha2 and sha3
families, shake_128/256 and blake2b/blake2s, as constructors and through
new(name); pbkdf2_hmac, scrypt and file_digest.  The hash objects live in
gilpy's C module _hashlib (OpenSSL; BLAKE2 of its own)."""

import _hashlib

__always_supported = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
                      'blake2b', 'blake2s',
                      'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
                      'shake_128', 'shake_256')

algorithms_guaranteed = set(__always_supported)
algorithms_available = set(__always_supported) | _hashlib.openssl_md_meth_names

__all__ = __always_supported + ('new', 'algorithms_guaranteed',
                                'algorithms_available', 'pbkdf2_hmac',
                                'file_digest')

md5 = _hashlib.openssl_md5
sha1 = _hashlib.openssl_sha1
sha224 = _hashlib.openssl_sha224
sha256 = _hashlib.openssl_sha256
sha384 = _hashlib.openssl_sha384
sha512 = _hashlib.openssl_sha512
sha3_224 = _hashlib.openssl_sha3_224
sha3_256 = _hashlib.openssl_sha3_256
sha3_384 = _hashlib.openssl_sha3_384
sha3_512 = _hashlib.openssl_sha3_512
shake_128 = _hashlib.openssl_shake_128
shake_256 = _hashlib.openssl_shake_256
blake2b = _hashlib.blake2b
blake2s = _hashlib.blake2s

pbkdf2_hmac = _hashlib.pbkdf2_hmac
scrypt = _hashlib.scrypt


def __hash_new(name, data=b'', **kwargs):
    """new(name, data=b'', **kwargs) - Return a new hashing object using the
    named algorithm; optionally initialized with data (which must be
    a bytes-like object).
    """
    if name in ('blake2b', 'blake2s'):
        # the BLAKE2 constructors take their own keyword parameters
        return (blake2b if name == 'blake2b' else blake2s)(data, **kwargs)
    return _hashlib.new(name, data, **kwargs)


new = __hash_new


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """Hash the contents of a file-like object. Returns a digest object.

    *fileobj* must be a file-like object opened for reading in binary mode.
    *digest* must either be a hash algorithm name as a *str*, a hash
    constructor, or a callable that returns a hash object.
    """
    if isinstance(digest, str):
        digestobj = new(digest)
    else:
        digestobj = digest()

    getvalue = getattr(fileobj, 'getbuffer', None) and getattr(fileobj, 'getvalue', None)
    if getvalue is not None:
        # an in-memory binary file: its whole content at once
        digestobj.update(getvalue())
        return digestobj

    if not (hasattr(fileobj, 'readinto') and hasattr(fileobj, 'readable')
            and fileobj.readable()):
        raise ValueError(
            f"'{fileobj!r}' is not a file-like object in binary reading mode."
        )

    buf = bytearray(_bufsize)
    while True:
        size = fileobj.readinto(buf)
        if size == 0:
            break
        digestobj.update(buf if size == _bufsize else bytes(buf[:size]))
    return digestobj
