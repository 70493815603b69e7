# counted repeats, including counts above PCRE2's own limit of 65535
import re
s = 'a' * 200000
for p in ['a{70000}', 'a{70000,}', 'a{1,140000}', 'a{131070,131071}?', 'a{0,200001}+', 'x?a{65536}', '[ab]{100000}', 'a{,70000}b']:
    try:
        m = re.match(p, s)
        print(p, m and m.span())
    except Exception as e:
        print(p, type(e).__name__, e)
for p in ['a{4294967295}', 'a{1,4294967295}']:
    try:
        re.compile(p)
    except OverflowError as e:
        print(p, 'OverflowError', e)
print(re.findall('a{2}', 'aaaaa'), re.match('(?:ab){3}', 'ababab'), re.match('(a){2,3}?', 'aaa').span())
