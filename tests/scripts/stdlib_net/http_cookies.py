# http.cookies: SimpleCookie parsing Cookie headers and writing Set-Cookie
# headers, Morsel attributes, quoting, errors.
from http import cookies

c = cookies.SimpleCookie()
c['session'] = 'abc123'
c['session']['path'] = '/'
c['session']['httponly'] = True
c['session']['max-age'] = 3600
c['pref'] = 'dark mode; "quoted" \\ é'
c['pref']['domain'] = '.example.com'
c['pref']['secure'] = True
c['pref']['samesite'] = 'Lax'
c['pref']['comment'] = 'a comment; with semicolon'
c['n'] = 42
print(c.output())
print(c.output(attrs=['path'], header='Cookie:', sep='\n'))
print(repr(c))
print(repr(c['pref']), c['pref'].key, repr(c['pref'].value), c['pref'].coded_value)
print(c['n'].value, type(c['n'].value).__name__, str(c['session']))
print(sorted(c['session'].items())[:3], c['session'].isReservedKey('Path'), c['session'].isReservedKey('x'))

for header in ['a=1; b=2', 'chips=ahoy; vienna=finger', 'keebler="E=everybody; L=\\"Loves\\"; fudge=\\012;"',
               'key=value; Path=/; Domain=example.com; Max-Age=10; Secure; HttpOnly',
               'x=1; expires=Wed, 09 Jun 2021 10:18:14 GMT; path=/p', '$Version=1; a=b; $Path=/',
               'bad key=1; good=2', 'a=1; Secure=; b=2', 'path=/; a=1', 'lone; a=1', 'a=1; lone',
               'q="\\101\\\\\\"x"', '', '   ', 'a=[brackets]', 'a=é']:
    k = cookies.SimpleCookie()
    k.load(header)
    print(repr(header), '->', repr(k), [(m.key, m.value, m.coded_value) for m in k.values()])
    for m in k.values():
        print('    ', m.OutputString())

k = cookies.SimpleCookie({'dict': 'value', 'num': 5})
print(k.output())
b = cookies.BaseCookie('a="quoted"')
print(repr(b), b['a'].value)
m = cookies.Morsel()
for call in [lambda: m.__setitem__('nope', 1), lambda: m.set('path', 'v', 'v'), lambda: m.set('bad key', 'v', 'v'),
             lambda: m.setdefault('zzz', 1), lambda: m.update({'bad': 1})]:
    try:
        call()
    except cookies.CookieError as e:
        print('CookieError', e)
m.set('k', 'v', '"v"')
m2 = m.copy()
print(m == m2, m2.key, m2.coded_value, m != m2, m == 'x')
m2['path'] = '/x'
print(m == m2, m.setdefault('Path', 'ignored'), m2.output(header='X:'))
print(cookies._quote('plain'), cookies._quote('needs quoting'), cookies._quote('\x00\x7f"\\'), cookies._unquote('"a\\"b\\101"'),
      cookies._unquote('noquotes'), cookies._unquote('"'))
