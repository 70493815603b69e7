import warnings
def tryit(b, enc, errors='strict'):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            r = repr(b.decode(enc, errors))
        except Exception as e:
            r = '%s %s %s %s' % (type(e).__name__, e, getattr(e, 'start', None), getattr(e, 'end', None))
        print(b, enc, errors, r, [str(x.message) for x in w])
for b in [rb'\\u0041', rb'\u0041', rb'\\\u0041', rb'a\u00', rb'\U00110000', rb'\x41', b'\\', rb'\u004g1', rb'\U0001F600', rb'\U1234', b'\xe9\\']:
    tryit(b, 'raw_unicode_escape')
for b in [rb'\n\t\x41\101\777\u00e9\U0001F600\N{LATIN SMALL LETTER A}', b'\\', rb'\x4', rb'\u12', rb'\U1234',
          rb'\U00110000', rb'\N{foo}', rb'\N', rb'\Nx', rb'\N{abc', b'a\\\nb', b'\xe9' + rb'\a\b\f\v\0' + b"\\'" + b'\\"',
          rb'\q', rb'\8', rb'\400', rb'\N{latin small letter a}', rb'\N{}']:
    tryit(b, 'unicode_escape')
for errs in ['replace', 'ignore', 'backslashreplace']:
    tryit(rb'\x4zz\u12abc\U1\\', 'unicode_escape', errs)
    tryit(rb'\u12abc\U1', 'raw_unicode_escape', errs)
s = '\x00\x1f\x7f\x80\xff\u0100\ud800\U0010ffff\'"\\\t\n\r a~'
print(repr(s.encode('unicode_escape')))
print(repr(s.encode('raw_unicode_escape')))
import codecs
print(codecs.encode('x\ny', 'unicode_escape'), codecs.decode(b'x\\ny', 'unicode_escape'))
print(codecs.lookup('unicode-escape').name, codecs.lookup('raw_unicode_escape').name)
print(codecs.unicode_escape_encode('a\n'), codecs.unicode_escape_decode(b'a\\n'))
print(codecs.raw_unicode_escape_encode('a\u1234'), codecs.raw_unicode_escape_decode(b'a\\u1234'))
print('\u20ac'.encode('utf-16'), b'\xff\xfe\xac\x20'.decode('utf-16'), 'x'.encode('UTF-32-LE'))
try: b'\\u'.decode('unicode_escape')
except UnicodeDecodeError as e: print(e.encoding, e.object, e.reason)
