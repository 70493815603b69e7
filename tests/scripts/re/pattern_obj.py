# Pattern objects: attributes, repr, equality, cache, typing, copy
import copy
import re

p = re.compile(r'(?P<year>\d{4})-(?P<month>\d\d)-(\d\d)')
print(p.pattern, p.flags, p.groups, p.groupindex, dict(p.groupindex))
print(repr(p))
print(re.compile('a+', re.IGNORECASE), re.compile('a' * 300))
print(re.compile("it's"), re.compile(b'\x00bytes'), re.compile('x', re.I | re.S | re.X))
print(p == re.compile(p.pattern), p == re.compile(p.pattern, re.I), p != 1)
print(hash(p) == hash(re.compile(p.pattern)))
print(re.compile(p) is p, re.compile('abc') is re.compile('abc'))
print(copy.copy(p) is p, copy.deepcopy(p) is p)
print(re.Pattern, re.Match, type(p) is re.Pattern, isinstance(p.match('2020-01-02'), re.Match))
print(re.Pattern[str], re.Match[bytes])
m = p.search('on 2024-05-06!')
print(m, m.groups(), m['year'], m.group('month', 3), m.span('year'))
print(re.compile(r'\d').groupindex, re.compile('').groups)
re.purge()
print(re.compile('abc').pattern)
try:
    re.Pattern()
except TypeError as e:
    print('TypeError', e)
try:
    re.compile(42)
except TypeError as e:
    print('TypeError', e)
s = p.scanner('1999-01-01 2000-02-02')
print(s.search().group(), s.search().group(), s.search())
s = re.compile(r'\d').scanner('12a3')
print(s.match().group(), s.match().group(), s.match(), s.match())
print(callable(re.compile('x').split), callable(re.compile('x').sub))
