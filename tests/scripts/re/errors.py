# re.error: messages, positions, line and column, as CPython words them
import re

patterns = [
    '(', ')', 'a)', '(a', '((a)', 'a**', '*', '+a', 'a{1}{2}', '?', 'x|*', '^*', r'\b+',
    '[a', '[', '[]', '[^]', '[z-a]', r'[\d-z]', r'[a-\w]', r'\q', '\\', r'a\\\\\\',
    r'\x', r'\x1', r'\xg', r'\u12', r'\U0001', r'\U00110000', r'\777', r'[\777]', r'\8',
    '(?P<1>a)', '(?P<a-b>x)', '(?P<>x)', '(?P<a', '(?P<a>x)(?P<a>y)', '(?P=b)',
    '(?P=a)(?P<a>x)', '(?P<a>(?P=a))', '(?Px)', '(?P', '(?', '(?<x)', '(?<', '(?x',
    '(?#abc', '(?z)', '(?i', '(?i-', '(?i-:x)', '(?-i)', '(?i-i:x)', '(?-a:x)',
    '(?L)x', '(?au)x', '(?t:x)', '(?-t:x)', 'a(?i)b', '(?i)(?m)a', 'x(?x)',
    r'(a)\2', r'(a\1)', r'\1(a)', '(?(1)a|b)', '(?(2)a)(b)', '(?(a)x)', '(?(1a)x)',
    '(?(0)x)', '(?(1)a|b|c)', '(a)(?(1)x', 'a{2,1}', 'a{99999999999}',
    '(?<=a+)b', '(?<!ab|c)d', '(?<=a|b)c', '(?<=(a)\\1)b', '(?<=a(?P=x))',
    '(?<=(?P<x>a)(?P=x))b', 'abc\n(def', 'ab\ncd)', r'\N{NO SUCH NAME}', r'\N', r'\Nx',
]
for p in patterns:
    try:
        re.compile(p)
        print(repr(p), 'ok')
    except re.error as e:
        print(repr(p), '->', str(e), '|', e.msg, e.pos, e.lineno, e.colno, e.pattern == p)
    except (OverflowError, ValueError) as e:
        print(repr(p), '->', type(e).__name__, e)

for p in [b'(', rb'\u1234', b'(?u)x', b'\xff)', rb'\xff\q']:
    try:
        re.compile(p)
        print(p, 'ok')
    except re.error as e:
        print(p, '->', str(e), e.pos)

for tmpl in [r'\3', r'\g<3>', r'\g<x>', r'\g<', r'\g<1', r'\g', r'\q', r'\g<-1>',
             r'\g<a b>', '\\', r'\777']:
    try:
        print(repr(tmpl), re.sub('(a)(b)', tmpl, 'ab'))
    except re.error as e:
        print(repr(tmpl), '->', e, e.pos)
    except IndexError as e:
        print(repr(tmpl), '-> IndexError', e)

for args in [(1, 'a'), ('a', 1), (b'a', 'a'), ('a', b'a')]:
    try:
        re.match(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print('ValueError', e)
try:
    re.sub('a', 1, 'a')
except TypeError as e:
    print('TypeError', e)
try:
    re.sub('a', lambda m: 1, 'a')
except TypeError as e:
    print('TypeError', e)
e = re.error('boom')
print(e, e.msg, e.pattern, e.pos, e.lineno, isinstance(e, Exception), re.error.__name__)
e = re.error('bad', 'ab\ncd', 4)
print(e, e.lineno, e.colno)
print(re.error.__module__)
for repl in [1, b'x', None]:
    try:
        print(re.sub('a', repl, 'a'))
    except TypeError as e:
        print('TypeError', e)
for repl in [1, 'x']:
    try:
        print(re.sub(b'a', repl, b'a'))
    except TypeError as e:
        print('TypeError', e)
for r in [None, b'x', '', 'y']:
    try:
        print(re.sub('a', lambda m: r, 'bab'))
    except TypeError as e:
        print('TypeError', e)
for r in [None, 'x', bytearray(b'y')]:
    try:
        print(re.sub(b'a', lambda m: r, b'bab'))
    except TypeError as e:
        print('TypeError', e)
