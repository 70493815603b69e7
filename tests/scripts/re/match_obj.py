# Match objects: access by index and name, defaults, errors, repr, copies
import copy
import re

m = re.search(r'(?P<key>\w+)=(?P<value>\d*)(;)?', 'x key=12 rest')
print(m, type(m), type(m).__name__, type(m).__module__, bool(m))
print(m.group(), m.group(0), m.group(1), m.group('value'), m.group(1, 'value', 3))
print(m[0], m['key'], m[2], m[True], m.groups(), m.groups(default='-'), m.groups('?'))
print(m.groupdict(), m.groupdict('-'), m.groupdict(default=0))
print(m.start(), m.end(), m.span(), m.start('key'), m.end(2), m.span(3), m.start(3))
print(m.pos, m.endpos, m.lastindex, m.lastgroup, m.regs, m.re.pattern, m.string)
for bad in [5, -1, 'nope', 2.0, None]:
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError', repr(bad), e)
for call in [lambda: m.start(9), lambda: m.span('zz'), lambda: m[7], lambda: m.group(1, 9)]:
    try:
        call()
    except IndexError as e:
        print('IndexError', e)
try:
    m.group([1])
except TypeError as e:
    print('TypeError', e)
try:
    m.start(1, 2)
except TypeError as e:
    print('TypeError', e)
try:
    re.Match()
except TypeError as e:
    print('TypeError', e)
print(copy.copy(m) is m, copy.deepcopy(m) is m)
print(re.match('.*', 'x' * 100))
print(re.match('.*', 'é' * 60), re.match(b'.*', b'\xff' * 20))
print(re.match("'", "'"), re.match('"', '"'), re.match('\n', '\n'))
print(m.expand(r'\g<value>:\1'), m.expand(b'x' if False else 'lit'))
m2 = re.compile('(a)|b').match('b')
print(m2.groups(), m2.lastindex, m2.lastgroup, m2.group(1), m2.span(1), m2.expand(r'[\1]'))
m3 = re.compile('o').search('foo', 2, 3)
print(m3.pos, m3.endpos, m3.span(), m3.string)
print(re.Match[str], isinstance(m, re.Match), re.Match is type(m))
print(re.compile(r'(\w)').match('é').group(1), re.search('(b)', 'aéb').span(1))
it = re.finditer(r'\d', 'a1b22')
print(type(it).__name__ != 'list', [x.group() for x in it], [x.span() for x in re.finditer('x*', 'xax')])
ba = bytearray(b'hello')
mb = re.search(b'l+', ba)
print(mb, mb.group(), type(mb.group()).__name__, mb.string is ba)
