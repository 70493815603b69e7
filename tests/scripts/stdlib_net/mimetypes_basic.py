# mimetypes: guessing types and extensions (the built-in table and the
# system's mime.types, as CPython reads them).
import mimetypes
import os
import tempfile

names = ['a.html', 'A.HTM', 'x.txt', 'p.py', 'i.png', 'photo.JPG', 'doc.pdf', 'a.tar.gz', 'b.tgz',
         'c.svgz', 'd.tar.bz2', 'e.tar.xz', 'f.json', 'g.js', 'h.css', 'noext', '.bashrc', 'k.unknownext',
         'http://example.com/page.html?x=1', 'data:text/plain;base64,SGk=', 'data:,hi', 'data:foo',
         'data:a=b,x', 'file.rtf', 'z.mid', 'y.pict', 'archive.zip', 'w.wasm', 'x.Z', 'y.br', 'm.mp3']
for n in names:
    print(n, mimetypes.guess_type(n), mimetypes.guess_type(n, strict=False))
for t in ['text/html', 'text/plain', 'image/jpeg', 'application/json', 'TEXT/HTML', 'application/x-none',
          'application/octet-stream', 'image/png', 'text/xul']:
    print(t, mimetypes.guess_extension(t), mimetypes.guess_extension(t, strict=False))
print(mimetypes.guess_all_extensions('text/html'), mimetypes.guess_all_extensions('image/jpg', strict=False))
mimetypes.add_type('application/x-course', '.course')
print(mimetypes.guess_type('lesson.course'), mimetypes.guess_extension('application/x-course'))
db = mimetypes.MimeTypes()
print(db.guess_type('lesson.course'), db.guess_type('a.html'), sorted(db.encodings_map.items()))
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'my.types')
    with open(p, 'w') as f:
        f.write('# comment\napplication/x-mine  mine  mi # trailing\n\ntext/x-other other\n')
    print(sorted(mimetypes.read_mime_types(p).items()))
    db2 = mimetypes.MimeTypes([p])
    print(db2.guess_type('a.mine'), db2.guess_extension('application/x-mine'), db2.guess_type('b.mi'))
print(mimetypes.read_mime_types('/nonexistent/file'))
print(mimetypes.inited, type(mimetypes.types_map).__name__, mimetypes.types_map['.html'],
      mimetypes.suffix_map['.tgz'], mimetypes.encodings_map['.gz'], mimetypes.common_types['.jpg'])
