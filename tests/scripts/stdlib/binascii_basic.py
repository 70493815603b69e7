# binascii: base64 lines (lenient and strict decoding), hex with separators,
# crc32/crc_hqx, the exceptions, and every argument error.
import binascii as b
def t(f,*a,**k):
    try: print(repr(f(*a,**k)))
    except Exception as e: print(type(e).__name__, e)
for s in [b'', b'YQ==', b'YQ', b'YQ=', b'Y', b'YWJj', b'Y=Q=', b'=YQ==', b'YQ==YQ==', b'YQ===', b'Y Q = =', b'YWJ\n', b'YW*Jj', b'YWJjZA=', b'YWJjZ', b'YQ==\n', b'YQ=a', b'=YQ', b'YWJj=', b'Y===', b'YW==', b'YWJj\n', b'YWJ=', b'\x80YQ==', b'YWJjZGVm\nZ2g=\n']:
  t(b.a2b_base64, s); t(b.a2b_base64, s, strict_mode=True)
t(b.a2b_base64, 'YQ=='); t(b.a2b_base64, 'é'); t(b.a2b_base64, 5); t(b.b2a_base64, 'x'); t(b.b2a_base64, b'abc', newline=False); t(b.b2a_base64, b'ab'); t(b.b2a_base64,b'', newline=0)
t(b.hexlify, b'abc', '-'); t(b.hexlify, b'abcdef', b':', 2); t(b.hexlify, b'abcdef', ':', -2); t(b.hexlify, 'x'); t(b.unhexlify, 'abc'); t(b.unhexlify, 'zz'); t(b.unhexlify, b'ABcd'); t(b.unhexlify, 'é'); t(b.unhexlify, 5)
t(b.crc32, b'hello'); t(b.crc32, b'hello', 5); t(b.crc32, b'hello', -1); t(b.crc32, b'hello', 2**40); t(b.crc_hqx, b'hello', 0); t(b.crc_hqx, b'hello'); t(b.crc_hqx, b'hello', 2**20); t(b.crc32, 'x')
t(b.crc32, b'hello', 2**100+7); t(b.crc32, b'hello', -2**100)
t(b.hexlify, b'ab', ''); t(b.hexlify, b'ab', 'ab'); t(b.hexlify, b'ab', 5)
print(b.Error.__mro__, b.Incomplete.__mro__)
t(b.b2a_hex, b'\x01\xff'); t(b.a2b_hex, b'01ff'); t(b.unhexlify, b'0 1'); t(b.unhexlify, bytearray(b'0a'))
t(b.b2a_base64, b'x', True); t(b.a2b_base64); t(b.hexlify)
t(b.crc32, b'x', 'a'); t(b.crc32, b'x', 1.0); t(b.crc32); t(b.crc32, b'x', 1, 2); t(b.crc_hqx, b'x', 'a'); t(b.crc_hqx, b'x', -1)
t(b.crc32, b'x', crc=1); t(b.a2b_base64, b'YQ==', True); t(b.a2b_base64, b'YQ==', strict_mode=1)
t(b.unhexlify, b'abc', b'x'); t(b.b2a_base64)
t(b.hexlify, b'abcdef', '-', 0); t(b.hexlify, b'abcdef', '-', 10); t(b.hexlify, b'', '-')
t(b.hexlify, bytearray(b'ab')); t(b.hexlify, data=b'ab', sep='.', bytes_per_sep=-1)
print(b.b2a_base64(bytes(range(256))), b.__name__)
for n in range(8):
    d = bytes(range(200, 200 + n))
    e = b.b2a_base64(d)
    print(n, e, b.a2b_base64(e) == d, b.hexlify(d), b.unhexlify(b.hexlify(d)) == d, b.crc32(d), b.crc_hqx(d, 0xffff))
print(b.crc32(b'x' * 100000), b.crc32(b'a' * 3, b.crc32(b'bc')))

# uuencode
for d in [b'', b'a', b'ab', b'abc', b'hello world', bytes(range(45)), b'\0\0\0']:
    t(b.b2a_uu, d); t(b.b2a_uu, d, backtick=True)
    print(b.a2b_uu(b.b2a_uu(d)) == d, b.a2b_uu(b.b2a_uu(d, backtick=True)) == d)
t(b.b2a_uu, b'x'*46); t(b.b2a_uu, 'x'); t(b.b2a_uu); t(b.b2a_uu, b'x', True)
for s in [b'', b' ', b'!', b'#86)C\n', b'#86)C', b'#86)C  \n', b'#86)Cx', b'\x7f', b'#86\x01C', b'%:&5L;&\\\n', b'`\n', b'!80``\n', b'#86)C``']:
    t(b.a2b_uu, s)
t(b.a2b_uu, 'é'); t(b.a2b_uu, '#86)C'); t(b.a2b_uu, 5); t(b.a2b_uu)
