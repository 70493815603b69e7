# csv: reading (quotes, doubled quotes, escapes, embedded newlines, empty
# lines, skipinitialspace, QUOTE_NONNUMERIC, strict), writing (quoting rules
# of each mode, escapes, lineterminators), dialects, DictReader/DictWriter,
# files on disk, and the errors.
import csv
import io
import os
import tempfile

def read(text, **kw):
    try:
        return list(csv.reader(io.StringIO(text, newline=''), **kw))
    except (csv.Error, ValueError, TypeError) as e:
        return '%s: %s' % (type(e).__name__, e)

def write(rows, **kw):
    buf = io.StringIO()
    w = csv.writer(buf, **kw)
    try:
        for r in rows:
            w.writerow(r)
    except (csv.Error, TypeError) as e:
        return '%s: %s' % (type(e).__name__, e)
    return buf.getvalue()

for text in ['a,b,c\r\n1,2,3\r\n', 'a,"b,c",d\n', '"he said ""hi""",x\n', '"multi\nline",z\n',
             'a,b\n\nc,d\n', ' a, "b"\n', 'x,\n,\n', '"unterminated\n', 'a,"b"c,d\n',
             'tab\tsep\n', 'trailing,', '"q"\n', '""\n', 'a;b;"c;d"\n', 'é,ü\n', 'x\ry\n']:
    print(repr(text), read(text))
print(read(' a, "b"\n', skipinitialspace=True))
print(read('1,2.5,"x"\n', quoting=csv.QUOTE_NONNUMERIC))
print(read('1,abc\n', quoting=csv.QUOTE_NONNUMERIC))
print(read('a\\,b,c\n', escapechar='\\'))
print(read('"a\\"b",c\n', escapechar='\\', doublequote=False))
print(read('a,"b"c\n', strict=True))
print(read('"abc\n', strict=True))
print(read('a,"b\n', quoting=csv.QUOTE_NONE))
print(read('a;b;"c;d"\n', delimiter=';'))
print(read('a|b\n', dialect='excel-tab'), read('a\tb\n', dialect='excel-tab'))
print(read("a,'b,c'\n", quotechar="'"))

rows = [['a', 'b,c', 'he said "hi"', '', None, 1, 2.5, True], ['multi\nline', 'x\ry', ' sp ']]
print(repr(write(rows)))
print(repr(write(rows, quoting=csv.QUOTE_ALL)))
print(repr(write(rows, quoting=csv.QUOTE_NONNUMERIC)))
print(repr(write([['a,b', 'c']], quoting=csv.QUOTE_NONE, escapechar='\\')))
print(repr(write([['a,b']], quoting=csv.QUOTE_NONE)))
print(repr(write([['']], quoting=csv.QUOTE_NONE)))
print(repr(write([[''], [], ['', '']])))
print(repr(write([['a"b']], doublequote=False, escapechar='\\')))
print(repr(write([['a"b']], doublequote=False)))
print(repr(write([['x', 'y']], dialect='unix')), repr(write([['x', 'y']], dialect='excel-tab')))
print(repr(write([['x', 'y']], lineterminator='\n', delimiter=';')))
print(repr(write([5])))
print(repr(write([iter(['g', 'h'])])))
buf = io.StringIO()
print(csv.writer(buf).writerow(['abc', 'de']), csv.writer(buf).writerows([['1'], ['2']]))

print(csv.list_dialects(), csv.field_size_limit(), csv.__version__)
d = csv.get_dialect('excel')
print(type(d).__name__, type(d).__module__, d.delimiter, repr(d.lineterminator), d.quoting,
      d.escapechar, d.quotechar, d.doublequote, d.skipinitialspace, d.strict)
try:
    d.delimiter = ';'
except AttributeError as e:
    print('AttributeError', e)
csv.register_dialect('semi', delimiter=';', quoting=csv.QUOTE_ALL)
print(repr(write([['a', 'b']], dialect='semi')), 'semi' in csv.list_dialects())
csv.unregister_dialect('semi')
for name in ('semi', 'nope'):
    try:
        csv.get_dialect(name)
    except csv.Error as e:
        print('Error', e)
class Pipes(csv.Dialect):
    delimiter = '|'
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL
print(repr(write([['a|b', 'c']], dialect=Pipes)), read('x|y\n', dialect=Pipes()))
class Bad(csv.Dialect):
    delimiter = ';'
try:
    Bad()
except csv.Error as e:
    print('Error', e)
for kw in [dict(delimiter=';;'), dict(delimiter=5), dict(quotechar=5), dict(quotechar=''),
           dict(escapechar='ab'), dict(quoting=9), dict(quoting='x'), dict(lineterminator=5),
           dict(quotechar=None), dict(quotechar=None, quoting=csv.QUOTE_ALL), dict(delimiter=''),
           dict(delimiter=None), dict(lineterminator=None)]:
    try:
        w = csv.writer(io.StringIO(), **kw)
        print('ok', w.dialect.quoting)
    except TypeError as e:
        print(kw, 'TypeError', e)
try:
    csv.reader(io.StringIO(''), 'nope')
except csv.Error as e:
    print('Error', e)
try:
    next(csv.reader([b'x']))
except csv.Error as e:
    print('Error', e)
r = csv.reader(['a,b\n', '"c\n', 'd",e\n'])
print(next(r), r.line_num, next(r), r.line_num, r.dialect.delimiter)

tmp = tempfile.mkdtemp()
path = os.path.join(tmp, 'people.csv')
with open(path, 'w', newline='') as f:
    w = csv.DictWriter(f, fieldnames=['name', 'age', 'city'])
    w.writeheader()
    w.writerow({'name': 'Ann', 'age': 31, 'city': 'Oslo, NO'})
    w.writerows([{'name': 'Bob', 'age': 27}, {'name': 'Cy "the" Guy', 'city': 'Rome'}])
with open(path, newline='') as f:
    print(repr(f.read()))
with open(path, newline='') as f:
    dr = csv.DictReader(f)
    print(dr.fieldnames, dr.line_num)
    for row in dr:
        print(row, dr.line_num)
with open(path, newline='') as f:
    print(list(csv.DictReader(f, fieldnames=['a', 'b'], restkey='rest')))
with open(path, newline='') as f:
    print(list(csv.DictReader(f, fieldnames=['a', 'b', 'c', 'd', 'e'], restval='?'))[:1])
try:
    csv.DictWriter(io.StringIO(), ['a']).writerow({'a': 1, 'zz': 2})
except ValueError as e:
    print('ValueError', e)
buf = io.StringIO()
csv.DictWriter(buf, ['a'], extrasaction='ignore').writerow({'a': 1, 'zz': 2})
print(repr(buf.getvalue()))
try:
    csv.DictWriter(buf, ['a'], extrasaction='other')
except ValueError as e:
    print('ValueError', e)
print(list(csv.DictReader(io.StringIO('h1,h2\n\n1,2\n'))), list(csv.DictReader(io.StringIO(''))))
os.remove(path)
os.rmdir(tmp)
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.Error.__module__)
