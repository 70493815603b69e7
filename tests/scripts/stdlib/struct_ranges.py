# struct: every integer and float code in every byte order, at and beyond
# its limits, with CPython's error types and messages.
import struct

def t(f, *a):
    try:
        print(f, a, '->', struct.pack(f, *a))
    except Exception as e:
        print(f, a, type(e).__name__, e)

class I:
    def __index__(self): return 7
    def __repr__(self): return 'I()'
class F:
    def __float__(self): return 2.5
    def __repr__(self): return 'F()'
class IF:
    def __index__(self): return 7
    def __float__(self): return 3.0
    def __repr__(self): return 'IF()'
class Bad:
    def __index__(self): raise ValueError('no index')

for c in 'bBhHiIlLqQnNP':
    for o in '@=<>!':
        for v in (0, 1, -1, 127, 128, -129, 255, 256, 32767, -32769, 65535, 65536,
                  2**31 - 1, -2**31 - 1, 2**32, 2**40, -2**40, 2**63 - 1, 2**63,
                  -2**63, -2**63 - 1, 2**64 - 1, 2**64, 2**70, -2**70, True):
            t(o + c, v)
        t(o + c, 1.5); t(o + c, 'x'); t(o + c, None); t(o + c, I())
for c in 'efd':
    for o in '@=<>!':
        for v in ('x', 1e300, -1e300, 2**2000, 1, 0.1, -0.0, 65504.0, 65520.0, 6e-8, 3e-8,
                  1e-40, float('inf'), float('-inf'), F(), I(), IF()):
            t(o + c, v)
t('?', []); t('?', [0]); t('?', I()); t('?', 'x')
try:
    struct.pack('i', Bad())
except ValueError as e:
    print('ValueError', e)
for c in 'efd':
    for o in '<>':
        for v in (1.0, 0.5, 1/3, 65504.0, 2.0**-24, 2.0**-14, 1e-5, 12345.678, -2.75):
            print(o + c, v, struct.unpack(o + c, struct.pack(o + c, v)))
print(struct.unpack('<e', b'\x00\x7c'), struct.unpack('<e', b'\x00\xfc'), struct.unpack('<e', b'\x01\x00'))
print(str(struct.unpack('<e', b'\x00\x7e')[0]), str(struct.unpack('>d', b'\x7f\xf8' + bytes(6))[0]))
for v in range(-3, 4):
    for o in '<>@':
        print(o, v, struct.unpack(o + 'bhiqBHIQ', struct.pack(o + 'bhiqBHIQ', v, v, v, v, v & 0xff, v & 0xffff, v & 0xffffffff, v & (2**64 - 1))))
