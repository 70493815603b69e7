# flags: constants, RegexFlag reprs, inline and scoped flags
import re

print(re.I, re.M, re.S, re.X, re.A, re.U, re.L, re.T, re.DEBUG, re.NOFLAG)
print(int(re.I), int(re.M), int(re.S), int(re.X), int(re.A), int(re.U), int(re.L))
print(repr(re.I | re.M), str(re.S | re.X), repr(re.IGNORECASE), re.I.name, (re.I | re.M).value)
print(repr(re.RegexFlag(0)), repr(re.I | 1024), format(re.I), '%d' % re.M)
print(type(re.I), isinstance(re.I, int), re.A is re.ASCII, re.I | re.M == 10)
print(re.match('abc', 'ABC', re.I), re.match('(?i)abc', 'ABC'))
print(re.match('a(?i:b)c', 'aBc'), re.match('a(?i:b)c', 'aBC'))
print(re.match('(?i)a(?-i:b)', 'Ab'), re.match('(?i)a(?-i:b)', 'AB'))
print(re.findall('.', 'a\nb'), re.findall('.', 'a\nb', re.S), re.findall('(?s).', 'a\n'))
print(re.findall('(?s:.)x', '\nx'), re.findall('a(?s:.)', 'a\n'))
print(re.findall('^a', 'a\na'), re.findall('^a', 'a\na', re.M), re.findall('(?m)a$', 'a\na'))
p = re.compile(r'''
    (\d+)   # a number
    \s* ,   # a comma
    \ (\w)  # an escaped space then a letter
''', re.VERBOSE)
print(p.findall('12 , x 3, y'), p.groups)
print(re.match('(?x) a b # comment\n c', 'abc'))
print(re.match('(?x)[ ]a', ' a'), re.match(r'(?x)a\#b', 'a#b'))
print(re.match('a(?x: b c )d', 'abcd'), re.match('(?x)a(?-x: b)', 'a b'))
print(re.match(r'\w+', 'héllo'), re.match(r'\w+', 'héllo', re.A), re.match(r'(?a)\w+', 'héllo'))
print(re.match(r'(?a:\w+)', 'héllo'), re.match(r'(?a:\W)', 'é'))
print(re.findall(r'\d', '1١2'), re.findall(r'\d', '1١2', re.ASCII))
print(re.findall(r'(?a)\s', ' \x1c\xa0'), re.findall(r'\s', ' \x1c\xa0'))
print(re.findall(r'(?a:\b)x', 'éx x'), re.findall(r'\bx', 'éx x'))
print(re.compile('x', re.I).flags, re.compile('x', re.A).flags, re.compile(b'x', re.L).flags)
print(re.compile('(?ims)x').flags, re.compile(b'(?aL)x' if False else b'(?L)x').flags)
print(re.compile('x', re.I | re.M), re.compile('x', re.A), re.compile('x', re.U))
print(re.compile(b'x', re.L | re.I), re.compile('x', re.X | re.S), re.compile(b'y'))
print(re.compile('x', 1024), re.compile('x', re.T))
print(re.match('ǅ', 'ǆ', re.I), re.match('straße', 'STRASSE', re.I))
print(re.match('[a-z]+', 'ABC', re.I), re.match('[^a-z]', 'A', re.I))
print(re.match('σ', 'Σ', re.I), re.match('(?i)k', 'K'))
for flags in [re.L, re.A | re.U]:
    try:
        re.compile('x', flags)
    except ValueError as e:
        print('ValueError', e)
for flags in [re.U, re.A | re.L]:
    try:
        re.compile(b'x', flags)
    except ValueError as e:
        print('ValueError', e)
