# base64: every encoding both ways on a range of inputs, alternative and
# URL-safe alphabets, validation, casefold/map01, the 85s, errors.
import base64, binascii, io

samples = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256)),
           b'\0\0\0\0', b'\0', b'    ', b'\xff\xfe\xfd']
for s in samples:
    encs = [base64.b64encode(s), base64.urlsafe_b64encode(s), base64.b32encode(s),
            base64.b32hexencode(s), base64.b16encode(s), base64.b85encode(s),
            base64.b85encode(s, pad=True), base64.a85encode(s), base64.a85encode(s, foldspaces=True),
            base64.a85encode(s, adobe=True, wrapcol=10), base64.a85encode(s, pad=True)]
    print([e[:40] for e in encs])
    print(base64.b64decode(encs[0]) == s, base64.urlsafe_b64decode(encs[1]) == s,
          base64.b32decode(encs[2]) == s, base64.b32hexdecode(encs[3]) == s,
          base64.b16decode(encs[4]) == s, base64.b85decode(encs[5]) == s,
          base64.a85decode(encs[7]) == s, base64.a85decode(encs[8], foldspaces=True) == s,
          base64.a85decode(encs[9], adobe=True) == s)
    print(base64.encodebytes(s)[:30], base64.decodebytes(base64.encodebytes(s)) == s)

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

t(base64.b64encode, b'\xfb\xff', altchars=b'-_'); t(base64.b64decode, '-_8=', altchars='-_')
t(base64.b64decode, b'YQ', validate=True); t(base64.b64decode, b'Y Q==', validate=True)
t(base64.b64decode, b'Y Q=='); t(base64.b64decode, 5); t(base64.b64decode, 'é'); t(base64.b64encode, 'x')
t(base64.b64encode, b'x', altchars=b'-'); t(base64.b64decode, b'YWJj', altchars=b'-')
t(base64.b64decode, bytearray(b'YWJj')); t(base64.standard_b64decode, b'YQ'); t(base64.standard_b64encode, b'\xff')
t(base64.urlsafe_b64decode, 'YW-_'); t(base64.b64decode, b'YW-_', altchars=b'-_')
t(base64.b32decode, b'MFRGG==='); t(base64.b32decode, b'MFRGG=='); t(base64.b32decode, b'mfrgg===', True)
t(base64.b32decode, b'mfrgg==='); t(base64.b32decode, b'MFRGG1==', map01=b'L'); t(base64.b32decode, b'M0======')
t(base64.b32decode, b'MFRG===='); t(base64.b32decode, b'MF=RG==='); t(base64.b32decode, b'0E======', map01='I')
t(base64.b32decode, b'ME======', map01=b'xx'); t(base64.b32decode, b'========'); t(base64.b32decode, b'M=======')
t(base64.b32hexdecode, b'C5H66==='); t(base64.b32hexdecode, b'c5h66===', casefold=True)
t(base64.b16decode, b'abc'); t(base64.b16decode, b'ab'); t(base64.b16decode, b'AB'); t(base64.b16decode, b'ab', True)
t(base64.b16decode, b'AG'); t(base64.b16decode, 'ABC'); t(base64.b16encode, 'x')
t(base64.encodebytes, 'x'); t(base64.decodebytes, 'x'); t(base64.b32encode, 'x'); t(base64.b32encode, 5)
t(base64.a85decode, b'<~87cURD]i,"Ebo80~>', adobe=True); t(base64.a85decode, b'87cURD]i', adobe=True)
t(base64.a85decode, b'ab~c'); t(base64.a85decode, b'abzcd'); t(base64.a85decode, b'aby', foldspaces=True)
t(base64.a85decode, b's8W-"'); t(base64.a85decode, b's8W-!'); t(base64.a85decode, b'9jqo^ \n B'); t(base64.a85decode, b'zz')
t(base64.b85decode, b'cXxL#aCvlSZ*DGca%T'); t(base64.b85decode, b'ab"cd'); t(base64.b85decode, b'|NsC0'); t(base64.b85decode, b'|NsC1')
t(base64.b85decode, b'~'); t(base64.b85decode, 'VPa'); t(base64.a85encode, b'hello world', wrapcol=3)
t(base64.a85encode, b'hello', adobe=True, wrapcol=1); t(base64.a85encode, b'', adobe=True)
print(base64.encodebytes(bytes(range(100))))
out = io.BytesIO()
base64.encode(io.BytesIO(bytes(range(200))), out)
print(out.getvalue())
back = io.BytesIO()
base64.decode(io.BytesIO(out.getvalue()), back)
print(back.getvalue() == bytes(range(200)), sorted(base64.__all__))

# buffers other than bytes
import array
mv = memoryview(b'memoryview data')
print(base64.b64encode(mv), base64.b32encode(mv), base64.b85encode(mv), base64.a85encode(mv), base64.b16encode(mv))
print(base64.b64decode(memoryview(b'YWJj')), base64.encodebytes(mv), base64.decodebytes(memoryview(b'YWJj')))
print(base64.encodebytes(array.array('B', [1, 2, 3])), base64.b64encode(array.array('i', [1])))
t(base64.encodebytes, array.array('i', [1])); t(base64.decodebytes, array.array('h', [1]))
