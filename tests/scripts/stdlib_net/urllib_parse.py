# urllib.parse: splitting, joining, quoting and query strings, edge cases included.
import urllib.parse as up

urls = [
    'http://www.example.com/path/to/page?x=1&y=2#frag',
    'https://user:secret@Example.COM:8443/a;b?c#d',
    'HTTP://host',
    'ftp://ftp.example.org/pub/file.txt',
    'file:///etc/passwd',
    'mailto:someone@example.com',
    '//netloc/only/path',
    'relative/path?q',
    '/abs/path#frag',
    '',
    '?query',
    '#fragment',
    'http://[::1]:8080/ipv6',
    'http://[fe80::1%25eth0]/zone',
    'http://h/p;params;more?q=1',
    'tel:+1-816-555-1212',
    'http://a.b/c?d=e?f#g#h',
    '  \x01http://lead.ing/spaces',
    'ht\ntp://exa\tmple.com/x\r',
    'http://h:/empty-port',
    'path:80',
    '1http://notascheme',
    'urn:isbn:0451450523',
    'http://user@host',
    'http://:pw@host',
]
for u in urls:
    s = up.urlsplit(u)
    p = up.urlparse(u)
    print(repr(u))
    print('  ', s)
    print('  ', p)
    print('  ', s.hostname, s.port, s.username, s.password)
    print('  ', s.geturl(), p.geturl(), up.urlunsplit(s), up.urlunparse(p))

for u in ['http://h:abc/', 'http://h:65536/', 'http://h:-1/', 'http://h:1_0/']:
    try:
        print(up.urlsplit(u).port)
    except ValueError as e:
        print('ValueError:', e)

for u in ['http://[::1/', 'http://::1]/', 'http://[1.2.3.4]/', 'http://[vx.y]/',
          'http://[v1.fe]/', 'http://[zz::1]/']:
    try:
        print(up.urlsplit(u))
    except ValueError as e:
        print('ValueError:', e)

print(up.urlsplit('http://x/a#b', allow_fragments=False))
print(up.urlparse('x/y', scheme='https'))
print(up.urlsplit(b'http://h/p?q#f'))
print(up.urlparse(b'http://u@h:1/p;a?q#f').hostname, up.urlparse(b'http://u@h:1/p').port)
print(up.urlsplit('http://h/p').encode())
print(up.urlsplit(b'http://h/p').decode())
try:
    up.urljoin('http://a/', b'b')
except TypeError as e:
    print('TypeError:', e)

print(up.urlunsplit(('http', '', 'x', '', '')))
print(up.urlunsplit(('file', '', '/x', '', '')))
print(up.urlunsplit(('', 'h', 'p', 'q', 'f')))
print(up.urlunparse(('http', 'h', '/p', 'par', 'q', 'f')))
print(up.urlunsplit(['mailto', '', 'a@b', '', '']))

base = 'http://a/b/c/d;p?q'
for ref in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s',
            ';x', 'g;x', 'g;x?y#s', '', '.', './', '..', '../', '../g', '../..',
            '../../', '../../g', '../../../g', '../../../../g', '/./g', '/../g',
            'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h', 'g/../h',
            'g;x=1/./y', 'g;x=1/../y', 'g?y/./x', 'g?y/../x', 'g#s/./x',
            'g#s/../x', 'http:g', 'https:g', 'http://other/x']:
    print(repr(ref), up.urljoin(base, ref))
print(up.urljoin('', 'x'), up.urljoin('http://a/b', ''), up.urljoin(b'http://a/b/', b'c'))
print(up.urljoin('mailto:a@b', 'c'), up.urljoin('http://a/b/', 'c', allow_fragments=False))
print(up.urldefrag('http://a/b#c'), up.urldefrag('http://a/b'), up.urldefrag(b'x#y'))
print(up.urldefrag('http://a/b#c').geturl())

for s in ['', 'abc', 'a b', 'a/b', 'ä€😀', '~_.-', '!*\'();:@&=+$,/?#[]', '%', '\x00\x7f']:
    print(repr(s), up.quote(s), up.quote(s, safe=''), up.quote_plus(s), up.quote_plus(s, safe='/'))
print(up.quote(b'a b\xff'), up.quote('é', encoding='latin-1'), up.quote('é', safe='é'))
print(up.quote('€', encoding='ascii', errors='xmlcharrefreplace'))
print(up.quote_from_bytes(b'\x00 /'), up.quote_from_bytes(b'abc', safe=b'b'))
for bad in [lambda: up.quote(b'x', encoding='utf-8'), lambda: up.quote(b'x', errors='strict'),
            lambda: up.quote_from_bytes('x'), lambda: up.quote(5)]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ':', e)
for s in ['', 'abc', '%41%42', '%e2%82%ac', '%E2%82', '%zz%4', '%', 'a+b%20c', '€%20',
          '%C3%A9é', '%ff']:
    print(repr(s), repr(up.unquote(s)), repr(up.unquote_plus(s)), up.unquote_to_bytes(s))
print(up.unquote('%e9', encoding='latin-1'), up.unquote('%ff', errors='ignore'), up.unquote(b'%41'))
print(up.unquote_to_bytes(b'%41%4'), up.unquote_to_bytes(''))

print(up.urlencode({'a': 1, 'b': 'x y', 'c': 'é&='}))
print(up.urlencode([('a', [1, 2]), ('b', (3,)), ('c', 'str'), ('d', b'by tes')], doseq=True))
print(up.urlencode([('a', [1, 2])]))
print(up.urlencode({'k': 'a/b c'}, safe='/', quote_via=up.quote))
print(up.urlencode({b'k': b'v w', 'n': None, 't': True}))
print(up.urlencode([]), up.urlencode({}))
for bad in ['abc', [1, 2], 5]:
    try:
        up.urlencode(bad)
    except TypeError as e:
        print('TypeError:', e, type(e.__cause__).__name__)

for qs in ['a=1&b=2&a=3', 'a=&b', 'a+b=c+d%21', '&&x=1&', '=v', 'a=1;b=2', 'a=%zz',
           '', 'k=v=w', 'e=%E2%82%AC']:
    print(repr(qs), up.parse_qsl(qs), up.parse_qsl(qs, keep_blank_values=True), up.parse_qs(qs),
          up.parse_qs(qs, keep_blank_values=True))
print(up.parse_qsl('a=1;b=2', separator=';'), up.parse_qsl(b'a=1&b=%41'), up.parse_qs(b'x=1&x=2'))
for kw in [dict(strict_parsing=True), dict(max_num_fields=1), dict(separator=''),
           dict(separator=None)]:
    for qs in ['a=1&b', 'a=1&&b=2']:
        try:
            print(up.parse_qsl(qs, **kw))
        except ValueError as e:
            print('ValueError:', e)
print(up.unwrap('<URL:http://x/>'), up.unwrap(' <http://y/> '))
print(isinstance(up.urlsplit('x'), tuple), up.SplitResult._fields, up.ParseResult._fields)
r = up.urlsplit('http://h/p')
print(r._replace(netloc='other'), r.scheme, r[1], len(r))

# the deprecated pre-3.8 helpers
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(up.splittype('http://x/y'), up.splithost('//h:1/p'), up.splithost('nohost'), up.splituser('u:p@h'), up.splitpasswd('u:p'),
          up.splitport('h:80'), up.splitport('h:'), up.splitnport('h:80'), up.splitnport('h:x'), up.splitnport('h'), up.splitquery('/p?q'),
          up.splittag('/p#t'), up.splitattr('/p;a=1;b'), up.splitvalue('a=1'), up.to_bytes('abc'))
    print([str(x.message) for x in w][:3], [x.category.__name__ for x in w][-1], len(w), w[0].filename == __file__)
    try:
        up.to_bytes('é')
    except UnicodeError as e:
        print(e)
