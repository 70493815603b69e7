# codecs: lookup and names, encode/decode (errors, wrapped TypeErrors),
# incremental UTF-8 decoding across split sequences, UTF-16/32 with BOMs,
# iterencode/iterdecode, codecs.open for reading and writing, BOM constants.
import codecs
import os
import tempfile

for name in ['UTF8', 'utf-8', 'U8', 'latin1', 'Latin-1', 'ascii', 'US-ASCII', 'utf-16',
             'UTF_16_LE', 'utf-32-be', 'cp65001']:
    print(name, codecs.lookup(name).name)
info = codecs.lookup('utf-8')
print(repr(info).startswith('<codecs.CodecInfo object for encoding utf-8 at 0x'), len(info),
      info[0] is info.encode, info.incrementaldecoder.__name__, info.incrementaldecoder.__module__)
try:
    codecs.lookup('nope')
except LookupError as e:
    print('LookupError', e)
print(codecs.encode('héllo'), codecs.decode(b'h\xc3\xa9', 'utf-8'), codecs.encode('x', 'latin-1'))
print(codecs.encode('é', 'ascii', 'replace'), codecs.encode('é', 'ascii', 'ignore'),
      codecs.decode(b'a\xffb', 'utf-8', 'replace'), codecs.encode('é', 'ascii', 'xmlcharrefreplace'))
for bad in [lambda: codecs.encode(b'x'), lambda: codecs.decode('x'),
            lambda: codecs.encode('é', 'ascii'), lambda: codecs.decode(b'\xff', 'utf-8')]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

d = codecs.getincrementaldecoder('utf-8')()
data = 'añ€😀z'.encode('utf-8')
out = [d.decode(data[i:i + 1]) for i in range(len(data))]
print(out, d.decode(b'', final=True), d.getstate())
d.decode(b'\xe2\x82')
print(d.getstate())
d.reset()
print(d.getstate())
try:
    d.decode(b'\xc3', final=True)
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
e = codecs.getincrementalencoder('utf-8')()
print(e.encode('ab'), e.encode('é', final=True))
print(codecs.utf_8_decode(b'ab\xc3'), codecs.utf_8_decode(b'ab\xc3', None, True) if False else '',
      codecs.utf_8_encode('é'), codecs.latin_1_encode('ab'), codecs.ascii_decode(b'ab'))
print(list(codecs.iterdecode([b'h\xc3', b'\xa9', b'!'], 'utf-8')),
      list(codecs.iterencode(['a', 'é'], 'utf-8')))

for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be']:
    b = codecs.encode('Aé€😀', enc)
    print(enc, b, codecs.decode(b, enc))
print(codecs.decode(codecs.BOM_UTF16_BE + 'hi'.encode('utf-16-be') if False else b'\xfe\xff\x00h\x00i', 'utf-16'))
print(codecs.BOM_UTF8, codecs.BOM, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32,
      codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_LE, codecs.BOM_BE)

tmp = tempfile.mkdtemp()
path = os.path.join(tmp, 'f.txt')
with codecs.open(path, 'w', encoding='utf-8') as f:
    print(type(f).__name__, f.encoding)
    f.write('first line é\n')
    f.writelines(['second\n', 'third'])
with open(path, 'rb') as f:
    print(f.read())
with codecs.open(path, 'r', encoding='utf-8') as f:
    print(repr(f.readline()), repr(f.read()))
with codecs.open(path, encoding='utf-8') as f:
    print([line for line in f])
with codecs.open(path, 'r') as f:
    print(type(f).__name__, repr(f.read(5)))
with codecs.open(path, 'w', encoding='latin-1') as f:
    f.write('café')
with open(path, 'rb') as f:
    print(f.read())
os.remove(path)
os.rmdir(tmp)
print(codecs.lookup_error('strict') is codecs.strict_errors)
try:
    codecs.lookup_error('nope')
except LookupError as e:
    print('LookupError', e)
